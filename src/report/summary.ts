/**
 * The job summary: verdict and root cause first, the fix to paste, then every piece of evidence.
 * Pure: ReportInput in, markdown out, always under the size limit.
 */
import { changesSection } from './changes.js'
import { checksSection } from './checks.js'
import { deploymentsSection } from './deployments.js'
import { eventsSection } from './events.js'
import { failureGroupsSection, otherFindingsSection, rootCauseEvidenceSection } from './failures.js'
import { fixesSection } from './fixes.js'
import { fitSections, utf8Bytes, type Section } from './budget.js'
import { firstErrorLine, headlineSection } from './headline.js'
import { logsSection } from './logs.js'
import { heading } from './markdown.js'
import { utcTime, type ReportInput } from './model.js'
import { tasksSection, timelineSection } from './timeline.js'

/** GitHub's limit for one step's summary is 1 MiB; stay a little under it. */
export const SUMMARY_MAX_BYTES = 1_024 * 1_000

function footer(input: ReportInput): string {
  const at = utcTime(input.evidence.watch?.endedAt ?? input.evidence.generatedAt)
  return `<sub>ECS Deploy Doctor · verdict ${input.verdict}${at ? ` at ${at}` : ''} · the full evidence is in the \`evidence-file\` output</sub>`
}

function stableSections(input: ReportInput): Section[] {
  return [
    { name: 'Headline', variants: [() => headlineSection(input, 2)] },
    { name: 'Deployments', variants: [() => deploymentsSection(input, 3)] },
    { name: 'Footer', variants: [() => footer(input)] }
  ]
}

function failingSections(input: ReportInput): Section[] {
  return [
    { name: 'Headline', variants: [() => headlineSection(input, 2), () => headlineSection(input, 2, { explanationMax: 300 })] },
    { name: 'First error', variants: [() => firstErrorLine(input) || null] },
    {
      name: 'Fixes',
      variants: [() => fixesSection(input, 3, 6), () => fixesSection(input, 3, 2), () => fixesSection(input, 3, 1)]
    },
    { name: 'Evidence heading', variants: [() => heading(3, 'Evidence')] },
    { name: 'Why we think so', variants: [() => rootCauseEvidenceSection(input, 4, 12), () => rootCauseEvidenceSection(input, 4, 4)] },
    { name: 'Deployments', variants: [() => deploymentsSection(input, 4)] },
    {
      name: 'Stopped tasks',
      variants: [
        () => failureGroupsSection(input, 4, { maxRows: 10, reasonMax: 300 }),
        () => failureGroupsSection(input, 4, { maxRows: 5, reasonMax: 120 }),
        () => failureGroupsSection(input, 4, { maxRows: 3, reasonMax: 60 })
      ]
    },
    { name: 'Task timeline', variants: [() => timelineSection(input, 4, 12), () => timelineSection(input, 4, 5)] },
    {
      name: 'Logs',
      variants: [
        () => logsSection(input, 4, { maxBlocks: 3, maxLines: 100 }),
        () => logsSection(input, 4, { maxBlocks: 1, maxLines: 40 }),
        () => logsSection(input, 4, { maxBlocks: 1, maxLines: 10 })
      ]
    },
    { name: 'What changed', variants: [() => changesSection(input, 4, 30), () => changesSection(input, 4, 8)] },
    {
      name: 'Service events',
      variants: [() => eventsSection(input, 4, { max: 12, messageMax: 600 }), () => eventsSection(input, 4, { max: 5, messageMax: 200 })]
    },
    { name: 'Other findings', variants: [() => otherFindingsSection(input, 4, 5), () => otherFindingsSection(input, 4, 2)] },
    { name: 'Tasks', variants: [() => tasksSection(input, 50), () => tasksSection(input, 10)] },
    { name: 'Checks', variants: [() => checksSection(input, 80), () => checksSection(input, 20)] },
    { name: 'Footer', variants: [() => footer(input)] }
  ]
}

const SHRINK_ORDER = [
  'Logs',
  'Tasks',
  'Task timeline',
  'Checks',
  'Service events',
  'What changed',
  'Other findings',
  'Stopped tasks',
  'Why we think so',
  'Deployments',
  'First error',
  'Fixes',
  'Headline'
]

export function renderSummary(input: ReportInput, opts: { maxBytes?: number } = {}): string {
  const sections = input.verdict === 'stable' ? stableSections(input) : failingSections(input)
  return fitSections(sections, { max: opts.maxBytes ?? SUMMARY_MAX_BYTES, measure: utf8Bytes, shrinkOrder: SHRINK_ORDER })
}
