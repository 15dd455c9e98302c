import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StepSummaryFile } from '../../src/report/step-summary.js'

describe("the step's part of the job summary file", () => {
  it('each write replaces the previous one, longer or shorter, after what the file held before', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'step-summary-')), 'summary.md')
    writeFileSync(path, 'an earlier step ✅\n')
    const file = new StepSummaryFile(path)
    file.replace('## ⏳ Watching `api`, a long in-progress summary\n')
    file.replace('## ❌ short\n')
    expect(readFileSync(path, 'utf8')).toBe('an earlier step ✅\n## ❌ short\n')
    file.replace('## ✅ the final report, longer than the last one\n')
    expect(readFileSync(path, 'utf8')).toBe('an earlier step ✅\n## ✅ the final report, longer than the last one\n')
  })

  it('creates the file when the runner has not', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'step-summary-')), 'summary.md')
    new StepSummaryFile(path).replace('## report\n')
    expect(readFileSync(path, 'utf8')).toBe('## report\n')
  })
})
