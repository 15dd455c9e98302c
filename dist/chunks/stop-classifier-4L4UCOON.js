import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  classifyStop
} from "./chunk-SJOWLTYY.js";
import "./chunk-YKD77PGM.js";
import "./chunk-RLRBFYZC.js";
import {
  isBenignStop
} from "./chunk-CYU2FCNN.js";
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

// src/diagnose/stop-classifier.ts
var PLACEMENT_CODES = /* @__PURE__ */ new Set(["placement-failed", "subnet-ip-exhausted"]);
var BENIGN = { failure: false, signature: "not a failure", deterministic: false, placement: false };
var ruleSetClassifier = {
  classify(task) {
    if (isBenignStop(task)) return BENIGN;
    const { signature, deterministic, code } = classifyStop({ task });
    return { failure: true, signature, deterministic, placement: PLACEMENT_CODES.has(code) };
  }
};
export {
  ruleSetClassifier
};
