/** IPv4 CIDR arithmetic for route, security-group and NACL rules. */

interface Cidr {
  base: number
  bits: number
}

export function parseCidr(cidr: string | undefined): Cidr | undefined {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr ?? '')
  if (!match) return undefined
  const octets = match.slice(1, 5).map(Number)
  const bits = Number(match[5])
  if (octets.some((o) => o > 255) || bits > 32) return undefined
  const address = octets.reduce((acc, o) => acc * 256 + o, 0)
  return { base: mask(address, bits), bits }
}

function mask(address: number, bits: number): number {
  if (bits === 0) return 0
  const size = 2 ** (32 - bits)
  return Math.floor(address / size) * size
}

/** True when `outer` covers every address of `inner`. */
export function cidrContains(outer: string | undefined, inner: string | undefined): boolean {
  const a = parseCidr(outer)
  const b = parseCidr(inner)
  if (!a || !b || a.bits > b.bits) return false
  return mask(b.base, a.bits) === a.base
}

export const ANYWHERE = '0.0.0.0/0'
