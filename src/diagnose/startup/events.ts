/**
 * Service events that explain tasks which were never placed or launched, read by ECS's event
 * templates: "(service NAME) was unable to place a task because ...", "... Reason: ...",
 * "(service NAME) failed to launch a task with (error ...)", and the deployment-configuration
 * event. A stop reason quoted inside an event is classified like a stopped task's.
 */
import type { DiagnosisContext } from '../context.js'
import type { EventReading } from '../rules.js'
import { parseMessage, stripVolatile, type ParsedMessage } from '../messages.js'
import { normaliseReason } from '../signature.js'
import { codeForMessage, type StartupCode } from './classify.js'

type EcsEvent = NonNullable<DiagnosisContext['service']['events']>[number]

export interface StartupEvent {
  startup: StartupCode
  /** The part of the event that names the cause (the Reason, the quoted error, or the template). */
  detail: string
  /** The quoted stop reason, when the event carries one. */
  parsed?: ParsedMessage
}

const SERVICE_PREFIX = /^\s*\(?service ([^)\s]+)\)?\s*/i

const ok = (code: StartupCode['code'], confidence: StartupCode['confidence'], deterministic: boolean): StartupCode => ({
  code,
  confidence,
  deterministic
})

/**
 * Event predicates that report activity or health, never a startup failure: a quoted error is only
 * read from events that are not one of these.
 */
const NOT_A_LAUNCH_FAILURE =
  /has reached a steady state|has started \d+ tasks?|has stopped \d+ (?:running )?tasks?|registered \d+ targets?|deregistered \d+ targets?|has begun draining|is unhealthy in|failed container health checks|deployment failed|rolling back to deployment|deployment completed|is unable to consistently start tasks|operations are being throttled/i
/** Placement failure reasons, also when quoted alone (EventBridge SERVICE_TASK_PLACEMENT_FAILURE `reason`, https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_cwe_events.html). */
const PLACEMENT_REASON = /reached the limit on the number of [\w -]*tasks|EMPTY CAPACITY PROVIDER|closest matching container-instance|\bRESOURCE:(?:CPU|MEMORY|PORTS|ENI|GPU|FARGATE)\b|No Container Instances were found|resources could not be found|placement constraint|\bMemberOf\b|^\s*(?:AGENT|ATTRIBUTE)\s*\.?\s*$/i
/** Words an event uses when it quotes an error (the launch failure template with its wrapper cut off). */
const QUOTES_AN_ERROR = /\berror\b|Error\b|Exception\b|\bunable to\b|\bfailed to\b|\bcannot\b|\bcan't\b/

