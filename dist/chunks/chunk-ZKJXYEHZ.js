import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/cli/text.ts
function plain(text) {
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}
function fixLines(fix) {
  const changes = (fix.changes ?? []).flatMap((c) => [
    ...c.before !== void 0 ? [`  - ${plain(c.where)} ${c.key ? `${c.key}: ` : ""}${plain(c.before)}`] : [],
    ...c.after !== void 0 ? [`  + ${plain(c.where)} ${c.key ? `${c.key}: ` : ""}${plain(c.after)}`] : []
  ]);
  const commands = fix.commands.map((c) => `  ${plain(c)}`);
  const edit = fix.manualEdit;
  const ordered = edit ? [...commands.slice(0, edit.afterCommands), `  # Manual edit: ${plain(edit.instruction)}`, ...commands.slice(edit.afterCommands)] : commands;
  return [`Fix: ${plain(fix.title)}`, ...changes, ...edit ? ["  (needs a manual edit between the commands, see below)"] : [], ...ordered, ...fix.note ? [`  (${plain(fix.note)})`] : []];
}
function renderDiagnosisText(diagnosis, verdict) {
  const lines = [];
  const cause = diagnosis.rootCause;
  if (verdict) lines.push(`Verdict: ${verdict}`);
  if (!cause) {
    lines.push("Root cause: none (nothing failed)");
  } else {
    lines.push(`Root cause: ${cause.code} (${cause.confidence} confidence)`, `  ${plain(cause.title)}`, "", plain(cause.explanation));
    for (const fix of cause.fixes) lines.push("", ...fixLines(fix));
    if (cause.evidence.length > 0) lines.push("", "Evidence:", ...cause.evidence.map((e) => `  - ${plain(e)}`));
    if (cause.logExcerpt) {
      lines.push("", `Log (${plain(cause.logExcerpt.containerName)}):`, ...cause.logExcerpt.lines.map((l) => `  | ${plain(l)}`));
    }
  }
  for (const finding of diagnosis.findings.filter((f) => f !== cause && f.code !== cause?.code)) {
    lines.push("", `Also: ${finding.code}: ${plain(finding.title)}`);
  }
  if (diagnosis.whatChanged.length > 0) {
    lines.push("", "What changed since the previous deployment:");
    for (const change of diagnosis.whatChanged) lines.push(`  ${plain(change.field)}: ${plain(change.before)} -> ${plain(change.after)}`);
  }
  if (diagnosis.checks.length > 0) {
    lines.push("", "Checks:");
    for (const check of diagnosis.checks) {
      const extra = check.missingPermission ? ` (needs ${check.missingPermission})` : check.detail ? ` (${plain(check.detail)})` : "";
      lines.push(`  [${check.status}] ${plain(check.title)}${extra}`);
    }
  }
  return `${lines.join("\n")}
`;
}

export {
  plain,
  renderDiagnosisText
};
