import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/report/escape.ts
var ZERO_WIDTH_SPACE = "\u200B";
var UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function stripUnprintable(value) {
  return value.replace(UNPRINTABLE, "");
}
function oneLine(value) {
  return stripUnprintable(value.replace(/\s+/g, " ")).trim();
}
function truncate(value, max) {
  if (value.length <= max) return value;
  let end = Math.max(0, max - 1);
  if (end > 0 && isHighSurrogate(value.charCodeAt(end - 1))) end -= 1;
  return `${value.slice(0, end)}\u2026`;
}
function isHighSurrogate(code2) {
  return code2 >= 55296 && code2 <= 56319;
}
function neutraliseReferences(value) {
  return value.replace(/:\/\//g, `:${ZERO_WIDTH_SPACE}//`).replace(/\b(www)\./gi, `$1${ZERO_WIDTH_SPACE}.`).replace(/@/g, `@${ZERO_WIDTH_SPACE}`).replace(/(?<!&)#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`).replace(/\b(GH)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`);
}
var HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(value) {
  return value.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]);
}
var MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;
function escapeMarkdown(value) {
  const escaped = oneLine(value).replace(/[&<>]/g, (char) => HTML_ENTITIES[char]).replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`).replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  return neutraliseReferences(escaped);
}
function text(value, max = 500) {
  if (value === null || value === void 0) return "";
  return escapeMarkdown(truncate(oneLine(value), max));
}
function html(value, max = 300) {
  if (value === null || value === void 0) return "";
  const escaped = escapeHtml(truncate(oneLine(value), max)).replace(/[[\]`*_~|\\]/g, (char) => `&#${char.charCodeAt(0)};`);
  return neutraliseReferences(escaped);
}
function longestRun(value, char) {
  let longest = 0;
  let current = 0;
  for (const c of value) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}
function code(value, opts = {}) {
  if (value === null || value === void 0 || value === "") return "";
  let content = truncate(oneLine(value), opts.max ?? 200);
  if (opts.inTable) content = content.replace(/\|/g, "\\|");
  const delimiter = "`".repeat(longestRun(content, "`") + 1);
  const padded = content.startsWith("`") || content.endsWith("`") ? ` ${content} ` : content;
  return `${delimiter}${padded}${delimiter}`;
}
function shortCode(value, max, cut = "end") {
  if (value === null || value === void 0 || value === "") return "";
  const full = oneLine(value);
  if (full.length <= max) return code(full, { inTable: true });
  const shown = cut === "end" ? truncate(full, max) : cutMiddle(full, max);
  return `<code title="${html(full, 2e3)}">${html(shown, max)}</code>`;
}
function cutMiddle(value, max) {
  const tail = Math.floor((max - 1) / 2);
  return `${truncate(value, max - tail)}${value.slice(value.length - tail)}`;
}
function fence(lines, language = "") {
  const body = lines.flatMap((line) => line.split(/\r\n|\r|\n/)).map(stripUnprintable);
  const fenceLength = Math.max(3, ...body.map((line) => longestRun(line, "`") + 1));
  const marker = "`".repeat(fenceLength);
  const safeLanguage = language.replace(/[^A-Za-z0-9_+-]/g, "");
  return [`${marker}${safeLanguage}`, ...body, marker].join("\n");
}
function mermaidLabel(value, max = 40) {
  return truncate(value.replace(/[^A-Za-z0-9 ._/()-]/g, " ").replace(/\s+/g, " ").trim(), max);
}
function linkTarget(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(/[()<>\s"'`]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

// src/report/markdown.ts
function alert(kind, paragraphs) {
  const body = paragraphs.filter(Boolean).flatMap((paragraph, index) => index === 0 ? [paragraph] : ["", paragraph]);
  return [`> [!${kind}]`, ...body.map((line) => line ? `> ${line}` : ">")].join("\n");
}
function table(headers, rows, align) {
  const separator = headers.map((_, index) => {
    switch (align?.[index]) {
      case "right":
        return "---:";
      case "center":
        return ":---:";
      default:
        return "---";
    }
  });
  const line = (cells) => `| ${cells.map((cell) => cell || " ").join(" | ")} |`;
  return [line(headers), line(separator), ...rows.map(line)].join("\n");
}
function details(summaryHtml, body, open = false) {
  return [`<details${open ? " open" : ""}><summary>${summaryHtml}</summary>`, "", body, "", "</details>"].join("\n");
}
function heading(level, content) {
  return `${"#".repeat(level)} ${content}`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : pluralForm}`;
}
function link(label, url) {
  return url ? `[${label}](${url})` : label;
}

export {
  truncate,
  text,
  html,
  code,
  shortCode,
  fence,
  mermaidLabel,
  linkTarget,
  alert,
  table,
  details,
  heading,
  plural,
  link
};
