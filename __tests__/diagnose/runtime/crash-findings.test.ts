import { describe, expect, it } from '@jest/globals'
import { commands, highlighted, rootCause } from './builders.js'
import { nextFargateSize } from '../../../src/diagnose/runtime/fargate.js'
import * as crash from './fixtures/crash.js'


describe('out-of-memory', () => {
  it('an OOM kill: the limit, the next valid Fargate size and a revision that applies it', () => {
    const finding = rootCause(crash.fargateOomKilled())
    expect(finding.title).toBe("api is killed for using too much memory (exit 137, the task's 1024 MiB (cpu 512))")
    expect(finding.explanation).toContain('ECS reports "OutOfMemoryError: Container killed due to memory usage" for api')
    expect(finding.explanation).toContain('The next valid Fargate size with more memory is 512 CPU (0.5 vCPU) / 2048 MiB.')
    expect(finding.evidence).toContain('Task size: cpu 512 / memory 1024 MiB (Fargate); api has no hard limit')
    expect(finding.fixes[0].title).toBe('Register a revision with 2048 MiB (was 1024 MiB)')
    expect(finding.fixes[0].commands[0]).toContain("--query 'taskDefinition.{memory:`\"2048\"`,family:family,")
    expect(finding.fixes[0].changes).toEqual([{ where: 'api:42', key: 'memory', before: '"1024"', after: '"2048"' }])
    expect(finding.fixes[0].manualEdit).toBeUndefined()
    expect(finding.fixes[0].commands[1]).toBe('aws ecs register-task-definition --cli-input-json file://td.json --region eu-west-1')
    expect(finding.fixes[0].commands[2]).toBe('aws ecs update-service --cluster prod --service api --task-definition api --region eu-west-1')
  })

  it('a runtime heap OOM: the log line and the runtime setting to raise', () => {
    const node = rootCause(crash.nodeHeapOom())
    expect(node.title).toBe('api runs out of memory (node heap)')
    expect(highlighted(node)).toBe('FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory')
    expect(node.fixes[0].note).toContain('NODE_OPTIONS=--max-old-space-size')
    const java = rootCause(crash.javaHeapOom())
    expect(java.title).toBe('api runs out of memory (java heap)')
    expect(java.explanation).toContain('-XX:MaxRAMPercentage=75')
  })

  it("a container's own hard limit below the task memory is what to raise", () => {
    const finding = rootCause(crash.containerHardLimitOom())
    expect(finding.title).toBe('api is killed for using too much memory (exit 137, its own hard limit of 512 MiB (task: 2048 MiB))')
    expect(finding.fixes[0].title).toBe('Give api more memory (512 → 768 MiB)')
    expect(finding.fixes[0].manualEdit?.instruction).toContain("raise containerDefinitions[?name=='api'].memory to 768")
    expect(finding.explanation).not.toContain('next valid Fargate size')
  })

  it.each([
    [256, 512, { cpu: 256, memory: 1024 }],
    [512, 1024, { cpu: 512, memory: 2048 }],
    [1024, 2048, { cpu: 1024, memory: 3072 }],
    [512, 4096, { cpu: 1024, memory: 6144 }],
    [4096, 30720, { cpu: 8192, memory: 49152 }]
  ])('next Fargate size after %i/%i', (cpu, memory, next) => {
    expect(nextFargateSize(cpu, memory)).toEqual(next)
  })
})

describe('segfault and command-not-found', () => {
  it('a segfault names the image change', () => {
    const finding = rootCause(crash.nativeSegfault())
    expect(finding.title).toBe('api crashes with a segmentation fault (exit 139)')
    expect(finding.evidence).toContain(
      'The image changed in this deployment: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1.4.1-debian → 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:v1.4.2.'
    )
    expect(highlighted(finding)).toBe('Segmentation fault (core dumped)')
  })

  it('exit 127: the missing program and the command the task definition runs', () => {
    const finding = rootCause(crash.shellCommandNotFound())
    expect(finding.title).toBe('api cannot start: gunicorn not found in the image')
    expect(finding.explanation).toContain('The task definition sets command ["sh","-c","gunicorn shop.wsgi --bind 0.0.0.0:8000"] for api')
    expect(finding.fixes[0].manualEdit?.instruction).toContain("containerDefinitions[?name=='api'].command")
  })

  it('CannotStartContainerError: the exec clause, and no logs', () => {
    const finding = rootCause(crash.ociExecutableNotFound())
    expect(finding.title).toBe('api cannot start: uvicorn not found in the image')
    expect(finding.evidence[0]).toBe('3 of 3 failed tasks of ecs-svc/4718061531863413372: CannotStartContainerError: exec: "uvicorn": executable file not found in $PATH')
  })

  it('exit 126: not executable', () => {
    const finding = rootCause(crash.entrypointNotExecutable())
    expect(finding.title).toBe('api cannot start: /app/docker-entrypoint.sh is not executable in the image')
    expect(finding.explanation).toContain('chmod +x')
  })
})

describe('port-conflict', () => {
  it('EADDRINUSE in a task: names the container that maps the same port', () => {
    const finding = rootCause(crash.nodeAddressInUse())
    expect(finding.title).toBe('api cannot listen on port 8080: address already in use')
    expect(finding.explanation).toContain('api and nginx both use port 8080. With awsvpc networking every container of the task shares one network namespace')
    expect(highlighted(finding)).toBe('Error: listen EADDRINUSE: address already in use :::8080')
  })

  it('gunicorn "Connection in use"', () => {
    expect(rootCause(crash.gunicornAddressInUse()).title).toBe('api cannot listen on port 8000: address already in use')
  })

  it('EC2 static host port: dynamic ports or a deployment configuration that frees the port first', () => {
    const finding = rootCause(crash.ec2StaticPortConflict())
    expect(finding.title).toBe('No container instance has host port 80 free for the new tasks')
    expect(finding.explanation).toContain('the closest matching container instance 4f1d9a4c0a2b4c1e9d6f2b7a8c3e5d10')
    expect(finding.fixes[0].manualEdit?.instruction).toContain('"hostPort": 0')
    expect(commands(finding)).toContain(
      "aws ecs update-service --cluster prod --service api --deployment-configuration 'deploymentCircuitBreaker={enable=true,rollback=true},maximumPercent=100,minimumHealthyPercent=50' --region eu-west-1"
    )
  })
})
