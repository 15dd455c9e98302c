import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  DescribeTasksCommand,
  ListTasksCommand
} from "./chunk-QSLN7FTP.js";
import {
  DescribeParameters$,
  SSMClient,
  commonParams as commonParams7
} from "./chunk-LJSAN5EG.js";
import {
  DescribeAccessPoints$,
  DescribeFileSystemPolicy$,
  DescribeFileSystems$,
  DescribeMountTargetSecurityGroups$,
  DescribeMountTargets$,
  EFSClient,
  commonParams as commonParams8
} from "./chunk-VIJHQ7Q7.js";
import {
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  _ep0,
  _mw0,
  command,
  toJson
} from "./chunk-GNSVWLU3.js";
import {
  DescribeContainerInstances$,
  DescribeTaskDefinition$
} from "./chunk-Z5V2ILVB.js";
import {
  ecrRepositoryArn,
  efsFileSystemArn,
  kmsKeyArn,
  lastSegment,
  logGroupArn,
  parameterReference,
  parseArn,
  parseImageReference,
  roleReference,
  secretIdOf
} from "./chunk-YKD77PGM.js";
import {
  isBenignStop
} from "./chunk-CYU2FCNN.js";
import {
  DescribeManagedPrefixLists$,
  DescribeNatGateways$,
  DescribeNetworkAcls$,
  DescribeRouteTables$,
  DescribeSecurityGroups$,
  DescribeSubnets$,
  DescribeVpcAttribute$,
  DescribeVpcEndpoints$,
  EC2Client,
  commonParams
} from "./chunk-HXBF4HFE.js";
import {
  GetRole$,
  IAMClient,
  SimulatePrincipalPolicy$,
  commonParams as commonParams2
} from "./chunk-AZTIRNC4.js";
import {
  DescribeLogGroups$,
  GetLogEvents$,
  commonParams as commonParams3
} from "./chunk-BSNQVMGZ.js";
import {
  BatchGetImage$,
  DescribeImages$,
  commonParams as commonParams4
} from "./chunk-25XKIVQX.js";
import {
  DescribeLoadBalancers$,
  DescribeTargetGroups$,
  DescribeTargetHealth$,
  ElasticLoadBalancingV2Client,
  commonParams as commonParams5
} from "./chunk-ALIM7UPR.js";
import {
  DescribeSecret$,
  commonParams as commonParams6
} from "./chunk-PJYV4XED.js";
import {
  DEADLINE_EXCEEDED,
  EVIDENCE_CHECKS
} from "./chunk-5MSGKI4G.js";
import {
  errorMessage,
  errorName
} from "./chunk-H72JYIFK.js";
import {
  createPaginator
} from "./chunk-CPQYRG73.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-3BRKJ3XX.js";

// src/evidence/context.ts
import { setMaxListeners } from "node:events";
var OVER_BUDGET = /* @__PURE__ */ Symbol("over budget");
var CollectionContext = class {
  clients;
  region;
  accountId;
  partition;
  unavailable = [];
  controller = withUnboundedListeners(new AbortController());
  deadline;
  timer;
  regionalClients = /* @__PURE__ */ new Map();
  deadlineMs;
  constructor(options) {
    this.clients = options.clients.derive({ region: options.region, retry: "evidence" });
    this.region = options.region;
    this.accountId = options.accountId;
    this.partition = options.partition;
    this.deadlineMs = options.deadlineMs;
    this.deadline = new Promise((_, reject) => {
      this.controller.signal.addEventListener("abort", () => reject(new Error("deadline")), { once: true });
    });
    this.deadline.catch(() => void 0);
    this.timer = setTimeout(() => this.controller.abort(), options.deadlineMs);
    this.timer.unref?.();
  }
  /** Partition, region and account to build ARNs in. */
  get scope() {
    return { partition: this.partition, region: this.region, accountId: this.accountId };
  }
  get signal() {
    return this.controller.signal;
  }
  /** Clients for another region (awslogs-region, a cross-region secret or ECR registry), set up like the given ones. */
  clientsIn(region) {
    if (!region || region === this.region) return this.clients;
    let clients = this.regionalClients.get(region);
    if (!clients) {
      clients = this.clients.derive({ region });
      this.regionalClients.set(region, clients);
    }
    return clients;
  }
  /** The client of `service` in `region` (the collection's by default), made and loaded on first use. */
  client(service, region) {
    return this.clientsIn(region).client(service);
  }
  /**
   * Runs one AWS call (or one paginated sequence) bounded by the overall deadline. A failure is
   * recorded in `unavailable` and yields undefined, unless `expected` maps it to a result.
   */
  async call(spec, run, expected, budgetMs) {
    if (this.signal.aborted) return this.recordDeadline(spec);
    let budget;
    const overBudget = new Promise((resolve) => {
      if (budgetMs !== void 0) budget = setTimeout(() => resolve(OVER_BUDGET), budgetMs);
    });
    try {
      const result = await Promise.race([run({ abortSignal: this.signal }), this.deadline, overBudget]);
      if (result === OVER_BUDGET) return this.recordDeadline(spec, budgetMs);
      return result;
    } catch (error) {
      if (this.signal.aborted) return this.recordDeadline(spec);
      const result = expected?.(error);
      if (result !== void 0) return result;
      this.record(spec, errorMessage(error), errorName(error));
      return void 0;
    } finally {
      clearTimeout(budget);
    }
  }
  /** Ends the collection: calls still waiting (over their budget) are aborted, so no retry outlives it. */
  dispose() {
    clearTimeout(this.timer);
    this.controller.abort();
    this.clients.destroy();
  }
  recordDeadline(spec, budgetMs) {
    const seconds = (ms) => Math.round(ms / 100) / 10;
    const error = budgetMs === void 0 ? `No answer within the ${seconds(this.deadlineMs)} s evidence collection deadline` : `No answer within the ${seconds(budgetMs)} s this check may take`;
    this.record(spec, error, DEADLINE_EXCEEDED);
    return void 0;
  }
  record(spec, error, errorCode) {
    this.unavailable.push({
      check: spec.check,
      api: spec.api,
      error,
      errorCode,
      ...spec.resource ? { resource: spec.resource } : {}
    });
  }
};
async function allPages(pages, items, maxPages = 10) {
  const result = [];
  let count = 0;
  for await (const page of pages) {
    result.push(...items(page) ?? []);
    count += 1;
    if (count >= maxPages) break;
  }
  return result;
}
function isError(error, ...names) {
  return names.includes(errorName(error));
}
function unique(values) {
  const result = [];
  for (const value of values) if (value !== void 0 && value !== null && !result.includes(value)) result.push(value);
  return result;
}
function withUnboundedListeners(controller) {
  setMaxListeners(0, controller.signal);
  return controller;
}

// node_modules/@aws-sdk/client-efs/dist-es/commandBuilder.js
var command2 = makeBuilder(commonParams8, "MagnolioAPIService_v20150201", "EFSClient", getEndpointPlugin);
var _ep02 = {};
var _mw02 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-efs/dist-es/commands/DescribeAccessPointsCommand.js
var DescribeAccessPointsCommand = class extends command2(_ep02, _mw02, "DescribeAccessPoints", DescribeAccessPoints$) {
};

// node_modules/@aws-sdk/client-efs/dist-es/commands/DescribeFileSystemPolicyCommand.js
var DescribeFileSystemPolicyCommand = class extends command2(_ep02, _mw02, "DescribeFileSystemPolicy", DescribeFileSystemPolicy$) {
};

// node_modules/@aws-sdk/client-efs/dist-es/commands/DescribeFileSystemsCommand.js
var DescribeFileSystemsCommand = class extends command2(_ep02, _mw02, "DescribeFileSystems", DescribeFileSystems$) {
};

// node_modules/@aws-sdk/client-efs/dist-es/commands/DescribeMountTargetsCommand.js
var DescribeMountTargetsCommand = class extends command2(_ep02, _mw02, "DescribeMountTargets", DescribeMountTargets$) {
};

