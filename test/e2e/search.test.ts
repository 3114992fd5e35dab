/**
 * Search in Chromium against the built site and its Pagefind index: acronyms and names
 * rank their commitments first, accents and word families match, a domain filter narrows
 * to exactly that domain's commitments, ?q= restores a search, the keyboard moves through
 * results, and a result lands on its element with the words highlighted.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { breakablePunctuation } from '../support/typography.ts';

if (!existsSync('dist/pagefind/pagefind.js')) throw new Error('dist/pagefind is missing: run `npm run build` (npm test does) before the search tests');

interface Row {
  type: string;
  title: string;
  href: string;
  excerpt: string;
}

const engagements = JSON.parse(readFileSync('dist/api/engagements.json', 'utf8')) as { engagements: Array<{ document: string; id: string; text: string; domains: string[] }> } | Array<{ document: string; id: string; text: string; domains: string[] }>;
const commitments = Array.isArray(engagements) ? engagements : engagements.engagements;

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchBrowser({ width: 1280, height: 900 });
  page = await browser.context.newPage();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Open the search page with a query string and wait for the results to settle. */
async function search(query: string): Promise<Row[]> {
  await page.goto(`${server.origin}/recherche/?${query}`);
  await page.waitForFunction(() => document.querySelector('#resultats-etat')?.textContent !== '' || !document.querySelector('#aucun-resultat')?.hasAttribute('hidden'), null, { timeout: 15_000 });
  return page.$$eval('#resultats li', (items) =>
    items.map((li) => ({
      type: li.querySelector('.tag')?.textContent?.trim() ?? '',
      title: li.querySelector('a')?.textContent?.trim() ?? '',
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: li.querySelector('.excerpt')?.textContent ?? '',
    })),
  );
}

