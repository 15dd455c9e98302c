/**
 * The real-world corpus (README.md beside this file): loads and checks the records, builds from each the
 * evidence document the ECS APIs would have returned, and scores the diagnosis against the record's label.
 * Used by corpus.test.ts and by `npm run bench` (bench/sections/corpus.ts).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EcsDeployment, EcsTask, EcsTaskDefinition, Evidence } from '../../src/evidence/schema.js'
import { diagnose } from '../../src/diagnose/index.js'
import { ROOT_CAUSE_CODES, VERDICTS, type Verdict } from '../../src/types.js'

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url))

export interface CorpusContainer {
  name?: string
  exitCode?: number | null
  reason?: string
  healthStatus?: string
  lastStatus?: string
}

export interface CorpusTask {
  stopCode?: string
  stoppedReason?: string
  lastStatus?: string
  healthStatus?: string
  containers?: CorpusContainer[]
}

export interface CorpusRecord {
  id: string
  source: string
  collected: string
  split: 'base' | 'fresh'
  /** ecs (default) or runtime: a runtime's or registry's message quoted from a non-ECS report. */
  origin?: 'ecs' | 'runtime'
  launchType?: 'FARGATE' | 'EC2' | 'EXTERNAL'
  verdict?: Verdict
  stoppedTasks?: CorpusTask[]
  events?: string[]
  containerLogs?: string[]
  deployment?: { rolloutState?: string; rolloutStateReason?: string }
  targetHealth?: { state?: string; reason?: string; description?: string }[]
  taskDefinition?: Record<string, unknown>
  confirmedCause: string
  expected: string[]
  notes?: string
  /** The file (category) the record came from. */
  category: string
}

const SPLITS = new Set(['base', 'fresh'])
const LAUNCH_TYPES = new Set(['FARGATE', 'EC2', 'EXTERNAL'])

export function loadCorpus(dir = CORPUS_DIR): CorpusRecord[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  return files.flatMap((file) => {
    const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { category: string; records: Omit<CorpusRecord, 'category'>[] }
    return parsed.records.map((record) => ({ ...record, category: parsed.category }))
  })
}

/** Every problem with the records: schema, unknown codes, duplicate ids, missing sources. Empty when all is well. */
export function corpusProblems(records: CorpusRecord[], knownCodes: readonly string[]): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const r of records) {
    const where = `${r.category}/${r.id ?? '(no id)'}`
    if (!r.id) problems.push(`${where}: no id`)
    else if (ids.has(r.id)) problems.push(`${where}: duplicate id`)
    ids.add(r.id)
    if (!/^https?:\/\/\S+$/.test(r.source ?? '')) problems.push(`${where}: source is not a URL`)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.collected ?? '')) problems.push(`${where}: collected is not YYYY-MM-DD`)
    if (!SPLITS.has(r.split)) problems.push(`${where}: split must be base or fresh`)
    if (r.origin !== undefined && r.origin !== 'ecs' && r.origin !== 'runtime') problems.push(`${where}: origin must be ecs or runtime`)
    if (r.launchType && !LAUNCH_TYPES.has(r.launchType)) problems.push(`${where}: unknown launchType ${r.launchType}`)
    if (r.verdict && !VERDICTS.includes(r.verdict)) problems.push(`${where}: unknown verdict ${r.verdict}`)
    if (!Array.isArray(r.expected)) problems.push(`${where}: expected must be an array`)
    for (const code of r.expected ?? []) if (!knownCodes.includes(code)) problems.push(`${where}: unknown code ${code}`)
    if (!r.confirmedCause) problems.push(`${where}: no confirmedCause`)
    const said = (r.stoppedTasks?.length ?? 0) + (r.events?.length ?? 0) + (r.containerLogs?.length ?? 0) + (r.targetHealth?.length ?? 0)
    if (said === 0 && !r.deployment?.rolloutStateReason) problems.push(`${where}: quotes nothing the ECS APIs return`)
  }
  return problems
}

