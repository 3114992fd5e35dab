/**
 * French punctuation on every built page, read without a browser: no text a reader sees has
 * a plain space before ";", ":", "!", "?" or "»", or after "«", outside a `.keep` span
 * that holds it to its word (see `keepTogether`); the site's own strings use no-break
 * spaces. Hidden search-index text, scripts, styles, code and the page title are not shown
 * as text and are left out. (`test/e2e/typography.test.ts` measures the line breaks in
 * Chromium.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { DIST, htmlFiles } from '../support/dist-files.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the site tests`);

const NOT_SHOWN = new Set(['script', 'style', 'code', 'pre', 'title', 'template']);
const BREAKABLE = /[ \t\n][;:!?»]|«[ \t\n]/u;

/** The shown text nodes of a page with a plain space where French wants a no-break one. */
function breakable(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const element = node as Element;
      const classes = (element.properties['className'] as string[] | undefined) ?? [];
      if (NOT_SHOWN.has(element.tagName) || element.properties['hidden'] !== undefined || classes.includes('keep')) return;
    }
    if (node.type === 'text') {
      const m = BREAKABLE.exec(node.value);
      if (m) found.push(node.value.slice(Math.max(0, m.index - 40), m.index + 10));
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html));
  return found;
}

describe('French punctuation held to its word', () => {
  test('the check finds a plain space before a colon or inside quotation marks', () => {
    expect(breakable('<p>Les ministres ont décidé : « une avancée »</p>')).toHaveLength(1);
    expect(breakable('<p>Les ministres ont décidé<span class="keep"> :</span> <span class="keep">« une</span> avancée<span class="keep"> »</span></p>')).toEqual([]);
    expect(breakable('<div hidden><p>décidé :</p></div><p>décidé\u00a0:</p>')).toEqual([]);
  });

  const files = htmlFiles();
  test.each(files)('%s', (file) => {
    expect(breakable(readFileSync(join(DIST, file), 'utf8'))).toEqual([]);
  });
});
