/** The action's version, read from package.json when it is bundled, and the user agent every AWS and GitHub call carries. */
import packageJson from '../package.json' with { type: 'json' }

export const VERSION: string = packageJson.version

/** Appended to the SDK's and Octokit's own user agents, so CloudTrail and GitHub's logs show which tool made a call. */
export const USER_AGENT = `ecs-deploy-doctor/${VERSION}`