const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const CLUSTER = 'corpus'
const SERVICE = 'app'
const DEPLOYMENT = 'ecs-svc/1234567890123456789'
const PREVIOUS_DEPLOYMENT = 'ecs-svc/9876543210987654321'
const TD_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/app:2`
const PREVIOUS_TD_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/app:1`
const TG_ARN = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/app/0123456789abcdef`
const T0 = Date.parse('2026-01-01T12:00:00.000Z')
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString()

function verdictOf(record: CorpusRecord): Verdict {
  if (record.verdict) return record.verdict
  if (record.expected.length === 0) return 'stable'
  if (record.deployment?.rolloutState === 'FAILED') return 'rolled-back'
  return 'failed'
}

function buildTask(record: CorpusRecord, source: CorpusTask, index: number, taskId?: string): EcsTask {
  const id = taskId ?? `${(0x1000 + index).toString(16)}${'0'.repeat(28)}`
  const taskArn = `arn:aws:ecs:${REGION}:${ACCOUNT}:task/${CLUSTER}/${id}`
  const stopped = source.lastStatus === undefined || source.lastStatus === 'STOPPED'
  return {
    taskArn,
    clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
    taskDefinitionArn: TD_ARN,
    group: `service:${SERVICE}`,
    startedBy: DEPLOYMENT,
    ...(record.launchType ? { launchType: record.launchType } : {}),
    createdAt: at(10 + index * 30),
    desiredStatus: stopped ? 'STOPPED' : 'RUNNING',
    lastStatus: source.lastStatus ?? 'STOPPED',
    ...(stopped ? { stoppedAt: at(40 + index * 30) } : {}),
    ...(source.stopCode ? { stopCode: source.stopCode as EcsTask['stopCode'] } : {}),
    ...(source.stoppedReason !== undefined ? { stoppedReason: source.stoppedReason } : {}),
    ...(source.healthStatus ? { healthStatus: source.healthStatus as EcsTask['healthStatus'] } : {}),
    containers: (source.containers ?? [{}]).map((c, i) => ({
      containerArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:container/${CLUSTER}/${id}/${i}`,
      taskArn,
      name: c.name ?? (i === 0 ? SERVICE : `container-${i}`),
      lastStatus: c.lastStatus ?? (stopped ? 'STOPPED' : 'RUNNING'),
      ...(c.exitCode !== undefined ? { exitCode: c.exitCode ?? undefined } : {}),
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
      ...(c.healthStatus ? { healthStatus: c.healthStatus as 'HEALTHY' } : {})
    }))
  }
}

/**
 * The evidence the action would have collected for this record, with only what the record quotes: the
 * service and its events, the stopped tasks, the container logs, target health, and the task definition
 * fields the source gives. Checks the record cannot inform (network, IAM, images ...) are absent, as when the
 * action lacked the permission for them.
 */
