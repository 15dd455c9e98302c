/**
 * Parses mermaid diagrams with mermaid's own parser, as GitHub does before drawing them.
 * stdin: a JSON array of diagram texts; stdout: a JSON array, per diagram null (it parses) or the error.
 * Mermaid needs a DOM to load (DOMPurify), so jsdom provides one. A gantt chart's dates and
 * durations are only read when it is drawn: its tasks are computed too, which reads them.
 * Runs in its own Node process: mermaid and its dependencies are native ES modules.
 */
import { JSDOM } from 'jsdom'

const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
globalThis.window = dom.window
globalThis.document = dom.window.document
const { default: mermaid } = await import('mermaid')
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })

async function problemOf(text) {
  try {
    await mermaid.parse(text)
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text)
    if (diagram.type === 'gantt') {
      const tasks = diagram.db.getTasks()
      const bad = tasks.find((task) => !(task.startTime instanceof Date) || !(task.endTime instanceof Date) || task.endTime < task.startTime)
      if (bad) return `task "${bad.task}" has no valid start and end`
    }
    return null
  } catch (error) {
    return String(error?.message ?? error).split('\n').slice(0, 4).join('\n')
  }
}

let input = ''
for await (const chunk of process.stdin) input += chunk
const results = []
for (const text of JSON.parse(input)) results.push(await problemOf(text))
process.stdout.write(JSON.stringify(results))