// node_modules/@aws-sdk/client-efs/dist-es/commands/DescribeMountTargetSecurityGroupsCommand.js
var DescribeMountTargetSecurityGroupsCommand = class extends command2(_ep02, _mw02, "DescribeMountTargetSecurityGroups", DescribeMountTargetSecurityGroups$) {
};

// node_modules/@aws-sdk/client-efs/dist-es/pagination/DescribeMountTargetsPaginator.js
var paginateDescribeMountTargets = createPaginator(EFSClient, DescribeMountTargetsCommand, "Marker", "NextMarker", "MaxItems");

// node_modules/@aws-sdk/client-ec2/dist-es/commandBuilder.js
var command3 = makeBuilder(commonParams, "AmazonEC2", "EC2Client", getEndpointPlugin);
var _ep03 = {};
var _mw03 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeManagedPrefixListsCommand.js
var DescribeManagedPrefixListsCommand = class extends command3(_ep03, _mw03, "DescribeManagedPrefixLists", DescribeManagedPrefixLists$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeNatGatewaysCommand.js
var DescribeNatGatewaysCommand = class extends command3(_ep03, _mw03, "DescribeNatGateways", DescribeNatGateways$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeNetworkAclsCommand.js
var DescribeNetworkAclsCommand = class extends command3(_ep03, _mw03, "DescribeNetworkAcls", DescribeNetworkAcls$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeRouteTablesCommand.js
var DescribeRouteTablesCommand = class extends command3(_ep03, _mw03, "DescribeRouteTables", DescribeRouteTables$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js
var DescribeSecurityGroupsCommand = class extends command3(_ep03, _mw03, "DescribeSecurityGroups", DescribeSecurityGroups$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeSubnetsCommand.js
var DescribeSubnetsCommand = class extends command3(_ep03, _mw03, "DescribeSubnets", DescribeSubnets$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVpcAttributeCommand.js
var DescribeVpcAttributeCommand = class extends command3(_ep03, _mw03, "DescribeVpcAttribute", DescribeVpcAttribute$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/commands/DescribeVpcEndpointsCommand.js
var DescribeVpcEndpointsCommand = class extends command3(_ep03, _mw03, "DescribeVpcEndpoints", DescribeVpcEndpoints$) {
};

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeManagedPrefixListsPaginator.js
var paginateDescribeManagedPrefixLists = createPaginator(EC2Client, DescribeManagedPrefixListsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeNatGatewaysPaginator.js
var paginateDescribeNatGateways = createPaginator(EC2Client, DescribeNatGatewaysCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeNetworkAclsPaginator.js
var paginateDescribeNetworkAcls = createPaginator(EC2Client, DescribeNetworkAclsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeRouteTablesPaginator.js
var paginateDescribeRouteTables = createPaginator(EC2Client, DescribeRouteTablesCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSecurityGroupsPaginator.js
var paginateDescribeSecurityGroups = createPaginator(EC2Client, DescribeSecurityGroupsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeSubnetsPaginator.js
var paginateDescribeSubnets = createPaginator(EC2Client, DescribeSubnetsCommand, "NextToken", "NextToken", "MaxResults");

// node_modules/@aws-sdk/client-ec2/dist-es/pagination/DescribeVpcEndpointsPaginator.js
var paginateDescribeVpcEndpoints = createPaginator(EC2Client, DescribeVpcEndpointsCommand, "NextToken", "NextToken", "MaxResults");

// src/evidence/efs.ts
function efsFileSystems(taskDefinition) {
  const systems = /* @__PURE__ */ new Map();
  for (const volume of taskDefinition.volumes ?? []) {
    const config = volume.efsVolumeConfiguration;
    if (!config?.fileSystemId) continue;
    const accessPoints = systems.get(config.fileSystemId) ?? [];
    const accessPoint = config.authorizationConfig?.accessPointId;
    systems.set(config.fileSystemId, accessPoint ? unique([...accessPoints, accessPoint]) : accessPoints);
  }
  return systems;
}
async function collectEfs(ctx, taskDefinition) {
  const systems = taskDefinition ? [...efsFileSystems(taskDefinition)] : [];
  if (systems.length === 0) return void 0;
  const collected = systems.map(([fileSystemId, accessPointIds]) => collectFileSystem(ctx, fileSystemId, accessPointIds));
  const groupIds = Promise.all(collected.map((c) => c.securityGroupIds)).then((ids) => unique(ids.flat()));
  const [efs, securityGroups] = await Promise.all([Promise.all(collected.map((c) => c.evidence)), groupIds.then((ids) => describeGroups(ctx, ids))]);
  return { efs, ...securityGroups ? { securityGroups } : {} };
}
async function describeGroups(ctx, ids) {
  if (ids.length === 0) return void 0;
  const groups = await ctx.call(
    { check: EVIDENCE_CHECKS.securityGroups, api: "ec2:DescribeSecurityGroups" },
    async (o) => allPages(paginateDescribeSecurityGroups({ client: await ctx.client("ec2") }, { Filters: [{ Name: "group-id", Values: ids }] }, o), (p) => p.SecurityGroups)
  );
  return groups ? toJson(groups) : void 0;
}
function collectFileSystem(ctx, fileSystemId, accessPointIds) {
  const efs = ctx.client("efs");
  const notFound = (value) => (error) => isError(error, "FileSystemNotFound") ? value : void 0;
  const fileSystemP = ctx.call(
    { check: EVIDENCE_CHECKS.efsFileSystems, api: "elasticfilesystem:DescribeFileSystems", resource: fileSystemId },
    async (o) => {
      const found = (await (await efs).send(new DescribeFileSystemsCommand({ FileSystemId: fileSystemId }), o)).FileSystems?.[0];
      return { exists: true, ...found?.LifeCycleState ? { lifeCycleState: found.LifeCycleState } : {}, ...found?.Name ? { name: found.Name } : {} };
    },
    notFound({ exists: false })
  );
  const describedP = ctx.call(
    { check: EVIDENCE_CHECKS.efsMountTargets, api: "elasticfilesystem:DescribeMountTargets", resource: fileSystemId },
    async (o) => allPages(paginateDescribeMountTargets({ client: await efs }, { FileSystemId: fileSystemId }, o), (page) => page.MountTargets),
    notFound([])
  );
  const mountTargetsP = describedP.then((described) => described ? Promise.all(described.map((target) => withSecurityGroups(ctx, target))) : void 0);
  const accessPointsP = Promise.all(accessPointIds.map((id) => describeAccessPoint(ctx, id))).then((points) => points.filter((p) => p !== void 0));
  const policyP = ctx.call(
    { check: EVIDENCE_CHECKS.efsPolicies, api: "elasticfilesystem:DescribeFileSystemPolicy", resource: fileSystemId },
    async (o) => (await (await efs).send(new DescribeFileSystemPolicyCommand({ FileSystemId: fileSystemId }), o)).Policy ?? null,
    (error) => isError(error, "PolicyNotFound", "FileSystemNotFound") ? null : void 0
  );
  const evidence = (async () => {
    const [fileSystem, mountTargets, accessPoints, policy] = await Promise.all([fileSystemP, mountTargetsP, accessPointsP, policyP]);
    return {
      fileSystemId,
      ...fileSystem ?? {},
      ...mountTargets ? { mountTargets } : {},
      ...accessPointIds.length > 0 ? { accessPoints } : {},
      ...policy !== void 0 ? { policy } : {}
    };
  })();
  return { evidence, securityGroupIds: mountTargetsP.then((targets) => unique((targets ?? []).flatMap((t) => t.securityGroups ?? []))) };
}
async function withSecurityGroups(ctx, target) {
  const mountTargetId = target.MountTargetId ?? "";
  const described = {
    mountTargetId,
    ...target.SubnetId ? { subnetId: target.SubnetId } : {},
    ...target.AvailabilityZoneName ? { availabilityZoneName: target.AvailabilityZoneName } : {},
    ...target.LifeCycleState ? { lifeCycleState: target.LifeCycleState } : {},
    ...target.VpcId ? { vpcId: target.VpcId } : {}
  };
  if (!mountTargetId || target.LifeCycleState === "deleted" || target.LifeCycleState === "deleting") return described;
  const groups = await ctx.call(
    { check: EVIDENCE_CHECKS.efsMountTargets, api: "elasticfilesystem:DescribeMountTargetSecurityGroups", resource: mountTargetId },
    async (o) => (await (await ctx.client("efs")).send(new DescribeMountTargetSecurityGroupsCommand({ MountTargetId: mountTargetId }), o)).SecurityGroups ?? []
  );
  return groups ? { ...described, securityGroups: groups } : described;
}
async function describeAccessPoint(ctx, accessPointId) {
  return ctx.call(
    { check: EVIDENCE_CHECKS.efsAccessPoints, api: "elasticfilesystem:DescribeAccessPoints", resource: accessPointId },
    async (o) => {
      const found = (await (await ctx.client("efs")).send(new DescribeAccessPointsCommand({ AccessPointId: accessPointId }), o)).AccessPoints?.[0];
      return found ? accessPointOf(accessPointId, found) : { accessPointId, exists: false };
    },
    (error) => isError(error, "AccessPointNotFound") ? { accessPointId, exists: false } : void 0
  );
}
function accessPointOf(accessPointId, found) {
  const root = found.RootDirectory;
  const creation = root?.CreationInfo;
  const user = found.PosixUser;
  return {
    accessPointId,
    exists: true,
    ...found.FileSystemId ? { fileSystemId: found.FileSystemId } : {},
    ...found.LifeCycleState ? { lifeCycleState: found.LifeCycleState } : {},
    ...root ? {
      rootDirectory: {
        ...root.Path ? { path: root.Path } : {},
        ...creation ? { creationInfo: { ownerUid: creation.OwnerUid, ownerGid: creation.OwnerGid, permissions: creation.Permissions } } : {}
      }
    } : {},
    ...user ? { posixUser: { uid: user.Uid, gid: user.Gid, ...user.SecondaryGids?.length ? { secondaryGids: user.SecondaryGids } : {} } } : {}
  };
}
function withEfsSecurityGroups(network, efs) {
  if (!efs?.securityGroups?.length) return network;
  const known = new Set((network?.securityGroups ?? []).map((g) => g.GroupId));
  return { ...network, securityGroups: [...network?.securityGroups ?? [], ...efs.securityGroups.filter((g) => !known.has(g.GroupId))] };
}

// node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeContainerInstancesCommand.js
var DescribeContainerInstancesCommand = class extends command(_ep0, _mw0, "DescribeContainerInstances", DescribeContainerInstances$) {
};

// node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTaskDefinitionCommand.js
var DescribeTaskDefinitionCommand = class extends command(_ep0, _mw0, "DescribeTaskDefinition", DescribeTaskDefinition$) {
};

// src/evidence/ecs.ts
function planDeployments(service, deploymentId, tasks, taskDefinitionArn) {
  const deployments = service.deployments ?? [];
  const followed = deploymentId ? deployments.find((d) => d.id === deploymentId) : deployments.find((d) => d.status === "PRIMARY");
  const ours = followed?.taskDefinition ?? taskDefinitionArn ?? tasks.find((t) => t.taskDefinitionArn)?.taskDefinitionArn ?? (deploymentId ? void 0 : service.taskDefinition);
  const others = deployments.filter((d) => d.id !== followed?.id && d.taskDefinition && d.taskDefinition !== ours);
  const createdAt = time(followed?.createdAt);
  const older = others.filter((d) => createdAt !== void 0 && (time(d.createdAt) ?? Infinity) < createdAt).sort((a, b) => (time(b.createdAt) ?? 0) - (time(a.createdAt) ?? 0));
  const previous = older[0] ?? others.find((d) => d.status === "PRIMARY") ?? others[0];
  return { followed, taskDefinitionArn: ours, previousTaskDefinitionArn: previous?.taskDefinition };
}
async function describeTaskDefinition(ctx, check, taskDefinitionArn) {
  if (!taskDefinitionArn) return null;
  const output = await ctx.call(
    { check, api: "ecs:DescribeTaskDefinition", resource: taskDefinitionArn },
    (options) => ctx.clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: taskDefinitionArn }), options)
  );
  return output?.taskDefinition ? toJson(output.taskDefinition) : null;
}
var MAX_TASKS_TO_REFRESH = 100;
var REFRESH_BUDGET_MS = 15e3;
async function refreshStoppedTasks(ctx, cluster, deploymentId, known) {
  if (!deploymentId || known.some((t) => t.lastStatus === "STOPPED" && !isBenignStop(t))) return known;
  const check = EVIDENCE_CHECKS.stoppedTasks;
  const started = Date.now();
  const listed = await ctx.call(
    { check, api: "ecs:ListTasks" },
    (options) => ctx.clients.ecs.send(new ListTasksCommand({ cluster, startedBy: deploymentId, desiredStatus: "STOPPED", maxResults: 100 }), options),
    void 0,
    REFRESH_BUDGET_MS
  );
  const stoppedKnown = new Set(known.filter((t) => t.lastStatus === "STOPPED").map((t) => t.taskArn));
  const fresh = (listed?.taskArns ?? []).filter((arn) => !stoppedKnown.has(arn)).slice(0, MAX_TASKS_TO_REFRESH);
  if (fresh.length === 0) return known;
  const described = await ctx.call(
    { check, api: "ecs:DescribeTasks" },
    (options) => ctx.clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: fresh }), options),
    void 0,
    Math.max(0, REFRESH_BUDGET_MS - (Date.now() - started))
  );
  const updates = new Map((described?.tasks ?? []).filter((t) => t.startedBy === deploymentId).map((t) => [t.taskArn, toJson(t)]));
  if (updates.size === 0) return known;
  const merged = known.map((t) => updates.get(t.taskArn) ?? t);
  const added = [...updates.values()].filter((t) => !known.some((k) => k.taskArn === t.taskArn));
  return [...merged, ...added];
}
var DEPLOYMENT_MATCH_WINDOW_MS = 10 * 6e4;
var MAX_SERVICE_DEPLOYMENTS = 5;
async function collectServiceDeployments(ctx, cluster, serviceName, followed) {
  const check = EVIDENCE_CHECKS.serviceDeployments;
  const createdAt = time(followed?.createdAt);
  const after = createdAt === void 0 ? void 0 : new Date(createdAt - DEPLOYMENT_MATCH_WINDOW_MS);
  const listed = await ctx.call(
    { check, api: "ecs:ListServiceDeployments" },
    (options) => ctx.clients.ecs.send(
      new ListServiceDeploymentsCommand({ cluster, service: serviceName, ...after ? { createdAt: { after } } : {} }),
      options
    )
  );
  if (!listed) return void 0;
  const arns = serviceDeploymentsToDescribe(listed.serviceDeployments ?? [], createdAt);
  if (arns.length === 0) return [];
  const described = await ctx.call(
    { check, api: "ecs:DescribeServiceDeployments" },
    (options) => ctx.clients.ecs.send(new DescribeServiceDeploymentsCommand({ serviceDeploymentArns: arns }), options)
  );
  if (!described) return void 0;
  const order = (d) => arns.indexOf(d.serviceDeploymentArn ?? "");
  return toJson([...described.serviceDeployments ?? []].sort((a, b) => order(a) - order(b)));
}
function serviceDeploymentsToDescribe(briefs, createdAt) {
  const dated = briefs.filter((b) => b.serviceDeploymentArn).map((b) => ({ arn: b.serviceDeploymentArn, at: b.createdAt?.getTime() ?? 0 })).sort((a, b) => a.at - b.at);
  if (dated.length === 0) return [];
  const target = createdAt ?? dated[dated.length - 1].at;
  const nearest = dated.reduce((best, b) => Math.abs(b.at - target) < Math.abs(best.at - target) ? b : best);
  return [nearest, ...dated.filter((b) => b.at > nearest.at)].slice(0, MAX_SERVICE_DEPLOYMENTS).map((b) => b.arn);
}
async function collectContainerInstances(ctx, cluster, tasks) {
  const arns = unique(tasks.map((t) => t.containerInstanceArn)).slice(0, 100);
  if (arns.length === 0) return void 0;
  const output = await ctx.call(
    { check: EVIDENCE_CHECKS.containerInstances, api: "ecs:DescribeContainerInstances" },
    (options) => ctx.clients.ecs.send(
      new DescribeContainerInstancesCommand({ cluster, containerInstances: arns, include: ["CONTAINER_INSTANCE_HEALTH"] }),
      options
    )
  );
  return output ? toJson(output.containerInstances ?? []) : void 0;
}
function time(iso) {
  if (!iso) return void 0;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? void 0 : ms;
}

// node_modules/@aws-sdk/client-iam/dist-es/commandBuilder.js
var command4 = makeBuilder(commonParams2, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
var _ep04 = {};
var _mw04 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-iam/dist-es/commands/GetRoleCommand.js
var GetRoleCommand = class extends command4(_ep04, _mw04, "GetRole", GetRole$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/commands/SimulatePrincipalPolicyCommand.js
var SimulatePrincipalPolicyCommand = class extends command4(_ep04, _mw04, "SimulatePrincipalPolicy", SimulatePrincipalPolicy$) {
};

// node_modules/@aws-sdk/client-iam/dist-es/pagination/SimulatePrincipalPolicyPaginator.js
var paginateSimulatePrincipalPolicy = createPaginator(IAMClient, SimulatePrincipalPolicyCommand, "Marker", "Marker", "MaxItems");

// src/evidence/iam.ts
function executionRolePermissions(needs, scope) {
  const permissions = [];
  const add = (resource, ...actions) => actions.forEach((action) => permissions.push({ action, resource }));
  const ecrImages = needs.images.filter((i) => i.registry === "ecr" && i.repositoryName && i.registryId && i.region);
  if (ecrImages.length > 0) add("*", "ecr:GetAuthorizationToken");
  for (const image of ecrImages) {
    const repository = ecrRepositoryArn(image.repositoryName, image.region, image.registryId, scope.partition);
    add(repository, "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer");
  }
  for (const secret of needs.secrets) {
    const arn = secretArn(secret, scope);
    add(arn, secret.store === "secretsmanager" ? "secretsmanager:GetSecretValue" : "ssm:GetParameters");
    const owner = parseArn(arn);
    const key = kmsKeyArn(secret.kmsKeyId, { ...scope, ...owner ? { region: owner.region, accountId: owner.accountId } : {} });
    if (key) add(key, "kms:Decrypt");
  }
  for (const config of needs.logConfigs) {
    const arn = logGroupArn(config.group, config.region, scope);
    add(arn, "logs:CreateLogStream", "logs:PutLogEvents");
    if (config.createGroup) add(arn, "logs:CreateLogGroup");
  }
  for (const object of needs.environmentFiles ?? []) {
    add(object, "s3:GetObject");
    add(object.split("/")[0], "s3:GetBucketLocation");
  }
  const seen = /* @__PURE__ */ new Set();
  return permissions.filter((p) => {
    const key = `${p.action} ${p.resource}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
function secretArn(secret, scope) {
  const arn = secret.arn ?? secret.valueFrom;
  if (arn.startsWith("arn:")) return arn;
  return `arn:${scope.partition}:secretsmanager:${scope.region}:${scope.accountId ?? ""}:secret:${arn}`;
}
function taskRolePermissions(taskDefinition, scope) {
  const permissions = [];
  const mounts = (taskDefinition.containerDefinitions ?? []).flatMap((c) => c.mountPoints ?? []);
  for (const volume of taskDefinition.volumes ?? []) {
    const config = volume.efsVolumeConfiguration;
    if (!config?.fileSystemId || config.authorizationConfig?.iam !== "ENABLED") continue;
    const resource = efsFileSystemArn(config.fileSystemId, scope);
    const ofVolume = mounts.filter((m) => m.sourceVolume === volume.name);
    const actions = ["elasticfilesystem:ClientMount", ...ofVolume.length > 0 && ofVolume.every((m) => m.readOnly) ? [] : ["elasticfilesystem:ClientWrite"]];
    for (const action of actions) if (!permissions.some((p) => p.action === action && p.resource === resource)) permissions.push({ action, resource });
  }
  return permissions;
}
async function collectIam(ctx, taskDefinition, needs) {
  const references = [];
  if (taskDefinition.executionRoleArn) references.push({ kind: "execution", value: taskDefinition.executionRoleArn });
  if (taskDefinition.taskRoleArn) references.push({ kind: "task", value: taskDefinition.taskRoleArn });
  if (references.length === 0) return void 0;
  const lookups = /* @__PURE__ */ new Map();
  for (const { value } of references) if (!lookups.has(value)) lookups.set(value, getRole(ctx, roleReference(value, ctx.scope)));
  const rolesPromise = Promise.all(
    references.map(async ({ kind, value }) => {
      const role = await lookups.get(value);
      return role ? { kind, ...role } : void 0;
    })
  ).then((roles2) => roles2.filter((r) => r !== void 0));
  const executionRole = references.find((r) => r.kind === "execution");
  const simulationsPromise = (async () => {
    if (!executionRole) return void 0;
    const role = await lookups.get(executionRole.value);
    if (role?.exists === false) return void 0;
    const permissions = executionRolePermissions(await needs, ctx.scope);
    if (permissions.length === 0) return [];
    return simulate(ctx, role?.arn ?? roleReference(executionRole.value, ctx.scope).arn, permissions);
  })();
  const taskRole = references.find((r) => r.kind === "task");
  const taskSimulationsPromise = (async () => {
    const permissions = taskRolePermissions(taskDefinition, ctx.scope);
    if (!taskRole || permissions.length === 0) return void 0;
    const role = await lookups.get(taskRole.value);
    if (role?.exists === false) return void 0;
    const arn = role?.arn ?? roleReference(taskRole.value, ctx.scope).arn;
    return simulate(ctx, arn, permissions, "task", EVIDENCE_CHECKS.taskRoleSimulation);
  })();
  const [roles, executionSimulations, taskSimulations] = await Promise.all([rolesPromise, simulationsPromise, taskSimulationsPromise]);
  const simulations = executionSimulations || taskSimulations ? [...executionSimulations ?? [], ...taskSimulations ?? []] : void 0;
  return { roles, ...simulations ? { simulations } : {} };
}
async function getRole(ctx, role) {
  return ctx.call(
    { check: EVIDENCE_CHECKS.roles, api: "iam:GetRole", resource: role.arn },
    async (options) => {
      const output = await (await ctx.client("iam")).send(new GetRoleCommand({ RoleName: role.roleName }), options);
      const document = decodePolicyDocument(output.Role?.AssumeRolePolicyDocument);
      return {
        arn: output.Role?.Arn ?? role.arn,
        roleName: output.Role?.RoleName ?? role.roleName,
        exists: true,
        ...document !== void 0 ? { assumeRolePolicyDocument: document, trustsEcsTasks: trustsEcsTasks(document) } : {}
      };
    },
    (error) => isError(error, "NoSuchEntity", "NoSuchEntityException") ? { ...role, exists: false } : void 0
  );
}
function decodePolicyDocument(encoded) {
  if (encoded === void 0) return void 0;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
function trustsEcsTasks(document) {
  let policy;
  try {
    policy = JSON.parse(document);
  } catch {
    return false;
  }
  const statements = Array.isArray(policy.Statement) ? policy.Statement : policy.Statement ? [policy.Statement] : [];
  return statements.some((s) => {
    const actions = [].concat(s.Action ?? []).map((a) => a.toLowerCase());
    const services = typeof s.Principal === "object" ? [].concat(s.Principal.Service ?? []) : [];
    return s.Effect === "Allow" && actions.some((a) => a === "sts:assumerole" || a === "sts:*" || a === "*") && services.includes("ecs-tasks.amazonaws.com");
  });
}
async function simulate(ctx, principalArn, permissions, role = "execution", check = EVIDENCE_CHECKS.policySimulation) {
  const results = await ctx.call(
    { check, api: "iam:SimulatePrincipalPolicy", resource: principalArn },
    async (options) => allPages(
      paginateSimulatePrincipalPolicy(
        { client: await ctx.client("iam") },
        {
          PolicySourceArn: principalArn,
          ActionNames: unique(permissions.map((p) => p.action)),
          ResourceArns: unique(permissions.map((p) => p.resource))
        },
        options
      ),
      (page) => page.EvaluationResults,
      20
    )
  );
  if (!results) return void 0;
  const decisions = decisionsByPair(results);
  return permissions.flatMap(({ action, resource }) => {
    const found = decisions.get(pairKey(action, resource));
    if (!found) return [];
    const matchedStatements = unique((found.statements ?? []).map((s) => s.SourcePolicyId));
    return [
      {
        role,
        principalArn,
        action,
        resource,
        decision: found.decision,
        ...matchedStatements.length > 0 ? { matchedStatements } : {}
      }
    ];
  });
}
function decisionsByPair(results) {
  const decisions = /* @__PURE__ */ new Map();
  for (const result of results) {
    const action = result.EvalActionName ?? "";
    if (result.ResourceSpecificResults?.length) {
      for (const specific of result.ResourceSpecificResults) {
        decisions.set(pairKey(action, specific.EvalResourceName ?? ""), {
          decision: specific.EvalResourceDecision,
          statements: specific.MatchedStatements
        });
      }
    } else {
      decisions.set(pairKey(action, result.EvalResourceName ?? "*"), {
        decision: result.EvalDecision,
        statements: result.MatchedStatements
      });
    }
  }
  return decisions;
}
function pairKey(action, resource) {
  return `${action.toLowerCase()} ${resource}`;
}

// node_modules/@aws-sdk/client-ecr/dist-es/commandBuilder.js
var command5 = makeBuilder(commonParams4, "AmazonEC2ContainerRegistry_V20150921", "ECRClient", getEndpointPlugin);
var _ep05 = {};
var _mw05 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ecr/dist-es/commands/BatchGetImageCommand.js
var BatchGetImageCommand = class extends command5(_ep05, _mw05, "BatchGetImage", BatchGetImage$) {
};

// node_modules/@aws-sdk/client-ecr/dist-es/commands/DescribeImagesCommand.js
var DescribeImagesCommand = class extends command5(_ep05, _mw05, "DescribeImages", DescribeImages$) {
};

// src/evidence/images.ts
var INDEX_MEDIA_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
];
var MANIFEST_MEDIA_TYPES = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
];
async function collectImages(ctx, taskDefinition) {
  const containers = (taskDefinition.containerDefinitions ?? []).filter((c) => c.name && c.image);
  const checked = /* @__PURE__ */ new Map();
  const entries = containers.map(async (container) => {
    const reference2 = parseImageReference(container.image);
    if (reference2.registry !== "ecr") return { containerName: container.name, ...reference2, status: "not-checked" };
    let result = checked.get(reference2.image);
    if (!result) {
      result = checkEcrImage(ctx, reference2);
      checked.set(reference2.image, result);
    }
    return { containerName: container.name, ...reference2, ...await result };
  });
  return Promise.all(entries);
}
async function checkEcrImage(ctx, reference2) {
  const ecr = await ctx.client("ecr", reference2.region);
  const imageId = reference2.digest ? { imageDigest: reference2.digest } : { imageTag: reference2.tag };
  const target = { registryId: reference2.registryId, repositoryName: reference2.repositoryName };
  const spec = { check: EVIDENCE_CHECKS.images, resource: reference2.image };
  const described = await ctx.call(
    { ...spec, api: "ecr:DescribeImages" },
    async (options) => {
      const output = await ecr.send(new DescribeImagesCommand({ ...target, imageIds: [imageId] }), options);
      return { status: "found", mediaType: output.imageDetails?.[0]?.imageManifestMediaType };
    },
    (error) => {
      if (isError(error, "ImageNotFoundException")) return { status: "image-not-found" };
      if (isError(error, "RepositoryNotFoundException")) return { status: "repository-not-found" };
      return void 0;
    }
  );
  if (!described) return { status: "not-checked" };
  if (described.status !== "found" || !INDEX_MEDIA_TYPES.includes(described.mediaType ?? "")) return { status: described.status };
  const architectures = await ctx.call({ ...spec, api: "ecr:BatchGetImage" }, async (options) => {
    const output = await ecr.send(
      new BatchGetImageCommand({ ...target, imageIds: [imageId], acceptedMediaTypes: [...INDEX_MEDIA_TYPES, ...MANIFEST_MEDIA_TYPES] }),
      options
    );
    return indexArchitectures(output.images?.[0]?.imageManifest);
  });
  return { status: "found", ...architectures ? { architectures } : {} };
}
function indexArchitectures(manifest) {
  if (!manifest) return void 0;
  let parsed;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return void 0;
  }
  if (!Array.isArray(parsed.manifests)) return void 0;
  const architectures = parsed.manifests.map((m) => m.platform?.architecture).filter((a) => !!a && a !== "unknown");
  return [...new Set(architectures)];
}

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commandBuilder.js
var command6 = makeBuilder(commonParams5, "ElasticLoadBalancing_v10", "ElasticLoadBalancingV2Client", getEndpointPlugin);
var _ep06 = {};
var _mw06 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeLoadBalancersCommand.js
var DescribeLoadBalancersCommand = class extends command6(_ep06, _mw06, "DescribeLoadBalancers", DescribeLoadBalancers$) {
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetGroupsCommand.js
var DescribeTargetGroupsCommand = class extends command6(_ep06, _mw06, "DescribeTargetGroups", DescribeTargetGroups$) {
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/commands/DescribeTargetHealthCommand.js
var DescribeTargetHealthCommand = class extends command6(_ep06, _mw06, "DescribeTargetHealth", DescribeTargetHealth$) {
};

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeLoadBalancersPaginator.js
var paginateDescribeLoadBalancers = createPaginator(ElasticLoadBalancingV2Client, DescribeLoadBalancersCommand, "Marker", "NextMarker", "");

// node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-es/pagination/DescribeTargetGroupsPaginator.js
var paginateDescribeTargetGroups = createPaginator(ElasticLoadBalancingV2Client, DescribeTargetGroupsCommand, "Marker", "NextMarker", "");

// src/evidence/load-balancing.ts
function serviceTargetGroups(service) {
  const balancers = service.loadBalancers ?? [];
  return unique([
    ...balancers.map((lb) => lb.targetGroupArn),
    ...balancers.map((lb) => lb.advancedConfiguration?.alternateTargetGroupArn),
    ...(service.taskSets ?? []).flatMap((set) => (set.loadBalancers ?? []).map((lb) => lb.targetGroupArn))
  ]);
}
function collectLoadBalancing(ctx, service, options = {}) {
  const targetGroupArns = serviceTargetGroups(service);
  if (targetGroupArns.length === 0) return { evidence: Promise.resolve(void 0), securityGroupIds: Promise.resolve([]) };
  const elbv2 = ctx.client("elbv2");
  const targetGroupsP = ctx.call(
    { check: EVIDENCE_CHECKS.targetGroups, api: "elasticloadbalancing:DescribeTargetGroups" },
    async (o) => allPages(paginateDescribeTargetGroups({ client: await elbv2 }, { TargetGroupArns: targetGroupArns }, o), (p) => p.TargetGroups)
  ).then((groups) => groups ? toJson(groups) : void 0);
  const targetHealthP = Promise.all(
    (options.targetHealth === false ? [] : targetGroupArns).map(async (targetGroupArn) => {
      const output = await ctx.call(
        { check: EVIDENCE_CHECKS.targetHealth, api: "elasticloadbalancing:DescribeTargetHealth", resource: targetGroupArn },
        async (o) => (await elbv2).send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn }), o)
      );
      return output ? { targetGroupArn, descriptions: toJson(output.TargetHealthDescriptions ?? []) } : void 0;
    })
  ).then((entries) => entries.filter((e) => e !== void 0));
  const loadBalancersP = targetGroupsP.then(async (groups) => {
    const arns = unique((groups ?? []).flatMap((g) => g.LoadBalancerArns ?? []));
    if (arns.length === 0) return groups ? [] : void 0;
    const balancers = await ctx.call(
      { check: EVIDENCE_CHECKS.loadBalancers, api: "elasticloadbalancing:DescribeLoadBalancers" },
      async (o) => allPages(paginateDescribeLoadBalancers({ client: await elbv2 }, { LoadBalancerArns: arns }, o), (p) => p.LoadBalancers)
    );
    return balancers ? toJson(balancers) : void 0;
  });
  const evidence = Promise.all([targetGroupsP, targetHealthP, loadBalancersP]).then(([targetGroups, targetHealth, loadBalancers]) => ({
    ...targetGroups ? { targetGroups } : {},
    ...targetHealth.length > 0 ? { targetHealth } : {},
    ...loadBalancers ? { loadBalancers } : {}
  }));
  const securityGroupIds = loadBalancersP.then((balancers) => unique((balancers ?? []).flatMap((b) => b.SecurityGroups ?? [])));
  return { evidence, securityGroupIds };
}

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commandBuilder.js
var command7 = makeBuilder(commonParams3, "Logs_20140328", "CloudWatchLogsClient", getEndpointPlugin);
var _ep07 = {};
var _mw07 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/DescribeLogGroupsCommand.js
var DescribeLogGroupsCommand = class extends command7(_ep07, _mw07, "DescribeLogGroups", DescribeLogGroups$) {
};

// node_modules/@aws-sdk/client-cloudwatch-logs/dist-es/commands/GetLogEventsCommand.js
var GetLogEventsCommand = class extends command7(_ep07, _mw07, "GetLogEvents", GetLogEvents$) {
};

// src/evidence/logs.ts
function awslogsConfig(container, defaultRegion) {
  const config = container?.logConfiguration;
  const group = config?.options?.["awslogs-group"];
  if (config?.logDriver !== "awslogs" || !group) return void 0;
  const options = config.options ?? {};
  return {
    group,
    region: options["awslogs-region"] || defaultRegion,
    ...options["awslogs-stream-prefix"] ? { streamPrefix: options["awslogs-stream-prefix"] } : {},
    createGroup: options["awslogs-create-group"] === "true"
  };
}
function awslogsStreamName(config, containerName, taskArn, runtimeId) {
  if (config.streamPrefix) return `${config.streamPrefix}/${containerName}/${lastSegment(taskArn)}`;
  return runtimeId;
}
var MAX_LOG_EXCERPTS = 5;
function selectFailedContainers(tasks, taskDefinition, cap = MAX_LOG_EXCERPTS) {
  const essential = essentialContainers(taskDefinition);
  const newestFirst = (a, b) => stamp(b) - stamp(a);
  const stopped = tasks.filter((t) => t.lastStatus === "STOPPED" || t.stoppedAt).sort(newestFirst);
  const ordered = [...stopped.filter((t) => !isBenignStop(t)), ...stopped.filter(isBenignStop)];
  const candidates = ordered.flatMap((task) => failingContainers(task, essential).map((c) => ({ task, container: c })));
  if (candidates.length === 0) {
    const running = tasks.filter((t) => t.lastStatus !== "STOPPED").sort(newestFirst)[0];
    for (const container of running?.containers ?? []) {
      if (isEssential(container.name, essential)) candidates.push({ task: running, container });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const selected = [];
  for (const { task, container } of candidates) {
    const signature = [container.name, container.exitCode ?? "none", normalise(container.reason), normalise(task.stoppedReason)].join("|");
    if (seen.has(signature) || !task.taskArn || !container.name) continue;
    seen.add(signature);
    selected.push({ taskArn: task.taskArn, containerName: container.name, ...container.runtimeId ? { runtimeId: container.runtimeId } : {} });
    if (selected.length >= cap) break;
  }
  return selected;
}
function failingContainers(task, essential) {
  const containers = task.containers ?? [];
  const exited = containers.filter((c) => typeof c.exitCode === "number" && c.exitCode !== 0);
  const exitedEssential = exited.filter((c) => isEssential(c.name, essential));
  if (exitedEssential.length > 0) return exitedEssential;
  if (exited.length > 0) return exited;
  return containers.filter((c) => isEssential(c.name, essential));
}
function essentialContainers(taskDefinition) {
  if (!taskDefinition?.containerDefinitions) return void 0;
  return new Set(taskDefinition.containerDefinitions.filter((c) => c.essential !== false).map((c) => c.name ?? ""));
}
function isEssential(name, essential) {
  return essential ? essential.has(name ?? "") : true;
}
function stamp(task) {
  return time(task.stoppedAt) ?? time(task.stoppingAt) ?? time(task.createdAt) ?? 0;
}
function normalise(text) {
  return (text ?? "").replace(/[0-9a-f]{8,}/gi, "#").replace(/\d+/g, "#").slice(0, 200);
}
var MAX_LINE_LENGTH = 16384;
async function collectLogs(ctx, taskDefinition, containers, logLines) {
  const definitions = new Map((taskDefinition.containerDefinitions ?? []).map((c) => [c.name, c]));
  const excerpts = await Promise.all(
    containers.map(async ({ taskArn, containerName, runtimeId }) => {
      const config = awslogsConfig(definitions.get(containerName), ctx.region);
      if (!config) return { taskArn, containerName, lines: [], missing: "no-awslogs-config" };
      const logStream = awslogsStreamName(config, containerName, taskArn, runtimeId);
      const where = { taskArn, containerName, logGroup: config.group, ...logStream ? { logStream } : {} };
      if (!logStream) return { ...where, lines: [], missing: "stream-not-found" };
      const result = await readLastLines(ctx, config, logStream, logLines);
      return result ? { ...where, ...result } : void 0;
    })
  );
  return excerpts.filter((e) => e !== void 0);
}
async function readLastLines(ctx, config, logStream, logLines) {
  const logs = await ctx.client("logs", config.region);
  const limit = Math.min(Math.max(Math.trunc(logLines), 1), 1e4);
  return ctx.call(
    { check: EVIDENCE_CHECKS.containerLogs, api: "logs:GetLogEvents", resource: `${config.group}:${logStream}` },
    async (options) => {
      const output = await logs.send(
        new GetLogEventsCommand({ logGroupName: config.group, logStreamName: logStream, startFromHead: false, limit }),
        options
      );
      const lines = (output.events ?? []).map((e) => (e.message ?? "").replace(/\r?\n$/, "").slice(0, MAX_LINE_LENGTH));
      return { lines };
    },
    (error) => {
      if (!isError(error, "ResourceNotFoundException")) return void 0;
      return { lines: [], missing: /log group/i.test(errorMessage(error)) ? "group-not-found" : "stream-not-found" };
    }
  );
}
async function collectLogGroups(ctx, taskDefinition) {
  const uses = (taskDefinition.containerDefinitions ?? []).flatMap((c) => {
    const config = awslogsConfig(c, ctx.region);
    return config ? [{ containerName: c.name ?? "", config }] : [];
  });
  const lookups = /* @__PURE__ */ new Map();
  for (const { config } of uses) {
    const key = `${config.region}|${config.group}`;
    if (!lookups.has(key)) lookups.set(key, logGroupExists(ctx, config));
  }
  const entries = await Promise.all(
    uses.map(async ({ containerName, config }) => {
      const exists = await lookups.get(`${config.region}|${config.group}`);
      if (exists === void 0) return void 0;
      return { containerName, logGroupName: config.group, region: config.region, exists, createGroup: config.createGroup };
    })
  );
  return entries.filter((e) => e !== void 0);
}
async function logGroupExists(ctx, config) {
  const logs = await ctx.client("logs", config.region);
  return ctx.call({ check: EVIDENCE_CHECKS.logGroups, api: "logs:DescribeLogGroups", resource: config.group }, async (options) => {
    const output = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: config.group }), options);
    return (output.logGroups ?? []).some((g) => g.logGroupName === config.group);
  });
}

// src/evidence/network.ts
async function collectNetwork(ctx, service, loadBalancerSecurityGroupIds) {
  const awsvpc = service.networkConfiguration?.awsvpcConfiguration;
  const subnetIds = unique(awsvpc?.subnets ?? []);
  if (subnetIds.length === 0) return void 0;
  const configuredGroupIds = unique(awsvpc?.securityGroups ?? []);
  const ec2 = ctx.client("ec2");
  const bySubnet = [{ Name: "association.subnet-id", Values: subnetIds }];
  const subnetsP = list(
    ctx,
    EVIDENCE_CHECKS.subnets,
    "ec2:DescribeSubnets",
    async (o) => allPages(paginateDescribeSubnets({ client: await ec2 }, { Filters: [{ Name: "subnet-id", Values: subnetIds }] }, o), (p) => p.Subnets)
  );
  const explicitTablesP = list(
    ctx,
    EVIDENCE_CHECKS.routeTables,
    "ec2:DescribeRouteTables",
    async (o) => allPages(paginateDescribeRouteTables({ client: await ec2 }, { Filters: bySubnet }, o), (p) => p.RouteTables)
  );
  const networkAclsP = list(
    ctx,
    EVIDENCE_CHECKS.networkAcls,
    "ec2:DescribeNetworkAcls",
    async (o) => allPages(paginateDescribeNetworkAcls({ client: await ec2 }, { Filters: bySubnet }, o), (p) => p.NetworkAcls)
  );
  const vpcIdP = (async () => {
    const fromSubnets = (await subnetsP)?.find((s) => s.VpcId)?.VpcId;
    if (fromSubnets) return fromSubnets;
    const [tables, acls] = await Promise.all([explicitTablesP, networkAclsP]);
    return tables?.find((t) => t.VpcId)?.VpcId ?? acls?.find((a) => a.VpcId)?.VpcId;
  })();
  const mainTableP = (async () => {
    const [vpcId2, explicit] = await Promise.all([vpcIdP, explicitTablesP]);
    if (!vpcId2 || !explicit) return [];
    const associated = new Set(explicit.flatMap((t) => (t.Associations ?? []).map((a) => a.SubnetId)));
    if (subnetIds.every((id) => associated.has(id))) return [];
    const filters = [{ Name: "vpc-id", Values: [vpcId2] }, { Name: "association.main", Values: ["true"] }];
    const main = await list(
      ctx,
      EVIDENCE_CHECKS.routeTables,
      "ec2:DescribeRouteTables",
      async (o) => allPages(paginateDescribeRouteTables({ client: await ec2 }, { Filters: filters }, o), (p) => p.RouteTables)
    );
    return main ?? [];
  })();
  const vpcEndpointsP = vpcIdP.then(
    (vpcId2) => vpcId2 ? list(
      ctx,
      EVIDENCE_CHECKS.vpcEndpoints,
      "ec2:DescribeVpcEndpoints",
      async (o) => allPages(paginateDescribeVpcEndpoints({ client: await ec2 }, { Filters: [{ Name: "vpc-id", Values: [vpcId2] }] }, o), (p) => p.VpcEndpoints)
    ) : void 0
  );
  const vpcAttributesP = vpcIdP.then((vpcId2) => vpcId2 ? describeDnsAttributes(ctx, vpcId2) : void 0);
  const defaultGroupP = vpcIdP.then((vpcId2) => {
    if (configuredGroupIds.length > 0 || !vpcId2) return void 0;
    const filters = [{ Name: "vpc-id", Values: [vpcId2] }, { Name: "group-name", Values: ["default"] }];
    return list(
      ctx,
      EVIDENCE_CHECKS.securityGroups,
      "ec2:DescribeSecurityGroups",
      async (o) => allPages(paginateDescribeSecurityGroups({ client: await ec2 }, { Filters: filters }, o), (p) => p.SecurityGroups)
    );
  });
  const routeTablesP = Promise.all([explicitTablesP, mainTableP]).then(
    ([explicit, main]) => explicit ? uniqueBy([...explicit, ...main], (t) => t.RouteTableId) : void 0
  );
  const natGatewaysP = routeTablesP.then((tables) => {
    if (!tables) return void 0;
    const natIds = unique(tables.flatMap((t) => (t.Routes ?? []).map((r) => r.NatGatewayId)));
    if (natIds.length === 0) return [];
    return list(
      ctx,
      EVIDENCE_CHECKS.natGateways,
      "ec2:DescribeNatGateways",
      async (o) => allPages(paginateDescribeNatGateways({ client: await ec2 }, { Filter: [{ Name: "nat-gateway-id", Values: natIds }] }, o), (p) => p.NatGateways)
    );
  });
  const securityGroupsP = Promise.all([vpcEndpointsP, loadBalancerSecurityGroupIds, defaultGroupP]).then(
    async ([endpoints, lbGroupIds, defaultGroup2]) => {
      const endpointGroupIds = (endpoints ?? []).flatMap((e) => (e.Groups ?? []).map((g) => g.GroupId));
      const known = new Set((defaultGroup2 ?? []).map((g) => g.GroupId));
      const ids = unique([...configuredGroupIds, ...endpointGroupIds, ...lbGroupIds]).filter((id) => !known.has(id));
      const fetched = ids.length === 0 ? [] : await list(
        ctx,
        EVIDENCE_CHECKS.securityGroups,
        "ec2:DescribeSecurityGroups",
        async (o) => allPages(paginateDescribeSecurityGroups({ client: await ec2 }, { Filters: [{ Name: "group-id", Values: ids }] }, o), (p) => p.SecurityGroups)
      );
      if (!fetched && !defaultGroup2) return void 0;
      return uniqueBy([...defaultGroup2 ?? [], ...fetched ?? []], (g) => g.GroupId);
    }
  );
  const [subnets, routeTables, networkAcls, vpcId, vpcEndpoints, vpcAttributes, defaultGroup, natGateways, securityGroups] = await Promise.all([subnetsP, routeTablesP, networkAclsP, vpcIdP, vpcEndpointsP, vpcAttributesP, defaultGroupP, natGatewaysP, securityGroupsP]);
  const taskSecurityGroupIds = configuredGroupIds.length > 0 ? configuredGroupIds : unique((defaultGroup ?? []).map((g) => g.GroupId));
  const s3PrefixListId = await s3PrefixList(ctx, routeTables, vpcEndpoints, securityGroups, taskSecurityGroupIds);
  return {
    ...vpcId ? { vpcId } : {},
    ...taskSecurityGroupIds.length > 0 ? { taskSecurityGroupIds } : {},
    ...vpcAttributes ? { vpcAttributes } : {},
    ...subnets ? { subnets } : {},
    ...routeTables ? { routeTables } : {},
    ...natGateways ? { natGateways } : {},
    ...vpcEndpoints ? { vpcEndpoints } : {},
    ...securityGroups ? { securityGroups } : {},
    ...networkAcls ? { networkAcls } : {},
    ...s3PrefixListId ? { s3PrefixListId } : {}
  };
}
async function list(ctx, check, api, run) {
  const items = await ctx.call({ check, api }, run);
  return items ? toJson(items) : void 0;
}
async function describeDnsAttributes(ctx, vpcId) {
  const spec = { check: EVIDENCE_CHECKS.vpcAttributes, api: "ec2:DescribeVpcAttribute", resource: vpcId };
  const [support, hostnames] = await Promise.all([
    ctx.call(spec, async (o) => (await (await ctx.client("ec2")).send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: "enableDnsSupport" }), o)).EnableDnsSupport?.Value),
    ctx.call(spec, async (o) => (await (await ctx.client("ec2")).send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: "enableDnsHostnames" }), o)).EnableDnsHostnames?.Value)
  ]);
  if (support === void 0 && hostnames === void 0) return void 0;
  return { ...support !== void 0 ? { enableDnsSupport: support } : {}, ...hostnames !== void 0 ? { enableDnsHostnames: hostnames } : {} };
}
async function s3PrefixList(ctx, routeTables, vpcEndpoints, securityGroups, taskSecurityGroupIds) {
  const gatewayIds = new Set(
    (vpcEndpoints ?? []).filter((e) => e.VpcEndpointType === "Gateway" && e.ServiceName?.endsWith(".s3")).map((e) => e.VpcEndpointId)
  );
  const routed = (routeTables ?? []).flatMap((t) => t.Routes ?? []).find((r) => r.DestinationPrefixListId && gatewayIds.has(r.GatewayId));
  if (routed?.DestinationPrefixListId) return routed.DestinationPrefixListId;
  const taskGroups = (securityGroups ?? []).filter((g) => taskSecurityGroupIds.includes(g.GroupId ?? ""));
  if (taskGroups.length === 0 || taskGroups.some(allowsHttpsToAnywhere)) return void 0;
  const filters = [{ Name: "prefix-list-name", Values: [`com.amazonaws.${ctx.region}.s3`] }];
  const lists = await list(
    ctx,
    EVIDENCE_CHECKS.s3PrefixList,
    "ec2:DescribeManagedPrefixLists",
    async (o) => allPages(paginateDescribeManagedPrefixLists({ client: await ctx.client("ec2") }, { Filters: filters }, o), (p) => p.PrefixLists)
  );
  return lists?.[0]?.PrefixListId;
}
function allowsHttpsToAnywhere(group) {
  return (group.IpPermissionsEgress ?? []).some((p) => {
    const port = p.IpProtocol === "-1" || p.IpProtocol === "tcp" && (p.FromPort ?? 0) <= 443 && 443 <= (p.ToPort ?? 65535);
    return port && (p.IpRanges ?? []).some((r) => r.CidrIp === "0.0.0.0/0");
  });
}
function uniqueBy(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => seen.has(key(item)) ? false : (seen.add(key(item)), true));
}

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commandBuilder.js
var command8 = makeBuilder(commonParams6, "secretsmanager", "SecretsManagerClient", getEndpointPlugin);
var _ep08 = {};
var _mw08 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-secrets-manager/dist-es/commands/DescribeSecretCommand.js
var DescribeSecretCommand = class extends command8(_ep08, _mw08, "DescribeSecret", DescribeSecret$) {
};

// node_modules/@aws-sdk/client-ssm/dist-es/commandBuilder.js
var command9 = makeBuilder(commonParams7, "AmazonSSM", "SSMClient", getEndpointPlugin);
var _ep09 = {};
var _mw09 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ssm/dist-es/commands/DescribeParametersCommand.js
var DescribeParametersCommand = class extends command9(_ep09, _mw09, "DescribeParameters", DescribeParameters$) {
};

// node_modules/@aws-sdk/client-ssm/dist-es/pagination/DescribeParametersPaginator.js
var paginateDescribeParameters = createPaginator(SSMClient, DescribeParametersCommand, "NextToken", "NextToken", "MaxResults");

// src/evidence/secrets.ts
var REPOSITORY_CREDENTIALS = "repositoryCredentials";
function secretReferences(taskDefinition, scope) {
  const references = [];
  for (const container of taskDefinition.containerDefinitions ?? []) {
    const containerName = container.name ?? "";
    const uses = [...container.secrets ?? [], ...container.logConfiguration?.secretOptions ?? []];
    for (const { name, valueFrom } of uses) {
      if (name && valueFrom) references.push(reference(containerName, name, valueFrom, scope, false));
    }
    const credentials = container.repositoryCredentials?.credentialsParameter;
    if (credentials) references.push(reference(containerName, REPOSITORY_CREDENTIALS, credentials, scope, true));
  }
  return references;
}
function reference(containerName, name, valueFrom, scope, secretsManager) {
  const arn = parseArn(valueFrom);
  if (arn?.service === "secretsmanager" || !arn && secretsManager) {
    const id = arn ? secretIdOf(valueFrom) : valueFrom;
    return { containerName, name, valueFrom, store: "secretsmanager", id, arn: id, region: arn?.region ?? scope.region, accountId: arn?.accountId ?? scope.accountId };
  }
  const parameter = parameterReference(valueFrom, scope);
  return { containerName, name, valueFrom, store: "ssm", id: parameter.name, arn: parameter.arn, region: parameter.region, accountId: parameter.accountId };
}
async function collectSecrets(ctx, references) {
  const secretLookups = /* @__PURE__ */ new Map();
  for (const ref of references) {
    if (ref.store === "secretsmanager" && !secretLookups.has(ref.id)) secretLookups.set(ref.id, describeSecret(ctx, ref));
  }
  const parameterLookups = /* @__PURE__ */ new Map();
  const parameters = references.filter((r) => r.store === "ssm" && r.accountId === ctx.accountId);
  for (const region of unique(parameters.map((r) => r.region))) {
    const names = unique(parameters.filter((r) => r.region === region).map((r) => r.id));
    parameterLookups.set(region, describeParameters(ctx, region, names));
  }
  return Promise.all(
    references.map(async (ref) => {
      const base = { containerName: ref.containerName, name: ref.name, valueFrom: ref.valueFrom, store: ref.store };
      if (ref.store === "secretsmanager") return { ...base, ...await secretLookups.get(ref.id) };
      const found = parameterLookups.get(ref.region);
      if (!found) return { ...base, status: "not-checked", arn: ref.arn };
      const metadata = await found;
      if (!metadata) return { ...base, status: "not-checked", arn: ref.arn };
      const parameter = metadata.get(ref.id);
      if (!parameter) return { ...base, status: "not-found", arn: ref.arn };
      const kmsKeyId = customerManagedKey(parameter.KeyId, "alias/aws/ssm");
      return { ...base, status: "found", arn: parameter.ARN ?? ref.arn, ...kmsKeyId ? { kmsKeyId } : {} };
    })
  );
}
async function describeSecret(ctx, ref) {
  const client = await ctx.client("secretsManager", ref.region);
  const result = await ctx.call(
    { check: EVIDENCE_CHECKS.secrets, api: "secretsmanager:DescribeSecret", resource: ref.id },
    async (options) => {
      const output = await client.send(new DescribeSecretCommand({ SecretId: ref.id }), options);
      const kmsKeyId = customerManagedKey(output.KmsKeyId, "alias/aws/secretsmanager");
      return { status: "found", arn: output.ARN ?? ref.arn, ...kmsKeyId ? { kmsKeyId } : {} };
    },
    (error) => isError(error, "ResourceNotFoundException") ? { status: "not-found", arn: ref.arn } : void 0
  );
  return result ?? { status: "not-checked", arn: ref.arn };
}
async function describeParameters(ctx, region, names) {
  const client = await ctx.client("ssm", region);
  const found = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i += 50) {
    const batch = names.slice(i, i + 50);
    const listed = await ctx.call(
      { check: EVIDENCE_CHECKS.secrets, api: "ssm:DescribeParameters" },
      (options) => allPages(
        paginateDescribeParameters(
          { client, pageSize: 50 },
          { ParameterFilters: [{ Key: "Name", Option: "Equals", Values: batch }] },
          options
        ),
        (page) => page.Parameters
      )
    );
    if (!listed) return void 0;
    for (const parameter of listed) if (parameter.Name) found.set(parameter.Name, parameter);
  }
  return found;
}
function customerManagedKey(kmsKeyId, awsManagedAlias) {
  if (!kmsKeyId || kmsKeyId === awsManagedAlias || kmsKeyId.endsWith(`:${awsManagedAlias}`)) return void 0;
  return kmsKeyId;
}

export {
  DescribeTaskDefinitionCommand,
  command7 as command,
  _ep07 as _ep0,
  _mw07 as _mw0,
  CollectionContext,
  allPages,
  isError,
  unique,
  collectEfs,
  withEfsSecurityGroups,
  planDeployments,
  describeTaskDefinition,
  refreshStoppedTasks,
  collectServiceDeployments,
  collectContainerInstances,
  collectIam,
  collectImages,
  collectLoadBalancing,
  awslogsConfig,
  MAX_LOG_EXCERPTS,
  selectFailedContainers,
  collectLogs,
  collectLogGroups,
  collectNetwork,
  secretReferences,
  collectSecrets
};
