/** AWS IAM (awsQuery): roles, their policies, and the policy simulator over the scenario's statements. */
import * as sdk from '@aws-sdk/client-iam'
import type {
  EvaluationResult,
  GetRoleRequest,
  GetRoleResponse,
  GetRolePolicyRequest,
  GetRolePolicyResponse,
  ListAttachedRolePoliciesRequest,
  ListAttachedRolePoliciesResponse,
  ListRolePoliciesRequest,
  ListRolePoliciesResponse,
  PolicySourceType,
  SimulatePrincipalPolicyRequest,
  SimulatePolicyResponse,
  Statement
} from '@aws-sdk/client-iam'
import { AwsError } from '../aws-error.js'
import { evaluate, policyDocument, type MatchedStatement } from '../engine/policy.js'
import { IdGenerator } from '../random.js'
import type { PolicySpec, RoleSpec } from '../types.js'
import { operation, type ServiceDefinition, type SimContext } from './context.js'

function findRole(ctx: SimContext, name: string | undefined): RoleSpec {
  const role = ctx.world.iam.roles.find((r) => r.name === name)
  if (!role) throw new AwsError('NoSuchEntity', `The role with name ${name} cannot be found.`, 404)
  return role
}

export function roleArn(accountId: string, role: RoleSpec): string {
  return `arn:aws:iam::${accountId}:role${role.path ?? '/'}${role.name}`
}

export function policyArn(accountId: string, policy: PolicySpec): string {
  if (policy.kind === 'aws-managed') {
    const path = policy.name.startsWith('AmazonECS') ? 'service-role/' : ''
    return `arn:aws:iam::aws:policy/${path}${policy.name}`
  }
  return `arn:aws:iam::${accountId}:policy/${policy.name}`
}

function sourceType(policy: PolicySpec): PolicySourceType {
  return policy.kind === 'aws-managed' ? 'aws-managed' : policy.kind === 'customer-managed' ? 'user-managed' : 'role'
}

/** Line/column of a statement in the pretty-printed policy document (4-space indent, as IAM shows). */
function statementPositions(policy: PolicySpec, index: number): Pick<Statement, 'StartPosition' | 'EndPosition'> {
  const lines = policyDocument(policy).split('\n')
  let seen = -1
  let start = 0
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '        {') seen++
    if (seen === index) {
      start = i
      break
    }
  }
  const end = lines.findIndex((line, i) => i > start && line.startsWith('        }'))
  return { StartPosition: { Line: start + 1, Column: 9 }, EndPosition: { Line: end + 1, Column: 10 } }
}

function matchedStatements(matched: MatchedStatement[]): Statement[] {
  return matched.map(({ policy, statementIndex }) => ({
    SourcePolicyId: policy.name,
    SourcePolicyType: sourceType(policy),
    ...statementPositions(policy, statementIndex)
  }))
}

function roleNameFromArn(arn: string | undefined): string | undefined {
  const match = /^arn:aws:iam::\d{12}:role\/(?:.*\/)?([^/]+)$/.exec(arn ?? '')
  return match?.[1]
}

export const iam: ServiceDefinition = {
  id: 'IAM',
  aliases: ['iam'],
  protocol: 'awsQuery',
  queryVersion: '2010-05-08',
  xmlNamespace: 'https://iam.amazonaws.com/doc/2010-05-08/',
  iamPrefix: 'iam',
  sdk,
  operations: {
    GetRole: operation<GetRoleRequest, GetRoleResponse>((input, ctx) => {
      const role = findRole(ctx, input.RoleName)
      const ids = new IdGenerator(`role:${role.name}`)
      return {
        Role: {
          Path: role.path ?? '/',
          RoleName: role.name,
          RoleId: `AROA${ids.alphanumeric(17).toUpperCase()}`,
          Arn: roleArn(ctx.world.accountId, role),
          CreateDate: ctx.clock.dateAt(-400 * 86_400),
          AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(role.trustPolicy)),
          Description: role.description,
          MaxSessionDuration: 3600,
          RoleLastUsed: { LastUsedDate: ctx.clock.dateAt(-3600), Region: ctx.world.region }
        }
      }
    }),

    ListAttachedRolePolicies: operation<ListAttachedRolePoliciesRequest, ListAttachedRolePoliciesResponse>((input, ctx) => {
      const role = findRole(ctx, input.RoleName)
      return {
        AttachedPolicies: role.policies
          .filter((p) => p.kind !== 'inline')
          .map((p) => ({ PolicyName: p.name, PolicyArn: policyArn(ctx.world.accountId, p) })),
        IsTruncated: false
      }
    }),

    ListRolePolicies: operation<ListRolePoliciesRequest, ListRolePoliciesResponse>((input, ctx) => {
      const role = findRole(ctx, input.RoleName)
      return { PolicyNames: role.policies.filter((p) => p.kind === 'inline').map((p) => p.name), IsTruncated: false }
    }),

    GetRolePolicy: operation<GetRolePolicyRequest, GetRolePolicyResponse>((input, ctx) => {
      const role = findRole(ctx, input.RoleName)
      const policy = role.policies.find((p) => p.kind === 'inline' && p.name === input.PolicyName)
      if (!policy) throw new AwsError('NoSuchEntity', `The role policy with name ${input.PolicyName} cannot be found.`, 404)
      return { RoleName: role.name, PolicyName: policy.name, PolicyDocument: encodeURIComponent(policyDocument(policy)) }
    }),

    SimulatePrincipalPolicy: operation<SimulatePrincipalPolicyRequest, SimulatePolicyResponse>((input, ctx) => {
      const name = roleNameFromArn(input.PolicySourceArn)
      if (!name) throw new AwsError('InvalidInput', `Invalid ARN: ${input.PolicySourceArn}`)
      const role = findRole(ctx, name)
      if (!input.ActionNames?.length) throw new AwsError('InvalidInput', 'ActionNames must contain at least one action.')
      const resources = input.ResourceArns?.length ? input.ResourceArns : ['*']
      const results: EvaluationResult[] = []
      for (const action of input.ActionNames) {
        for (const resource of resources) {
          const { decision, matched } = evaluate(role, action, resource)
          const statements = matchedStatements(matched)
          results.push({
            EvalActionName: action,
            EvalResourceName: resource,
            EvalDecision: decision,
            MatchedStatements: statements,
            MissingContextValues: [],
            OrganizationsDecisionDetail: { AllowedByOrganizations: true },
            ResourceSpecificResults:
              resource === '*'
                ? []
                : [{ EvalResourceName: resource, EvalResourceDecision: decision, MatchedStatements: statements, MissingContextValues: [] }]
          })
        }
      }
      return { EvaluationResults: results, IsTruncated: false }
    })
  }
}
