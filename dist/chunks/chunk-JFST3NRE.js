import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  awsEndpointFunctions
} from "./chunk-CPQYRG73.js";

// src/partition.ts
function partitionOf(region) {
  const result = awsEndpointFunctions.partition(region);
  return { name: result.name, dnsSuffix: result.dnsSuffix, knownRegion: result.description !== void 0 };
}
function partitionFromArn(arn) {
  const match = /^arn:(aws[\w-]*):/.exec(arn ?? "");
  return match?.[1];
}
var CONSOLE_HOSTS = {
  aws: (region) => `${region}.console.aws.amazon.com`,
  "aws-cn": () => "console.amazonaws.cn",
  "aws-us-gov": () => "console.amazonaws-us-gov.com"
};
function ecsConsoleUrl(region, cluster, service) {
  const host = CONSOLE_HOSTS[partitionOf(region).name];
  if (!host) return void 0;
  const encodedRegion = encodeURIComponent(region);
  return `https://${host(encodedRegion)}/ecs/v2/clusters/${encodeURIComponent(cluster)}/services/${encodeURIComponent(service)}/deployments?region=${encodedRegion}`;
}
function unknownRegionWarning(region) {
  const partition = partitionOf(region);
  if (partition.knownRegion) return [];
  return [
    `Input 'region' ${region} is not a region this release's AWS SDK knows; calls go to ecs.${region}.${partition.dnsSuffix} (partition ${partition.name}). If AWS opened it recently that is right; otherwise check the region for a typo.`
  ];
}

export {
  partitionOf,
  partitionFromArn,
  ecsConsoleUrl,
  unknownRegionWarning
};
