import { describe, expect, test } from 'vitest';
import { SourceError, seedError } from '../../scripts/lib/errors.ts';
import { ingestCorpus, readLock, writeLock, type SeedFiles } from '../../scripts/lib/corpus.ts';
import type { LockFile } from '../../scripts/lib/ids.ts';
import { ARTICLE_FILE, DECLARATION_FILE, readSeedFiles } from '../support/seeds.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const empty: LockFile = { version: 1, documents: [] };

/** Replace text in one seed of a copy of the corpus. */
function edit(files: SeedFiles, file: string, change: (text: string) => string): SeedFiles {
  const copy = new Map(files);
  const before = decoder.decode(files.get(file)!);
  const after = change(before);
  expect(after).not.toBe(before);
  copy.set(file, encoder.encode(after));
  return copy;
}

/** Every commitment id → text, over all documents, tombstones marked. */
function commitmentMap(files: SeedFiles, lock: LockFile) {
  const result = ingestCorpus(files, lock);
  const live = new Map<string, string>();
  const tombstones = new Map<string, string>();
  for (const doc of result.documents) {
    for (const c of doc.data.commitments) live.set(`${doc.data.id}/${c.id}`, c.text);
    for (const t of doc.data.tombstones) tombstones.set(`${doc.data.id}/${t.id}`, t.text);
  }
  return { result, live, tombstones };
}

const seeds = readSeedFiles();
const base = commitmentMap(seeds, empty);
const lock = base.result.lock;
const DOC = '2018-06-11-declaration-conjointe-premiers-ministres-francais-belge';

describe('ingestCorpus', () => {
  test('ingests both seeds, with the sidecar giving the press report its date, publisher and place', () => {
    expect(base.result.documents.map((d) => [d.data.id, d.data.kind, d.data.date, d.data.place, d.data.publisher])).toEqual([
      ['2018-01-23-ministres-francais-belge-interieur-entendent-securite', 'article', '2018-01-23', 'Lille', 'VRT NWS'],
      [DOC, 'declaration', '2018-06-11', 'Paris', null],
    ]);
  });

  test('is deterministic: two ingests give byte-identical MDX and lock', () => {
    const again = ingestCorpus(readSeedFiles(), empty);
    expect(again.documents.map((d) => d.mdx)).toEqual(base.result.documents.map((d) => d.mdx));
    expect(writeLock(again.lock)).toBe(writeLock(lock));
  });

  test('the committed lock file matches what the seeds produce', async () => {
    const { readFileSync } = await import('node:fs');
    const committed = readLock(readFileSync('content/ids.lock.yaml', 'utf8'));
    expect(writeLock(ingestCorpus(seeds, committed).lock)).toBe(readFileSync('content/ids.lock.yaml', 'utf8'));
  });

  test('a lock written by the yaml library (plain "2018-06-11", "yes") reads them as the strings they are', () => {
    const text = 'version: 1\ndocuments:\n  - id: 2018-06-11\n    source: a.txt\n    title: 2018-06-11\n    units:\n      - id: p-1\n        type: paragraph\n        text: yes\n';
    const read = readLock(text);
    expect(read.documents[0]!.title).toBe('2018-06-11');
    expect(read.documents[0]!.units[0]!.text).toBe('yes');
    expect(readLock(writeLock(read))).toEqual(read);
  });

  test('the lock round-trips through its YAML text', () => {
    expect(readLock(writeLock(lock))).toEqual(readLock(writeLock(readLock(writeLock(lock)))));
    expect(readLock(writeLock(lock)).documents).toHaveLength(2);
  });

  test('two seeds that produce the same id are an error naming both files', () => {
    const copy = new Map(seeds);
    copy.set('zz_copy.txt', seeds.get(DECLARATION_FILE)!);
    expect(() => ingestCorpus(copy, empty)).toThrowError(
      `seeds/zz_copy.txt: document id "${DOC}" is already used by seeds/${DECLARATION_FILE}: give one of them a different title or a sidecar \`title:\``,
    );
  });

  test('a sidecar without its seed is an error naming it', () => {
    const copy = new Map(seeds);
    copy.set('lonely.meta.yaml', encoder.encode('kind: article\n'));
    expect(() => ingestCorpus(copy, empty)).toThrowError('seeds/lonely.meta.yaml: sidecar without a seed: expected seeds/lonely.txt');
  });

  test('all bad inputs are reported together, not only the first', () => {
    const copy = new Map(seeds);
    copy.set('a-empty.txt', new Uint8Array());
    copy.set('b-binary.txt', new Uint8Array([0x89, 0x50, 0x00, 0x01]));
    try {
      ingestCorpus(copy, empty);
      expect.unreachable();
    } catch (error) {
      expect((error as AggregateError).errors.map((e: Error) => e.message.split(':')[0])).toEqual(['seeds/a-empty.txt', 'seeds/b-binary.txt']);
    }
  });
});

