import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  ecsConsoleUrl,
  partitionFromArn,
  partitionOf,
  unknownRegionWarning
} from "./chunk-JFST3NRE.js";
import "./chunk-CPQYRG73.js";
import "./chunk-3BRKJ3XX.js";
import "./chunk-TTM33TCO.js";
import "./chunk-7EKYNA33.js";
import "./chunk-W6QNG5T7.js";
import "./chunk-FJAKXPKF.js";
import "./chunk-UZE5WIRC.js";
export {
  ecsConsoleUrl,
  partitionFromArn,
  partitionOf,
  unknownRegionWarning
};
