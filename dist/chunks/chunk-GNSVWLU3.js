import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  DescribeServiceDeployments$,
  ListServiceDeployments$,
  commonParams
} from "./chunk-Z5V2ILVB.js";
import {
  getEndpointPlugin,
  makeBuilder
} from "./chunk-3BRKJ3XX.js";

// node_modules/@aws-sdk/client-ecs/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "AmazonEC2ContainerServiceV20141113", "ECSClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-ecs/dist-es/commands/ListServiceDeploymentsCommand.js
var ListServiceDeploymentsCommand = class extends command(_ep0, _mw0, "ListServiceDeployments", ListServiceDeployments$) {
};

// src/evidence/json.ts
function toJson(sdkOutput) {
  return convert(sdkOutput);
}
function convert(value) {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(convert);
  if (value === null || typeof value !== "object") return value;
  const result = {};
  for (const [key, member] of Object.entries(value)) {
    if (key === "$metadata" || member === void 0) continue;
    result[key] = convert(member);
  }
  return result;
}

// node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServiceDeploymentsCommand.js
var DescribeServiceDeploymentsCommand = class extends command(_ep0, _mw0, "DescribeServiceDeployments", DescribeServiceDeployments$) {
};

export {
  command,
  _ep0,
  _mw0,
  DescribeServiceDeploymentsCommand,
  ListServiceDeploymentsCommand,
  toJson
};
