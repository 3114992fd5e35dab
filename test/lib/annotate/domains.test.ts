import { describe, expect, test } from 'vitest';
import { DomainScorer, pick } from '../../../scripts/lib/annotate/domains.ts';
import { loadRegistry } from '../../../scripts/lib/registry.ts';
import { ingestDocument } from '../../../scripts/lib/document.ts';
import { readSeedFiles } from '../../support/seeds.ts';

const scorer = new DomainScorer(loadRegistry().domains);

describe('DomainScorer', () => {
  test.each([
    ['D’intensifier les échanges entre les centres de crise français et belge', null, ['gestion-crise']],
    ['De poursuivre notre collaboration en matière de lutte contre la radicalisation violente en milieu carcéral.', null, ['prisons', 'radicalisation']],
    ['de signalement des détenus radicalisés violents dans le Système d’Information Schengen (SIS)', null, ['biometrie-fichiers']],
    ['L’accès à la preuve numérique constitue un enjeu majeur', null, ['preuve-numerique']],
    ['De poursuivre nos échanges', 'En matière de lutte contre le terrorisme :', ['terrorisme']],
  ])('%j → %j', (text, heading, expected) => {
    expect(scorer.classify(text, heading)).toEqual(expected);
  });

  test('a cue inside a longer cue of another domain does not count ("terrorisme" in "financement du terrorisme")', () => {
    expect(scorer.score('contre le financement du terrorisme').has('terrorisme')).toBe(false);
    expect(scorer.score('contre le financement du terrorisme').get('financement-terrorisme')).toBe(1);
  });

  test('pick keeps domains at half the best score or more, three at most, best first', () => {
    expect(pick(new Map([['a', 4], ['b', 2], ['c', 1], ['d', 3], ['e', 2]]))).toEqual(['a', 'd', 'b']);
    expect(pick(new Map())).toEqual([]);
  });
});

describe('domains of the seeds', () => {
  test('every commitment and every paragraph of the seeds has its domains; every commitment at least one', () => {
    const seeds = readSeedFiles();
    for (const [name, bytes] of seeds) {
      if (!name.endsWith('.txt')) continue;
      const doc = ingestDocument({ file: name, bytes }).data;
      expect(doc.commitments.every((c) => c.domains.length >= 1 && c.domains.length <= 3)).toBe(true);
      const blockIds = new Set(doc.blocks.map((b) => b.id));
      for (const c of doc.commitments) expect(blockIds.has(c.block), c.block).toBe(true);
    }
  });
});
