/** Deterministic pseudo-random numbers and AWS-looking identifiers, so a scenario replays identically. */

export type Random = () => number

/** mulberry32: small, fast, good enough for fault injection and ids. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Stable 32-bit seed from a string (FNV-1a). */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export class IdGenerator {
  private readonly random: Random

  constructor(seed: number | string) {
    this.random = seededRandom(typeof seed === 'string' ? seedFrom(seed) : seed)
  }

  hex(length: number): string {
    let out = ''
    for (let i = 0; i < length; i++) out += Math.floor(this.random() * 16).toString(16)
    return out
  }

  digits(length: number): string {
    let out = String(1 + Math.floor(this.random() * 9))
    for (let i = 1; i < length; i++) out += Math.floor(this.random() * 10).toString()
    return out
  }

  alphanumeric(length: number): string {
    const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    let out = ''
    for (let i = 0; i < length; i++) out += chars[Math.floor(this.random() * chars.length)]
    return out
  }

  uuid(): string {
    const h = this.hex(32)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1))
  }
}
