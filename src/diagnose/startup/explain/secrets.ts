/**
 * secret-access-denied and secret-not-found: the execution role could not read a secret or
 * parameter (or its KMS key), or the reference points at nothing. The message names the action
 * and resource; the policy simulation and the secret lookups confirm (or contradict) it.
 */
import { kmsKeyArn, parseArn, secretIdOf } from '../../../evidence/arns.js'
import type { DiagnosisContext } from '../../context.js'
import type { ParsedMessage, PermissionDenial } from '../../messages.js'
import type { ClassifiedGroup } from '../../rules.js'
import type { Confidence, Finding, Fix } from '../../types.js'
import { causeLine } from '../classify.js'
import {
  containers,
  couldNotCheck,
  deniedRole,
  describeDecision,
  groupMessages,
  listOf,
  occurrences,
  secretsOf,
  simulationsFor,
  unique,
  type SecretUse
} from '../facts.js'
import { aws, putRolePolicy, rollbackFix, type PolicyStatement } from '../fixes.js'
import { explainAppAwsDenied, isAppAwsDenial } from '../../runtime/explain/app-denied.js'

const DENY_TEXT: Record<PermissionDenial['denyKind'], string> = {
  'explicit-deny': 'an explicit deny in a policy',
  'no-identity-policy': "no identity-based policy (the role's policies) allows it",
  'no-resource-policy': 'no resource-based policy allows it (a cross-account secret or key needs its resource policy to allow the role)',
  'no-endpoint-policy': 'the VPC endpoint policy does not allow it',
  'no-session-policy': 'no session policy allows it',
  'no-boundary': "the role's permissions boundary does not allow it",
  scp: 'a service control policy of the organization denies it',
  unspecified: 'AccessDenied'
}

interface Denied {
  action: string
  resource: string
}

function defaultAction(message: ParsedMessage | undefined): string {
  if (message?.stage === 'ssm') return 'ssm:GetParameters'
  if (message?.stage === 'env-files') return 's3:GetObject'
  return 'secretsmanager:GetSecretValue'
}

/** S3 object ARNs of the task's environment files. */
function envFileArns(ctx: DiagnosisContext): string[] {
  return unique(containers(ctx).flatMap((c) => (c.environmentFiles ?? []).filter((f) => f.type === 's3').map((f) => f.value)))
}

/** ARN of the secret / parameter a message is about, or the task's references of that store. */
function resourcesOf(ctx: DiagnosisContext, messages: ParsedMessage[], store: SecretUse['store'] | undefined): string[] {
  if (messages.some((m) => m.stage === 'env-files')) return envFileArns(ctx)
  const named = unique(messages.flatMap((m) => [m.permission?.resource, ...secretArnsIn(m.text)])).filter((r) => !/:kms:/.test(r))
  if (named.length > 0) return named
  const referenced = unique(secretsOf(ctx).filter((s) => !store || s.store === store).map((s) => resourceArn(ctx, s)))
  // Without a name in the message, the policy simulation says which of the task's secrets the role may not read.
  const refused = referenced.filter((r) => READ_ACTIONS.some((action) => simulationsFor(ctx, action, r).some((s) => s.decision !== 'allowed')))
  return refused.length > 0 ? refused : referenced
}

const READ_ACTIONS = ['secretsmanager:GetSecretValue', 'ssm:GetParameters']

