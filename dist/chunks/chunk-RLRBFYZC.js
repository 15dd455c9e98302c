import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);

// src/diagnose/shell.ts
function shellQuote(value) {
  if (value === "") return "''";
  if (/^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function command(...words) {
  return words.map((w) => shellQuote(String(w))).join(" ");
}

export {
  command
};
