import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  runPreflight
} from "./chunk-PPZNL6QG.js";
import "./chunk-CB44TPYC.js";
import "./chunk-JG3XB2TF.js";
import "./chunk-C6BVWFIQ.js";
import "./chunk-QSLN7FTP.js";
import "./chunk-LJSAN5EG.js";
import "./chunk-VIJHQ7Q7.js";
import "./chunk-GNSVWLU3.js";
import "./chunk-UG42X6BT.js";
import "./chunk-Z5V2ILVB.js";
import "./chunk-SJOWLTYY.js";
import "./chunk-YKD77PGM.js";
import "./chunk-RLRBFYZC.js";
import "./chunk-CYU2FCNN.js";
import "./chunk-5IFUUPIR.js";
import "./chunk-JFST3NRE.js";
import "./chunk-HXBF4HFE.js";
import "./chunk-AZTIRNC4.js";
import "./chunk-BSNQVMGZ.js";
import "./chunk-25XKIVQX.js";
import "./chunk-ALIM7UPR.js";
import "./chunk-PJYV4XED.js";
import "./chunk-BW6FY5JI.js";
import "./chunk-XLUAYXVJ.js";
import "./chunk-5MSGKI4G.js";
import "./chunk-QMHTH2TK.js";
import "./chunk-UHW7ZZCQ.js";
import "./chunk-PA6V6HKS.js";
import "./chunk-LYOK4SNK.js";
import "./chunk-H72JYIFK.js";
import "./chunk-HTFDHZIM.js";
import "./chunk-DLONW2YK.js";
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
  runPreflight
};