function secretArnsIn(text: string): string[] {
  return (text.match(/arn:aws[\w-]*:(?:secretsmanager|ssm):[^\s,"']+/g) ?? []).map((a) => a.replace(/[.,):]+$/, ''))
}

function resourceArn(ctx: DiagnosisContext, secret: SecretUse): string {
  if (secret.arn) return secret.store === 'secretsmanager' ? secretIdOf(secret.arn) : secret.arn
  if (secret.valueFrom.startsWith('arn:')) return secret.store === 'secretsmanager' ? secretIdOf(secret.valueFrom) : secret.valueFrom
  const name = secret.valueFrom.startsWith('/') ? secret.valueFrom : `/${secret.valueFrom}`
  return secret.store === 'ssm'
    ? `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.accountId ?? '<account-id>'}:parameter${name}`
    : `arn:${ctx.partition}:secretsmanager:${ctx.region}:${ctx.accountId ?? '<account-id>'}:secret:${secret.valueFrom}-??????`
}

function storeOf(message: ParsedMessage | undefined): SecretUse['store'] | undefined {
  if (!message) return undefined
  if (message.stage === 'ssm' || message.permission?.action?.startsWith('ssm:')) return 'ssm'
  if (message.stage === 'secrets-manager' || message.stage === 'registry-credentials' || message.permission?.action?.startsWith('secretsmanager:')) return 'secretsmanager'
  return undefined
}

/** The customer managed key of the secret(s) concerned, as the ARN IAM evaluates. */
function kmsKeysOf(ctx: DiagnosisContext, resources: string[]): string[] {
  const scope = { partition: 'aws', region: ctx.region, ...(ctx.accountId ? { accountId: ctx.accountId } : {}) }
  const secrets = secretsOf(ctx).filter((s) => s.kmsKeyId && resources.some((r) => (s.arn ?? s.valueFrom).startsWith(r) || r.startsWith(secretIdOf(s.arn ?? s.valueFrom))))
  return unique((secrets.length > 0 ? secrets : secretsOf(ctx).filter((s) => s.kmsKeyId)).map((s) => kmsKeyArn(s.kmsKeyId, scope) ?? s.kmsKeyId))
}

/** Notes for the two classic reference mistakes: bare names read from SSM, and partial ARNs in IAM. */
function referenceNotes(ctx: DiagnosisContext, store: SecretUse['store'] | undefined): string[] {
  const notes: string[] = []
  for (const secret of secretsOf(ctx)) {
    if (secret.store === 'ssm' && !secret.valueFrom.startsWith('arn:') && !secret.valueFrom.startsWith('/') && secret.valueFrom.includes('/') && store !== 'secretsmanager') {
      notes.push(
        `${secret.name} uses valueFrom "${secret.valueFrom}", a bare name, so ECS reads it from SSM Parameter Store in ${ctx.region}; a Secrets Manager secret must be referenced by its ARN.`
      )
    }
  }
  return unique(notes)
}

export function explainSecretAccessDenied(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  if (isAppAwsDenial(ctx, group)) return explainAppAwsDenied(ctx, group, 'secret-access-denied')
  const messages = groupMessages(ctx, group)
  const main = messages.find((m) => m.permission) ?? messages[0]
  const denial = main?.permission
  const kms = messages.some((m) => m.cause === 'kms-denied') || denial?.action?.toLowerCase().startsWith('kms:') === true
  const role = deniedRole(ctx, messages)
  const store = storeOf(main)
  const resources = resourcesOf(ctx, messages, store)
  const action = denial?.action && !kms ? denial.action : defaultAction(main)
  const denied: Denied[] = resources.map((resource) => ({ action, resource }))
  const keys = kms ? kmsKeysOf(ctx, resources) : []

  const lines: string[] = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ''}`]
  if (denial?.action && !kms) {
    lines.push(
      `AWS denied ${denial.action}${denial.resource ? ` on ${denial.resource}` : ''} to ${role.name ? `role ${role.name}` : 'the execution role'}: ${DENY_TEXT[denial.denyKind]}${denial.denyingPolicy ? ` (${denial.denyingPolicy} policy)` : ''}.`
    )
  }
  if (kms) {
    lines.push(
      keys.length > 0
        ? `The secret is encrypted with customer managed key ${listOf(keys)}; ${role.name ?? 'the execution role'} also needs kms:Decrypt on it (and the key policy must allow the role).`
        : `KMS refused to decrypt the secret for ${role.name ?? 'the execution role'}: it needs kms:Decrypt on the secret's customer managed key, and the key policy must allow it.`
    )
  }

  const checked = [...denied, ...keys.map((key) => ({ action: 'kms:Decrypt', resource: key }))]
  const simulations = checked.flatMap((d) => simulationsFor(ctx, d.action, d.resource).map((s) => ({ d, s })))
  for (const { d, s } of simulations) lines.push(`iam:SimulatePrincipalPolicy: ${d.action} on ${d.resource} is ${describeDecision(s)}.`)
  const contradicted = simulations.length > 0 && simulations.every(({ s }) => s.decision === 'allowed')
  if (contradicted) {
    lines.push(
      `The role's identity policies allow this, so the denial comes from elsewhere: the ${kms ? 'KMS key policy' : 'secret or key resource policy'}, a VPC endpoint policy, a permissions boundary or an organization policy.`
    )
  }
  const unchecked = simulations.length === 0 ? couldNotCheck(ctx, 'confirm with a policy simulation', 'iam:SimulatePrincipalPolicy') : undefined
  if (unchecked) lines.push(unchecked)
  else if (simulations.length === 0 && !ctx.evidence.iam?.simulations) lines.push('The execution role was not simulated (no IAM evidence), so this rests on the message alone.')
  lines.push(...referenceNotes(ctx, store))
  const suffixed = resources.find((r) => /:secret:.+-[A-Za-z0-9]{6}$/.test(r))
  if (suffixed && !kms && denial?.denyKind !== 'explicit-deny') {
    const base = suffixed.replace(/-[A-Za-z0-9]{6}$/, '')
    lines.push(`If the role's policy names ${base} without the 6-character suffix Secrets Manager adds, it does not match ${suffixed}: use the full ARN or ${base}-??????.`)
  }

  const weak = group.classifications.every((c) => c.confidence === 'low')
  const confirmed = simulations.some(({ s }) => s.decision !== 'allowed') || denial?.denyKind === 'explicit-deny'
  const confidence: Confidence = weak ? 'low' : confirmed && !contradicted ? 'high' : 'medium'
  const envFiles = main?.stage === 'env-files'
  const what = kms ? 'decrypt' : envFiles ? 'read environment file' : store === 'ssm' ? 'read SSM parameter' : 'read secret'
  const subject = listOf(resources.map(shortName)) || 'the referenced secrets'

  return {
    code: 'secret-access-denied',
    title: `${role.name ? `Execution role ${role.name}` : 'The execution role'} cannot ${what} ${subject}`,
    explanation:
      'ECS injects secrets before the containers start, using the task execution role. ' +
      (kms
        ? 'The secret is encrypted with a customer managed KMS key, and the role may not use that key to decrypt it.'
        : `The role lacks ${action} on the exact resource, so the task stops before it runs.`) +
      (weak ? ' ECS cut the message before the cause; the evidence below decides.' : ''),
    confidence,
    evidence: unique(lines),
    fixes: secretAccessFixes(ctx, role.name, role.arn, denial, checked, contradicted, kms, keys, resources)
  }
}

