/** Strips ids, addresses, hashes and numbers so the same failure on different tasks groups together. */
export function normaliseReason(text: string): string {
  return text
    .replace(/arn:aws[\w-]*:[^\s)'"]+/g, '<arn>')
    .replace(/\b[0-9a-f]{32}\b/g, '<task>')
    .replace(/sha256:[0-9a-f]{64}/g, '<digest>')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<ip>')
    .replace(/\b(?:subnet|sg|vpc|eni|rtb|igw|nat|vpce|i)-[0-9a-f]{8,17}\b/g, '<id>')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .trim()
}
