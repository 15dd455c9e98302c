// The client class alone: import() of this module, unlike import() of the package, lets the bundler drop the commands the action never sends.
export { CodeDeployClient } from '@aws-sdk/client-codedeploy'
