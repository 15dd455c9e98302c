import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  plain,
  renderDiagnosisText
} from "./chunk-ZKJXYEHZ.js";
import "./chunk-UZE5WIRC.js";
export {
  plain,
  renderDiagnosisText
};