describe('permalink stability', () => {
  const stable = (files: SeedFiles) => {
    const after = commitmentMap(files, lock);
    // Every id issued before still resolves: to a live commitment or a tombstone.
    const lost = [...base.live.keys()].filter((id) => !after.live.has(id) && !after.tombstones.has(id));
    return { after, lost };
  };

  test('fixing a typo keeps every id, and the fixed commitment keeps its own', () => {
    const { after, lost } = stable(edit(seeds, DECLARATION_FILE, (t) => t.replace('dès lors que des faits de terrorisme sont constatés', 'dès lors que des faits de terrorisme sont constatées')));
    expect(lost).toEqual([]);
    expect(after.live.get(`${DOC}/terrorisme-3`)).toContain('sont constatées');
    expect(after.live.size).toBe(base.live.size);
  });

  test('inserting an item before the others gives it a new id and moves no other', () => {
    const { after, lost } = stable(
      edit(seeds, DECLARATION_FILE, (t) => t.replace('En matière de lutte contre le terrorisme :\n', 'En matière de lutte contre le terrorisme :\n  • De créer un centre commun d’analyse de la menace.\n')),
    );
    expect(lost).toEqual([]);
    expect(after.live.get(`${DOC}/terrorisme-8`)).toBe('De créer un centre commun d’analyse de la menace.');
    for (const [id, text] of base.live) expect(after.live.get(id)).toBe(text);
  });

  test('removing an item leaves a tombstone with its last text', () => {
    const removedLine = '  • D’intensifier les échanges entre les centres de crise français et belge';
    const { after, lost } = stable(
      edit(seeds, DECLARATION_FILE, (t) => t.split('\n').filter((line) => !line.startsWith(removedLine)).join('\n')),
    );
    expect(lost).toEqual([]);
    expect(after.live.has(`${DOC}/terrorisme-6`)).toBe(false);
    expect(after.tombstones.get(`${DOC}/terrorisme-6`)).toBe(base.live.get(`${DOC}/terrorisme-6`));
    expect(after.live.get(`${DOC}/terrorisme-7`)).toBe(base.live.get(`${DOC}/terrorisme-7`));
  });

  test('reordering two items keeps both ids on their texts', () => {
    const { after, lost } = stable(
      edit(seeds, DECLARATION_FILE, (t) => {
        const lines = t.split('\n');
        const a = lines.findIndex((l) => l.includes('De poursuivre le renforcement des échanges d’informations'));
        const b = lines.findIndex((l) => l.includes('De travailler sur l’harmonisation'));
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        return lines.join('\n');
      }),
    );
    expect(lost).toEqual([]);
    for (const [id, text] of base.live) expect(after.live.get(id)).toBe(text);
  });

  test('re-ingesting from scratch (no generated files, same lock) gives the same ids; so does a lost lock on unchanged seeds', () => {
    expect(stable(seeds).after.live).toEqual(base.live);
    expect(commitmentMap(readSeedFiles(), empty).live).toEqual(base.live);
  });

  test('renaming a seed keeps its document id', () => {
    const copy = new Map(seeds);
    copy.delete(ARTICLE_FILE);
    copy.delete(ARTICLE_FILE.replace('.txt', '.meta.yaml'));
    copy.set('vrt-lille.txt', seeds.get(ARTICLE_FILE)!);
    copy.set('vrt-lille.meta.yaml', seeds.get(ARTICLE_FILE.replace('.txt', '.meta.yaml'))!);
    const { lost } = stable(copy);
    expect(lost).toEqual([]);
  });

  test('deleting a seed keeps its document in the lock with every id a tombstone', () => {
    const copy = new Map(seeds);
    copy.delete(DECLARATION_FILE);
    const result = ingestCorpus(copy, lock);
    const gone = result.lock.documents.find((d) => d.id === DOC)!;
    expect(gone.removed).toBe(true);
    expect(gone.units.every((u) => u.removed)).toBe(true);
  });
});

describe('ingestCorpus on the review findings', () => {
  test('a new text saved under an old seed name is a new document; the moved original keeps its id', () => {
    const copy = new Map(seeds);
    copy.set('renamed-declaration.txt', seeds.get(DECLARATION_FILE)!);
    copy.set(DECLARATION_FILE, encoder.encode('Communiqué conjoint sur la pêche\n\nPublié 01/02/2019\n\nLes ministres se réuniront en mars.'));
    const result = ingestCorpus(copy, lock);
    const ids = new Map(result.documents.map((d) => [d.data.source.file, d.data.id]));
    expect(ids.get('renamed-declaration.txt')).toBe(DOC);
    expect(ids.get(DECLARATION_FILE)).toBe('2019-02-01-communique-conjoint-peche');
  });

  test('a file name with control characters is an error', () => {
    const copy = new Map(seeds);
    copy.set('a\r---\rexport const x = 1\r.txt', encoder.encode('Titre\n\nTexte.'));
    expect(() => ingestCorpus(copy, empty)).toThrowError(/file name contains control or line-separator characters/);
  });

  test('a list item that becomes a commitment when its typo is fixed keeps its id', () => {
    const before = new Map([['t.txt', encoder.encode('Titre\n\n- Nous soutenon Europol.\n- Autre point.')]]);
    const first = ingestCorpus(before, empty);
    const item = first.documents[0]!.lock.units.find((u) => u.text === 'Nous soutenon Europol.')!;
    const after = ingestCorpus(new Map([['t.txt', encoder.encode('Titre\n\n- Nous soutenons Europol.\n- Autre point.')]]), first.lock);
    expect(after.documents[0]!.data.commitments.map((c) => c.id)).toEqual([item.id]);
  });

  test('number-like and boolean-like text survives the frontmatter (js-yaml read-back)', () => {
    const files = new Map([['n.txt', encoder.encode('0o17\n\nPoint yes :\n\nNous nous engageons à agir le 0x1F.')]]);
    const doc = ingestCorpus(files, empty).documents[0]!;
    expect(doc.data.title).toBe('0o17');
    expect(doc.data.sections[0]!.title).toBe('Point yes :');
  });
});

describe('seedError', () => {
  test('names the seed of an internal error, and keeps a SourceError as it is', () => {
    const internal = seedError('x.txt', new TypeError('boom'));
    expect(internal).toBeInstanceOf(SourceError);
    expect(internal.message).toBe('seeds/x.txt: internal error while ingesting this text (boom); please report it');
    expect(internal.cause).toBeInstanceOf(TypeError);
    const source = new SourceError('seeds/y.txt', 3, 'bad');
    expect(seedError('x.txt', source)).toBe(source);
  });
});