function shortName(arn: string): string {
  const parsed = parseArn(arn)
  if (!parsed) return arn
  return parsed.resource.replace(/^secret:/, '').replace(/^parameter/, '')
}

function secretAccessFixes(
  ctx: DiagnosisContext,
  roleName: string | undefined,
  roleArn: string | undefined,
  denial: PermissionDenial | undefined,
  checked: Denied[],
  contradicted: boolean,
  kms: boolean,
  keys: string[],
  resources: string[]
): Fix[] {
  const fixes: Fix[] = []
  const role = roleName ?? '<execution-role-name>'
  const fill = roleName ? '' : ' (fill in <execution-role-name>)'
  if (denial?.denyKind === 'explicit-deny' || denial?.denyKind === 'scp') {
    fixes.push({
      title: `Find the policy that explicitly denies ${denial.action ?? 'the call'} to ${role}${fill}`,
      commands: [aws(ctx.region, 'iam', 'list-role-policies', '--role-name', role), aws(ctx.region, 'iam', 'list-attached-role-policies', '--role-name', role)],
      note: 'An explicit deny wins over any allow: remove or narrow that statement (or the organization SCP).'
    })
  } else if (!contradicted && denial?.denyKind !== 'no-resource-policy') {
    const byAction = new Map<string, string[]>()
    for (const d of checked.filter((c) => !c.action.startsWith('kms:'))) byAction.set(d.action, [...(byAction.get(d.action) ?? []), d.resource])
    const statements: PolicyStatement[] = [...byAction].map(([action, res]) => ({ actions: [action], resources: unique(res) }))
    const objects = byAction.get('s3:GetObject') ?? []
    if (objects.length > 0) statements.push({ actions: ['s3:GetBucketLocation'], resources: unique(objects.map((o) => o.split('/')[0])) })
    if (kms) statements.push({ actions: ['kms:Decrypt'], resources: keys.length > 0 ? keys : ['<kms-key-arn>'] })
    if (statements.length > 0) {
      const placeholders = [roleName ? undefined : '<execution-role-name>', kms && keys.length === 0 ? '<kms-key-arn>' : undefined].filter(Boolean)
      fixes.push({
        title: `Grant ${listOf(statements.flatMap((s) => s.actions))} to ${role} on exactly these resources${placeholders.length ? ` (fill in ${listOf(placeholders as string[])})` : ''}`,
        commands: [putRolePolicy(ctx.region, role, 'ecs-deploy-doctor-secrets', statements)]
      })
    }
  }
  const crossAccountSecret = resources.find((r) => r.includes(':secretsmanager:') && parseArn(r)?.accountId && parseArn(r)?.accountId !== ctx.accountId)
  if (denial?.denyKind === 'no-resource-policy' && crossAccountSecret && roleArn) {
    const owner = parseArn(crossAccountSecret)?.accountId
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: roleArn }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }]
    })
    fixes.unshift({
      title: `Allow ${role} in the resource policy of ${shortName(crossAccountSecret)} (run in account ${owner}; its KMS key policy must allow the role too)`,
      commands: [aws(keyRegion(crossAccountSecret, ctx.region), 'secretsmanager', 'put-resource-policy', '--secret-id', crossAccountSecret, '--resource-policy', policy)]
    })
  }
  if (contradicted || denial?.denyKind === 'no-resource-policy') {
    if (kms && keys[0]) {
      fixes.push({ title: `Check that the key policy of ${keys[0]} allows ${role}`, commands: [aws(keyRegion(keys[0], ctx.region), 'kms', 'get-key-policy', '--key-id', keys[0], '--policy-name', 'default')] })
    } else {
      const secret = resources.find((r) => r.includes(':secretsmanager:'))
      const parameter = resources.find((r) => r.includes(':ssm:'))
      if (secret && secret !== crossAccountSecret) fixes.push({ title: `Check the resource policy of ${shortName(secret)}`, commands: [aws(keyRegion(secret, ctx.region), 'secretsmanager', 'get-resource-policy', '--secret-id', secret)] })
      else if (parameter) {
        const name = shortName(parameter)
        fixes.push({
          title: `See which KMS key encrypts ${name} (its key policy must allow ${role})`,
          commands: [aws(keyRegion(parameter, ctx.region), 'ssm', 'describe-parameters', '--parameter-filters', `Key=Name,Values=${name}`, '--query', 'Parameters[].{name:Name,type:Type,key:KeyId}')]
        })
      }
    }
  }
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return fixes
}

