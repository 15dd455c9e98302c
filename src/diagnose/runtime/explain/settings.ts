/** What the task definition gives a container to configure it: env var and secret NAMES, never values. */
import type { DiagnosisContext } from '../../context.js'
import { containerDefinition, currentRevision, envNames, listOf, revisionRef, secretNames } from '../task-facts.js'

export function settingsSentence(ctx: DiagnosisContext, containerName: string | undefined): string {
  const def = containerDefinition(ctx.taskDefinition, containerName)
  if (!def) return ''
  const env = envNames(def)
  const secrets = secretNames(def)
  const files = (def.environmentFiles ?? []).flatMap((f) => (f.value ? [f.value] : []))
  const parts = [
    env.length ? `env vars ${listOf(env)}` : 'no env vars',
    secrets.length ? `secrets ${listOf(secrets)}` : 'no secrets',
    ...(files.length ? [`environment files ${listOf(files)}`] : [])
  ]
  return `The task definition ${currentRevision(ctx) ?? ''} defines ${listOf(parts)} for ${containerName} (names only).`.replace('  ', ' ')
}

export function definesSetting(ctx: DiagnosisContext, containerName: string | undefined, name: string): 'environment' | 'secrets' | undefined {
  const def = containerDefinition(ctx.taskDefinition, containerName)
  if (envNames(def).includes(name)) return 'environment'
  if (secretNames(def).includes(name)) return 'secrets'
  return undefined
}

/** How an env var / secret NAME changed since the previous revision (values are compared, never shown). */
export function settingChange(ctx: DiagnosisContext, containerName: string | undefined, name: string): string | undefined {
  const previous = ctx.previousTaskDefinition
  if (!previous) return undefined
  const before = containerDefinition(previous, containerName)
  const after = containerDefinition(ctx.taskDefinition, containerName)
  const had = envNames(before).includes(name) || secretNames(before).includes(name)
  const has = envNames(after).includes(name) || secretNames(after).includes(name)
  const previousRef = revisionRef(previous)
  if (had && !has) return `${previousRef} defined ${name}; this revision removed it.`
  if (!had && has) return `${name} is new in this revision (${previousRef} did not define it).`
  const valueOf = (def: typeof before) => def?.environment?.find((e) => e.name === name)?.value ?? def?.secrets?.find((s) => s.name === name)?.valueFrom
  if (had && has && valueOf(before) !== valueOf(after)) return `${name} changed since ${previousRef} (value not shown).`
  return undefined
}

/** Spring-style relaxed binding: spring.datasource.url → SPRING_DATASOURCE_URL. */
export function envFormOf(key: string): string {
  return key.replace(/[.-]/g, '_').replace(/\[(\d+)\]/g, '_$1').toUpperCase()
}

const WELL_KNOWN_PORTS: Record<number, { service: string; setting: string }> = {
  5432: { service: 'PostgreSQL', setting: 'DATABASE_URL' },
  3306: { service: 'MySQL', setting: 'DATABASE_URL' },
  1433: { service: 'SQL Server', setting: 'a connection string' },
  1521: { service: 'Oracle', setting: 'DATABASE_URL' },
  6379: { service: 'Redis', setting: 'REDIS_URL' },
  6380: { service: 'Redis (TLS)', setting: 'REDIS_URL' },
  11211: { service: 'Memcached', setting: 'MEMCACHED_HOST' },
  27017: { service: 'MongoDB', setting: 'MONGODB_URI' },
  5672: { service: 'RabbitMQ', setting: 'AMQP_URL' },
  9092: { service: 'Kafka', setting: 'KAFKA_BROKERS' },
  9200: { service: 'Elasticsearch/OpenSearch', setting: 'ELASTICSEARCH_URL' },
  9042: { service: 'Cassandra', setting: 'CASSANDRA_HOST' },
  4317: { service: 'an OpenTelemetry collector', setting: 'OTEL_EXPORTER_OTLP_ENDPOINT' },
  4318: { service: 'an OpenTelemetry collector', setting: 'OTEL_EXPORTER_OTLP_ENDPOINT' },
  8126: { service: 'the Datadog agent', setting: 'DD_AGENT_HOST' }
}

export function wellKnownPort(port: number | undefined): { service: string; setting: string } | undefined {
  return port ? WELL_KNOWN_PORTS[port] : undefined
}
