import { describe, expect, test } from 'vitest';
import { assignIds, similarity, SIMILARITY_THRESHOLD } from '../../scripts/lib/ids.ts';
import type { Unit } from '../../scripts/lib/segment.ts';

const heading: Unit = { type: 'heading', key: 'terrorisme', text: 'Terrorisme :', section: null };
const commitment = (text: string): Unit => ({ type: 'commitment', key: 'terrorisme', text, section: heading });
const texts = ['De poursuivre les échanges entre nos services.', 'De travailler sur la biométrie et l’ADN.', 'De faciliter les équipes communes d’enquête.'];

/** Ids in reading order. */
const idsOf = (units: Unit[], lock: Parameters<typeof assignIds>[1]) => {
  const { ids } = assignIds(units, lock);
  return units.map((u) => ids.get(u));
};

function first() {
  const units = [heading, ...texts.map(commitment)];
  return assignIds(units, []);
}

describe('similarity', () => {
  test('a corrected typo stays above the threshold; a different sentence falls below it', () => {
    expect(similarity('De faciliter les équipes communes d’enquêtes dès lors que des faits sont constatés.', 'De faciliter les équipes communes d’enquête dès lors que des faits sont constatés.')).toBeGreaterThan(
      SIMILARITY_THRESHOLD,
    );
    expect(similarity(texts[0]!, texts[2]!)).toBeLessThan(SIMILARITY_THRESHOLD);
  });
});

describe('assignIds', () => {
  test('issues section-prefixed numbers in reading order on a first ingest', () => {
    const { ids, units } = first();
    expect([...ids.values()]).toEqual(['terrorisme', 'terrorisme-1', 'terrorisme-2', 'terrorisme-3']);
    expect(units.every((u) => !u.removed)).toBe(true);
  });

  test('an inserted item gets a new number; the others keep theirs', () => {
    const lock = first().units;
    const units = [heading, commitment('De créer un centre commun.'), ...texts.map(commitment)];
    expect(idsOf(units, lock)).toEqual(['terrorisme', 'terrorisme-4', 'terrorisme-1', 'terrorisme-2', 'terrorisme-3']);
  });

  test('a removed item leaves a tombstone with its last text, and its number is never reissued', () => {
    const lock = first().units;
    const removed = assignIds([heading, commitment(texts[0]!), commitment(texts[2]!)], lock);
    expect([...removed.ids.values()]).toEqual(['terrorisme', 'terrorisme-1', 'terrorisme-3']);
    expect(removed.units.find((u) => u.id === 'terrorisme-2')).toEqual({ id: 'terrorisme-2', type: 'commitment', text: texts[1], removed: true });
    expect(idsOf([heading, commitment(texts[0]!), commitment(texts[2]!), commitment('D’ouvrir un nouveau chantier.')], removed.units)[3]).toBe('terrorisme-4');
  });

  test('a restored item gets its old id back from its tombstone', () => {
    const lock = assignIds([heading, commitment(texts[0]!), commitment(texts[2]!)], first().units).units;
    const units = [heading, ...texts.map(commitment)];
    const restored = assignIds(units, lock);
    expect(units.map((u) => restored.ids.get(u))).toEqual(['terrorisme', 'terrorisme-1', 'terrorisme-2', 'terrorisme-3']);
    expect(restored.units.some((u) => u.removed)).toBe(false);
  });

  test('reordered items keep their ids; a corrected typo keeps its id', () => {
    const lock = first().units;
    const edited = [heading, commitment(texts[2]!.replace('d’enquête', 'd’enquêtes')), commitment(texts[0]!), commitment(texts[1]!)];
    expect(idsOf(edited, lock)).toEqual(['terrorisme', 'terrorisme-3', 'terrorisme-1', 'terrorisme-2']);
  });

  test('two identical texts keep distinct ids in order', () => {
    const units = [heading, commitment(texts[0]!), commitment(texts[0]!)];
    const lock = assignIds(units, []).units;
    expect(idsOf([heading, commitment(texts[0]!), commitment(texts[0]!)], lock)).toEqual(['terrorisme', 'terrorisme-1', 'terrorisme-2']);
  });
});
