/** missing-configuration: the app says a setting is missing, or falls back to a default host that cannot work. */
import type { DiagnosisContext } from '../../context.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { FieldChange, Finding } from '../../types.js'
import type { RuntimeReading } from '../classify.js'
import { currentRevision } from '../task-facts.js'
import {
  bestReading,
  compact,
  containerField,
  exitSummary,
  logEvidence,
  logExcerptOf,
  newRevisionFix,
  readingsOf,
  rollbackFix,
  stoppedTasksLine
} from './common.js'
import { definesSetting, envFormOf, settingChange, settingsSentence, wellKnownPort } from './settings.js'

export function explainMissingConfiguration(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const readings = readingsOf(ctx, group)
  const pick = bestReading(readings)
  const reading = pick?.reading
  const container = reading?.containerName ?? 'the container'
  const setting = reading ? settingName(reading) : undefined
  const defined = setting ? definesSetting(ctx, reading?.containerName, setting) : undefined
  const change = setting ? settingChange(ctx, reading?.containerName, setting) : undefined
  const story = reading ? describe(reading, container, setting, defined) : { title: `${container} is missing configuration`, why: '' }

  return {
    code: 'missing-configuration',
    title: story.title,
    explanation: compact([story.why, settingsSentence(ctx, reading?.containerName), change]).join(' '),
    confidence: defined ? 'medium' : (reading?.confidence ?? 'medium'),
    evidence: compact([
      pick && stoppedTasksLine(ctx, group, exitSummary(pick.task, pick.reading)),
      ...logEvidence(pick),
      change
    ]),
    fixes: compact([addSettingFix(ctx, reading, setting ?? portHint(reading), defined), rollbackFix(ctx)]),
    logExcerpt: logExcerptOf(pick)
  }
}

/** The env var the app wants: named in the log, or hinted by a warning, or the usual one for the port. */
function settingName(reading: RuntimeReading): string | undefined {
  const signal = reading.signal
  if (signal?.envVar) return signal.envVar
  if (signal?.configKey && /^[\w.-]+$/.test(signal.configKey)) return envFormOf(signal.configKey)
  return reading.logs.signals.find((s) => s.kind === 'missing-env' && s.envVar)?.envVar
}

/** For a refused localhost connection: the setting that usually holds that service's address. */
function portHint(reading: RuntimeReading | undefined): string | undefined {
  if (reading?.detail !== 'local-default') return undefined
  const hint = wellKnownPort(reading.signal?.port)?.setting
  return hint && /^[A-Z][A-Z0-9_]+$/.test(hint) ? hint : undefined
}

function describe(reading: RuntimeReading, container: string, setting: string | undefined, defined: string | undefined) {
  const signal = reading.signal
  const exit = reading.exitCode !== undefined && reading.exitCode !== null ? ` with code ${reading.exitCode}` : ''
  if (reading.detail === 'missing-config-file') {
    return {
      title: `${container} exits at start-up: config file ${signal?.path} is missing`,
      why:
        `${container} exited${exit} because it could not open ${signal?.path}. The file is not in the image at that path: ` +
        'it was not copied in the image build, is expected on a volume the task definition does not mount, or its name is ' +
        'derived from an env var (such as the environment name) that is not set.'
    }
  }
  if (reading.detail === 'local-default') {
    const known = wellKnownPort(signal?.port)
    const target = `${signal?.host}${signal?.port ? `:${signal.port}` : ''}`
    const hinted = setting ?? known?.setting ?? 'the env var that holds its address'
    return {
      title: `${container} connects to ${target}, a default: ${hinted} is probably not set`,
      why:
        `${container} exited${exit} after its connection to ${target}${known ? ` (${known.service})` : ''} was refused. ` +
        `Nothing listens on ${signal?.host} inside the task (no other container of the task exposes that port), so the app ` +
        `fell back to a built-in default: the setting that points it at the real ${known?.service ?? 'service'} — ` +
        `${setting ? setting : `typically ${hinted}`} — is missing${defined ? ' or empty' : ''}.`
    }
  }
  const what = setting ?? (signal?.configKey ? `the setting ${signal.configKey}` : 'a required setting')
  const definedNote = defined
    ? ` ${setting} is defined in the task definition (${defined}), so its value is probably empty or invalid, or the app reads another name.`
    : ''
  return {
    title: `${container} exits at start-up: ${what} is not set`,
    why: `${container} exited${exit} right after starting: its log says ${what} is required but missing.${definedNote}`
  }
}

function addSettingFix(ctx: DiagnosisContext, reading: RuntimeReading | undefined, setting: string | undefined, defined: string | undefined) {
  const container = reading?.containerName ?? 'the container'
  const revision = currentRevision(ctx)
  if (reading?.detail === 'missing-config-file') {
    return newRevisionFix(
      ctx,
      `Provide ${reading.signal?.path} to ${container}`,
      { edit: `Rebuild the image with the file, or mount it: edit containerDefinitions[?name=='${container}'] in td.json (mountPoints/volumes, or the env var that selects the file) before registering.` }
    )
  }
  if (!setting) {
    return newRevisionFix(ctx, `Add the missing setting to ${container}`, { edit: `In td.json add it to containerDefinitions[?name=='${container}'].environment (or secrets) before registering.` })
  }
  const guessed = reading?.detail === 'local-default' && !reading.logs.signals.some((s) => s.envVar === setting)
  const nameNote = guessed ? ` ${setting} is the usual name; use the one the app reads.` : ''
  const edit = defined
    ? `${setting} is already in ${revision}: check its value in td.json (containerDefinitions[?name=='${container}'].${defined}) before registering.`
    : `${nameNote.trim()} In td.json add {"name": "${setting}", "value": "<its value>"} to containerDefinitions[?name=='${container}'].environment, or {"name": "${setting}", "valueFrom": "<Secrets Manager or SSM parameter ARN>"} to its secrets if it holds a credential, then register.`
  const changes: FieldChange[] = defined ? [] : [{ where: containerField(container, '.environment'), after: JSON.stringify({ name: setting, value: '<its value>' }) }]
  return newRevisionFix(ctx, `${defined ? 'Fix' : 'Add'} ${setting} for ${container}`, { edit, changes })
}
