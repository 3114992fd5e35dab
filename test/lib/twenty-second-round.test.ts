/**
 * What the twenty-second session fixed, on invented texts: names set over two lines of a
 * masthead, and (below) what the twenty-second blind round's shapes exposed.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { ingest } from '../support/engine.ts';

describe('a state’s name set over two lines of a masthead', () => {
  test.each([
    [['RÉPUBLIQUE', 'FRANÇAISE', '', 'MINISTÈRE DE LA JUSTICE'], 'RÉPUBLIQUE FRANÇAISE', 'france'],
    [['ROYAUME DE', 'BELGIQUE', '', 'SPF Intérieur'], 'ROYAUME DE BELGIQUE', 'belgique'],
    [['Grand-Duché de', 'Luxembourg', '', 'Ministère de la Sécurité intérieure'], 'Grand-Duché de Luxembourg', 'luxembourg'],
  ])('%j is one note and one mention of its country', (masthead, note, id) => {
    const text = [...masthead, '', 'Bruxelles, le 3 février 2026', '', 'Note sur les patrouilles communes', '', 'Les patrouilles reprendront en mars 2026.', ''].join('\n');
    const doc = ingest(text);
    expect(doc.header.notes.concat(doc.header.authorLines)).toContain(note);
    const first = doc.mentions.filter((m) => m.block === 'header' && m.start < note.length);
    expect(first.map((m) => [m.text.replace(/\s+/gu, ' '), m.id])).toEqual([[note, id]]);
  });

  test('only a line that is a state’s form alone is joined to the next', () => {
    const texts = (text: string) => splitBlocks(text).blocks.map((b) => (b.type === 'text' ? b.text : ''));
    expect(texts('RÉPUBLIQUE\nFRANÇAISE\n\nMINISTÈRE DE LA JUSTICE\n')).toEqual(['RÉPUBLIQUE FRANÇAISE', 'MINISTÈRE DE LA JUSTICE']);
    expect(texts('Les ministres de la République\nLes patrouilles reprendront en mars 2026.\n')).toEqual(['Les ministres de la République', 'Les patrouilles reprendront en mars 2026.']);
  });
});

describe('a ministry’s release under the state’s letterhead', () => {
  test.each([
    [['RÉPUBLIQUE FRANÇAISE', 'MINISTÈRE DE LA JUSTICE', 'Paris, le 3 février 2026', 'Communiqué de presse', 'Renforcement des patrouilles communes'], 'Renforcement des patrouilles communes'],
    [['RÉPUBLIQUE FRANÇAISE', 'MINISTÈRE DE LA JUSTICE', 'Bruxelles, le 3 février 2026', 'Note relative aux patrouilles communes'], 'Note relative aux patrouilles communes'],
    [['ROYAUME DE BELGIQUE', 'SPF Intérieur', 'Bruxelles, le 3 février 2026', 'Note sur les patrouilles communes'], 'Note sur les patrouilles communes'],
  ])('%j is titled by its headline, the state’s name is a header line', (lines, title) => {
    const doc = ingest([...lines, 'Les patrouilles reprendront en mars 2026.', ''].join('\n\n'));
    expect(doc.title).toBe(title);
    expect(Object.values(doc.header).flat()).toContain(lines[0]);
    expect(doc.date).toBe('2026-02-03');
  });
});
