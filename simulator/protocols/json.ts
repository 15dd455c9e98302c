/** awsJson1_1 (ECS, CloudWatch Logs, ECR, Secrets Manager, SSM): JSON in and out, timestamps as epoch seconds. */
import type { AwsError } from '../aws-error.js'

export const JSON_CONTENT_TYPE = 'application/x-amz-json-1.1'

export function jsonBody(output: unknown): string {
  return JSON.stringify(output ?? {}, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key]
    return raw instanceof Date ? raw.getTime() / 1000 : value
  })
}

/** Parses a request body; JSON numbers stay numbers (timestamps in requests are epoch seconds). */
export function parseJsonInput(body: string): Record<string, unknown> {
  if (!body.trim()) return {}
  const parsed: unknown = JSON.parse(body)
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {}
}

export function jsonError(error: AwsError): { headers: Record<string, string>; body: string } {
  return {
    headers: { 'x-amzn-errortype': error.code },
    body: JSON.stringify({ __type: error.code, message: error.message })
  }
}
