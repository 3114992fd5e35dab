/**
 * The whole corpus: every seed with its sidecar, matched to its lock entry, ingested,
 * checked for id collisions; and the new lock. Pure over in-memory files so that tests
 * can run it on edited copies of the seeds.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { linkCommitments } from './annotate/link-commitments.ts';
import { defaultRegistry, finishDocument, peekTitle, prepareDocument, type IngestedDocument, type PreparedDocument } from './document.ts';
import type { Registry } from './registry.ts';
import { SourceError } from './errors.ts';
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
    value = parseYaml(text);
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
    stringifyYaml(sorted, { lineWidth: 0 }),
  ].join('\n');
}

/** Ingest every seed. Throws an AggregateError of SourceErrors when any input is bad. */
export function ingestCorpus(files: SeedFiles, lock: LockFile, registry: Registry = defaultRegistry()): CorpusResult {
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
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));
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

  // Lock entries by source file, if the title still resembles the locked one (a new text
  // saved under an old name is a new document); a seed with no entry may be a renamed one.
  const bySource = new Map(lock.documents.map((d) => [d.source, d]));
  const claimed = new Set<LockDocument>();
  const entryFor = new Map<string, LockDocument | undefined>();
  const titles = new Map<string, string>();
  for (const seed of seeds) {
    try {
      titles.set(seed, peekTitle({ file: seed, bytes: files.get(seed)!, sidecar: sidecarOf(seed) }).title);
    } catch {
      // the ingest below reports the problem
    }
  }
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
        : lock.documents.find((d) => !claimed.has(d) && ![...entryFor.values()].includes(d) && (!files.has(d.source) || bySource.get(d.source) === d) && similarity(d.title, title) >= RENAMED_TITLE_SIMILARITY);
    if (orphan) claimed.add(orphan);
    entryFor.set(seed, orphan);
  }

  const prepared: PreparedDocument[] = [];
  const owners = new Map<string, string>();
  for (const seed of seeds) {
    try {
      const doc = prepareDocument({ file: seed, bytes: files.get(seed)!, sidecar: sidecarOf(seed), lock: entryFor.get(seed) }, registry);
      const owner = owners.get(doc.data.id);
      if (owner) {
        throw new SourceError(`seeds/${seed}`, undefined, `document id "${doc.data.id}" is already used by seeds/${owner}: give one of them a different title or a sidecar \`title:\``);
      }
      // A new document must not take the id of another locked one.
      const holder = lock.documents.find((d) => d.id === doc.data.id && d !== entryFor.get(seed));
      if (holder && !entryFor.get(seed)) {
        throw new SourceError(`seeds/${seed}`, undefined, `document id "${doc.data.id}" is already issued to seeds/${holder.source} in the lock file`);
      }
      owners.set(doc.data.id, seed);
      prepared.push(doc);
    } catch (error) {
      errors.push(error as Error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));

  // Near-duplicates and echoes need every document; then each is validated and written.
  linkCommitments(prepared.map((p) => p.data));
  const documents: IngestedDocument[] = [];
  for (const doc of prepared) {
    try {
      documents.push(finishDocument(doc));
    } catch (error) {
      errors.push(error as Error);
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, errors.map((e) => e.message).join('\n'));

  // Documents whose seed is gone stay in the lock, every id a tombstone.
  const live = new Set(documents.map((d) => d.lock.id));
  const gone = lock.documents
    .filter((d) => !live.has(d.id))
    .map((d): LockDocument => ({ ...d, removed: true, units: d.units.map((u) => ({ ...u, removed: true })) }));
  return { documents, lock: { version: 1, documents: [...documents.map((d) => d.lock), ...gone] }, ignored };
}
