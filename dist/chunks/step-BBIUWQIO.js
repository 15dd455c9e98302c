import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  failedStepLine,
  renderStepComment,
  renderStepSummary
} from "./chunk-CIDTJ3Q5.js";
import "./chunk-WCMR2Q5S.js";
import "./chunk-43BE2X2O.js";
import "./chunk-LMUQMNJ3.js";
import "./chunk-NOB5NHP5.js";
import "./chunk-FNTZJT3P.js";
import "./chunk-QCPYTZYL.js";
import "./chunk-UG42X6BT.js";
import "./chunk-RLRBFYZC.js";
import "./chunk-5IFUUPIR.js";
import "./chunk-JFST3NRE.js";
import "./chunk-QMHTH2TK.js";
import "./chunk-UHW7ZZCQ.js";
import "./chunk-CPQYRG73.js";
import "./chunk-3BRKJ3XX.js";
import "./chunk-TTM33TCO.js";
import "./chunk-7EKYNA33.js";
import "./chunk-W6QNG5T7.js";
import "./chunk-FJAKXPKF.js";
import "./chunk-UZE5WIRC.js";
export {
  failedStepLine,
  renderStepComment,
  renderStepSummary
};
