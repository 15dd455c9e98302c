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
import { nextStepsSection } from './next-steps.js'
import { strategySection } from './strategy.js'
import { heading } from './markdown.js'
import { utcTime, type ReportInput } from './model.js'
import { tasksSection, timelineSection } from './timeline.js'

import { SUMMARY_MAX_BYTES } from './step-summary.js'

export { SUMMARY_MAX_BYTES }

function footer(input: ReportInput): string {
  const at = utcTime(input.evidence.watch?.endedAt ?? input.evidence.generatedAt)
  return `<sub>ECS Deploy Doctor · verdict ${input.verdict}${at ? ` at ${at}` : ''} · the full evidence is in the \`evidence-file\` output</sub>`
}

function stableSections(input: ReportInput, top: number): Section[] {
  return [
    { name: 'Headline', variants: [() => headlineSection(input, top)] },
    { name: 'Strategy', variants: [() => strategySection(input, top + 1), () => strategySection(input, top + 1, { maxLogLines: 0 })] },
    { name: 'Deployments', variants: [() => deploymentsSection(input, top + 1)] },
    { name: 'Footer', variants: [() => footer(input)] }
  ]
}

function failingSections(input: ReportInput, top: number): Section[] {
  const section = top + 1
  const evidence = top + 2
  return [
    { name: 'Headline', variants: [() => headlineSection(input, top), () => headlineSection(input, top, { explanationMax: 300 })] },
    { name: 'First error', variants: [() => firstErrorLine(input) || null] },
    {
      name: 'Fixes',
      variants: [() => fixesSection(input, section, 6), () => fixesSection(input, section, 2), () => fixesSection(input, section, 1)]
    },
    { name: 'Next steps', variants: [() => nextStepsSection(input, section)] },
    { name: 'Strategy', variants: [() => strategySection(input, section), () => strategySection(input, section, { maxLogLines: 5 }), () => strategySection(input, section, { maxLogLines: 0 })] },
    { name: 'Evidence heading', variants: [() => heading(section, 'Evidence')] },
    { name: 'Why we think so', variants: [() => rootCauseEvidenceSection(input, evidence, 12), () => rootCauseEvidenceSection(input, evidence, 4)] },
    { name: 'Deployments', variants: [() => deploymentsSection(input, evidence)] },
    {
      name: 'Stopped tasks',
      variants: [
        () => failureGroupsSection(input, evidence, { maxRows: 10, reasonMax: 300 }),
        () => failureGroupsSection(input, evidence, { maxRows: 5, reasonMax: 120 }),
        () => failureGroupsSection(input, evidence, { maxRows: 3, reasonMax: 60 })
      ]
    },
    { name: 'Task timeline', variants: [() => timelineSection(input, evidence, 12), () => timelineSection(input, evidence, 5)] },
    {
      name: 'Logs',
      variants: [
        () => logsSection(input, evidence, { maxBlocks: 3, maxLines: 100 }),
        () => logsSection(input, evidence, { maxBlocks: 1, maxLines: 40 }),
        () => logsSection(input, evidence, { maxBlocks: 1, maxLines: 10 })
      ]
    },
    { name: 'What changed', variants: [() => changesSection(input, evidence, 30), () => changesSection(input, evidence, 8)] },
    {
      name: 'Service events',
      variants: [() => eventsSection(input, evidence, { max: 12, messageMax: 600 }), () => eventsSection(input, evidence, { max: 5, messageMax: 200 })]
    },
    { name: 'Other findings', variants: [() => otherFindingsSection(input, evidence, 5), () => otherFindingsSection(input, evidence, 2)] },
    { name: 'Tasks', variants: [() => tasksSection(input, 50), () => tasksSection(input, 10)] },
    { name: 'Checks', variants: [() => checksSection(input, 80), () => checksSection(input, 20)] },
    { name: 'Footer', variants: [() => footer(input)] }
  ]
}

const SHRINK_ORDER = [
  'Logs',
  'Strategy',
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

export interface SummaryOptions {
  maxBytes?: number
  /** The headline's heading level; sections are one level below it, evidence two. */
  headingLevel?: number
}

export function renderSummary(input: ReportInput, opts: SummaryOptions = {}): string {
  const top = opts.headingLevel ?? 2
  const sections = input.verdict === 'stable' ? stableSections(input, top) : failingSections(input, top)
  return fitSections(sections, { max: opts.maxBytes ?? SUMMARY_MAX_BYTES, measure: utf8Bytes, shrinkOrder: SHRINK_ORDER })
}
