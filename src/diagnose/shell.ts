/**
 * Quotes one argument for a POSIX shell so a pasted fix command means exactly what we printed.
 * Brackets and braces are quoted too: bash would glob or brace-expand them.
 */
export function shellQuote(value: string): string {
  if (value === '') return "''"
  if (/^[\w@%+=:,./-]+$/.test(value)) return value
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** Builds one command line from words; each word is quoted as needed. */
export function command(...words: (string | number)[]): string {
  return words.map((w) => shellQuote(String(w))).join(' ')
}
