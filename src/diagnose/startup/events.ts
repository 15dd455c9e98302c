/**
 * Service events that explain tasks which were never placed or launched, read by ECS's event
 * templates: "(service NAME) was unable to place a task because ...", "... Reason: ...",
 * "(service NAME) failed to launch a task with (error ...)", and the deployment-configuration
 * event. A stop reason quoted inside an event is classified like a stopped task's.
 */
import type { EventClassification } from '../classification.js'
import type { DiagnosisContext } from '../context.js'
import { parseMessage, stripVolatile, type ParsedMessage } from '../messages.js'
import { normaliseReason } from '../stops.js'
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
  return null
}

function placementDetail(detail: string): StartupEvent {
  if (/already using a port required by your task/i.test(detail)) return { startup: ok('port-conflict', 'high', false), detail }
  if (/encountered error "?AGENT"?/i.test(detail)) return { startup: ok('container-instance-unhealthy', 'high', false), detail }
  if (/No Container Instances were found|insufficient (?:memory|CPU|GPU)|missing an attribute|required attribute|ENI|network interface/i.test(detail)) {
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

function launchError(detail: string, ec2: boolean): StartupEvent {
  const quoted = quotedError(detail, ec2)
  if (quoted) return quoted
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

export function classifyStartupEvents(ctx: DiagnosisContext): EventClassification[] {
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
        ...(event.createdAt ? { createdAt: event.createdAt } : {})
      }
    ]
  })
}
