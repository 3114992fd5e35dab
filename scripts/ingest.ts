/**
 * `npm run ingest`: read every seed in `seeds/`, write `content/documents/<id>.mdx` (the
 * annotated text), `content/data/<id>.json` (the document model) and
 * `content/ids.lock.yaml`. With `--check`, write nothing and exit 1 when a generated
 * file is missing, stale or left over.
 *
 * Options: --check, --seeds <dir>, --out <dir>, --data <dir> (by default `data` beside
 * the --out folder), --lock <file>, --quiet, --threads <n>
 * (worker threads for the per-document work; by default one per core once there are
 * enough seeds, see parallel-corpus.ts; 1 runs everything on the main thread).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestCorpus, readLock, writeLock } from './lib/corpus.ts';
import { samePersonHints } from './lib/curation.ts';
import { ingestCorpusParallel, threadCount } from './lib/parallel-corpus.ts';

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content/documents' },
    data: { type: 'string' },
    lock: { type: 'string', default: 'content/ids.lock.yaml' },
    threads: { type: 'string' },
  },
});
const seedsDir = values.seeds!;
const outDir = values.out!;
const dataDir = values.data ?? join(dirname(outDir), 'data');
const lockPath = values.lock!;
const log = (line: string) => {
  if (!values.quiet) console.log(line);
};

/** The notice every generated file carries (see document.ts). */
const NOTICE = /^Generated from seeds\/.+ by scripts\/ingest\.ts — do not edit\./;

/** Whether a file in an output folder was written by the ingest (and may be removed). */
const generated = (path: string) => {
  if (!statSync(path).isFile()) return false;
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.mdx')) return text.startsWith('---\n# ') && NOTICE.test(text.slice('---\n# '.length));
  try {
    const value = JSON.parse(text) as { $comment?: unknown; document?: unknown };
    return typeof value.$comment === 'string' && NOTICE.test(value.$comment) && typeof value.document === 'object';
  } catch {
    return false;
  }
};

async function main(): Promise<number> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(seedsDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isFile()) files.set(entry.name, readFileSync(join(seedsDir, entry.name)));
    else console.warn(`warning: ${seedsDir}/${entry.name}: not a file; ignored`);
  }
  const lockText = existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null;

  const threads = values.threads === undefined ? threadCount([...files.keys()].filter((n) => n.endsWith('.txt')).length) : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1) {
    console.error(`error: --threads must be a whole number ≥ 1, not "${values.threads}"`);
    return 1;
  }
  let result;
  try {
    const lock = readLock(lockText, lockPath);
    result = threads === 1 ? ingestCorpus(files, lock) : await ingestCorpusParallel(files, lock, threads);
  } catch (error) {
    const errors = error instanceof AggregateError ? error.errors : [error];
    for (const e of errors) console.error(`error: ${(e as Error).message}`);
    console.error(`ingest failed: ${errors.length} error(s); nothing was written`);
    return 1;
  }

  for (const name of result.ignored) console.warn(`warning: ${seedsDir}/${name}: not a seed (.txt) or a sidecar (.meta.yaml); ignored`);
  let warnings = result.ignored.length;
  for (const doc of result.documents) {
    const d = doc.data;
    log(
      `${d.id}  ${d.kind}  sections ${d.sections.length}  paragraphs ${doc.paragraphs}  commitments ${d.commitments.length}  quotations ${d.quotations.length}  removed lines ${d.removed.length}  warnings ${d.warnings.length}`,
    );
    const mentions = (type: string) => d.mentions.filter((m) => m.type === type).length;
    log(
      `  annotations: actors ${d.actors.length} (${mentions('actor')} mentions)  terms ${d.terms.length} (${mentions('term')})  dates ${d.dates.length}  domains ${d.domains.length}  references ${d.references.length}  links ${d.commitments.reduce((n, c) => n + c.related.length, 0)}`,
    );
    const unreviewed = [...d.actors.filter((a) => !a.reviewed).map((a) => `${a.name} (${a.kind}, ${a.id})`), ...d.terms.filter((t) => !t.reviewed).map((t) => `${t.term} (term, ${t.id})`)];
    if (unreviewed.length > 0) log(`  unreviewed, add to content/registry/ if right: ${unreviewed.join('; ')}`);
    for (const w of d.warnings) console.warn(`  warning: ${w}`);
    warnings += d.warnings.length;
  }
  // The same person under two names in two documents ("Ferd" / "Ferdinand Grapperhaus").
  const people = result.documents.flatMap((doc) => doc.data.actors.filter((a) => a.kind === 'person'));
  for (const [a, b] of samePersonHints(people)) {
    log(`maybe one person: ${a.name} (${a.id}${a.reviewed ? ', registry' : ''}) and ${b.name} (${b.id}${b.reviewed ? ', registry' : ''}); if so, give content/registry/actors.yaml one entry with the other name as an alias`);
  }

  // What the content folder should hold after this ingest.
  const wanted = new Map<string, string>();
  for (const doc of result.documents) {
    wanted.set(join(outDir, `${doc.data.id}.mdx`), doc.mdx);
    wanted.set(join(dataDir, `${doc.data.id}.json`), doc.json);
  }
  wanted.set(lockPath, writeLock(result.lock));
  const leftoversIn = (dir: string, extension: string) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((n) => n.endsWith(extension))
          .map((n) => join(dir, n))
          .filter((p) => !wanted.has(p))
      : [];
  const leftovers = [...leftoversIn(outDir, '.mdx'), ...leftoversIn(dataDir, '.json')];

  if (values.check) {
    const stale = [...wanted].filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([p]) => p);
    for (const path of [...stale, ...leftovers]) console.error(`stale: ${relative('.', path)}`);
    if (stale.length + leftovers.length > 0) {
      console.error(`ingest --check: ${stale.length + leftovers.length} generated file(s) out of date; run \`npm run ingest\``);
      return 1;
    }
    log(`ingest --check: ${result.documents.length} document(s) up to date`);
    return 0;
  }

  // Every leftover is checked before any is removed: nothing is written if one was not generated.
  const foreign = leftovers.filter((path) => !generated(path));
  for (const path of foreign) console.error(`error: ${path} was not generated by the ingest; move it out of ${dirname(path)}`);
  if (foreign.length > 0) return 1;
  mkdirSync(outDir, { recursive: true });
  mkdirSync(dataDir, { recursive: true });
  for (const path of leftovers) {
    rmSync(path);
    log(`removed ${relative('.', path)} (its seed is gone)`);
  }
  let written = 0;
  for (const [path, text] of wanted) {
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    writeFileSync(path, text);
    written++;
  }
  const commitments = result.documents.reduce((n, d) => n + d.data.commitments.length, 0);
  log(`${result.documents.length} document(s), ${commitments} commitment(s), ${warnings} warning(s); ${written} file(s) written`);
  return 0;
}

process.exitCode = await main();
