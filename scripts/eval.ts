/**
 * `npm run eval`: precision and recall of the annotation engine per annotation type,
 * against the hand-made gold files in `test/gold/`, for the seeds and for the other
 * texts. Prints a table; `--json` prints the figures as JSON.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestCorpus, readLock } from './lib/corpus.ts';
import { evaluate, misses, precision, readGold, recall, total, type Scores } from './lib/evaluate.ts';
import { readFileSync, existsSync } from 'node:fs';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, diff: { type: 'string' }, gold: { type: 'string', default: 'test/gold' } } });

/** Evaluate every gold file; seeds are ingested as the corpus is, other texts on their own. */
export function runEvaluation(goldDir: string): Array<{ name: string; seed: boolean; scores: Scores }> {
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: basename(f, '.yaml'), file: join(goldDir, f), gold: readGold(join(goldDir, f)) }));
  const seeds = new Map<string, Uint8Array>();
  for (const name of readdirSync('seeds').sort()) seeds.set(name, readFileSync(join('seeds', name)));
  const lock = readLock(existsSync('content/ids.lock.yaml') ? readFileSync('content/ids.lock.yaml', 'utf8') : null);
  const corpus = ingestCorpus(seeds, lock);
  return golds.map(({ name, file, gold }) => {
    const seed = gold.source.startsWith('seeds/');
    const data = seed
      ? corpus.documents.find((d) => `seeds/${d.data.source.file}` === gold.source)!.data
      : ingestCorpus(new Map([[basename(gold.source), readFileSync(gold.source)]]), { version: 1, documents: [] }).documents[0]!.data;
    misses.length = 0;
    const scores = evaluate(gold, data, file);
    if (values.diff === name) for (const m of misses) console.log(m.kind.padEnd(15), m.type.padEnd(11), JSON.stringify(m.item));
    return { name, seed, scores };
  });
}

const pct = (x: number) => x.toFixed(2);
const TYPES = ['actors', 'dates', 'terms', 'commitments', 'domains'] as const;

if (process.argv[1]?.endsWith('eval.ts')) {
  const results = runEvaluation(values.gold!);
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
  }
}
