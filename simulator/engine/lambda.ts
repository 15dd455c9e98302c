/** What a hook's Lambda function writes to its log group (/aws/lambda/NAME) for one invocation, as the Lambda runtime does. */
import type { EcsScheduler } from './scheduler.js'
import { functionLogGroup } from './bluegreen.js'

export function writeLambdaRun(s: EcsScheduler, functionArn: string, startedAt: number, endedAt: number, lines: string[], failed: boolean): void {
  const group = functionLogGroup(functionArn)
  s.logs.createGroup(group, s.clock.epochMsAt(-30 * 86_400))
  const date = s.clock.dateAt(startedAt).toISOString().slice(0, 10).replaceAll('-', '/')
  const stream = `${date}/[$LATEST]${s.ids.hex(32)}`
  const requestId = s.ids.uuid()
  const step = Math.max(0.01, (endedAt - startedAt) / (lines.length + 2))
  const at = (i: number) => s.clock.epochMsAt(startedAt + i * step)
  s.logs.write(group, stream, at(0), `START RequestId: ${requestId} Version: $LATEST`)
  for (const [i, line] of lines.entries()) {
    const level = failed && /error|fail|-> 5\d\d/i.test(line) ? 'ERROR' : 'INFO'
    s.logs.write(group, stream, at(i + 1), `${s.clock.dateAt(startedAt + (i + 1) * step).toISOString()}\t${requestId}\t${level}\t${line}`)
  }
  s.logs.write(group, stream, at(lines.length + 1), `END RequestId: ${requestId}`)
  s.logs.write(group, stream, s.clock.epochMsAt(endedAt), `REPORT RequestId: ${requestId}\tDuration: ${Math.round((endedAt - startedAt) * 1000)}.00 ms\tBilled Duration: ${Math.round((endedAt - startedAt) * 1000) + 1} ms\tMemory Size: 128 MB\tMax Memory Used: 71 MB`)
}
