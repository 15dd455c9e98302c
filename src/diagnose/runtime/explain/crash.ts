/** segfault and command-not-found: the process crashes natively, or the image cannot run the command. */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Finding } from '../../types.js'
import { redact } from '../../../redact.js'
import { containerDefinition } from '../task-facts.js'
import { bestReading, compact, exitSummary, logEvidence, logExcerptOf, newRevisionFix, readingsOf, rollbackFix, stoppedTasksLine } from './common.js'

export function explainSegfault(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const pick = bestReading(readingsOf(ctx, group))
  const reading = pick?.reading
  const name = reading?.containerName ?? 'the container'
  const image = imageChange(ctx, reading?.containerName)
  return {
    code: 'segfault',
    title: `${name} crashes with a segmentation fault (exit ${reading?.exitCode ?? 139})`,
    explanation:
      `${name} was killed by SIGSEGV: native code read or wrote memory it does not own. In containers this usually comes from a native ` +
      'library or binary built for another C library or CPU (glibc vs musl/Alpine, another architecture), an incompatible native extension ' +
      `after a dependency upgrade, or too small a stack for a native thread.${image ? ` ${image}` : ''}`,
    confidence: reading?.exitCode === 139 ? 'high' : (reading?.confidence ?? 'medium'),
    evidence: compact([pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)), ...logEvidence(pick), image]),
    fixes: compact([rollbackFix(ctx)]),
    logExcerpt: logExcerptOf(pick)
  }
}

export function explainCommandNotFound(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const pick = bestReading(readingsOf(ctx, group))
  const reading = pick?.reading
  const name = reading?.containerName ?? 'the container'
  const def = containerDefinition(ctx.taskDefinition, reading?.containerName)
  const wanted = reading?.signal?.command ?? commandFrom(reading?.cause)
  const denied = reading?.exitCode === 126 || /permission denied/i.test(`${reading?.cause} ${reading?.signal?.line ?? ''}`)
  const missingFile = /no such file or directory/i.test(`${reading?.cause} ${reading?.signal?.line ?? ''}`)
  const configured = [
    def?.entryPoint?.length ? `entryPoint ${JSON.stringify(def.entryPoint.map(redact))}` : undefined,
    def?.command?.length ? `command ${JSON.stringify(def.command.map(redact))}` : undefined
  ].filter(Boolean)
  const why = denied
    ? `${wanted ?? 'The command'} exists in the image but is not executable (exit 126): add execute permission in the image (chmod +x) or call it through its interpreter.`
    : missingFile
      ? `${wanted ?? 'The entrypoint'} is not in the image at that path — or it is a script whose interpreter (the #! line) is missing, often because of Windows CRLF line endings.`
      : `${wanted ?? 'The command'} is not installed in the image or not on its PATH (exit 127).`
  return {
    code: 'command-not-found',
    title: `${name} cannot start: ${wanted ? `${wanted} ${denied ? 'is not executable' : 'not found'}` : 'its command is not found'} in the image`,
    explanation:
      `${why} ${configured.length ? `The task definition sets ${configured.join(' and ')} for ${name}; ` : `${name} uses the image's own ENTRYPOINT/CMD; `}` +
      'fix the command in a new revision or fix the image. This fails the same way on every start.',
    confidence: reading?.confidence ?? 'high',
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, pick.reading.kind === 'cannot-start' ? `CannotStartContainerError: ${redact(pick.reading.cause)}` : exitSummary(pick.task, pick.reading)),
      ...logEvidence(pick),
      configured.length ? `Task definition ${name}: ${configured.join(', ')}` : undefined
    ]),
    fixes: compact([
      newRevisionFix(ctx, `Correct the command of ${name}`, { edit: `Edit containerDefinitions[?name=='${name}'].command / entryPoint in td.json to a program the image has (e.g. its full path), then register.` }),
      rollbackFix(ctx)
    ]),
    logExcerpt: logExcerptOf(pick)
  }
}

function commandFrom(cause: string | undefined): string | undefined {
  return cause ? /exec:? "?([^":\s]+)"?:/.exec(cause)?.[1] : undefined
}

function imageChange(ctx: DiagnosisContext, containerName: string | undefined): string | undefined {
  const before = containerDefinition(ctx.previousTaskDefinition, containerName)?.image
  const after = containerDefinition(ctx.taskDefinition, containerName)?.image
  return before && after && before !== after ? `The image changed in this deployment: ${before} → ${after}.` : undefined
}
