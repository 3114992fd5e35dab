/**
 * The whole corpus: every seed with its sidecar, matched to its lock entry, ingested,
 * checked for id collisions; and the new lock. Pure over in-memory files so that tests
 * can run it on edited copies of the seeds.
 */
import { CORE_SCHEMA, dump as dumpYaml, load as loadYaml } from 'js-yaml';
import { linkCommitments } from './annotate/link-commitments.ts';
import { defaultRegistry, finishDocument, prepareDocument, readSeed, readTitles, type IngestedDocument, type PreparedDocument, type SeedInput } from './document.ts';
import type { Registry } from './registry.ts';
import { SourceError, seedError } from './errors.ts';
import { LockFileSchema, similarity, type LockDocument, type LockFile } from './ids.ts';

/** Input files, by name inside `seeds/`. */
export type SeedFiles = Map<string, Uint8Array>;

/** What `ingestCorpus` returns. */
export interface CorpusResult {
  documents: IngestedDocument[];
  lock: LockFile;
  /** Files in `seeds/` that are neither seeds nor sidecars. */
  ignored: string[];
}

/** Title similarity above which a renamed seed keeps its document's id. */
const RENAMED_TITLE_SIMILARITY = 0.9;
/** Title similarity below which a seed under a locked file name is a different text. */
const SAME_SOURCE_TITLE_SIMILARITY = 0.5;

/** Parse the lock file's text; a missing lock is an empty one. */
export function readLock(text: string | null, file = 'content/ids.lock.yaml'): LockFile {
  if (text === null) return { version: 1, documents: [] };
  let value: unknown;
  try {
    value = loadYaml(text, { schema: CORE_SCHEMA });
  } catch (cause) {
    throw new SourceError(file, undefined, 'invalid YAML', { cause });
  }
  const parsed = LockFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SourceError(file, undefined, `does not match the lock schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** The lock file's text: stable order, a comment saying what it is. */
export function writeLock(lock: LockFile): string {
  const sorted: LockFile = { version: 1, documents: [...lock.documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
  return [
    '# Permanent ids of documents, sections, paragraphs and commitments.',
    '# Maintained by `npm run ingest`; commit it with the seeds. Never edit ids by hand:',
    '# an id once published is a public URL. Entries marked `removed` are tombstones.',
    dumpYaml(sorted, { lineWidth: -1, noRefs: true }),
  ].join('\n');
}

/** The seeds, their sidecars and the ignored files of a `seeds/` folder, checked. */
export interface SeedSet {
  /** Seed file names, sorted. */
  seeds: string[];
  /** Files that are neither seeds nor sidecars. */
  ignored: string[];
  /** A seed's input for the ingest, with its sidecar and lock entry. */
  input: (seed: string, lock?: LockDocument) => SeedInput;
  /** Sidecars without a seed: reported with the seeds' own errors. */
  errors: Error[];
}

/** Throw the errors, if any, as one AggregateError whose message lists them all. */
export const fail = (errors: Error[]) => {
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
};

/** Sort the files of `seeds/` into seeds, sidecars and others. Throws an AggregateError for bad file names. */
export function seedSet(files: SeedFiles): SeedSet {
  const names = [...files.keys()].sort();
  const seeds = names.filter((n) => n.endsWith('.txt'));
  const sidecars = new Set(names.filter((n) => n.endsWith('.meta.yaml')));
  const ignored = names.filter((n) => !n.endsWith('.txt') && !n.endsWith('.meta.yaml'));
  const errors: Error[] = [];
  // A file name ends up in a YAML comment and in error messages: no control characters.
  for (const name of names) {
    if (/[\u0000-\u001f\u007f\u2028\u2029]/u.test(name)) {
      errors.push(new SourceError(`seeds/${JSON.stringify(name).slice(1, -1)}`, undefined, 'file name contains control or line-separator characters; rename the file'));
    }
  }
  fail(errors);
  for (const sidecar of sidecars) {
    if (!files.has(sidecar.replace(/\.meta\.yaml$/, '.txt'))) {
      errors.push(new SourceError(`seeds/${sidecar}`, undefined, `sidecar without a seed: expected seeds/${sidecar.replace(/\.meta\.yaml$/, '.txt')}`));
    }
  }
  const decoder = new TextDecoder();
  const sidecarOf = (seed: string) => {
    const name = seed.replace(/\.txt$/, '.meta.yaml');
    return sidecars.has(name) ? { file: name, text: decoder.decode(files.get(name)!) } : undefined;
  };
  return { seeds, ignored, errors, input: (seed, lock) => ({ file: seed, bytes: files.get(seed)!, sidecar: sidecarOf(seed), lock }) };
}

/**
 * Each seed's lock entry: the entry of its file name if the title still resembles the
 * locked one (a new text saved under an old name is a new document); otherwise, for a
 * seed with no entry, the entry of a vanished seed with nearly the same title (a
 * renamed file). `titles` holds the title of every seed that could be read.
 */
export function matchLock(seeds: string[], titles: Map<string, string>, lock: LockFile, exists: (file: string) => boolean): Map<string, LockDocument | undefined> {
  const bySource = new Map(lock.documents.map((d) => [d.source, d]));
  const claimed = new Set<LockDocument>();
  const entryFor = new Map<string, LockDocument | undefined>();
  for (const seed of seeds) {
    const entry = bySource.get(seed);
    const title = titles.get(seed);
    if (entry && (title === undefined || similarity(entry.title, title) >= SAME_SOURCE_TITLE_SIMILARITY)) {
      entryFor.set(seed, entry);
      claimed.add(entry);
    }
  }
  for (const seed of seeds) {
    if (entryFor.has(seed)) continue;
    const title = titles.get(seed);
    const orphan =
      title === undefined
        ? undefined
        : lock.documents.find((d) => !claimed.has(d) && ![...entryFor.values()].includes(d) && (!exists(d.source) || bySource.get(d.source) === d) && similarity(d.title, title) >= RENAMED_TITLE_SIMILARITY);
    if (orphan) claimed.add(orphan);
    entryFor.set(seed, orphan);
  }
  return entryFor;
}

/**
 * Check, in seed order, that no two documents share an id and that a new document does
 * not take the id of another locked one; the errors, naming the seeds.
 */
export function checkDocumentIds(documents: Array<{ seed: string; id: string }>, entryFor: Map<string, LockDocument | undefined>, lock: LockFile): Map<string, Error> {
  const owners = new Map<string, string>();
  const errors = new Map<string, Error>();
  for (const { seed, id } of documents) {
    const owner = owners.get(id);
    if (owner) {
      errors.set(seed, new SourceError(`seeds/${seed}`, undefined, `document id "${id}" is already used by seeds/${owner}: give one of them a different title or a sidecar \`title:\``));
      continue;
    }
    const holder = lock.documents.find((d) => d.id === id && d !== entryFor.get(seed));
    if (holder && !entryFor.get(seed)) {
      errors.set(seed, new SourceError(`seeds/${seed}`, undefined, `document id "${id}" is already issued to seeds/${holder.source} in the lock file`));
      continue;
    }
    owners.set(id, seed);
  }
  return errors;
}

