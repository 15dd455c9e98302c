import { describe, expect, test } from '@jest/globals'
import { eventText, fit, LiveView, renderLiveFrame, type LiveService } from '../../src/cli/live.js'
import type { WatchSnapshot } from '../../src/watch/snapshot.js'

const T0 = Date.parse('2026-11-20T10:00:00.000Z')
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString()

function snapshot(overrides: Partial<WatchSnapshot> = {}): WatchSnapshot {
  return {
    service: 'api',
    deploymentId: 'ecs-svc/7340689167358988541',
    taskDefinition: 'api:42',
    running: 1,
    desired: 2,
    pending: 1,
    stopped: 0,
    rolloutState: 'IN_PROGRESS',
    lastEvent: { at: iso(40), message: '(service api) has started 1 tasks: (task 9431b541b1a682b80a43e65c4b37ffb6).' },
    startedAt: iso(0),
    at: iso(65),
    ...overrides
  }
}

const options = { width: 120, nowMs: T0 + 65_000, startedAtMs: T0, tick: 0 }

describe('renderLiveFrame', () => {
  test('one line per service: state, counts, rollout state, elapsed time and the last event', () => {
    const services: LiveService[] = [
      { name: 'api', phase: 'watching', snapshot: snapshot() },
      {
        name: 'worker',
        phase: 'watching',
        snapshot: snapshot({ service: 'worker', running: 0, desired: 1, pending: 0, stopped: 3, lastEvent: { at: iso(50), message: '(service worker) is unable to consistently start tasks successfully.' } })
      }
    ]
    expect(renderLiveFrame(services, { ...options, width: 160 })).toEqual([
      '⠋ api     watching · 1/2 running · 1 pending · IN_PROGRESS · 1m 05s · has started 1 tasks: (task 9431b541b1a682b80a43e65c4b37ffb6).',
      '⠋ worker  watching · 0/1 running · 3 stopped · IN_PROGRESS · 1m 05s · is unable to consistently start tasks successfully.'
    ])
  })

  test('finished services show their verdict mark and stop their clock; the others keep spinning', () => {
    const services: LiveService[] = [
      { name: 'api', phase: 'done', verdict: 'stable', snapshot: snapshot({ running: 2, pending: 0, rolloutState: 'COMPLETED', at: iso(30), lastEvent: undefined }) },
      { name: 'worker', phase: 'done', verdict: 'failed', rollback: 'rolled-back', snapshot: snapshot({ at: iso(20), lastEvent: undefined }) },
      { name: 'scheduler', phase: 'diagnosing', verdict: 'rolled-back' }
    ]
    expect(renderLiveFrame(services, { ...options, tick: 3 })).toEqual([
      '✔ api        stable                       · 2/2 running · COMPLETED · 30s',
      '✖ worker     failed, rollback rolled-back · 1/2 running · 1 pending · IN_PROGRESS · 20s',
      '⠸ scheduler  diagnosing                   · 1m 05s'
    ])
  })

  test('every line fits the terminal width, so redrawing in place never wraps', () => {
    const long = { name: 'api', phase: 'watching' as const, snapshot: snapshot({ lastEvent: { at: iso(1), message: `(service api) ${'x'.repeat(500)}` } }) }
    for (const width of [40, 80, 132]) {
      const [line] = renderLiveFrame([long], { ...options, width })
      expect(Array.from(line).length).toBe(width - 1)
      expect(line.endsWith('…')).toBe(true)
    }
  })

  test('control characters in AWS text cannot drive the terminal', () => {
    const hostile = snapshot({ lastEvent: { at: iso(1), message: '(service api) evil\u001b[2J\u001b]0;title\u0007\rline\nbreak\u009b31m' } })
    const [line] = renderLiveFrame([{ name: 'api\u001b[31m', phase: 'watching', snapshot: hostile }], options)
    // eslint-disable-next-line no-control-regex
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    expect(line).toContain('evil line break')
    expect(eventText('(service worker) has reached a steady state.')).toBe('has reached a steady state.')
  })

  test('fit cuts by characters, not bytes', () => {
    expect(fit('⠋ ✔ ↩ done', 5)).toBe('⠋ ✔ …')
    expect(fit('short', 10)).toBe('short')
  })
})

describe('LiveView', () => {
  function stream() {
    const chunks: string[] = []
    return { chunks, columns: 60, write: (chunk: string) => chunks.push(chunk) }
  }

  test('redraws its lines in place: cursor up over the previous frame, each line cleared', () => {
    const out = stream()
    const view = new LiveView(out, ['api', 'worker'], () => T0)
    view.start(60_000)
    view.update({ service: 'api', phase: 'watching', snapshot: snapshot({ lastEvent: undefined }) })
    view.update({ service: 'worker', phase: 'done', verdict: 'stable', snapshot: snapshot({ service: 'worker', lastEvent: undefined }) })
    view.stop()
    expect(out.chunks[0]).toBe('\r\u001b[2K⠋ api     starting · 0s\n\r\u001b[2K⠋ worker  starting · 0s\n')
    expect(out.chunks[1].startsWith('\u001b[2A\r\u001b[2K⠋ api     watching · 1/2 running')).toBe(true)
    expect(out.chunks[2]).toContain('✔ worker  stable')
    // stop() draws the final frame once; a second stop() draws nothing more.
    const drawn = out.chunks.length
    view.stop()
    expect(out.chunks.length).toBe(drawn)
  })

  test('warnings print above the frame, which is drawn again under them', () => {
    const out = stream()
    const view = new LiveView(out, ['api'], () => T0)
    view.start(60_000)
    view.logger().warning('[api] Skipped a poll: ThrottlingException: Rate exceeded')
    view.logger().info('progress lines are the frame’s job')
    view.stop()
    expect(out.chunks.slice(1, 4)).toEqual([
      '\u001b[1A\r\u001b[2K\u001b[J',
      'warning: [api] Skipped a poll: ThrottlingException: Rate exceeded\n',
      '\r\u001b[2K⠋ api  starting · 0s\n'
    ])
    expect(out.chunks.join('')).not.toContain('progress lines')
  })
})
