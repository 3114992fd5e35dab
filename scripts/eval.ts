/**
 * `npm run eval`: precision and recall of the annotation engine per annotation type,
 * against the hand-made gold files in `test/gold/`, for the seeds and for the other
 * texts. Prints a table; `--json` prints the figures as JSON.
 */
import { parseArgs } from 'node:util';
import { loadRegistry } from './lib/registry.ts';
import { humanAgreement, misses, precision, recall, runEvaluation, total, type Score } from './lib/evaluate.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, diff: { type: 'string' }, gold: { type: 'string', default: 'test/gold' } } });

const pct = (x: number) => x.toFixed(2);
const TYPES = ['actors', 'dates', 'terms', 'commitments', 'domains'] as const;

{
  const results = runEvaluation(values.gold!, (name) => {
    if (values.diff !== name) return;
    for (const m of misses) console.log(m.kind.padEnd(15), m.type.padEnd(11), JSON.stringify(m.item));
  });
  const rows = [
    ...results.map((r) => ({ name: r.name, scores: r.scores })),
    { name: 'ALL SEEDS', scores: total(results.filter((r) => r.seed).map((r) => r.scores)) },
    { name: 'ALL OTHERS', scores: total(results.filter((r) => !r.seed).map((r) => r.scores)) },
  ];
  if (values.json) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const header = ['text'.padEnd(26), ...TYPES.map((t) => `${t} P/R`.padStart(18))].join(' ');
    console.log(header);
    console.log('-'.repeat(header.length));
    for (const row of rows) {
      const cells = TYPES.map((t) => `${pct(precision(row.scores[t]))}/${pct(recall(row.scores[t]))} (${row.scores[t].gold})`.padStart(18));
      console.log([row.name.padEnd(26), ...cells].join(' '));
    }
    console.log('\nP = precision, R = recall, (n) = gold annotations. Targets: ≥ 0.95 on the seeds, ≥ 0.90 on the other texts.');
    const humans = humanAgreement(values.gold!, new Set(loadRegistry().domains.map((d) => d.id)));
    const row = (name: string, a: { seeds: Score; others: Score }) => `  ${name.padEnd(22)} seeds ${pct(precision(a.seeds))}/${pct(recall(a.seeds))}   others ${pct(precision(a.others))}/${pct(recall(a.others))}`;
    if (humans.annotators.length > 0) {
      console.log('\nDomains, human annotators, for comparison (P/R):');
      for (const h of humans.annotators) console.log(row(`${h.annotator} vs gold`, h));
      if (humans.between) console.log(row('second vs first', humans.between));
    }
  }
}
