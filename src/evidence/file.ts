import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { Evidence } from './schema.js'
import { EvidenceError, parseEvidence } from './validate.js'

/** Writes the evidence document as pretty JSON (via a temporary file, so readers never see half a document). */
export async function writeEvidenceFile(evidence: Evidence, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${process.pid}.tmp`
  await writeFile(temporary, `${JSON.stringify(evidence, null, 2)}\n`, 'utf8')
  await rename(temporary, path)
}

/** Reads an evidence file for offline diagnosis; a file that is not an evidence document v1 fails with a clear EvidenceError. */
export async function readEvidenceFile(path: string): Promise<Evidence> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new EvidenceError(`Cannot read evidence file ${path}: ${(error as Error).message}`)
  }
  return parseEvidence(text, path)
}
