/** Every annotation keeps offsets into the decoded source that point at its own text. */
import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../../scripts/lib/decode.ts';
import { ingestDocument } from '../../../scripts/lib/document.ts';
import { cleanLine, isMarkdown, readLines } from '../../../scripts/lib/markdown-lines.ts';
import { fixtureNames, fixtureText, readSeedFiles } from '../../support/seeds.ts';

const texts: Array<[string, Uint8Array]> = [
  ...[...readSeedFiles()].filter(([name]) => name.endsWith('.txt')),
  ...fixtureNames().map((name): [string, Uint8Array] => [`${name}.txt`, new TextEncoder().encode(fixtureText(name))]),
];

describe.each(texts)('%s', (name, bytes) => {
  const doc = ingestDocument({ file: name, bytes }).data;
  const source = decodeSource(bytes, name).text;
  const collapse = (s: string) => s.replace(/\s+/gu, ' ');
  // The source's text as the page reads it: a word cut by a hyphen at a hard-wrapped line's
  // end is whole again ("espa-" / "gnols"), or a compound ("franco-" / "belge").
  // A Markdown export's markup and an e-mail's quote marks are read, not shown: the source
  // is compared without them.
  const markdown = isMarkdown(source);
  const quoting = !markdown && readLines(source) !== null;
  // A sentence a page break cut runs over the page's number and running header, which are
  // recorded as removed lines: the source is also compared without them.
  const removedLines = new Set(doc.removed.map((r) => r.text.trim()));
  const withoutRemoved = (s: string) => s.split('\n').filter((line) => !removedLines.has(line.trim())).join('\n');
  const read = (s: string) =>
    [
      collapse(s),
      withoutRemoved(s),
      withoutRemoved(s).replace(/(?<=\p{Ll})-\n\s*(?=\p{Ll})/gu, ''),
      s.replace(/(?<=\p{Ll})-\n\s*(?=\p{Ll})/gu, ''),
      s.replace(/(?<=\p{Ll})-\n\s*(?=\p{Ll})/gu, '-'),
      ...(markdown ? [s.split('\n').map((line) => cleanLine(line).text).join('\n')] : []),
      ...(quoting ? [s.replace(/\n\s*(?:>\s?)+/gu, '\n')] : []),
    ].map(collapse);

  test('mentions, dates and references point at their text in the source', () => {
    for (const a of [...doc.mentions, ...doc.dates, ...doc.references]) expect(read(source.slice(a.start, a.end))).toContain(collapse(a.text));
  });

  test('commitments point at their text in the source', () => {
    for (const c of doc.commitments) expect(read(source.slice(c.start, c.end))).toContain(collapse(c.text));
  });
});
