/** AWS STS (awsQuery): who the action runs as. */
import * as sdk from '@aws-sdk/client-sts'
import type { GetCallerIdentityRequest, GetCallerIdentityResponse } from '@aws-sdk/client-sts'
import { IdGenerator } from '../random.js'
import { operation, type ServiceDefinition } from './context.js'

export const sts: ServiceDefinition = {
  id: 'STS',
  aliases: ['sts'],
  protocol: 'awsQuery',
  queryVersion: '2011-06-15',
  xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
  iamPrefix: 'sts',
  sdk,
  operations: {
    GetCallerIdentity: operation<GetCallerIdentityRequest, GetCallerIdentityResponse>((_input, ctx) => {
      const { roleName, sessionName } = ctx.world.caller
      return {
        UserId: `AROA${new IdGenerator(`role:${roleName}`).alphanumeric(17).toUpperCase()}:${sessionName}`,
        Account: ctx.world.accountId,
        Arn: `arn:aws:sts::${ctx.world.accountId}:assumed-role/${roleName}/${sessionName}`
      }
    })
  }
}
