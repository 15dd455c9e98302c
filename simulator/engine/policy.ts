/** Simplified IAM identity-policy evaluation: wildcard actions and resources; an explicit Deny wins. */
import type { PolicySpec, PolicyStatement, RoleSpec } from '../types.js'

export type EvalDecision = 'allowed' | 'implicitDeny' | 'explicitDeny'

export interface MatchedStatement {
  policy: PolicySpec
  statementIndex: number
}

export interface Evaluation {
  decision: EvalDecision
  matched: MatchedStatement[]
}

function list(value: string | string[] | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

export function wildcardMatch(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value)
}

function statementMatches(statement: PolicyStatement, action: string, resource: string): boolean {
  const actionMatches = statement.NotAction
    ? !list(statement.NotAction).some((p) => wildcardMatch(p, action, true))
    : list(statement.Action).some((p) => wildcardMatch(p, action, true))
  return actionMatches && list(statement.Resource).some((p) => wildcardMatch(p, resource, false))
}

export function evaluate(role: RoleSpec, action: string, resource: string): Evaluation {
  const allows: MatchedStatement[] = []
  const denies: MatchedStatement[] = []
  for (const policy of role.policies) {
    policy.statements.forEach((statement, statementIndex) => {
      if (!statementMatches(statement, action, resource)) return
      ;(statement.Effect === 'Deny' ? denies : allows).push({ policy, statementIndex })
    })
  }
  if (denies.length > 0) return { decision: 'explicitDeny', matched: denies }
  if (allows.length > 0) return { decision: 'allowed', matched: allows }
  return { decision: 'implicitDeny', matched: [] }
}

export function policyDocument(policy: PolicySpec): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: policy.statements }, null, 4)
}
