/**
 * French punctuation on the built pages, measured in Chromium at phone and narrow widths:
 * no line of a document's title and reading text, or of a commitment's text, starts with
 * ";", ":", "!", "?" or "»" after the plain space the source has, and none ends on an
 * opening "«". The source's characters stay as they are (see `keepTogether`), so a text
 * fragment made from the source still finds its words. The same measurement on the page
 * with its `.keep` spans undone finds such breaks: it is not blind to them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist-files.ts';
import { loadDocuments } from '../support/documents.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { BREAKABLE } from '../support/typography.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the browser tests`);

/** The document whose text has the most plain spaces before French punctuation, and a commitment of it that has one. */
const GROUP = new RegExp(BREAKABLE.source, 'gu');
const documents = loadDocuments();
const doc = [...documents].sort((a, b) => (b.commitments.map((c) => c.text).join(' ').match(GROUP)?.length ?? 0) - (a.commitments.map((c) => c.text).join(' ').match(GROUP)?.length ?? 0))[0]!;
const commitment = doc.commitments.find((c) => / [;:]/u.test(c.text))!;

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser({ width: 390 });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * At each width, the punctuation marks under `selector` that a line break parts from their
 * word: for each ";:!?»" after a plain space, whether it sits lower than the last letter
 * before it; for each "«" before a plain space, whether the first letter after it sits lower.
 * With `undo`, the `.keep` spans are first replaced by their text.
 */
async function parted(selector: string, widths: number[], undo = false): Promise<string[]> {
  return page.evaluate(
    ({ selector, widths, undo }) => {
      if (undo) for (const span of [...document.querySelectorAll('.keep')]) span.replaceWith(span.textContent ?? '');
      const roots = [...document.querySelectorAll(selector)];
      const chars: Array<{ node: Text; offset: number; char: string }> = [];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          for (let i = 0; i < node.data.length; i++) chars.push({ node, offset: i, char: node.data[i]! });
        }
      }
      const top = (k: number) => {
        const range = document.createRange();
        range.setStart(chars[k]!.node, chars[k]!.offset);
        range.setEnd(chars[k]!.node, chars[k]!.offset + 1);
        return range.getClientRects()[0]?.top ?? NaN;
      };
      const plain = (c: string) => c === ' ' || c === '\n';
      const found: string[] = [];
      for (const width of widths) {
        for (const root of roots) (root as HTMLElement).style.width = `${width}px`;
        chars.forEach(({ char }, k) => {
          if (';:!?»'.includes(char) && k > 0 && plain(chars[k - 1]!.char)) {
            let j = k - 1;
            while (j > 0 && /\s/u.test(chars[j]!.char)) j--;
            if (top(k) > top(j) + 1) found.push(`${width}px: "${chars.slice(j - 10, k + 1).map((c) => c.char).join('')}"`);
          }
          if (char === '«' && k + 1 < chars.length && plain(chars[k + 1]!.char)) {
            let j = k + 1;
            while (j < chars.length - 1 && /\s/u.test(chars[j]!.char)) j++;
            if (top(j) > top(k) + 1) found.push(`${width}px: "${chars.slice(k, j + 10).map((c) => c.char).join('')}"`);
          }
        });
      }
      return found;
    },
    { selector, widths, undo },
  );
}

const WIDTHS = Array.from({ length: 30 }, (_, i) => 240 + i * 12);

describe(`/documents/${doc.id}/`, () => {
  test('no French punctuation mark is parted from its word, from 240 to 588 px', { timeout: 60_000 }, async () => {
    await page.goto(`${server.origin}/documents/${doc.id}/`);
    expect(await page.locator('.document .keep').count(), 'spans holding punctuation').toBeGreaterThan(0);
    expect(await parted('#title, .doc-body, .commitment-index', WIDTHS)).toEqual([]);
  });

  test('without the spans the same measurement finds parted marks (the check is not blind)', { timeout: 60_000 }, async () => {
    await page.goto(`${server.origin}/documents/${doc.id}/`);
    expect((await parted('#title, .doc-body, .commitment-index', WIDTHS, true)).length).toBeGreaterThan(0);
  });

  test('a text fragment of the source\'s words across a held mark still finds them', { timeout: 30_000 }, async () => {
    const at = commitment.text.search(/ [;:]/u);
    const words = commitment.text.slice(0, at).split(/\s+/u).slice(-3).join(' ') + commitment.text.slice(at, at + 2) + ' ' + commitment.text.slice(at + 3).split(/\s+/u)[0];
    const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
    await page.goto(`${server.origin}/documents/${doc.id}/#:~:text=${encode(words)}`);
    await expect
      .poll(() => page.evaluate((id) => { const target = document.querySelector(':target'); return target !== null && (document.getElementById(id)?.contains(target) ?? false); }, commitment.id), { timeout: 5_000, message: `"${words}" matched inside #${commitment.id}` })
      .toBe(true);
  });
});

describe(`/engagements/${doc.id}/${commitment.id}/`, () => {
  test('the commitment\'s text keeps its punctuation with its words, its characters those of the source', { timeout: 60_000 }, async () => {
    await page.goto(`${server.origin}/engagements/${doc.id}/${commitment.id}/`);
    expect(await page.locator('.commitment-text').textContent()).toContain(commitment.text.slice(0, 80));
    expect(await parted('.commitment-text', WIDTHS)).toEqual([]);
  });
});
