// The client class alone: import() of this module, unlike import() of the package, lets the bundler drop the commands the action never sends.
export { ECRClient } from '@aws-sdk/client-ecr'
