import { describe, expect, test } from '@jest/globals'
import { buildContext } from '../../../src/diagnose/context.js'
import { diagnose } from '../../../src/diagnose/index.js'
import { startupRules } from '../../../src/diagnose/startup/index.js'
import type { Evidence } from '../../../src/evidence/schema.js'
import { IMAGE, task } from '../../fixtures/evidence.js'
import { fixtureCases } from './cases.js'
import { IMAGE_DENIED, PLATFORM, UNDECIDED } from './reasons.js'
import * as S from './scenarios.js'

function caseEvidence(name: string): Evidence {
  const found = fixtureCases().find((c) => c.name === name)
  if (!found) throw new Error(`no case ${name}`)
  return found.evidence
}

function rootOf(evidence: Evidence) {
  const diagnosis = diagnose(evidence)
  const root = diagnosis.rootCause
  if (!root) throw new Error('no root cause')
  return { root, diagnosis, commands: root.fixes.flatMap((f) => f.commands), text: root.evidence.join('\n') }
}

const LIST_IMAGES = "aws ecr describe-images --repository-name api --query 'sort_by(imageDetails,&imagePushedAt)[-10:].{tags:imageTags,pushed:imagePushedAt,digest:imageDigest}' --region eu-west-1"

describe('image-not-found', () => {
  test('confirmed by ecr:DescribeImages, with the command to list tags and the rollback', () => {
    const { root, text, commands } = rootOf(caseEvidence('image tag not found'))
    expect(root.code).toBe('image-not-found')
    expect(root.title).toBe(`${IMAGE} does not exist`)
    expect(root.confidence).toBe('high')
    expect(text).toContain('ecr:DescribeImages: repository api has no image tagged v1.4.2 (ImageNotFoundException).')
    expect(commands).toEqual([LIST_IMAGES, 'aws ecs update-service --cluster prod --service api --task-definition api:41 --region eu-west-1'])
  })

  test('a missing repository', () => {
    const { root, text } = rootOf(caseEvidence('repository not found'))
    expect(root.title).toBe(`${IMAGE} is in a repository that does not exist`)
    expect(text).toContain('repository api does not exist')
  })

  test('the image exists now: contradiction, low confidence', () => {
    const { root, text } = rootOf(caseEvidence('image not found but exists now'))
    expect(root.confidence).toBe('low')
    expect(text).toContain(`ecr:DescribeImages finds ${IMAGE} now`)
  })

  test('a truncated pull error is decided by the image lookup', () => {
    const { root } = rootOf(S.imageStatus(S.stoppedWith(UNDECIDED.truncatedRetries), 'image-not-found'))
    expect(root.code).toBe('image-not-found')
    expect(root.confidence).toBe('high')
  })
})

describe('image-pull-access-denied', () => {
  test('ecr:GetAuthorizationToken missing: exact grant, or the managed policy', () => {
    const { root, text, commands } = rootOf(caseEvidence('ECR auth denied'))
    expect(root.title).toBe(`Role api-execution-role may not pull ${IMAGE}`)
    expect(root.confidence).toBe('high')
    expect(text).toContain('AWS denied ecr:GetAuthorizationToken on * to role api-execution-role.')
    expect(text).toContain("iam:SimulatePrincipalPolicy: ecr:GetAuthorizationToken on * is not granted by the role's identity policies")
    expect(commands).toContain(
      `aws iam put-role-policy --role-name api-execution-role --policy-name ecs-deploy-doctor-ecr-pull --policy-document '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"}]}' --region eu-west-1`
    )
    expect(commands).toContain('aws iam attach-role-policy --role-name api-execution-role --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy --region eu-west-1')
  })

  test('ecr:BatchGetImage on the repository ARN', () => {
    const { commands } = rootOf(caseEvidence('BatchGetImage denied'))
    expect(commands[0]).toContain(`{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"${S.REPO_ARN}"}`)
  })

  test('no execution role at all on Fargate', () => {
    const { root, commands } = rootOf(caseEvidence('no execution role'))
    expect(root.title).toBe('The task definition has no execution role to pull the image')
    expect(root.confidence).toBe('high')
    expect(commands[1]).toBe('aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy --region eu-west-1')
  })

  test('variants: Go SDK v2 wording, manifest 403, hint only', () => {
    for (const reason of [IMAGE_DENIED.goSdk, IMAGE_DENIED.manifest403, IMAGE_DENIED.hintOnly]) expect(rootOf(S.stoppedWith(reason)).root.code).toBe('image-pull-access-denied')
  })
})

describe('image-pull-rate-limited', () => {
  test('Docker Hub pull limit: a pull-through cache, never an IAM fix', () => {
    const { root, commands } = rootOf(caseEvidence('Docker Hub rate limit'))
    expect(root.title).toBe('Docker Hub rate-limited the image pull of nginx:1.25')
    expect(root.explanation).toContain('not a permissions problem')
    expect(commands.some((c) => c.startsWith('aws iam'))).toBe(false)
    expect(commands).toContain(
      'aws ecr create-pull-through-cache-rule --ecr-repository-prefix docker-hub --upstream-registry-url registry-1.docker.io --credential-arn \'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ecr-pullthroughcache/docker-hub-<suffix>\' --region eu-west-1'
    )
  })
})

describe('image-platform-mismatch', () => {
  test('pull time: the image index has only arm64, the task runs X86_64', () => {
    const { root, text, commands } = rootOf(caseEvidence('image built for arm64'))
    expect(root.title).toBe(`${IMAGE} is built for arm64, but the task runs on X86_64`)
    expect(text).toContain('The task definition runs on X86_64, i.e. linux/amd64.')
    expect(commands[0]).toBe(`docker buildx build --platform linux/amd64,linux/arm64 -t ${IMAGE} --push .`)
    expect(root.fixes[1].title).toContain('cpuArchitecture=ARM64')
  })

  test.each(Object.entries(PLATFORM))('wording %s', (_name, reason) => {
    expect(rootOf(S.stoppedWith(reason)).root.code).toBe('image-platform-mismatch')
  })

  test('exec format error from the runtime classifier: explained with the image architectures', () => {
    const evidence = S.imageStatus(S.failedDeployment(), 'found', ['arm64'])
    const crashed = task({
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
      containers: [{ name: 'api', lastStatus: 'STOPPED', exitCode: 1 }]
    })
    evidence.tasks?.push(crashed)
    const group = {
      code: 'image-platform-mismatch' as const,
      classifications: [{ code: 'image-platform-mismatch' as const, confidence: 'high' as const, deterministic: true, signature: 'x', cause: 'exec /usr/local/bin/node: exec format error', containerName: 'api', exitCode: 1 }],
      tasks: [crashed],
      events: []
    }
    const finding = startupRules.explainers['image-platform-mismatch']?.(buildContext(evidence), group)
    expect(finding?.title).toBe(`${IMAGE} is built for arm64, but the task runs on X86_64`)
    expect(finding?.explanation).toContain('exec format error')
    expect(finding?.confidence).toBe('high')
  })

  test('architectures that include the task platform contradict the mismatch', () => {
    const { root, text } = rootOf(S.imageStatus(S.stoppedWith(PLATFORM.descriptor), 'found', ['amd64', 'arm64']))
    expect(root.confidence).toBe('low')
    expect(text).toContain('does include linux/amd64')
  })
})
