/**
 * Which PR comment is this step's. Its first line is a hidden marker naming a scope and the services it
 * reports on; a run updates a comment only when the scope is the same and the services overlap (and,
 * in publish, only when the token's own identity wrote it).
 *
 * - One service: the scope is account + region + cluster, so staging and production with the same
 *   cluster and service names (another account or region) keep a comment each.
 * - Several services: the scope adds the step (workflow, job and step id), so reordering or adding a
 *   service updates the same comment; matrix legs of one step that watch other services of the cluster
 *   (no overlap) keep a comment each.
 */
import { resourceName } from '../inputs/inputs.js'

export interface CommentKey {
  /** "account/region/cluster", plus "/step=workflow/job/step" for several services; each part percent-encoded. */
  scope: string
  /** Service names, sorted. */
  services: string[]
}

/** The step as GitHub names it, stable across runs: GITHUB_WORKFLOW, GITHUB_JOB and GITHUB_ACTION (the step id). */
export interface StepIdentity {
  workflow?: string
  job?: string
  step?: string
}

export function stepIdentity(env: Record<string, string | undefined> = process.env): StepIdentity {
  return { workflow: env.GITHUB_WORKFLOW, job: env.GITHUB_JOB, step: env.GITHUB_ACTION }
}

/** Percent-encoded, with "--" broken up, so no name can end the HTML comment or pose as a separator. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/-(?=-)/g, '%2D')
}

export function commentKey(target: { account: string; region: string; cluster: string; services: string[] }, step: StepIdentity): CommentKey {
  const services = [...new Set(target.services.map(resourceName))].sort()
  const place = [target.account || 'unknown-account', target.region, resourceName(target.cluster)].map(encode).join('/')
  const stepPart = services.length > 1 ? `/step=${[step.workflow, step.job, step.step].map((part) => encode(part ?? '')).join('/')}` : ''
  return { scope: `${place}${stepPart}`, services }
}

const PREFIX = '<!-- ecs-deploy-doctor '

export function commentMarker(key: CommentKey): string {
  return `${PREFIX}scope=${key.scope} services=${key.services.map(encode).join(',')} -->`
}

/** The key in a comment's marker (its first line), or null when the comment does not start with one. */
export function markerKey(body: string | undefined): CommentKey | null {
  const firstLine = (body ?? '').trimStart().split('\n', 1)[0]
  const match = /^<!-- ecs-deploy-doctor scope=(\S+) services=(\S+) -->$/.exec(firstLine.trimEnd())
  if (!match) return null
  try {
    return { scope: match[1], services: match[2].split(',').map(decodeURIComponent) }
  } catch {
    return null
  }
}

/** Same scope and at least one service in common: the comment an earlier run of this step wrote. */
export function sameReport(ours: CommentKey, theirs: CommentKey | null): boolean {
  return theirs !== null && theirs.scope === ours.scope && theirs.services.some((service) => ours.services.includes(service))
}

/** "123456789012" from an ARN such as arn:aws:ecs:eu-west-1:123456789012:service/prod/api; empty when there is none. */
export function accountOf(...arns: (string | undefined)[]): string {
  for (const arn of arns) {
    const account = /^arn:[^:]+:[^:]*:[^:]*:(\d{12}):/.exec(arn ?? '')?.[1]
    if (account) return account
  }
  return ''
}
