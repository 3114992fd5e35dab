/**
 * The parallel ingest (worker threads) against the sequential one: same documents, same
 * lock, same errors, whatever the number of threads — on the seeds, the fixtures' texts,
 * a synthetic corpus, a renamed seed under an existing lock, and bad input.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ingestCorpus, writeLock, type CorpusResult, type SeedFiles } from '../../scripts/lib/corpus.ts';
import type { LockFile } from '../../scripts/lib/ids.ts';
import { ingestCorpusParallel, threadCount } from '../../scripts/lib/parallel-corpus.ts';
import { makeCorpus } from '../../scripts/make-corpus.ts';
import { readSeedFiles } from '../support/seeds.ts';

const empty: LockFile = { version: 1, documents: [] };
const work = mkdtempSync(join(tmpdir(), 'parallel-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Seeds, fixture texts and `synthetic` generated documents, as one `seeds/` folder. */
function corpus(synthetic: number): SeedFiles {
  const files = new Map(readSeedFiles());
  for (const name of readdirSync('test/fixtures')) files.set(`fixture-${name}.txt`, readFileSync(join('test/fixtures', name, 'input.txt')));
  const dir = join(work, `synthetic-${synthetic}`);
  makeCorpus(dir, synthetic, 7);
  for (const name of readdirSync(dir)) files.set(name, readFileSync(join(dir, name)));
  return files;
}

const view = (result: CorpusResult) => ({
  files: result.documents.map((d) => [d.data.id, d.mdx, d.json, d.paragraphs]),
  data: result.documents.map((d) => d.data),
  lock: writeLock(result.lock),
  ignored: result.ignored,
});

/** The messages of the AggregateError a run throws. */
async function errorsOf(run: () => unknown): Promise<string[]> {
  try {
    await run();
  } catch (error) {
    return (error as AggregateError).errors.map((e: Error) => e.message);
  }
  return expect.fail('expected the ingest to fail');
}

describe('ingestCorpusParallel', () => {
  const files = corpus(40);
  const sequential = ingestCorpus(files, empty);

  test.each([2, 3])('gives byte-identical documents and lock on %i threads', async (threads) => {
    expect(view(await ingestCorpusParallel(files, empty, threads))).toEqual(view(sequential));
  }, 60_000);

  test('keeps ids under an existing lock, and follows a renamed seed, as the sequential ingest does', async () => {
    const renamed = new Map(files);
    const plain = (n: string) => n.endsWith('.txt') && !n.startsWith('fixture-') && !files.has(n.replace(/\.txt$/, '.meta.yaml'));
    const [first] = [...files.keys()].filter(plain);
    renamed.delete(first!);
    renamed.set(`renamed-${first}`, files.get(first!)!);
    const parallel = await ingestCorpusParallel(renamed, sequential.lock, 2);
    expect(view(parallel)).toEqual(view(ingestCorpus(renamed, sequential.lock)));
    expect(parallel.documents.map((d) => d.data.id).sort()).toEqual(sequential.documents.map((d) => d.data.id).sort());
  }, 60_000);

  test('reports the same errors, in seed order: a lone sidecar, empty, binary, duplicate document ids', async () => {
    const bad = new Map(files);
    bad.set('lone.meta.yaml', new TextEncoder().encode('date: 2020-01-01\n'));
    bad.set('a-empty.txt', new Uint8Array());
    bad.set('b-binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const [someSeed] = [...files.keys()].filter((n) => n.endsWith('.txt') && !files.has(n.replace(/\.txt$/, '.meta.yaml')));
    bad.set('zz-copy.txt', files.get(someSeed!)!);
    const expected = await errorsOf(() => ingestCorpus(bad, empty));
    expect(expected, expected.join('\n')).toHaveLength(4);
    expect(expected[0]).toMatch(/^seeds\/lone\.meta\.yaml: sidecar without a seed/);
    expect(expected[3]).toMatch(/^seeds\/zz-copy\.txt: document id ".*" is already used by seeds\//);
    expect(await errorsOf(() => ingestCorpusParallel(bad, empty, 2))).toEqual(expected);
  }, 60_000);
});

describe('threadCount', () => {
  test.each([
    [2, 8, 1],
    [49, 8, 1],
    [50, 8, 2],
    [1000, 2, 2],
    [1000, 1, 1],
    [1000, 16, 16],
  ])('%i seeds on %i cores: %i thread(s)', (seeds, cores, threads) => {
    expect(threadCount(seeds, cores)).toBe(threads);
  });
});
