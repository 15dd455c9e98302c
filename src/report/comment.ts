/**
 * The PR comment: the summary's short form, one per cluster/service, found again by its marker.
 * Pure: ReportInput in, markdown out, always under GitHub's 65,536-character comment limit.
 */
import { characters, fitSections, type Section } from './budget.js'
import { deploymentsSection } from './deployments.js'
import { code, linkTarget } from './escape.js'
import { failureGroupsSection } from './failures.js'
import { fixesSection } from './fixes.js'
import { firstErrorLine, headlineSection } from './headline.js'
import { link } from './markdown.js'
import { utcTime, type ReportInput } from './model.js'

/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_MAX_CHARS = 60_000

/**
 * The hidden marker that identifies our comment for one cluster/service. Names are
 * percent-encoded (and "--" broken up) so nothing can end the HTML comment or collide.
 */
export function commentMarker(cluster: string, serviceName: string): string {
  const encode = (value: string): string => encodeURIComponent(value).replace(/-(?=-)/g, '%2D')
  return `<!-- ecs-deploy-doctor:${encode(cluster)}/${encode(serviceName)} -->`
}

function runLink(input: ReportInput): string | null {
  const run = input.runUrl ? linkTarget(input.runUrl) : null
  return run ? `➡️ ${link('Full report: evidence, task timeline, logs and checks', run)}` : null
}

function footer(input: ReportInput): string {
  const at = utcTime(input.evidence.watch?.endedAt ?? input.evidence.generatedAt)
  const commit = input.commitSha && /^[0-9a-f]{7,40}$/i.test(input.commitSha) ? ` for ${code(input.commitSha.slice(0, 7))}` : ''
  return `<sub>Updated by ECS Deploy Doctor${commit}${at ? ` at ${at}` : ''}. This comment is updated in place on every run.</sub>`
}

export function renderComment(input: ReportInput): string {
  const failing = input.verdict !== 'stable'
  const sections: Section[] = [
    { name: 'Marker', variants: [() => commentMarker(input.cluster, input.serviceName)] },
    {
      name: 'Headline',
      variants: [() => headlineSection(input, 3, { explanationMax: 800 }), () => headlineSection(input, 3, { explanationMax: 200 })]
    },
    { name: 'First error', variants: [() => (failing ? firstErrorLine(input) || null : null)] },
    {
      name: 'Fixes',
      variants: [() => fixesSection(input, 4, 3, 'in the job summary'), () => fixesSection(input, 4, 1, 'in the job summary')]
    },
    {
      name: 'Stopped tasks',
      variants: [
        () => (failing ? failureGroupsSection(input, 4, { maxRows: 5, reasonMax: 200 }) : null),
        () => (failing ? failureGroupsSection(input, 4, { maxRows: 3, reasonMax: 80 }) : null)
      ]
    },
    { name: 'Deployments', variants: [() => (failing ? deploymentsSection(input, 4, { compact: true }) : null)] },
    { name: 'Links', variants: [() => runLink(input)] },
    { name: 'Footer', variants: [() => footer(input)] }
  ]
  return fitSections(sections, {
    max: COMMENT_MAX_CHARS,
    measure: characters,
    shrinkOrder: ['Deployments', 'Stopped tasks', 'First error', 'Fixes', 'Headline'],
    elsewhere: 'the job summary'
  })
}
