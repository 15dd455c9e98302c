/** "45s", "3m 05s", "1h 02m"; empty for an unknown or negative duration. */
export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms) || ms < 0) return ''
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 60) return `${minutes}m ${String(seconds % 60).padStart(2, '0')}s`
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`
}

/** "api:42" from a task definition ARN (or the family:revision it already is); empty when there is none. */
export function taskDefinitionLabel(arnOrLabel: string | undefined | null): string {
  if (!arnOrLabel) return ''
  return arnOrLabel.slice(arnOrLabel.lastIndexOf('/') + 1)
}

/** "api:42", or "unknown task definition" when the ARN is not known. */
export function shortTaskDefinition(arn: string | undefined): string {
  return arn === undefined ? 'unknown task definition' : taskDefinitionLabel(arn)
}

/** "14:03:27" in UTC (tables say "(UTC)" in their header). */
export function clockTime(iso: string | undefined): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return ''
  return new Date(iso).toISOString().slice(11, 19)
}

/** "14:03:27 UTC", for prose. */
export function utcTime(iso: string | undefined): string {
  const time = clockTime(iso)
  return time ? `${time} UTC` : ''
}
