/**
 * The PR comment: the summary's short form. Publishing puts the marker that finds it again above it (comment-key.ts).
 * Pure: ReportInput in, markdown out, always under GitHub's 65,536-character comment limit.
 */
import { characters, fitSections, type Section } from './budget.js'
import { deploymentsSection } from './deployments.js'
import { code, linkTarget } from './escape.js'
import { failureGroupsSection } from './failures.js'
import { fixesSection } from './fixes.js'
import { firstErrorLine, headlineSection } from './headline.js'
import { link } from './markdown.js'
import { nextStepsSection } from './next-steps.js'
import { utcTime, type ReportInput } from './model.js'

/** GitHub rejects comment bodies over 65,536 characters; keep a margin. */
export const COMMENT_MAX_CHARS = 60_000

function runLink(input: ReportInput): string | null {
  const run = input.runUrl ? linkTarget(input.runUrl) : null
  return run ? `➡️ ${link('Full report: evidence, task timeline, logs and checks', run)}` : null
}

function footer(input: ReportInput): string {
  const at = utcTime(input.evidence.watch?.endedAt ?? input.evidence.generatedAt)
  const commit = input.commitSha && /^[0-9a-f]{7,40}$/i.test(input.commitSha) ? ` for ${code(input.commitSha.slice(0, 7))}` : ''
  return `<sub>Updated by ECS Deploy Doctor${commit}${at ? ` at ${at}` : ''}. This comment is updated in place on every run.</sub>`
}

/** `headingLevel` is the headline's level (3: a comment reads smaller than a summary); sections are one below. */
export function renderComment(input: ReportInput, opts: { headingLevel?: number } = {}): string {
  const failing = input.verdict !== 'stable'
  const top = opts.headingLevel ?? 3
  const section = top + 1
  const sections: Section[] = [
    {
      name: 'Headline',
      variants: [() => headlineSection(input, top, { explanationMax: 800 }), () => headlineSection(input, top, { explanationMax: 200 })]
    },
    { name: 'First error', variants: [() => (failing ? firstErrorLine(input) || null : null)] },
    {
      name: 'Fixes',
      variants: [() => fixesSection(input, section, 3, 'in the job summary'), () => fixesSection(input, section, 1, 'in the job summary')]
    },
    { name: 'Next steps', variants: [() => nextStepsSection(input, section)] },
    {
      name: 'Stopped tasks',
      variants: [
        () => (failing ? failureGroupsSection(input, section, { maxRows: 5, reasonMax: 200 }) : null),
        () => (failing ? failureGroupsSection(input, section, { maxRows: 3, reasonMax: 80 }) : null)
      ]
    },
    { name: 'Deployments', variants: [() => (failing ? deploymentsSection(input, section, { compact: true }) : null)] },
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
