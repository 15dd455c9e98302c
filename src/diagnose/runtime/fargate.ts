/** Valid Fargate task CPU / memory combinations (MiB), per the ECS task-size table. */
const SIZES: { cpu: number; memory: number[] }[] = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range(1024, 4096, 1024) },
  { cpu: 1024, memory: range(2048, 8192, 1024) },
  { cpu: 2048, memory: range(4096, 16384, 1024) },
  { cpu: 4096, memory: range(8192, 30720, 1024) },
  { cpu: 8192, memory: range(16384, 61440, 4096) },
  { cpu: 16384, memory: range(32768, 122880, 8192) }
]

function range(from: number, to: number, step: number): number[] {
  const values: number[] = []
  for (let v = from; v <= to; v += step) values.push(v)
  return values
}

export interface TaskSize {
  cpu: number
  memory: number
}

/**
 * The next size up with at least half as much memory again: same CPU when that CPU allows it,
 * else the smallest larger CPU that does. Undefined at the top of the table.
 */
export function nextFargateSize(cpu: number, memory: number): TaskSize | undefined {
  const wanted = Math.max(memory + 1, Math.ceil(memory * 1.5))
  for (const size of SIZES.filter((s) => s.cpu >= cpu)) {
    const fit = size.memory.find((m) => m >= wanted)
    if (fit) return { cpu: size.cpu, memory: fit }
  }
  return undefined
}

export function vcpu(cpu: number): string {
  return `${cpu / 1024} vCPU`
}
