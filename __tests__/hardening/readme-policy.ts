/** The IAM actions of the README's JSON policies, shared by iam-policy.test.ts and the README's figures. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT } from '../../simulator/run-action.js'

/** Every IAM action named in the README's JSON policy blocks. */
export function readmePolicyActions(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
  const actions: string[] = []
  for (const [, body] of readme.matchAll(/```json\n([\s\S]*?)\n```/g)) {
    const policy = JSON.parse(body) as { Statement?: { Effect?: string; Action?: string | string[] }[] }
    for (const statement of policy.Statement ?? []) {
      if (statement.Effect !== 'Allow') continue
      actions.push(...[statement.Action ?? []].flat())
    }
  }
  return [...new Set(actions)].sort()
}

/** An action that only reads (Describe, List, Get, BatchGet, Simulate, Filter). */
export function isReadOnlyAction(action: string): boolean {
  return /^[a-z0-9]+:(Describe|List|Get|BatchGet|Simulate|Filter)/.test(action)
}