function keyRegion(arn: string, fallback: string): string {
  return parseArn(arn)?.region || fallback
}

export function explainSecretNotFound(ctx: DiagnosisContext, group: ClassifiedGroup): Finding {
  const messages = groupMessages(ctx, group)
  const main = messages.find((m) => m.notFound) ?? messages[0]
  const notFound = main?.notFound
  const store = notFound?.kind === 'ssm-parameter' ? 'ssm' : notFound?.kind === 'json-key' || notFound?.kind === 'secret' ? 'secretsmanager' : storeOf(main)
  const secrets = secretsOf(ctx)
  const missingByEvidence = secrets.filter((s) => s.status === 'not-found')
  const reported = notFound?.kind === 'json-key' ? [] : unique(messages.flatMap((m) => m.notFound?.names ?? []))
  const lines: string[] = [`${occurrences(group)}: ${main ? causeLine(main) : group.classifications[0]?.cause ?? ''}`]

  const jsonKey = notFound?.kind === 'json-key' ? notFound.names[0] : undefined
  const keyUser = jsonKey ? secrets.find((s) => s.valueFrom.includes(`:${jsonKey}:`)) : undefined
  if (jsonKey) {
    lines.push(`The secret${keyUser ? ` ${shortName(secretIdOf(keyUser.arn ?? keyUser.valueFrom))}` : ''} has no JSON key "${jsonKey}"${keyUser ? ` (${keyUser.name} uses valueFrom ${keyUser.valueFrom})` : ''}.`)
  }
  for (const secret of missingByEvidence) {
    lines.push(
      secret.store === 'ssm'
        ? `ssm:DescribeParameters finds no parameter ${parameterName(secret)} in ${parseArn(secret.arn)?.region || ctx.region} (${secret.name} in container ${secret.containerName}).`
        : `secretsmanager:DescribeSecret: no secret ${secretIdOf(secret.arn ?? secret.valueFrom)} (${secret.name} in container ${secret.containerName}).`
    )
  }
  const foundNow = secrets.filter((s) => s.status === 'found' && reported.some((r) => sameReference(r, s)))
  const contradicted = !jsonKey && missingByEvidence.length === 0 && foundNow.length > 0
  if (contradicted) {
    lines.push(`${listOf(foundNow.map((s) => parameterName(s)))} exist${foundNow.length === 1 ? 's' : ''} now: it may have been created after the failure, or the task reads another account or region.`)
  }
  if (missingByEvidence.length === 0 && !jsonKey && !contradicted) {
    const unchecked = couldNotCheck(ctx, 'look the references up', 'ssm:DescribeParameters', 'secretsmanager:DescribeSecret')
    if (unchecked) lines.push(unchecked)
  }
  lines.push(...referenceNotes(ctx, store))

  const weak = group.classifications.every((c) => c.confidence === 'low')
  const confirmed = missingByEvidence.length > 0
  const confidence: Confidence = weak ? (confirmed ? 'medium' : 'low') : contradicted ? 'medium' : confirmed || jsonKey ? 'high' : 'medium'
  const names = unique((reported.length > 0 ? reported : missingByEvidence.map(parameterName)).map((n) => shortName(n)))
  const keySecret = keyUser ? shortName(secretIdOf(keyUser.arn ?? keyUser.valueFrom)) : 'the secret'

  return {
    code: 'secret-not-found',
    title: jsonKey
      ? `Secret ${keySecret} has no JSON key "${jsonKey}"`
      : `${store === 'ssm' ? 'SSM parameter' : 'Secret'}${names.length > 1 ? 's' : ''} ${listOf(names) || 'referenced by the task definition'} ${names.length > 1 ? 'do' : 'does'} not exist`,
    explanation:
      'ECS resolves every secret and parameter of the task definition before starting the containers; a reference that does not resolve stops the task every time. ' +
      (store === 'ssm' ? '"invalid ssm parameters" means the parameter is missing, misspelt or in another region, not a permission problem.' : 'Check the name, the region and, for JSON keys, the key spelling.'),
    confidence,
    evidence: unique(lines),
    fixes: notFoundFixes(ctx, store, jsonKey, keyUser, reported, missingByEvidence)
  }
}

