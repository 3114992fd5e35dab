/**
 * A worker thread of the parallel ingest (parallel-corpus.ts): it reads, prepares and
 * finishes its share of the seeds, in three steps driven by the main thread, which
 * matches lock entries, checks document ids and links commitments across the corpus in
 * between. Every document keeps its state here between steps; only titles, document
 * data and the finished files cross the thread boundary.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Commitment } from '../../src/schemas/document.ts';
import { defaultRegistry, finishDocument, prepareDocument, readSeed, readTitles, type PreparedDocument, type SeedInput } from './document.ts';
import { seedError } from './errors.ts';
import type { LockDocument } from './ids.ts';
import type { FromWorker, ToWorker } from './parallel-corpus.ts';

const inputs = new Map((workerData as { inputs: SeedInput[] }).inputs.map((input) => [input.file, input]));
const prepared = new Map<string, PreparedDocument>();
const post = (message: FromWorker) => parentPort!.postMessage(message);

// Step 1: titles, for matching lock entries.
const { read, titles } = readTitles(inputs.values());
post({ type: 'titles', titles: [...inputs.keys()].map((file) => [file, titles.get(file) ?? null]) });

parentPort!.on('message', (message: ToWorker) => {
  if (message.type === 'prepare') {
    // Step 2: prepare with the lock entries the main thread chose.
    const entries = new Map<string, LockDocument | undefined>(message.entries);
    const registry = defaultRegistry();
    post({
      type: 'prepared',
      results: [...inputs.keys()].map((file) => {
        try {
          const input = { ...inputs.get(file)!, lock: entries.get(file) };
          const doc = prepareDocument(input, registry, read.get(file) ?? readSeed(input));
          read.delete(file);
          prepared.set(file, doc);
          return { file, data: doc.data };
        } catch (error) {
          return { file, error: seedError(file, error).message };
        }
      }),
    });
  } else {
    // Step 3: take the links found across the corpus, validate and serialise.
    const related = new Map<string, Array<Commitment['related']>>(message.related);
    post({
      type: 'finished',
      results: [...prepared].map(([file, doc]) => {
        try {
          related.get(file)!.forEach((links, i) => (doc.data.commitments[i]!.related = links));
          return { file, document: finishDocument(doc) };
        } catch (error) {
          return { file, error: seedError(file, error).message };
        }
      }),
    });
  }
});
