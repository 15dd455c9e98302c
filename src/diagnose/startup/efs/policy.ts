/**
 * What an EFS file system policy says about one NFS client action (elasticfilesystem:ClientMount,
 * ClientWrite) for one principal: the task role, or an anonymous client when the volume does not use IAM
 * authorization. Only the condition keys EFS evaluates for NFS clients whose value the task definition
 * decides are evaluated (aws:SecureTransport, elasticfilesystem:AccessedViaMountTarget,
 * elasticfilesystem:AccessPointArn); a statement with any other condition is not decided here.
 * https://docs.aws.amazon.com/efs/latest/ug/iam-access-control-nfs-efs.html
 */

export interface NfsClient {
  /** The task role's ARN, or undefined for an anonymous client (no IAM authorization). */
  roleArn?: string
  /** The mount uses TLS (transitEncryption ENABLED). */
  tls: boolean
  /** The access point's ARN, when the volume mounts through one. */
  accessPointArn?: string
}

/**
 * 'allow': a statement grants it; 'deny': a statement explicitly denies it (this wins over any grant);
 * 'none': no statement grants it; 'undecided': a statement that could grant or deny it has a condition not
 * evaluated here.
 */
export type PolicyAnswer = 'allow' | 'deny' | 'none' | 'undecided'

interface Statement {
  Sid?: string
  Effect?: string
  Principal?: unknown
  Action?: string | string[]
  NotAction?: string | string[]
  Condition?: Record<string, Record<string, unknown>>
}

export function policyAnswer(policy: string, action: string, client: NfsClient): PolicyAnswer {
  return policyDecision(policy, action, client).answer
}

/** The answer and the statement that decided it (its Sid, or its position), for the reader. */
export function policyDecision(policy: string, action: string, client: NfsClient): { answer: PolicyAnswer; statement?: string } {
  const statements = parseStatements(policy)
  if (!statements) return { answer: 'undecided' }
  const decided = statements
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => actionMatches(s, action) && principalMatches(s.Principal, client.roleArn))
    .map(({ s, index }) => ({ effect: s.Effect === 'Deny' ? 'deny' : 'allow', applies: conditionsHold(s.Condition, client), statement: s.Sid ?? `statement ${index + 1}` }))
  const first = (effect: string, applies: boolean | undefined) => decided.find((d) => d.effect === effect && d.applies === applies)
  const deny = first('deny', true)
  if (deny) return { answer: 'deny', statement: deny.statement }
  if (first('deny', undefined)) return { answer: 'undecided', statement: first('deny', undefined)?.statement }
  const allow = first('allow', true)
  if (allow) return { answer: 'allow', statement: allow.statement }
  return first('allow', undefined) ? { answer: 'undecided', statement: first('allow', undefined)?.statement } : { answer: 'none' }
}

function parseStatements(policy: string): Statement[] | undefined {
  try {
    const parsed = JSON.parse(policy) as { Statement?: Statement | Statement[] }
    return ([] as Statement[]).concat(parsed.Statement ?? []).filter((s) => typeof s === 'object' && s !== null)
  } catch {
    return undefined
  }
}

function glob(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i')
  return regex.test(value)
}

function actionMatches(statement: Statement, action: string): boolean {
  if (statement.NotAction !== undefined) return ![statement.NotAction].flat().some((a) => glob(String(a), action))
  return [statement.Action ?? []].flat().some((a) => glob(String(a), action))
}

/** "*" and {"AWS": "*"} name every client; a role is also named by its own ARN. An account root delegates to IAM policies: no grant by itself. */
function principalMatches(principal: unknown, roleArn: string | undefined): boolean {
  if (principal === '*') return true
  if (typeof principal !== 'object' || principal === null) return false
  const aws = [(principal as { AWS?: unknown }).AWS ?? []].flat().map(String)
  return aws.includes('*') || (roleArn !== undefined && aws.includes(roleArn))
}

/** true / false when every condition could be evaluated, undefined when one could not. */
function conditionsHold(condition: Statement['Condition'], client: NfsClient): boolean | undefined {
  let result = true
  for (const [operator, keys] of Object.entries(condition ?? {})) {
    for (const [key, expected] of Object.entries(keys ?? {})) {
      const actual = contextValue(key, client)
      if (actual === undefined) return undefined
      const wanted = [expected].flat().map(String)
      const holds = compare(operator, actual, wanted)
      if (holds === undefined) return undefined
      result &&= holds
    }
  }
  return result
}

function contextValue(key: string, client: NfsClient): string | undefined {
  switch (key.toLowerCase()) {
    case 'aws:securetransport':
      return String(client.tls)
    case 'elasticfilesystem:accessedviamounttarget':
      return 'true'
    case 'elasticfilesystem:accesspointarn':
      return client.accessPointArn ?? ''
    default:
      return undefined
  }
}

function compare(operator: string, actual: string, wanted: string[]): boolean | undefined {
  switch (operator.toLowerCase()) {
    case 'bool':
    case 'stringequals':
    case 'arnequals':
      return wanted.some((w) => w.toLowerCase() === actual.toLowerCase())
    case 'stringnotequals':
    case 'arnnotequals':
      return !wanted.some((w) => w.toLowerCase() === actual.toLowerCase())
    case 'stringlike':
    case 'arnlike':
      return wanted.some((w) => glob(w, actual))
    case 'stringnotlike':
    case 'arnnotlike':
      return !wanted.some((w) => glob(w, actual))
    default:
      return undefined
  }
}