function parameterName(secret: SecretUse): string {
  if (secret.store !== 'ssm') return secretIdOf(secret.arn ?? secret.valueFrom)
  const arn = parseArn(secret.valueFrom)
  if (!arn) return secret.valueFrom
  const path = arn.resource.replace(/^parameter/, '')
  return path.slice(1).includes('/') ? path : path.slice(1)
}

function sameReference(reported: string, secret: SecretUse): boolean {
  return reported === secret.valueFrom || reported === secret.arn || reported === parameterName(secret) || `/${reported}` === parameterName(secret)
}

function notFoundFixes(
  ctx: DiagnosisContext,
  store: SecretUse['store'] | undefined,
  jsonKey: string | undefined,
  keyUser: SecretUse | undefined,
  reported: string[],
  missing: SecretUse[]
): Fix[] {
  const fixes: Fix[] = []
  if (jsonKey) {
    const secretId = keyUser ? secretIdOf(keyUser.arn ?? keyUser.valueFrom) : '<secret-arn>'
    fixes.push({
      title: `List the JSON keys of the secret (values are not printed)${keyUser ? '' : ' (fill in <secret-arn>)'}`,
      commands: [`${aws(keyRegion(secretId, ctx.region), 'secretsmanager', 'get-secret-value', '--secret-id', secretId, '--query', 'SecretString', '--output', 'text')} | jq -r 'keys[]'`],
      note: `Then either add the key "${jsonKey}" to the secret or fix the key in valueFrom and register a new revision.`
    })
  } else if (store === 'ssm' || (!store && reported.length > 0)) {
    const names = unique([...missing.filter((s) => s.store === 'ssm').map(parameterName), ...reported.filter((r) => !/^arn:aws[\w-]*:secretsmanager:/.test(r))])
    for (const name of names.slice(0, 5)) {
      const region = parseArn(name)?.region || ctx.region
      const parameter = parseArn(name) ? parameterName({ containerName: '', name: '', valueFrom: name, store: 'ssm', status: 'not-found' }) : name
      fixes.push({
        title: `Create the parameter ${parameter} (fill in <value>)`,
        commands: [aws(region, 'ssm', 'put-parameter', '--name', parameter, '--type', 'SecureString', '--value', '<value>')]
      })
    }
    const prefix = names[0]?.startsWith('/') ? names[0].slice(0, names[0].lastIndexOf('/')) : undefined
    if (prefix) {
      fixes.push({
        title: `List the parameters that do exist under ${prefix}`,
        commands: [aws(ctx.region, 'ssm', 'describe-parameters', '--parameter-filters', `Key=Name,Option=BeginsWith,Values=${prefix}/`, '--query', 'Parameters[].Name')]
      })
    }
  } else {
    const ids = unique([...missing.filter((s) => s.store === 'secretsmanager').map((s) => secretIdOf(s.arn ?? s.valueFrom)), ...reported.filter((r) => r.includes(':secretsmanager:'))])
    for (const id of ids.slice(0, 5)) {
      const name = secretName(id)
      fixes.push({
        title: `Create the secret ${name} (fill in <value>), or fix valueFrom to the secret's real ARN`,
        commands: [aws(keyRegion(id, ctx.region), 'secretsmanager', 'create-secret', '--name', name, '--secret-string', '<value>')]
      })
    }
    fixes.push({ title: 'List the secrets that do exist', commands: [aws(ctx.region, 'secretsmanager', 'list-secrets', '--query', 'SecretList[].ARN')] })
  }
  const rollback = rollbackFix(ctx)
  if (rollback) fixes.push(rollback)
  return fixes
}

/** The secret name of an ARN (without the 6-character suffix Secrets Manager appends). */
function secretName(arn: string): string {
  const resource = parseArn(arn)?.resource.replace(/^secret:/, '') ?? arn
  return resource.replace(/-[A-Za-z0-9]{6}$/, '')
}
