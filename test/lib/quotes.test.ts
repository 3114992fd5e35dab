import { describe, expect, test } from 'vitest';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { findQuotes } from '../../scripts/lib/quotes.ts';
import { ARTICLE_FILE, fixtureText, readSeedFiles } from '../support/seeds.ts';

const speakers = (text: string, last: string | null = null, context = '') =>
  findQuotes(text, last, context).quotes.map((q) => [q.text, q.speaker]);

describe('findQuotes', () => {
  test.each([
    ['"Cela a porté sur une collaboration ponctuelle", a expliqué Jan Jambon après la rencontre.', 'Jan Jambon'],
    ['« Nous devons agir vite et ensemble », a déclaré M. Charles MICHEL.', 'Charles MICHEL'],
    ['Selon Ferdinand Grapperhaus, « la violence liée au trafic de drogue menace nos villes ».', 'Ferdinand Grapperhaus'],
    ['« Démanteler un réseau ne sert à rien sans saisies », a-t-il souligné.', 'Koen Geens'],
    ['Le ministre a conclu : « Nous reviendrons vers vous avec des propositions concrètes. »', 'Koen Geens'],
  ])('%j is said by %s', (text, speaker) => {
    expect(speakers(text, 'Koen Geens')[0]?.[1]).toBe(speaker);
  });

  test('resolves "le ministre" to the last named speaker', () => {
    expect(speakers('"Nous sommes à un niveau 2 nuancé", a insisté le ministre.', 'Jan Jambon')).toEqual([['Nous sommes à un niveau 2 nuancé', 'Jan Jambon']]);
  });

  test('resolves "le ministre néerlandais" through an earlier apposition', () => {
    const context = 'Ferdinand Grapperhaus, ministre néerlandais de la Justice, a signé.';
    expect(speakers('"Les criminels ne connaissent pas de frontières", a déclaré le ministre néerlandais à Anvers.', 'Pieter De Crem', context)[0]?.[1]).toBe(
      'Ferdinand Grapperhaus',
    );
  });

  test('short quoted names and terms are not speech', () => {
    expect(speakers('D’œuvrer à la mise en place d’une « quadripartite ministérielle » associant les ministres.')).toEqual([]);
    expect(speakers('la conférence (« No Money For Terror », Paris, 25-26 avril 2018) ;')).toEqual([]);
  });
});

describe('quotations of the press report', () => {
  test('six quotations, all attributed to Jan Jambon, including "a insisté le ministre"', () => {
    const seeds = readSeedFiles();
    const doc = ingestDocument({ file: ARTICLE_FILE, bytes: seeds.get(ARTICLE_FILE)! }).data;
    expect(doc.quotations).toHaveLength(6);
    expect(new Set(doc.quotations.map((q) => q.speaker))).toEqual(new Set(['Jan Jambon']));
  });

  test('an article with quotes before and after their attribution, across wrapped lines', () => {
    const doc = ingestDocument({ file: 'q.txt', bytes: new TextEncoder().encode(fixtureText('article-quotes')) }).data;
    expect(doc.quotations.map((q) => q.speaker)).toEqual([
      'Ferdinand Grapperhaus',
      'Ferdinand Grapperhaus',
      'Pieter De Crem',
      'Pieter De Crem',
      'Koen Geens',
      'le syndicat policier SLFP',
    ]);
  });
});

describe('speakers named away from the verb (review findings)', () => {
  test.each([
    ['« Nous devons agir ensemble contre la menace », a expliqué jeudi Jan Jambon.', 'Jan Jambon'],
    ['« Nous devons agir ensemble contre la menace », a expliqué à la presse Jan Jambon.', 'Jan Jambon'],
    ["« Nous devons agir ensemble contre la menace », a déclaré le ministre belge de l'Intérieur, Jan Jambon.", 'Jan Jambon'],
    ['« Nous devons agir ensemble contre la menace », a déclaré son homologue belge Jan Jambon.', 'Jan Jambon'],
    ['« Nous devons agir ensemble contre la menace », indique un communiqué du ministère.', null],
    ['« Nous devons agir ensemble contre la menace », ont déclaré les deux ministres.', null],
    ['Le ministre a déclaré que « nous devons agir ensemble contre la menace ».', 'Gérard Collomb'],
  ])('%j → %s', (text, speaker) => {
    expect(findQuotes(text, 'Gérard Collomb').quotes[0]?.speaker).toBe(speaker);
  });
});

describe('findQuotes on property-test counterexamples', () => {
  test('an empty pair of quotation marks is not a quotation', () => {
    expect(findQuotes('La la. "", a expliqué Jan Jambon.', null).quotes).toEqual([]);
  });
});