/** Reads one event message; null when it is not a startup failure signal. */
export function readStartupEvent(message: string, ec2: boolean): StartupEvent | null {
  const body = message
    .replace(SERVICE_PREFIX, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s*For more information, see the Troubleshooting section[^.]*\.?\s*$/i, '')
    .trim()

  const noInstance = /(?:was )?unable to place a task because no container instance met all of its requirements\.?\s*(.*)$/is.exec(body)
  if (noInstance) return placementDetail(noInstance[1].trim() || 'no container instance met all of its requirements')

  const reason = /(?:was )?unable to place a task\.?\s*Reason:\s*(.*)$/is.exec(body)
  if (reason) return placementReason(reason[1].trim(), ec2)

  const launch = /failed to launch a task with \(error (.*)\)\.?\s*$/is.exec(body)
  if (launch) return launchError(launch[1].trim(), ec2)

  if (/unable to stop or start tasks during a deployment because of the service deployment configuration/i.test(body)) {
    return { startup: ok('deployment-configuration-blocked', 'high', true), detail: body }
  }
  if (/unable to scale in\. Reason: The number of protected tasks/i.test(body)) {
    return { startup: ok('deployment-configuration-blocked', 'medium', false), detail: body }
  }
  if (/unable to place (?:a )?task/i.test(body) || PLACEMENT_REASON.test(body)) return placementDetail(body)
  if (!NOT_A_LAUNCH_FAILURE.test(body) && QUOTES_AN_ERROR.test(body)) return launchError(body.replace(/^\(?error\s+/i, ''), ec2, true)
  return null
}

function placementDetail(detail: string): StartupEvent {
  if (/already using a port required by your task|RESOURCE:PORTS/i.test(detail)) return { startup: ok('port-conflict', 'high', false), detail }
  if (/encountered error "?AGENT"?|^\s*AGENT\s*\.?\s*$/i.test(detail)) return { startup: ok('container-instance-unhealthy', 'high', false), detail }
  if (/No Container Instances were found|insufficient (?:memory|CPU|GPU)|missing an attribute|required attribute|ENI|network interface|RESOURCE:(?:CPU|MEMORY|GPU|ENI|FARGATE)/i.test(detail)) {
    return { startup: ok('placement-failed', 'high', false), detail }
  }
  return { startup: ok('placement-failed', 'medium', false), detail }
}

function placementReason(detail: string, ec2: boolean): StartupEvent {
  if (/Capacity is unavailable|insufficient capacity|RESOURCE:FARGATE/i.test(detail)) return { startup: ok('placement-failed', 'high', false), detail }
  if (/limit on the number of|above your limit|quota/i.test(detail)) return { startup: ok('placement-failed', 'high', true), detail }
  if (/^Internal error/i.test(detail)) return { startup: ok('placement-failed', 'medium', false), detail }
  if (/RESOURCE:PORTS/i.test(detail)) return { startup: ok('port-conflict', 'high', false), detail }
  if (/No Container Instances were found|RESOURCE:(?:MEMORY|CPU|ENI|GPU)/i.test(detail)) return placementDetail(detail)
  return quotedError(detail, ec2) ?? { startup: ok('placement-failed', 'low', false), detail }
}

/** `bare`: the event quotes an error without the launch template around it; only a decided cause counts then. */
function launchError(detail: string, ec2: boolean, bare = false): StartupEvent | null {
  const quoted = quotedError(detail, ec2)
  if (quoted && (!bare || quoted.startup.confidence !== 'low')) return quoted
  if (bare) return null
  if (/task definition|invalid|not valid|unsupported|requires|is not supported|must /i.test(detail)) {
    return { startup: ok('invalid-task-definition', 'medium', true), detail }
  }
  return { startup: ok('placement-failed', 'low', false), detail }
}

function quotedError(detail: string, ec2: boolean): StartupEvent | null {
  const parsed = parseMessage(detail)
  const startup = codeForMessage(parsed, { ec2 })
  return startup ? { startup, detail, parsed } : null
}

/** Events of the followed deployment: created at or after the deployment (the service keeps older ones). */
export function deploymentEvents(ctx: DiagnosisContext): EcsEvent[] {
  const since = ctx.deployment?.createdAt ?? ctx.evidence.watch?.startedAt
  const events = ctx.service.events ?? []
  if (!since) return events
  const from = Date.parse(since)
  return events.filter((e) => !e.createdAt || !Number.isFinite(from) || Date.parse(e.createdAt) >= from)
}

export function isEc2Service(ctx: DiagnosisContext): boolean {
  const compat = ctx.taskDefinition?.requiresCompatibilities ?? []
  return ctx.service.launchType === 'EC2' || (compat.includes('EC2') && !compat.includes('FARGATE') && !ctx.service.capacityProviderStrategy?.length)
}

export function classifyStartupEvents(ctx: DiagnosisContext): EventReading[] {
  const ec2 = isEc2Service(ctx)
  return deploymentEvents(ctx).flatMap((event) => {
    const message = event.message ?? ''
    const read = readStartupEvent(message, ec2)
    if (!read) return []
    return [
      {
        code: read.startup.code,
        confidence: read.startup.confidence,
        deterministic: read.startup.deterministic,
        signature: `event: ${read.startup.code}: ${normaliseReason(stripVolatile(read.parsed?.causeText || read.detail))}`,
        cause: read.parsed?.causeText || read.detail,
        exitCode: null,
        message,
        detail: read.detail,
        ...(read.parsed ? { parsed: read.parsed } : {}),
        ...(event.createdAt ? { createdAt: event.createdAt } : {})
      }
    ]
  })
}
