/**
 * One state machine per kind of deployment, behind one interface the watch loop drives: which deployment
 * to follow, what else to read each poll (beyond DescribeServices and the task sweep), and how the
 * strategy's own state combines with the verdict the task rules reach.
 */
import type { ECSClient } from '@aws-sdk/client-ecs'
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy'
import type { EcsService, EcsTask } from '../../evidence/schema.js'
import type { Logger } from '../../logger.js'
import type { Decision } from '../types.js'
import type { DeploymentStrategy, StrategyEvidence } from '../../evidence/schema.js'

export interface FollowedDeployment {
  /** The ecs-svc/… id whose tasks are ours (their startedBy); '' while it does not exist yet. */
  deploymentId: string
  taskDefinitionArn?: string
  createdAt?: string
  /** Task definitions the service ran before: a rollback returns to one of them. */
  previousTaskDefinitions: string[]
  /** How the start line names it ("ecs-svc/123", "CodeDeploy deployment d-…") and what it runs ("api:42"). */
  label: string
  detail?: string
}

export interface StrategyObservation {
  service: EcsService
  tasks: EcsTask[]
  nowMs: number
}

export interface StrategyPlan {
  readonly strategy: DeploymentStrategy
  /** On the first poll: the deployment to follow. Throws WatchError with one clear line when there is none. */
  follow(service: EcsService): Promise<FollowedDeployment>
  /** Reads beyond DescribeServices, every poll. Transient errors propagate (the poll is skipped). */
  poll(service: EcsService): Promise<void>
  /** The id whose tasks are ours now (a CodeDeploy replacement task set appears after BeforeInstall). */
  taskOwnerId(): string
  /** The id the outputs and reports name: the task owner, else (CodeDeploy before its task set exists) the deployment's own id. */
  reportedId(): string
  /** The strategy's verdict combined with the task rules' (`rolling`), or null to keep watching. */
  decide(rolling: Decision | null, observation: StrategyObservation): Decision | null
  /** The progress line: the task rules' line (`base`), with the stage, traffic split and hooks. */
  progress(base: string): string
  /** Where the deployment was when the watch timed out (stage reached, a pause waiting for approval). */
  timeoutDetail(): string | undefined
  /** Changes whenever the strategy's state moves: the watch then sweeps the tasks. */
  changeKey(): string
  /** What the watch saw, as plain JSON for the evidence. */
  evidence(): StrategyEvidence
}

export interface PlanOptions {
  ecs: ECSClient
  /** The CodeDeploy client, made (and its SDK package loaded) only for a CODE_DEPLOY service. */
  codedeploy?: () => Promise<CodeDeployClient>
  cluster: string
  service: string
  region: string
  deploymentId?: string
  taskDefinition?: string
  codeDeployDeploymentId?: string
  logger: Logger
  clock: () => number
  /** Aborted when the watch ends: calls still waiting are given up. */
  signal: AbortSignal
}
