import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  EFSClient
} from "./chunk-VIJHQ7Q7.js";
import "./chunk-BW6FY5JI.js";
import "./chunk-XLUAYXVJ.js";
import "./chunk-V5SPZU3S.js";
import "./chunk-CA2MIYFV.js";
import "./chunk-6VTP2GXM.js";
import "./chunk-CPQYRG73.js";
import "./chunk-3BRKJ3XX.js";
import "./chunk-TTM33TCO.js";
import "./chunk-7EKYNA33.js";
import "./chunk-W6QNG5T7.js";
import "./chunk-FJAKXPKF.js";
import "./chunk-UZE5WIRC.js";
export {
  EFSClient
};