const idOf = (href: string) => /\/engagements\/[^/]+\/([^/?#]+)\//.exec(href)?.[1];

describe('search', () => {
  test.each([
    ['PNR', 'europeen-2'],
    ['SIS', 'radicalisation-violente-4'],
    ['ECE', 'terrorisme-3'],
  ])('the acronym %s ranks its commitment first (%s)', async (q, id) => {
    const rows = await search(`q=${q}`);
    expect(rows[0]?.type).toBe('Engagement');
    expect(idOf(rows[0]!.href)).toBe(id);
  }, 30_000);

  test('a name (Jambon) ranks the commitments he announced first', async () => {
    const rows = await search('q=Jambon');
    const firstOther = rows.findIndex((r) => r.type !== 'Engagement');
    expect(firstOther).toBeGreaterThan(0);
    expect(rows.slice(0, firstOther).every((r) => r.href.includes('/engagements/2018-01-23-'))).toBe(true);
    expect(rows.some((r) => r.href.startsWith('/acteurs/jan-jambon/'))).toBe(true);
  }, 30_000);

  test('an actor result quotes what its page shows, not hidden search text', async () => {
    const actor = (await search('q=Jambon')).find((r) => r.href.startsWith('/acteurs/jan-jambon/'));
    expect(actor?.excerpt).toMatch(/Jambon/u);
    await page.goto(`${server.origin}${actor!.href}`);
    const visible = (await page.locator('main').innerText()).replace(/\s+/gu, ' ');
    // Pagefind's excerpt drops punctuation and spacing here and there: compare word runs.
    const words = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
    for (const run of actor!.excerpt.split(/\s*…\s*|\.\s+/u).map(words).filter((r) => r.split(' ').length >= 3)) expect(words(visible)).toContain(run);
  }, 30_000);

  test('"echange" finds "échange"; "renforcer" finds "renforcement"', async () => {
    expect((await search('q=echange')).some((r) => /échange/u.test(r.excerpt))).toBe(true);
    expect((await search('q=renforcer')).some((r) => /renforcement/u.test(r.excerpt))).toBe(true);
  }, 30_000);

  test('a domain filter narrows the hits to exactly that domain’s commitments', async () => {
    const label = 'Gestion de crise';
    const expected = commitments.filter((c) => c.domains.includes('gestion-crise')).map((c) => c.id).sort();
    expect(expected.length).toBeGreaterThan(0);
    const rows = await search(`domaine=${encodeURIComponent(label)}&type=Engagement`);
    expect(rows.map((r) => idOf(r.href)).sort()).toEqual(expected);
    expect(await page.isChecked(`#f-domaine-${label.replace(/[^a-z0-9-]/gi, '_')}`)).toBe(true);
  }, 30_000);

  test('on a phone the filters are folded above the results, and open on demand', async () => {
    await page.setViewportSize({ width: 390, height: 900 });
    try {
      const rows = await search('q=terrorisme');
      expect(rows.length).toBeGreaterThan(0);
      expect(await page.$eval('.filters-box', (d) => (d as HTMLDetailsElement).open)).toBe(false);
      // The first result is on the first screen.
      const top = await page.$eval('#resultats li', (li) => li.getBoundingClientRect().top);
      expect(top).toBeLessThan(900);
      await page.click('.filters-box > summary');
      expect(await page.isVisible('#filtres fieldset')).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    await search('q=terrorisme');
    expect(await page.$eval('.filters-box', (d) => (d as HTMLDetailsElement).open)).toBe(true);
  }, 30_000);

  test('no commitment appears twice, and no passage repeats a commitment', async () => {
    const rows = await search('q=coopération');
    const hrefs = rows.map((r) => r.href.replace(/\?.*$/, ''));
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const texts = commitments.map((c) => c.text.slice(0, 60));
    for (const row of rows.filter((r) => r.type === 'Passage')) for (const t of texts) expect(row.excerpt.includes(t)).toBe(false);
  }, 30_000);

  test('?q= restores a search, and typing keeps the URL in step', async () => {
    await search('q=radicalisation');
    expect(await page.inputValue('#recherche')).toBe('radicalisation');
    await page.fill('#recherche', 'Liège');
    await page.waitForFunction(() => location.search.includes('q=Li'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Liège');
  }, 30_000);

  test('arrow keys move through the results and Enter follows one to its commitment', async () => {
    const rows = await search('q=PNR');
    await page.focus('#recherche');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(rows[0]!.href);
    if (rows.length > 1) {
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(rows[1]!.href);
      await page.keyboard.press('ArrowUp');
    }
    await Promise.all([page.waitForURL(/\/engagements\//), page.keyboard.press('Enter')]);
    expect(await page.textContent('.commitment-text')).toContain('PNR');
    // The words searched for are highlighted on arrival.
    await page.waitForSelector('mark', { timeout: 10_000 });
  }, 30_000);

  test('a passage result lands on its paragraph, in view', async () => {
    const rows = await search('q=OCAM');
    const passage = rows.find((r) => r.type === 'Passage' && r.href.includes('#'));
    expect(passage).toBeDefined();
    await page.goto(server.origin + passage!.href);
    const anchor = new URL(server.origin + passage!.href).hash.slice(1);
    const inView = await page.$eval(`[id="${anchor}"]`, (el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  }, 30_000);

  test('a result holds French punctuation to its word, its text the source\'s', async () => {
    const rows = await search('q=quadripartite');
    expect(rows.some((r) => r.excerpt.includes('« quadripartite ministérielle »'))).toBe(true);
    const html = await page.$eval('#resultats', (list) => list.innerHTML);
    expect(html).toContain('class="keep"');
    expect(breakablePunctuation(html)).toEqual([]);
  }, 30_000);

  test('an empty search suggests domains and spelling', async () => {
    await search('q=zzzzzz');
    expect(await page.isVisible('#aucun-resultat')).toBe(true);
    expect(await page.$$eval('#aucun-resultat a', (as) => as.length)).toBeGreaterThan(0);
  }, 30_000);

  test('"/" on any page puts the cursor in the header search box', async () => {
    await page.goto(`${server.origin}/glossaire/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche-entete');
  }, 30_000);
});
