import { describe, expect, test } from 'vitest';
import { PAGE_SIZE, actorPages, packPages, pageParam, pageTitle } from '../../src/data/paginate.ts';
import type { DocumentData } from '../../src/schemas/document.ts';

describe('packPages', () => {
  test('packs groups in order, never splitting one; a group larger than a page has its own', () => {
    const groups = [3, 4, 2, 9, 1, 1, 5];
    expect(packPages(groups, (n) => n, 8)).toEqual([[3, 4], [2], [9], [1, 1, 5]]);
    // Every group once, in order.
    expect(packPages(groups, (n) => n, 8).flat()).toEqual(groups);
  });

  test('an empty listing has one empty page (the listing page itself)', () => {
    expect(packPages([], () => 1, 10)).toEqual([[]]);
  });

  test('page URLs, route parameters and titles', () => {
    expect([pageParam(1), pageParam(3)]).toEqual([undefined, '3']);
    expect([pageTitle('Chronologie', 1, 4), pageTitle('Chronologie', 2, 4)]).toEqual(['Chronologie', 'Chronologie — page 2 sur 4']);
  });
});

describe('actorPages', () => {
  const doc = (id: string) => ({ id }) as DocumentData;
  const [a, b, c, d] = ['a', 'b', 'c', 'd'].map(doc) as [DocumentData, DocumentData, DocumentData, DocumentData];
  const corpus = [a, b, c, d];

  test('every document that mentions the actor, names it in a commitment or quotes it, in corpus order', () => {
    const actor = {
      mentions: [{ doc: c }, { doc: a }],
      commitments: [{ doc: a }],
      // Quoted in a document where it is not mentioned (a speaker matched by name).
      quotations: [{ doc: d }],
    } as unknown as Parameters<typeof actorPages>[0];
    expect(actorPages(actor, corpus)).toEqual([[a, c, d]]);
  });

  test('pages hold at most a page size of items, by whole documents', () => {
    const many = (target: DocumentData, n: number) => Array.from({ length: n }, () => ({ doc: target }));
    const actor = { mentions: [...many(a, PAGE_SIZE.actor - 10), ...many(b, 20), ...many(c, 5)], commitments: [], quotations: [] } as unknown as Parameters<typeof actorPages>[0];
    expect(actorPages(actor, corpus)).toEqual([[a], [b, c]]);
  });
});
