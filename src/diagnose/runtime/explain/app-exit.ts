/** app-exit-error: the application itself exited (error, exit 0 of an essential container, signals). */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Finding } from '../../types.js'
import type { RuntimeReading } from '../classify.js'
import { quoteLine } from '../../../redact.js'
import { containerDefinition } from '../task-facts.js'
import { explainAppAwsDenied, isAppAwsDenial } from './app-denied.js'
import { bestReading, compact, exitSummary, logEvidence, logExcerptOf, newRevisionFix, readingsOf, rollbackFix, stoppedTasksLine } from './common.js'

interface Story {
  title: string
  why: string
  fixTitle?: string
  edit?: string
}

export function explainAppExit(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  if (isAppAwsDenial(ctx, group)) return explainAppAwsDenied(ctx, group, 'app-exit-error')
  const pick = bestReading(readingsOf(ctx, group))
  const reading = pick?.reading
  const story = reading ? storyOf(ctx, reading) : { title: 'The application exited', why: '' }
  const revisionFix = story.fixTitle ? newRevisionFix(ctx, story.fixTitle, { edit: story.edit }) : undefined
  return {
    code: 'app-exit-error',
    title: story.title,
    explanation: story.why,
    confidence: reading?.confidence ?? 'low',
    evidence: compact([pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)), ...logEvidence(pick)]),
    fixes: compact([revisionFix, rollbackFix(ctx)]),
    logExcerpt: logExcerptOf(pick)
  }
}

function storyOf(ctx: DiagnosisContext, reading: RuntimeReading): Story {
  const name = reading.containerName ?? 'the container'
  const code = reading.exitCode
  const errorLine = reading.logs.exception?.line ?? reading.logs.firstError?.line
  const quoted = errorLine ? ` Its log says: "${quoteLine(errorLine, 200)}".` : ''
  const noLogs = reading.logs.hasLines ? '' : ' It wrote no logs (it crashed before logging, or awslogs is misconfigured).'
  switch (reading.detail) {
    case 'essential-exit-zero':
      return {
        title: `Essential container ${name} exited with code 0`,
        why:
          `${name} finished successfully, but it is marked essential, and an essential container that exits stops the whole task — even with code 0. ` +
          `A long-running service must keep its process in the foreground; a one-off step (migration, init) must be essential=false, ` +
          `with the app container depending on it with condition SUCCESS.`,
        fixTitle: `Make ${name} a non-essential init container, or keep it running`,
        edit: `In td.json set "essential": false on containerDefinitions[?name=='${name}'] and add {"containerName": "${name}", "condition": "SUCCESS"} to the dependsOn of the app container; or fix the command so ${name} stays in the foreground.`
      }
    case 'privileged-port': {
      const port = reading.signal?.port
      return {
        title: `${name} cannot bind port ${port ?? 'below 1024'}: permission denied`,
        why:
          `${name} exited because it runs as a non-root user and tried to listen on port ${port ?? 'below 1024'}; ports below 1024 need root ` +
          `(or CAP_NET_BIND_SERVICE).${quoted} Listen on a port of 1024 or more (e.g. 8080) and map that port in the task definition and the target group.`,
        fixTitle: `Listen on an unprivileged port in ${name}`,
        edit: `Change the app's listen port (e.g. its PORT env var) to 1024 or more and the matching containerDefinitions[?name=='${name}'].portMappings in td.json before registering; a new port also needs a new target group or service.`
      }
    }
    case 'module-not-found': {
      const module = reading.signal?.module
      return {
        title: `${name} exits at start-up: ${module ? `module ${module} is not in the image` : 'a module is not in the image'}`,
        why:
          `${name} exited with code ${code} because it could not load ${module ?? 'a module'}.${quoted} ` +
          'The image was built without it: dependencies not installed in the final stage of a multi-stage build, dev dependencies pruned, ' +
          'a wrong working directory, or the build output not copied. Rebuild the image; the task definition cannot fix this.'
      }
    }
    case 'usage': {
      const program = reading.signal?.command
      const definition = containerDefinition(ctx.taskDefinition, reading.containerName)
      const started = [...(definition?.entryPoint ?? []), ...(definition?.command ?? [])]
      return {
        title: `${name} printed ${program ? `${program}'s` : 'its'} usage and stopped: the command line is not one it accepts`,
        why:
          `${name} printed how to call ${program ?? 'its program'} instead of running, so the command or arguments it was started with are wrong.${quoted} ` +
          (started.length > 0 ? `The task definition starts it with ${JSON.stringify(started)}. ` : '') +
          'A common cause is a command given as one string ("run --port 80") where ECS expects one array element per argument, or an entryPoint and command that repeat the program name.',
        fixTitle: `Give ${name} a command line ${program ?? 'the program'} accepts`,
        edit: `In td.json fix containerDefinitions[?name=='${name}'].command (one array element per argument) and entryPoint before registering.`
      }
    }
    case 'path-not-writable': {
      const path = reading.signal?.path
      const user = containerDefinition(ctx.taskDefinition, reading.containerName)?.user
      return {
        title: `${name} may not write ${path ?? 'a path it needs'}: permission denied`,
        why:
          `${name} stopped because it runs as ${user ? `user ${user}` : 'a non-root user'} that may not write ${path ?? 'a directory it needs'}.${quoted} ` +
          'A volume mounted there is owned by root (a bind mount, a new EFS file system or access point with another POSIX user), or the image does not ' +
          "give that user the directory. Give the user the path (chown in the image, the access point's POSIX user/creation info), or run as the user that owns it.",
        fixTitle: `Make ${path ?? 'the path'} writable by the container's user`,
        edit: `In td.json set containerDefinitions[?name=='${name}'].user to the owner of ${path ?? 'the path'}, or mount a volume that user owns there (an EFS access point with a matching posixUser and creationInfo), before registering.`
      }
    }
    case 'sigkill':
      return {
        title: `${name} was killed (exit 137) without an out-of-memory reason`,
        why:
          `${name} exited with 137 (SIGKILL), and ECS reports no OutOfMemoryError for it, so this is not a memory kill. ` +
          'A process gets SIGKILL when it ignores SIGTERM for the stop timeout (stopTimeout, 30 s by default) after ECS or another container stopped the task, ' +
          `or when something inside the container kills it.${quoted}${noLogs}`
      }
    case 'sigterm':
      return {
        title: `${name} exited on SIGTERM (exit 143)`,
        why: `${name} exited with 143: it received SIGTERM and stopped. Something inside the task sent it, or the task was being stopped.${quoted}${noLogs}`
      }
    default: {
      const command = containerDefinition(ctx.taskDefinition, reading.containerName)?.command
      return {
        title: errorLine ? `${name} exits with code ${code ?? 'unknown'}: ${quoteLine(errorLine, 120)}` : `${name} exits with code ${code ?? 'unknown'} at start-up`,
        why:
          `The essential container ${name} exited with code ${code ?? 'unknown'} after starting, which stopped the task.` +
          (errorLine ? ` The first error in its log is "${quoteLine(errorLine, 200)}"; the excerpt below shows the stack trace.` : noLogs) +
          (command?.length ? ' Compare the command and settings with the last working revision.' : '')
      }
    }
  }
}