/** The new lock: the documents' entries, and those whose seed is gone, every id a tombstone. */
export function closeLock(documents: IngestedDocument[], lock: LockFile): LockFile {
  const live = new Set(documents.map((d) => d.lock.id));
  const gone = lock.documents
    .filter((d) => !live.has(d.id))
    .map((d): LockDocument => ({ ...d, removed: true, units: d.units.map((u) => ({ ...u, removed: true })) }));
  return { version: 1, documents: [...documents.map((d) => d.lock), ...gone] };
}

/** Ingest every seed. Throws an AggregateError of SourceErrors when any input is bad. */
export function ingestCorpus(files: SeedFiles, lock: LockFile, registry: Registry = defaultRegistry()): CorpusResult {
  const set = seedSet(files);
  const { read, titles } = readTitles(set.seeds.map((seed) => set.input(seed)));
  const entryFor = matchLock(set.seeds, titles, lock, (file) => files.has(file));

  const failures = new Map<string, Error>();
  const prepared: Array<{ seed: string; id: string; doc: PreparedDocument }> = [];
  for (const seed of set.seeds) {
    try {
      const input = set.input(seed, entryFor.get(seed));
      const doc = prepareDocument(input, registry, read.get(seed) ?? readSeed(input));
      read.delete(seed);
      prepared.push({ seed, id: doc.data.id, doc });
    } catch (error) {
      failures.set(seed, seedError(seed, error));
    }
  }
  for (const [seed, error] of checkDocumentIds(prepared, entryFor, lock)) failures.set(seed, error);
  fail([...set.errors, ...set.seeds.flatMap((seed) => failures.get(seed) ?? [])]);

  // Near-duplicates and echoes need every document; then each is validated and written.
  linkCommitments(prepared.map((p) => p.doc.data));
  const documents: IngestedDocument[] = [];
  const errors: Error[] = [];
  for (const { seed, doc } of prepared) {
    try {
      documents.push(finishDocument(doc));
    } catch (error) {
      errors.push(seedError(seed, error));
    }
  }
  fail(errors);
  return { documents, lock: closeLock(documents, lock), ignored: set.ignored };
}
