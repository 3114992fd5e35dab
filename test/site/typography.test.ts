/**
 * French punctuation on every built page, read without a browser: no text a reader sees has
 * a plain space before ";", ":", "!", "?" or "»", or after "«", outside a `.keep` span
 * that holds it to its word (see `keepTogether`); the site's own strings use no-break
 * spaces. (`test/e2e/typography.test.ts` measures the line breaks in Chromium; the
 * adversarial build's pages, texts of many other shapes, are read the same way.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, htmlFiles } from '../support/dist-files.ts';
import { breakablePunctuation as breakable } from '../support/typography.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the site tests`);

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
