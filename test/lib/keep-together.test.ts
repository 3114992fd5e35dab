/**
 * French punctuation held to its word without changing a character (`keepTogether`), and
 * the rehype plugin that applies it to the reading text's MDX.
 */
import fc from 'fast-check';
import type { Root } from 'hast';
import { describe, expect, test } from 'vitest';
import rehypeKeepTogether from '../../src/plugins/rehype-keep-together.ts';
import { keepTogether } from '../../src/utils/keep-together.ts';

const kept = (text: string) => keepTogether(text).filter((s) => s.keep).map((s) => s.text);

describe('keepTogether', () => {
  test.each([
    ['les deux pays ; les ministres', [' ;']],
    ['les ministres : « une avancée » ! vraiment ?', [' :', '« une', ' »', ' !', ' ?']],
    // Several spaces, or a line break, are one group with the punctuation.
    ['fin de la phrase  ;\nsuite', ['  ;']],
    ['« \nla', ['« \nla']],
    // No-break spaces already hold: nothing to do.
    ['les deux pays\u202f; les ministres\u00a0: «\u00a0une\u00a0»', []],
    // No space, no group: an address, a time, a ratio.
    ['https://example.org/?a=1 à 14:30, 3:1', []],
    // A long word after "«" may still wrap; the closing mark is held.
    ['« https://www.example.org/une-tres-longue-adresse-de-page » fin', [' »']],
    ['« Frontière sûre »', ['« Frontière', ' »']],
  ])('%j keeps %j together', (text, groups) => {
    expect(kept(text)).toEqual(groups);
  });

  test('joined, the segments are the text, and no plain space before the punctuation is left breakable', () => {
    const alphabet = fc.constantFrom('a', 'é', ' ', '\n', ';', ':', '!', '?', '«', '»', '\u00a0', '\u202f', 'x', '.');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 60 }), (text) => {
        const segments = keepTogether(text);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (const s of segments) if (!s.keep) expect(s.text).not.toMatch(/[ \n][;:!?»]/u);
        // Neighbouring plain segments would mean a needless cut.
        segments.forEach((s, i) => i > 0 && !s.keep && expect(segments[i - 1]!.keep).toBe(true));
      }),
    );
  });
});

describe('rehypeKeepTogether', () => {
  const run = (tree: Root) => {
    rehypeKeepTogether()(tree);
    return tree;
  };
  const text = (value: string) => ({ type: 'text' as const, value });

  test('wraps the groups of every text node in a span that does not wrap, the text unchanged', () => {
    const tree = run({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [text('Les ministres : « une'), { type: 'element', tagName: 'a', properties: {}, children: [text('avancée')] }, text(' » ; fin')] }] });
    const p = tree.children[0] as { children: unknown[] };
    expect(p.children).toEqual([
      text('Les ministres'),
      { type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [text(' :')] },
      text(' '),
      { type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [text('« une')] },
      { type: 'element', tagName: 'a', properties: {}, children: [text('avancée')] },
      { type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [text(' »')] },
      { type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [text(' ;')] },
      text(' fin'),
    ]);
  });

  test('leaves code and scripts alone', () => {
    const tree = run({ type: 'root', children: [{ type: 'element', tagName: 'code', properties: {}, children: [text('a ; b')] }, { type: 'element', tagName: 'script', properties: {}, children: [text('f() ; g()')] }] });
    expect(JSON.stringify(tree)).not.toContain('keep');
  });
});

describe('rehypeKeepTogether, an opening mark before an element', () => {
  test('"« " ending a text node goes into one span with the element after it', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'Il tient à « ' }, { type: 'element', tagName: 'a', properties: {}, children: [{ type: 'text', value: 'Frontex' }] }, { type: 'text', value: ' ».' }] }] };
    rehypeKeepTogether()(tree);
    expect((tree.children[0] as { children: unknown[] }).children).toEqual([
      { type: 'text', value: 'Il tient à ' },
      { type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [{ type: 'text', value: '« ' }, { type: 'element', tagName: 'a', properties: {}, children: [{ type: 'text', value: 'Frontex' }] }] },
      { type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [{ type: 'text', value: ' »' }] },
      { type: 'text', value: '.' },
    ]);
  });
});
