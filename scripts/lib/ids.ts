/**
 * Permanent ids. The lock file (`content/ids.lock.yaml`, committed) remembers every id
 * ever issued with the text it was issued for. On each ingest, units are matched to
 * the lock: first by identical text, then by similar text (a corrected typo), and only
 * what is left gets a new id, numbered after the highest ever used for its prefix. A
 * locked unit that no longer matches anything becomes a tombstone: its id is never
 * reissued, and its last text is kept for the page that says it was removed.
 */
import { z } from 'astro/zod';
import { SlugSchema } from '../../src/schemas/document.ts';
import { foldedWords, foldText } from './normalise.ts';
import type { Unit } from './segment.ts';

/** One issued id. */
export const LockUnitSchema = z
  .object({
    /** The id. */
    id: SlugSchema,
    /** What it names. */
    type: z.enum(['heading', 'paragraph', 'commitment']),
    /** Its text when last seen. */
    text: z.string(),
    /** Set when the unit is gone from the text: the id is a tombstone. */
    removed: z.boolean().optional(),
  })
  .strict();
export type LockUnit = z.infer<typeof LockUnitSchema>;

/** One document's ids. */
export const LockDocumentSchema = z
  .object({
    /** The document id. */
    id: SlugSchema,
    /** Seed file it was last read from. */
    source: z.string(),
    /** Title when last seen, to recognise a renamed seed. */
    title: z.string(),
    /** Set when the seed is gone. */
    removed: z.boolean().optional(),
    /** Every id issued in the document, in order of issue. */
    units: z.array(LockUnitSchema),
  })
  .strict();
export type LockDocument = z.infer<typeof LockDocumentSchema>;

/** The whole lock file. */
export const LockFileSchema = z
  .object({
    /** Format version. */
    version: z.literal(1),
    /** Documents, sorted by id. */
    documents: z.array(LockDocumentSchema),
  })
  .strict();
export type LockFile = z.infer<typeof LockFileSchema>;

/** Similarity above which an edited unit keeps the id of its former text. */
export const SIMILARITY_THRESHOLD = 0.8;

/**
 * Dice coefficient of the character trigrams of two folded texts (1 = same text). Robust
 * to typos even in short texts ("Nous soutenon Europol." ~ "Nous soutenons Europol.").
 */
export function similarity(a: string, b: string): number {
  const grams = (text: string) => {
    const folded = ` ${foldedWords(text).join(' ')} `;
    const out = new Map<string, number>();
    for (let i = 0; i + 3 <= folded.length; i++) {
      const gram = folded.slice(i, i + 3);
      out.set(gram, (out.get(gram) ?? 0) + 1);
    }
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of x) {
    shared += Math.min(n, y.get(gram) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? (foldText(a) === foldText(b) ? 1 : 0) : (2 * shared) / total;
}

/** Result of matching a document's units against its lock entry. */
export interface IdAssignment {
  /** Id of every unit. */
  ids: Map<Unit, string>;
  /** The lock entry's units after this ingest (order of issue kept, new ones appended). */
  units: LockUnit[];
}

/** Match units to locked ids, issue new ones, and tombstone the vanished. */
export function assignIds(units: Unit[], locked: LockUnit[]): IdAssignment {
  const ids = new Map<Unit, string>();
  const used = new Set<LockUnit>();
  const taken = new Set(locked.map((u) => u.id));

  // A list item may switch between plain item and commitment when its text is corrected:
  // paragraphs and commitments may take each other's ids, after same-type matches.
  const compatible = (a: LockUnit['type'], b: Unit['type'], cross: boolean) =>
    a === b || (cross && a !== 'heading' && b !== 'heading');

  // 1. Same text (same type first, live units before tombstones: a restored item gets its id back).
  const byText = new Map<string, LockUnit[]>();
  for (const lock of locked) {
    const key = foldText(lock.text);
    byText.set(key, [...(byText.get(key) ?? []), lock]);
  }
  for (const cross of [false, true]) {
    for (const pass of [false, true]) {
      for (const unit of units) {
        if (ids.has(unit)) continue;
        const match = byText.get(foldText(unit.text))?.find((l) => !used.has(l) && compatible(l.type, unit.type, cross) && Boolean(l.removed) === pass);
        if (match) {
          ids.set(unit, match.id);
          used.add(match);
        }
      }
    }
  }

  // 2. Similar text: best pairs first, ties broken by reading order then lock order.
  for (const cross of [false, true]) {
    const pairs: Array<{ unit: Unit; lock: LockUnit; score: number; u: number; l: number }> = [];
    units.forEach((unit, u) => {
      if (ids.has(unit)) return;
      locked.forEach((lock, l) => {
        if (used.has(lock) || !compatible(lock.type, unit.type, cross)) return;
        const score = similarity(unit.text, lock.text);
        if (score >= SIMILARITY_THRESHOLD) pairs.push({ unit, lock, score, u, l });
      });
    });
    pairs.sort((a, b) => b.score - a.score || a.u - b.u || a.l - b.l);
    for (const pair of pairs) {
      if (ids.has(pair.unit) || used.has(pair.lock)) continue;
      ids.set(pair.unit, pair.lock.id);
      used.add(pair.lock);
    }
  }

  // 3. New ids: the prefix and the next number never used with it.
  const next = new Map<string, number>();
  for (const id of taken) {
    const m = /^(.*)-(\d+)$/.exec(id);
    if (m) next.set(m[1]!, Math.max(next.get(m[1]!) ?? 1, Number(m[2]) + 1));
  }
  const fresh: LockUnit[] = [];
  for (const unit of units) {
    if (ids.has(unit)) continue;
    let id: string;
    if (unit.type === 'heading') {
      id = unit.key;
      for (let n = 2; taken.has(id); n++) id = `${unit.key}-s${n}`;
    } else {
      // A commitment is numbered within its section's id, as it stands now.
      const key = (unit.section && ids.get(unit.section)) ?? unit.key;
      let n = next.get(key) ?? 1;
      while (taken.has(`${key}-${n}`)) n++;
      id = `${key}-${n}`;
      next.set(key, n + 1);
    }
    taken.add(id);
    const m = /^(.*)-(\d+)$/.exec(id);
    if (m) next.set(m[1]!, Math.max(next.get(m[1]!) ?? 1, Number(m[2]) + 1));
    ids.set(unit, id);
    fresh.push({ id, type: unit.type, text: unit.text });
  }

  // The lock keeps its order; texts are refreshed, vanished units become tombstones.
  const byId = new Map<string, Unit>();
  for (const [unit, id] of ids) byId.set(id, unit);
  const kept = locked.map((lock): LockUnit => {
    const unit = byId.get(lock.id);
    return unit ? { id: lock.id, type: unit.type, text: unit.text } : { id: lock.id, type: lock.type, text: lock.text, removed: true };
  });
  return { ids, units: [...kept, ...fresh] };
}
