// The client class alone: import() of this module, unlike import() of the package, lets the bundler drop the commands the action never sends.
export { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2'
