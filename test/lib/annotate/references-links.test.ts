import { describe, expect, test } from 'vitest';
import { ECHO_THRESHOLD, NEAR_DUPLICATE_THRESHOLD, TfIdf, overlap, stems } from '../../../scripts/lib/annotate/links.ts';
import { ingestCorpus } from '../../../scripts/lib/corpus.ts';
import { ingestDocument } from '../../../scripts/lib/document.ts';
import { fixtureText, readSeedFiles } from '../../support/seeds.ts';

const corpus = ingestCorpus(readSeedFiles(), { version: 1, documents: [] });
const declaration = corpus.documents.find((d) => d.data.kind === 'declaration')!.data;
const article = corpus.documents.find((d) => d.data.kind === 'article')!.data;

describe('references to earlier instruments and events', () => {
  test('the declaration refers to the 2016 declaration, the 2017 communication, the No Money For Terror conference and the Liège attack', () => {
    const ids = [...new Set(declaration.references.map((r) => r.id))];
    expect(ids).toEqual(
      expect.arrayContaining([
        'declaration-conjointe-2016-02-01',
        'communication-2017-10-16',
        'conference-no-money-for-terror-2018-04-25',
        'attaque-terroriste-liege-2018-05-29',
      ]),
    );
    const liege = declaration.references.filter((r) => r.id === 'attaque-terroriste-liege-2018-05-29');
    expect(liege).toHaveLength(2);
    expect(liege.every((r) => r.kind === 'event' && r.date === '2018-05-29')).toBe(true);
  });

  test('legal acts by their number', () => {
    const doc = ingestDocument({ file: 'prose.txt', bytes: new TextEncoder().encode(fixtureText('communique-prose')) }).data;
    expect(doc.references.map((r) => r.id)).toContain('directive-2012-29-ue');
  });
});

describe('links between commitments', () => {
  test('the two "financement du terrorisme" items are near-duplicates of each other, and nothing else is', () => {
    const linked = declaration.commitments.filter((c) => c.related.some((r) => r.relation === 'near-duplicate'));
    expect(linked.map((c) => [c.id, c.related.map((r) => r.id)])).toEqual([
      ['terrorisme-4', ['terrorisme-5']],
      ['terrorisme-5', ['terrorisme-4']],
    ]);
  });

  test('the press report’s crisis-centre contact points echo the declaration’s crisis-centre exchanges, both ways', () => {
    const contact = article.commitments.find((c) => c.text.includes('centres de crise'))!;
    expect(contact.related).toEqual([{ document: declaration.id, id: 'terrorisme-6', relation: 'echo', score: expect.any(Number) }]);
    expect(declaration.commitments.find((c) => c.id === 'terrorisme-6')!.related).toEqual([{ document: article.id, id: contact.id, relation: 'echo', score: contact.related[0]!.score }]);
    expect(article.commitments.filter((c) => c.related.length > 0)).toHaveLength(1);
  });

  test('the thresholds sit in the gaps of the seed corpus’s scores', () => {
    const all = [...declaration.commitments, ...article.commitments];
    const tfidf = new TfIdf(all.map((c) => stems(c.text)));
    const cross: number[] = [];
    const same: number[] = [];
    all.forEach((a, i) =>
      all.forEach((b, j) => {
        if (i >= j) return;
        const sameDoc = declaration.commitments.includes(a) === declaration.commitments.includes(b);
        if (sameDoc) same.push(overlap(stems(a.text), stems(b.text)));
        else cross.push(tfidf.cosine(i, j));
      }),
    );
    cross.sort((x, y) => y - x);
    same.sort((x, y) => y - x);
    expect(cross[0]).toBeGreaterThan(ECHO_THRESHOLD);
    expect(cross[1]).toBeLessThan(ECHO_THRESHOLD * 0.75);
    expect(same[0]).toBeGreaterThan(NEAR_DUPLICATE_THRESHOLD);
    expect(same[1]).toBeLessThan(NEAR_DUPLICATE_THRESHOLD * 0.8);
  });
});
