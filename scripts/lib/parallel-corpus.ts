/**
 * The corpus ingest on worker threads: the same steps and the same output as
 * `ingestCorpus`, with the per-document work (decode, structure, segment, annotate,
 * validate, serialise) shared among threads. The main thread keeps what needs the whole
 * corpus: matching lock entries, checking document ids, and linking commitments across
 * documents. Documents are dealt to threads in turn, in seed order, and every result is
 * put back in seed order, so the output does not depend on the number of threads.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Commitment, DocumentData } from '../../src/schemas/document.ts';
import { linkCommitments } from './annotate/link-commitments.ts';
import { checkDocumentIds, closeLock, fail, matchLock, seedSet, type CorpusResult, type SeedFiles } from './corpus.ts';
import type { IngestedDocument, SeedInput } from './document.ts';
import type { LockDocument, LockFile } from './ids.ts';

/** Messages from the main thread to a worker. */
export type ToWorker =
  | { type: 'prepare'; entries: Array<[string, LockDocument | undefined]> }
  | { type: 'finish'; related: Array<[string, Array<Commitment['related']>]> };

/** Messages from a worker to the main thread. */
export type FromWorker =
  | { type: 'titles'; titles: Array<[string, string | null]> }
  | { type: 'prepared'; results: Array<{ file: string; data?: DocumentData; error?: string }> }
  | { type: 'finished'; results: Array<{ file: string; document?: IngestedDocument; error?: string }> };

/** Below this many seeds per thread, starting threads costs more than it saves. */
export const SEEDS_PER_THREAD = 25;

/** How many threads to use for `seeds` seeds: one per core, and enough seeds for each. */
export function threadCount(seeds: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(seeds / SEEDS_PER_THREAD)));
}

/** A worker thread with a queue of the messages it sends. */
class Thread {
  private readonly worker: Worker;
  private readonly queue: FromWorker[] = [];
  private waiting: { resolve: (m: FromWorker) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(inputs: SeedInput[]) {
    // The worker is TypeScript: its entry registers tsx, whether or not this process runs under it.
    this.worker = new Worker(new URL('./ingest-worker.mjs', import.meta.url), { workerData: { inputs } });
    this.worker.on('message', (message: FromWorker) => {
      if (this.waiting) {
        this.waiting.resolve(message);
        this.waiting = null;
      } else this.queue.push(message);
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      this.waiting?.reject(error);
      this.waiting = null;
    };
    const seeds = () => `${inputs.slice(0, 3).map((i) => `seeds/${i.file}`).join(', ')}${inputs.length > 3 ? ` and ${inputs.length - 3} more` : ''}`;
    this.worker.on('error', (error) => fail(new Error(`the ingest worker thread for ${seeds()} failed: ${error.message}`, { cause: error })));
    this.worker.on('messageerror', (error) => fail(new Error(`the ingest worker thread for ${seeds()} sent a message that could not be read: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => fail(new Error(`the ingest worker thread for ${seeds()} stopped (exit code ${code})`)));
  }

  /** The next message of the given type. */
  async next<T extends FromWorker['type']>(type: T): Promise<Extract<FromWorker, { type: T }>> {
    const message = this.queue.shift() ?? (await new Promise<FromWorker>((resolve, reject) => (this.failure ? reject(this.failure) : (this.waiting = { resolve, reject }))));
    if (message.type !== type) throw new Error(`ingest worker: expected "${type}", got "${message.type}"`);
    return message as Extract<FromWorker, { type: T }>;
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}

/** Ingest every seed on `threads` worker threads. Same result and errors as `ingestCorpus`. */
export async function ingestCorpusParallel(files: SeedFiles, lock: LockFile, threads?: number): Promise<CorpusResult> {
  const set = seedSet(files);
  threads ??= threadCount(set.seeds.length);
  const shares = Array.from({ length: Math.max(1, Math.min(threads, set.seeds.length)) }, () => [] as SeedInput[]);
  set.seeds.forEach((seed, i) => shares[i % shares.length]!.push(set.input(seed)));
  const workers = shares.map((inputs) => new Thread(inputs));
  try {
    const titles = new Map<string, string>();
    for (const worker of workers) for (const [file, title] of (await worker.next('titles')).titles) if (title !== null) titles.set(file, title);
    const entryFor = matchLock(set.seeds, titles, lock, (file) => files.has(file));

    workers.forEach((worker, i) => worker.send({ type: 'prepare', entries: shares[i]!.map((input) => [input.file, entryFor.get(input.file)]) }));
    const failures = new Map<string, Error>();
    const data = new Map<string, DocumentData>();
    for (const worker of workers) {
      for (const result of (await worker.next('prepared')).results) {
        if (result.data) data.set(result.file, result.data);
        else failures.set(result.file, new Error(result.error));
      }
    }
    const prepared = set.seeds.filter((seed) => data.has(seed)).map((seed) => ({ seed, id: data.get(seed)!.id }));
    for (const [seed, error] of checkDocumentIds(prepared, entryFor, lock)) failures.set(seed, error);
    fail([...set.errors, ...set.seeds.flatMap((seed) => failures.get(seed) ?? [])]);

    linkCommitments(set.seeds.map((seed) => data.get(seed)!));
    workers.forEach((worker, i) =>
      worker.send({ type: 'finish', related: shares[i]!.map((input) => [input.file, data.get(input.file)!.commitments.map((c) => c.related)]) }),
    );
    const finished = new Map<string, IngestedDocument>();
    const errors = new Map<string, Error>();
    for (const worker of workers) {
      for (const result of (await worker.next('finished')).results) {
        if (result.document) finished.set(result.file, result.document);
        else errors.set(result.file, new Error(result.error));
      }
    }
    fail(set.seeds.flatMap((seed) => errors.get(seed) ?? []));
    const documents = set.seeds.map((seed) => finished.get(seed)!);
    return { documents, lock: closeLock(documents, lock), ignored: set.ignored };
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
  }
}
