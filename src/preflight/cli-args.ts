/** The arguments of `ecs-deploy-doctor preflight`, checked before anything else is loaded. */
import { parseArgs } from 'node:util'
import type { RawPreflightInputs } from './inputs.js'

export const PREFLIGHT_USAGE = `  ecs-deploy-doctor preflight --cluster C --service S --task-definition FILE|ARN|family:revision
                              [--region R] [--fail-on error|warning] [--format text|markdown|json]`

const OPTIONS = {
  cluster: { type: 'string' },
  service: { type: 'string' },
  'task-definition': { type: 'string' },
  region: { type: 'string' },
  'fail-on': { type: 'string' },
  format: { type: 'string' }
} as const

const FORMATS = ['text', 'markdown', 'json']

export interface PreflightArgs {
  raw: RawPreflightInputs
  format: string
}

/** Parses the arguments; throws the message of a usage error (an unknown flag, a bad --format). */
export function preflightArgs(args: string[]): PreflightArgs {
  const { values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false })
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format)) throw new Error(`--format must be text, markdown or json (got '${format}')`)
  const { format: _format, ...raw } = values
  return { raw: { ...raw, 'comment-on-pr': 'false' }, format }
}
