/** Bad values for every input, by class, shared by the in-process matrix and the bundle tests. */
import type { InputName } from '../../src/inputs/inputs.js'

export type BadClass = 'missing' | 'empty' | 'wrong type' | 'out of range' | 'malformed ARN or id' | 'malformed region'

/** [input, class, value (undefined = not set)] */
export const BAD_INPUTS: [InputName, BadClass, string | undefined][] = [
  ['cluster', 'missing', undefined],
  ['cluster', 'empty', '   '],
  ['cluster', 'malformed ARN or id', 'prod cluster'],
  ['cluster', 'malformed ARN or id', 'arn:aws:ecs:eu-west-1:123:cluster/prod'],
  ['cluster', 'malformed ARN or id', 'arn:aws:ecs:eu-west-1:123456789012:service/prod/api'],
  ['cluster', 'out of range', 'c'.repeat(256)],
  ['service', 'missing', undefined],
  ['service', 'empty', ''],
  ['service', 'malformed ARN or id', 'api;rm -rf /'],
  ['service', 'malformed ARN or id', 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod'],
  ['service', 'out of range', 's'.repeat(256)],
  ['region', 'missing', undefined],
  ['region', 'malformed region', 'europe-west1'],
  ['region', 'malformed region', 'EU-WEST-1'],
  ['region', 'malformed region', 'eu-west-1a'],
  // A well-formed region this SDK does not list yet ('eu-west-4', 'mars-north-1') is accepted with a warning, so a
  // region AWS opens after this release works (__tests__/inputs/inputs.test.ts); only malformed names fail here.
  ['deployment-id', 'malformed ARN or id', 'ecs-svc/abc'],
  ['deployment-id', 'malformed ARN or id', '4718061531863413372'],
  ['deployment-id', 'malformed ARN or id', 'arn:aws:ecs:eu-west-1:123456789012:service-deployment/prod/api/ejGvqq2i'],
  ['task-definition', 'malformed ARN or id', 'api'],
  ['task-definition', 'malformed ARN or id', 'api:latest'],
  ['task-definition', 'malformed ARN or id', 'arn:aws:ecs:eu-west-1:123456789012:task-definition/api'],
  ['codedeploy-deployment-id', 'malformed ARN or id', 'd-123'],
  ['codedeploy-deployment-id', 'malformed ARN or id', 'ecs-svc/4718061531863413372'],
  ['timeout-minutes', 'wrong type', 'ten'],
  ['timeout-minutes', 'wrong type', '1e3'],
  ['timeout-minutes', 'out of range', '0'],
  ['timeout-minutes', 'out of range', '-5'],
  ['timeout-minutes', 'out of range', '361'],
  ['poll-interval-seconds', 'wrong type', '10s'],
  ['poll-interval-seconds', 'out of range', '1'],
  ['poll-interval-seconds', 'out of range', '301'],
  ['max-failed-tasks', 'wrong type', 'two'],
  ['max-failed-tasks', 'wrong type', '2.5'],
  ['max-failed-tasks', 'out of range', '0'],
  ['max-failed-tasks', 'out of range', '101'],
  ['log-lines', 'wrong type', 'all'],
  ['log-lines', 'out of range', '0'],
  ['log-lines', 'out of range', '10001'],
  ['comment-on-pr', 'wrong type', 'yes'],
  ['comment-on-pr', 'wrong type', '1'],
  ['on-failure' as InputName, 'wrong type', 'abort']
]
