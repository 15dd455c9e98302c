/**
 * Diagnosis accuracy on the real-world corpus (__tests__/corpus): records quoted from public issue trackers,
 * AWS docs and the programs that write the messages, each with its confirmed cause. Accuracy per category for
 * the whole corpus and, separately, for the fresh split: records added after the rules were last changed.
 */
import { accuracyByCategory, loadCorpus, scoreRecord, type Accuracy, type Scored } from '../../__tests__/corpus/harness.js'
import type { BenchOptions } from '../args.js'
import type { Figure, SectionResult, Table } from '../report.js'
import { CORPUS_MIN_ACCURACY, CORPUS_MIN_HEALTHY_ACCURACY } from '../targets.js'

const percent = (a: Accuracy) => (a.total === 0 ? '—' : `${((100 * a.correct) / a.total).toFixed(1)} % (${a.correct}/${a.total})`)

function misses(scored: Scored[]): string[] {
  return scored
    .filter((s) => !s.correct)
    .map((s) => `${s.record.id}: got ${s.got ?? 'no root cause'}, expected ${s.record.expected.join(' or ') || 'no root cause'} (${s.record.source})`)
}

export async function corpusSection(_options: BenchOptions): Promise<SectionResult> {
  const scored = loadCorpus().map(scoreRecord)
  const all = accuracyByCategory(scored)
  const fresh = accuracyByCategory(scored, (s) => s.record.split === 'fresh')
  const healthy = accuracyByCategory(scored, (s) => s.record.expected.length === 0).at(-1) as Accuracy
  const ecsOnly = accuracyByCategory(scored, (s) => (s.record.origin ?? 'ecs') === 'ecs').at(-1) as Accuracy
  const total = all.at(-1) as Accuracy
  const freshTotal = fresh.at(-1) as Accuracy
  const ratio = (a: Accuracy) => (a.total === 0 ? 0 : a.correct / a.total)
  const figures: Figure[] = [
    { name: 'Root cause right, whole corpus', value: percent(total), target: `≥ ${CORPUS_MIN_ACCURACY * 100} %`, pass: ratio(total) >= CORPUS_MIN_ACCURACY },
    { name: 'Root cause right, ECS records only (without runtime messages from other platforms)', value: percent(ecsOnly), target: `≥ ${CORPUS_MIN_ACCURACY * 100} %`, pass: ratio(ecsOnly) >= CORPUS_MIN_ACCURACY },
    { name: 'Root cause right, fresh split', value: percent(freshTotal), target: `≥ ${CORPUS_MIN_ACCURACY * 100} %`, pass: freshTotal.total > 0 && ratio(freshTotal) >= CORPUS_MIN_ACCURACY },
    { name: 'Healthy and benign records with no root cause', value: percent(healthy), target: `${CORPUS_MIN_HEALTHY_ACCURACY * 100} %`, pass: ratio(healthy) >= CORPUS_MIN_HEALTHY_ACCURACY }
  ]
  const freshByName = new Map(fresh.map((a) => [a.name, a]))
  const table: Table = {
    caption: 'Accuracy per category (a record is right when the root cause is one of its acceptable codes; healthy records when there is none)',
    header: ['category', 'whole corpus', 'fresh split'],
    rows: all.map((a) => [a.name, percent(a), freshByName.get(a.name) ? percent(freshByName.get(a.name) as Accuracy) : '—'])
  }
  const missed = misses(scored)
  return {
    name: 'corpus',
    title: 'Diagnosis accuracy on real-world records',
    figures,
    tables: [table],
    notes: missed.map((m) => `Wrong: ${m}`),
    data: { all, fresh, misses: missed }
  }
}