export function recordEvidence(record: CorpusRecord): Evidence {
  const verdict = verdictOf(record)
  // Without a stopped task the action reads the logs of the deployment's newest running task.
  const quoted = record.stoppedTasks?.length ? record.stoppedTasks : record.containerLogs?.length ? [{ lastStatus: 'RUNNING' }] : []
  // That running task is the one the record's events name, when they name one: the logs are its logs.
  const eventTask = record.stoppedTasks?.length ? undefined : (record.events ?? []).map((e) => /\(task ([0-9a-f]{32})\)/.exec(e)?.[1]).find(Boolean)
  const tasks = quoted.map((t, i) => buildTask(record, t, i, i === 0 ? eventTask : undefined))
  const events = (record.events ?? []).map((message, i, all) => ({
    id: `corpus-event-${all.length - i}`,
    createdAt: at(60 + (all.length - i) * 20),
    message
  }))
  const failed = verdict === 'rolled-back'
  const deployments: EcsDeployment[] = [
    {
      id: DEPLOYMENT,
      status: failed ? 'ACTIVE' : 'PRIMARY',
      taskDefinition: TD_ARN,
      desiredCount: 2,
      runningCount: verdict === 'stable' ? 2 : 0,
      pendingCount: 0,
      failedTasks: tasks.filter((t) => t.lastStatus === 'STOPPED').length,
      createdAt: at(0),
      updatedAt: at(60),
      ...(record.launchType ? { launchType: record.launchType } : {}),
      // The circuit breaker marks the deployment it rolls back FAILED (what DescribeServices then returns).
      rolloutState: (record.deployment?.rolloutState ?? (verdict === 'stable' ? 'COMPLETED' : failed ? 'FAILED' : 'IN_PROGRESS')) as EcsDeployment['rolloutState'],
      ...(record.deployment?.rolloutStateReason ? { rolloutStateReason: record.deployment.rolloutStateReason } : {})
    },
    ...(verdict === 'stable'
      ? []
      : [
          {
            id: PREVIOUS_DEPLOYMENT,
            status: failed ? 'PRIMARY' : 'ACTIVE',
            taskDefinition: PREVIOUS_TD_ARN,
            desiredCount: 2,
            runningCount: 2,
            pendingCount: 0,
            failedTasks: 0,
            createdAt: at(-86_400),
            updatedAt: at(-86_000),
            rolloutState: failed ? ('IN_PROGRESS' as const) : ('COMPLETED' as const)
          }
        ])
  ]
  const hasTargets = (record.targetHealth?.length ?? 0) > 0
  const taskDefinition = record.taskDefinition
    ? ({ taskDefinitionArn: TD_ARN, family: 'app', revision: 2, ...record.taskDefinition } as EcsTaskDefinition)
    : null
  return {
    schemaVersion: 1,
    generatedAt: at(900),
    region: REGION,
    cluster: CLUSTER,
    serviceName: SERVICE,
    deploymentId: DEPLOYMENT,
    watch: { verdict, reason: `corpus record ${record.id}`, startedAt: at(0), endedAt: at(900) },
    service: {
      serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${CLUSTER}/${SERVICE}`,
      serviceName: SERVICE,
      clusterArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${CLUSTER}`,
      status: 'ACTIVE',
      desiredCount: 2,
      ...(record.launchType ? { launchType: record.launchType } : {}),
      taskDefinition: TD_ARN,
      deployments,
      events: events.reverse().sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
      ...(hasTargets ? { loadBalancers: [{ targetGroupArn: TG_ARN, containerName: SERVICE, containerPort: 8080 }] } : {})
    },
    taskDefinition,
    tasks,
    logs:
      (record.containerLogs?.length ?? 0) > 0 && tasks[0]
        ? [{ taskArn: tasks[0].taskArn ?? '', containerName: tasks[0].containers?.[0]?.name ?? SERVICE, lines: record.containerLogs ?? [] }]
        : [],
    ...(hasTargets
      ? {
          loadBalancing: {
            targetHealth: [
              {
                targetGroupArn: TG_ARN,
                descriptions: (record.targetHealth ?? []).map((t, i) => ({
                  Target: { Id: `10.0.1.${10 + i}`, Port: 8080 },
                  TargetHealth: { State: t.state as 'unhealthy', Reason: t.reason as 'Target.Timeout', Description: t.description }
                }))
              }
            ]
          }
        }
      : {})
  }
}

export interface Scored {
  record: CorpusRecord
  /** The diagnosis' root-cause code, or null when it named none. */
  got: string | null
  correct: boolean
}

/**
 * A healthy record must get no root cause however its evidence file is diagnosed: with the watch's stable
 * verdict, and offline without any watch outcome (`diagnose --evidence` on a file someone assembled).
 */
export function scoreRecord(record: CorpusRecord): Scored {
  const evidence = recordEvidence(record)
  const got = diagnose(evidence).rootCause?.code ?? null
  if (record.expected.length > 0) return { record, got, correct: got !== null && record.expected.includes(got) }
  const offline = diagnose({ ...evidence, watch: undefined }).rootCause?.code ?? null
  return { record, got: got ?? offline, correct: got === null && offline === null }
}

export interface Accuracy {
  name: string
  correct: number
  total: number
}

/** Accuracy per category, then all of them, for the records `include` keeps. */
export function accuracyByCategory(scored: Scored[], include: (s: Scored) => boolean = () => true): Accuracy[] {
  const kept = scored.filter(include)
  const categories = [...new Set(kept.map((s) => s.record.category))].sort()
  const row = (name: string, rows: Scored[]): Accuracy => ({ name, correct: rows.filter((s) => s.correct).length, total: rows.length })
  return [...categories.map((c) => row(c, kept.filter((s) => s.record.category === c))), row('all', kept)]
}

/** Codes the corpus may use: the product's codes plus those the corpus README adds before the product has them. */
export const CORPUS_CODES: readonly string[] = [
  ...ROOT_CAUSE_CODES,
  ...['efs-mount-failed', 'service-connect-failed', 'deployment-alarm-triggered', 'registry-tls-error'].filter(
    (code) => !(ROOT_CAUSE_CODES as readonly string[]).includes(code)
  )
]
