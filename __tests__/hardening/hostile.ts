/**
 * Hostile variants of simulator scenarios: every string a container or AWS writes (log lines, stopped
 * reasons, container reasons, target-health descriptions, service events) carries credentials of every
 * kind and markup that would break out of markdown or notify people; the task definitions carry secret
 * environment values. And the checks every output must pass.
 */
import type { Scenario, TaskFate } from '../../simulator/index.js'
import { PAYLOADS, SECRET_LINES, SECRETS } from '../report/helpers/hostile.js'
import { longestBacktickRun, OUR_TAGS, readMarkdown, tagsIn } from '../report/helpers/markdown.js'

export { SECRETS }

/** Every output a user can see, each checked for credentials and markup over every hostile scenario (probes.test.ts). */
export const PROBED_OUTPUTS = ['summary', 'comment', 'annotation', 'log', 'evidenceFile', 'cliJson', 'cliMarkdown', 'cliText', 'diagnosisText'] as const

/** Markup and notification probes, in one AWS-style string. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '</details>',
  '````',
  '@octocat',
  '#123',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '\u202eevil'
].join(' ')

/**
 * Environment values of the task definitions: their names may be shown, never their values.
 * DB_PASSWORD's value is also logged bare ("stripe key is ..."): only knowing it redacts it there.
 */
export const ENV_SECRETS = { DB_PASSWORD: SECRETS.knownEnvValue, SESSION_TOKEN: 'env-session-token-9f8e7d6c5b4a', PAYMENTS_URL: 'https://payments.internal/v1?mode=live' }

/** Markup first, credentials last: the report shows the last lines of a log, and every credential must be in them. */
const LOG_PROBES = [...PAYLOADS.filter((p) => !p.includes('\n')), `${HOSTILE_TEXT} ${SECRET_LINES[5]}`, ...SECRET_LINES]

function hostileFate(fate: TaskFate): TaskFate {
  const outcome = { ...fate.outcome }
  if (outcome.kind === 'fails-to-start') outcome.stoppedReason = `${outcome.stoppedReason} ${HOSTILE_TEXT} ${SECRET_LINES[4]}`
  if (outcome.kind === 'container-exits') outcome.containerReason = `${outcome.containerReason ?? 'Error'} ${HOSTILE_TEXT} ${SECRET_LINES[3]}`
  if (outcome.kind === 'fails-elb-health-checks') {
    outcome.description = `${outcome.description} ${HOSTILE_TEXT}`
    outcome.eventReason = `${outcome.eventReason} ${HOSTILE_TEXT} ${SECRET_LINES[5]}`
  }
  const probes = LOG_PROBES.map((message, i) => ({ at: 0.01 + i * 0.001, message }))
  return { ...fate, outcome, logs: [...probes, ...(fate.logs ?? [])] }
}

/**
 * A deep copy of plain scenario data. Not structuredClone: under jest it returns Dates of another
 * realm, which the simulator's serialisers would not recognise as dates.
 */
export function cloneScenario<T>(value: T): T {
  if (value instanceof Date) return new Date(value.getTime()) as T
  if (Array.isArray(value)) return value.map(cloneScenario) as T
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneScenario(v)])) as T
}

/** The scenario with hostile strings wherever AWS or the container writes, and secret env values. */
export function hostileVariant(scenario: Scenario): Scenario {
  const variant = cloneScenario(scenario)
  variant.timeline.newTasks = variant.timeline.newTasks.map(hostileFate)
  if (variant.timeline.launchBlocked) {
    variant.timeline.launchBlocked.eventMessage = `${variant.timeline.launchBlocked.eventMessage} ${HOSTILE_TEXT} ${SECRET_LINES[5]}`
  }
  for (const earlier of variant.timeline.earlierStoppedTasks ?? []) earlier.stoppedReason = `${earlier.stoppedReason} ${HOSTILE_TEXT}`
  for (const td of variant.world.taskDefinitions) {
    for (const container of td.containerDefinitions ?? []) {
      container.environment = [
        ...(container.environment ?? []),
        ...Object.entries(ENV_SECRETS).map(([name, value]) => ({ name, value: name === 'DB_PASSWORD' ? value : `${value}-${td.revision}` }))
      ]
    }
  }
  return variant
}

/** Every planted credential, including the per-revision env values. */
export function plantedSecrets(scenario: Scenario): string[] {
  const revisions = scenario.world.taskDefinitions.map((td) => td.revision)
  const perRevision = Object.entries(ENV_SECRETS).filter(([name]) => name !== 'DB_PASSWORD')
  return [...Object.values(SECRETS), ...revisions.flatMap((r) => perRevision.map(([, v]) => `${v}-${r}`))]
}

export function leakedSecrets(output: string, secrets: string[]): string[] {
  return secrets.filter((secret) => output.includes(secret))
}

/** What a markdown renderer shows from the output is only our own markup: data stays text. */
export function markupProblems(markdown: string): string[] {
  const problems: string[] = []
  const read = readMarkdown(markdown)
  if (read.unclosedFence) problems.push('a fence is never closed')
  for (const tag of tagsIn(read.prose)) if (!OUR_TAGS.has(tag)) problems.push(`tag <${tag}> from data`)
  const opened = read.prose.match(/<details/g)?.length ?? 0
  const closed = read.prose.match(/<\/details>/g)?.length ?? 0
  if (opened !== closed) problems.push(`${opened} <details> for ${closed} </details>`)
  for (const match of read.prose.matchAll(/@(?!\u200b)[A-Za-z0-9][\w-]*/g)) problems.push(`mention ${match[0]}`)
  for (const match of read.prose.matchAll(/(?<!&)#\d+/g)) problems.push(`reference ${match[0]}`)
  for (const match of read.prose.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) {
    if (!/^https:\/\/[a-z0-9-]+\.console\.aws\.amazon\.com\//.test(match[1])) problems.push(`link to ${match[1]}`)
  }
  for (const block of read.fences) {
    if (block.fence.length <= longestBacktickRun(block.body.join('\n'))) problems.push(`fence ${block.fence} holds a longer backtick run`)
  }
  return problems
}

/** A GitHub workflow command starts a line with "::"; data must never start one in the Actions log. */
export function workflowCommandsIn(logLines: string[]): string[] {
  return logLines.flatMap((message) => message.split(/\r\n|\r|\n/)).filter((line) => /^\s*::[a-z-]+/i.test(line))
}
