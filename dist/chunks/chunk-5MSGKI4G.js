import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/evidence/schema.ts
var EVIDENCE_SCHEMA_VERSION = 1;
var EVIDENCE_CHECKS = {
  taskDefinition: "Task definition",
  previousTaskDefinition: "Previous task definition",
  stoppedTasks: "Stopped tasks of the deployment",
  serviceDeployments: "Service deployment history",
  containerInstances: "Container instances",
  containerLogs: "Container logs",
  logGroups: "CloudWatch log groups",
  subnets: "Subnets and free IP addresses",
  routeTables: "Subnet route tables",
  natGateways: "NAT gateways",
  vpcEndpoints: "VPC endpoints",
  vpcAttributes: "VPC DNS attributes",
  securityGroups: "Security groups",
  networkAcls: "Network ACLs",
  s3PrefixList: "S3 prefix list",
  roles: "IAM roles and trust policies",
  policySimulation: "Execution role permissions",
  images: "Container images",
  secrets: "Secrets and parameters",
  targetGroups: "Target groups",
  targetHealth: "Target health",
  loadBalancers: "Load balancers",
  efsFileSystems: "EFS file systems",
  efsMountTargets: "EFS mount targets and their security groups",
  efsAccessPoints: "EFS access points",
  efsPolicies: "EFS file system policies",
  taskRoleSimulation: "Task role permissions",
  alarms: "Rollback alarms",
  hookLogs: "Lifecycle hook logs"
};
var DEADLINE_EXCEEDED = "DeadlineExceeded";

export {
  EVIDENCE_SCHEMA_VERSION,
  EVIDENCE_CHECKS,
  DEADLINE_EXCEEDED
};
