import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  _ep0,
  _mw0,
  command
} from "./chunk-GNSVWLU3.js";
import {
  DescribeServices$
} from "./chunk-Z5V2ILVB.js";

// node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeServicesCommand.js
var DescribeServicesCommand = class extends command(_ep0, _mw0, "DescribeServices", DescribeServices$) {
};

export {
  DescribeServicesCommand
};
