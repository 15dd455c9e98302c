import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  EvidenceError,
  parseEvidence,
  parseEvidenceDocuments
} from "./chunk-5U3XBH5I.js";
import "./chunk-5MSGKI4G.js";
import "./chunk-QMHTH2TK.js";
import "./chunk-UHW7ZZCQ.js";
import "./chunk-UZE5WIRC.js";
export {
  EvidenceError,
  parseEvidence,
  parseEvidenceDocuments
};
