import { describe, expect, test } from '@jest/globals'
import { SkippedPolls } from '../../src/watch/skipped-polls.js'

const error = (name: string) => Object.assign(new Error('Rate exceeded'), { name })

describe('the run’s one warning about skipped polls', () => {
  test('none when no poll was skipped', () => {
    expect(new SkippedPolls().warning()).toBeNull()
  })

  test('counts every skip by error, the most frequent first, and says the verdict stands', () => {
    const skipped = new SkippedPolls()
    for (const name of ['ThrottlingException', 'ServiceUnavailableException', 'ThrottlingException']) skipped.record(error(name))
    expect(skipped.warning()).toBe(
      '3 polls were skipped because AWS throttled or failed the request (ThrottlingException ×2, ServiceUnavailableException ×1); ' +
        "each was retried at the next poll, so the verdict stands. If it keeps happening, raise 'poll-interval-seconds' or look for other callers of the ECS API in this account and region."
    )
  })
})
