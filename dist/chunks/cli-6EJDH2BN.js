import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);
import {
  runPreflight
} from "./chunk-PPZNL6QG.js";
import {
  plain
} from "./chunk-ZKJXYEHZ.js";
import {
  failsStep,
  findingsJson
} from "./chunk-ZNONUVIC.js";
import "./chunk-AMDLOKAU.js";
import {
  countLine,
  renderPreflightSummary
} from "./chunk-GUEQR3FN.js";
import "./chunk-DLCACMBU.js";
import "./chunk-CB44TPYC.js";
import "./chunk-JG3XB2TF.js";
import "./chunk-C6BVWFIQ.js";
import "./chunk-QSLN7FTP.js";
import "./chunk-CIDTJ3Q5.js";
import "./chunk-WCMR2Q5S.js";
import "./chunk-43BE2X2O.js";
import "./chunk-LMUQMNJ3.js";
import "./chunk-NOB5NHP5.js";
import "./chunk-FNTZJT3P.js";
import "./chunk-QCPYTZYL.js";
import "./chunk-LJSAN5EG.js";
import "./chunk-VIJHQ7Q7.js";
import {
  createClients
} from "./chunk-DZ33OQPM.js";
import "./chunk-KUD6OAMR.js";
import "./chunk-I3XJNWXC.js";
import "./chunk-GNSVWLU3.js";
import "./chunk-UG42X6BT.js";
import "./chunk-Z5V2ILVB.js";
import "./chunk-SJOWLTYY.js";
import "./chunk-YKD77PGM.js";
import "./chunk-RLRBFYZC.js";
import "./chunk-CYU2FCNN.js";
import "./chunk-5IFUUPIR.js";
import {
  unknownRegionWarning
} from "./chunk-JFST3NRE.js";
import "./chunk-HXBF4HFE.js";
import "./chunk-AZTIRNC4.js";
import "./chunk-BSNQVMGZ.js";
import "./chunk-25XKIVQX.js";
import "./chunk-ALIM7UPR.js";
import "./chunk-PJYV4XED.js";
import "./chunk-BW6FY5JI.js";
import "./chunk-XLUAYXVJ.js";
import "./chunk-5U3XBH5I.js";
import "./chunk-5MSGKI4G.js";
import "./chunk-QMHTH2TK.js";
import "./chunk-UHW7ZZCQ.js";
import "./chunk-PA6V6HKS.js";
import {
  AREA_TITLES
} from "./chunk-LYOK4SNK.js";
import "./chunk-H72JYIFK.js";
import {
  consoleLogger
} from "./chunk-ZRK2XXW2.js";
import "./chunk-RTYPVDKK.js";
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

// src/preflight/text.ts
function fixLines(fixes) {
  return fixes.flatMap((fix, i) => [
    `  ${i + 1}. ${plain(fix.title)}`,
    ...fix.commands.map((c) => `     $ ${plain(c)}`),
    ...fix.note ? [`     (${plain(fix.note)})`] : []
  ]);
}
function findingLines(finding, label) {
  return [
    `${label} ${finding.code}: ${plain(finding.title)}`,
    `  ${plain(finding.explanation)}`,
    ...finding.evidence.map((e) => `  - ${plain(e)}`),
    ...finding.fixes.length ? ["  Fix:", ...fixLines(finding.fixes).map((l) => `  ${l}`)] : []
  ];
}
function renderPreflightText(outcome) {
  const { report } = outcome;
  const lines = [`Preflight of ${plain(report.candidate.label)} for service ${plain(outcome.serviceName)} (cluster ${plain(outcome.cluster)}, ${outcome.region}): ${report.result.toUpperCase()}`];
  if (report.runningRevision) lines.push(`Running now: ${plain(report.runningRevision)}`);
  for (const finding of report.findings) lines.push("", ...findingLines(finding, finding === report.rootCause ? "Root cause:" : finding.severity === "fail" ? "Also failing:" : "Warning:"));
  lines.push("", `Checks (${countLine(report.checks)}):`);
  for (const check of report.checks) {
    const extra = check.missingPermission ? ` (needs ${check.missingPermission})` : check.detail ? ` (${plain(check.detail)})` : "";
    lines.push(`  [${check.status}] ${AREA_TITLES[check.area]}: ${plain(check.title)}${extra}`);
  }
  if (report.changes.length > 0) {
    lines.push("", `What changes${report.runningRevision ? ` (${plain(report.runningRevision)} -> ${plain(report.candidate.label)})` : ""}:`);
    for (const change of report.changes) lines.push(`  ${plain(change.field)}: ${plain(change.before)} -> ${plain(change.after)}`);
  }
  lines.push("", ...report.notes.map((n) => `Note: ${plain(n)}`));
  return `${lines.join("\n")}
`;
}

// src/preflight/cli.ts
async function preflightCommand(inputs, format, out, err) {
  let clients;
  try {
    clients = createClients({ region: inputs.region });
    const logger = consoleLogger(err);
    for (const warning of unknownRegionWarning(inputs.region)) logger.warning(warning);
    const outcome = await runPreflight(inputs, clients, logger);
    if (format === "json") out.write(`${JSON.stringify({ result: outcome.report.result, rootCause: outcome.report.rootCause?.code ?? null, findings: JSON.parse(findingsJson(outcome)), checks: outcome.report.checks, changes: outcome.report.changes }, null, 2)}
`);
    else if (format === "markdown") out.write(renderPreflightSummary({ report: outcome.report, cluster: inputs.cluster, serviceName: inputs.service, region: inputs.region, generatedAt: outcome.evidence.generatedAt }));
    else out.write(renderPreflightText(outcome));
    return failsStep(outcome.report.result, inputs.failOn) ? 1 : 0;
  } finally {
    clients?.destroy();
  }
}
export {
  preflightCommand
};
