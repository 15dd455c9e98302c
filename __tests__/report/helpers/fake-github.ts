/**
 * A fake GitHub API on 127.0.0.1, speaking what Octokit calls: issue comments (paginated with Link
 * headers, create, update), the pull requests of a commit, and GraphQL's `viewer`. Each token acts
 * as a login (`logins`; GITHUB_TOKEN's github-actions[bot] by default), and comments are written as
 * it. `readOnly` answers writes with 403 like a fork PR's token, `noAccess` answers reads of
 * comments with 403, `missingIssues` answers 404 for those issue numbers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>()
  readonly pullsOfCommit = new Map<string, { number: number; state: 'open' | 'closed' }[]>()
  readonly requests: string[] = []
  /** The User-Agent header of each request, in order. */
  readonly userAgents: string[] = []
  /** Token → the login it acts as; other tokens act as github-actions[bot]. */
  readonly logins = new Map<string, string>()
  readOnly = false
  noAccess = false
  missingIssues = new Set<number>()
  private nextId = 1
  private server: Server | null = null
  url = ''

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.send(res, 500, { message: String(error) }))
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()))
  }

  seed(issue: number, count: number, body = 'LGTM'): void {
    for (let i = 0; i < count; i++) this.add(issue, `${body} ${i}`, 'reviewer')
  }

  reset(): void {
    this.comments.clear()
    this.pullsOfCommit.clear()
    this.logins.clear()
    this.requests.length = 0
    this.userAgents.length = 0
    this.readOnly = false
    this.noAccess = false
    this.missingIssues.clear()
  }

  add(issue: number, body: string, login = 'github-actions[bot]'): FakeComment {
    const comment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } }
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment])
    return comment
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url)
    this.requests.push(`${req.method} ${url.pathname}${url.search}`)
    this.userAgents.push(req.headers['user-agent'] ?? '')
    const body = await readBody(req)
    const login = this.logins.get((req.headers.authorization ?? '').replace(/^(token|bearer) /i, '')) ?? 'github-actions[bot]'
    if (url.pathname === '/graphql' && req.method === 'POST') return this.graphql(res, body, login)
    let match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (match) {
      const issue = Number(match[3])
      if (this.missingIssues.has(issue)) return this.send(res, 404, { message: 'Not Found' })
      if (req.method === 'GET') return this.noAccess ? this.forbidden(res) : this.listComments(res, url, issue)
      if (req.method === 'POST') {
        if (this.readOnly) return this.forbidden(res)
        const comment = this.add(issue, (JSON.parse(body) as { body: string }).body, login)
        return this.send(res, 201, this.json(comment, issue, match[1], match[2]))
      }
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (match && req.method === 'PATCH') {
      if (this.readOnly) return this.forbidden(res)
      const id = Number(match[3])
      for (const [issue, list] of this.comments) {
        const comment = list.find((c) => c.id === id)
        if (comment) {
          comment.body = (JSON.parse(body) as { body: string }).body
          return this.send(res, 200, this.json(comment, issue, match[1], match[2]))
        }
      }
      return this.send(res, 404, { message: 'Not Found' })
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([0-9a-f]+)\/pulls$/.exec(url.pathname)
    if (match && req.method === 'GET') {
      const pulls = (this.pullsOfCommit.get(match[3]) ?? []).map((pr) => ({ ...pr, id: pr.number * 1000, html_url: `https://github.com/${match?.[1]}/${match?.[2]}/pull/${pr.number}` }))
      return this.send(res, 200, pulls)
    }
    this.send(res, 404, { message: 'Not Found' })
  }

  private graphql(res: ServerResponse, body: string, login: string): void {
    const { query } = JSON.parse(body) as { query: string }
    if (/\bviewer\s*\{\s*login\s*\}/.test(query)) return this.send(res, 200, { data: { viewer: { login } } })
    this.send(res, 200, { errors: [{ message: `the fake answers only viewer { login }, not ${query.slice(0, 80)}` }] })
  }

  private listComments(res: ServerResponse, url: URL, issue: number): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30))
    const page = Number(url.searchParams.get('page') ?? 1)
    const all = this.comments.get(issue) ?? []
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    const pageUrl = (n: number): string => `${this.url}${url.pathname}?per_page=${perPage}&page=${n}`
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
    const [owner, repo] = url.pathname.split('/').slice(2, 4)
    const slice = all.slice((page - 1) * perPage, page * perPage).map((c) => this.json(c, issue, owner, repo))
    this.send(res, 200, slice, links.length ? { link: links.join(', ') } : {})
  }

  private json(comment: FakeComment, issue: number, owner: string, repo: string): object {
    return { ...comment, html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${comment.id}` }
  }

  private forbidden(res: ServerResponse): void {
    this.send(res, 403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403'
    })
  }

  private send(res: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(JSON.stringify(payload))
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
