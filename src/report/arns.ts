/**
 * Long ARNs repeated line after line hide what the lines say: the first mention stays in full, later
 * ones shrink to the resource part (after the account), e.g. `targetgroup/prod-api-tg/6d0ecf831eec9f09`.
 */
const ARN = /\barn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{0,12}:[^\s,;()[\]{}"'<>`|]+/g

function resourceOf(arn: string): string {
  return arn.split(':').slice(5).join(':')
}

/** A function that shortens every ARN it has already seen, across the texts it is given in order. */
export function arnShortener(): (text: string) => string {
  const seen = new Set<string>()
  return (text) =>
    text.replace(ARN, (match) => {
      const arn = match.replace(/[.:]+$/, '')
      if (!seen.has(arn)) {
        seen.add(arn)
        return match
      }
      return `${resourceOf(arn) || arn}${match.slice(arn.length)}`
    })
}
