import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  _ep0,
  _mw0,
  command
} from "./chunk-GNSVWLU3.js";
import {
  DescribeTasks$,
  ListTasks$
} from "./chunk-Z5V2ILVB.js";

// node_modules/@aws-sdk/client-ecs/dist-es/commands/DescribeTasksCommand.js
var DescribeTasksCommand = class extends command(_ep0, _mw0, "DescribeTasks", DescribeTasks$) {
};

// node_modules/@aws-sdk/client-ecs/dist-es/commands/ListTasksCommand.js
var ListTasksCommand = class extends command(_ep0, _mw0, "ListTasks", ListTasks$) {
};

export {
  DescribeTasksCommand,
  ListTasksCommand
};
