/**
 * Texts of other shapes (test/fixtures/<case>/input.txt) through the whole ingest; the
 * model is pinned in test/fixtures/<case>/expected.json. After an intended change,
 * regenerate with `npx vitest run -u test/lib/fixtures.test.ts` and read the diff.
 */
import { readLines } from '../../scripts/lib/markdown-lines.ts';
import { describe, expect, test } from 'vitest';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { renderMdx, textOf } from '../support/mdx.ts';
import { fixtureNames, fixtureText } from '../support/seeds.ts';

describe.each(fixtureNames())('fixture %s', (name) => {
  const text = fixtureText(name);
  const doc = ingestDocument({ file: `${name}.txt`, bytes: new TextEncoder().encode(text) });

  test('model matches expected.json', async () => {
    const { source, ...rest } = doc.data;
    await expect(`${JSON.stringify({ ...rest, source: { ...source, file: `${name}/input.txt` } }, null, 2)}\n`).toMatchFileSnapshot(
      `../fixtures/${name}/expected.json`,
    );
  });

  test('every line of the text is shown (or recorded as removed furniture)', async () => {
    const { data, mdx } = doc;
    const shown = collapseSpace(
      [
        data.title,
        ...Object.values(data.header).flat().filter((v): v is string => typeof v === 'string'),
        textOf(await renderMdx(mdx)),
      ].join(' '),
    );
    const removed = new Set(data.removed.map((r) => r.line));
    // A Markdown export's markup and an e-mail's quote marks are read, not shown: lines are
    // compared without them.
    const read = readLines(text);
    text.split('\n').forEach((raw, i) => {
      const line = read ? read[i]!.text : raw;
      if (line.trim() === '' || removed.has(i + 1)) return;
      // A table written with pipes is shown as a table: every cell's text, no bars, no
      // delimiter row.
      if (/^\s*\|.*\|\s*$/u.test(line)) {
        for (const cell of line.split('|').map(collapseSpace).filter((c) => c !== '' && !/^[\s:-]+$/u.test(c))) expect(shown, `line ${i + 1}`).toContain(cell);
        return;
      }
      // So is a table exported with tabs; and columns a PDF's export sets apart with spaces
      // (signatures side by side) are read column after column.
      if (/\t[^\t]*\t/u.test(line) || /\S {4,}\S/u.test(line.trim())) {
        for (const cell of line.split(/\t| {4,}/u).map(collapseSpace).filter((c) => c !== '')) expect(shown, `line ${i + 1}`).toContain(cell);
        return;
      }
      // List markers are shown as attributes of their item; their text follows. A run-in
      // article's number before a sentence ("Article 1er – Des patrouilles … sont
      // organisées …") is shown as its heading.
      let expected = collapseSpace(line).replace(/^(?:[•·●▪◦‣⁃■□➢►✓*–—-]|\d{1,3}(?:[.)°]| -| –)|[a-z][.)]|[ivx]{1,5}\)|K\.\s?\d{1,3})\s+/u, '');
      if (expected.length > 160 || /[.;!?»]$/u.test(expected)) {
        expected = expected.replace(/^((?:Article|Art\.)\s+(?:premier|unique|1er|\d+(?:er)?))(?:\s*\.\s*[-–—]?|\s*[-–—]|\s*:)\s+/u, '$1 ');
      }
      // A word cut by a hyphen at the end of a hard-wrapped line is shown whole.
      if (!shown.includes(expected)) expected = expected.replace(/(?<=\p{Ll})-$/u, '');
      expect(shown, `line ${i + 1}`).toContain(expected);
    });
  });
});
