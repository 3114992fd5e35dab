/**
 * The long listings paginated: a build of 100 synthetic documents (`scripts/make-corpus.ts`,
 * about 850 commitments) splits `/engagements/`, `/chronologie/`, the page of the most
 * mentioned actor and of the largest domain into pages, and
 * - every item is on exactly one page, whole documents (or dates) per page, within the
 *   page size unless one group is larger;
 * - the first page keeps the listing's URL, the others add their number, each links the
 *   previous and next page and has its own title;
 * - every link to the timeline from the documents lands on the page that has its anchor,
 *   each timeline page lists the years, and a link to a date naming a page the date has
 *   left is sent on to its page (site.js);
 * - every actor's mentions, quotations and commitments are all shown across its pages;
 * - search indexes an actor's first page only (no duplicate results);
 * - a later page has no axe violations, and its pager works from the keyboard.
 * The real site (two seeds) has one page per listing and no pager: checked on `dist/`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeCorpus } from '../../scripts/make-corpus.ts';
import { PAGE_SIZE } from '../../src/data/paginate.ts';
import { expectNoViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { fileOfUrl, htmlFiles, startTags } from '../support/dist-files.ts';
import { decodeEntities, idsIn } from '../support/html.ts';
import { serveStatic } from '../support/static-server.ts';

mkdirSync('tmp', { recursive: true });
const work = resolve(mkdtempSync(join('tmp', 'pagination-')));
const dist = join(work, 'dist');

beforeAll(() => {
  makeCorpus(join(work, 'seeds'), 100, 20_261_123);
  const ingest = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--quiet', '--seeds', join(work, 'seeds'), '--out', join(work, 'content/documents'), '--data', join(work, 'content/data'), '--lock', join(work, 'content/ids.lock.yaml')],
    { encoding: 'utf8' },
  );
  expect(ingest.status, ingest.stderr).toBe(0);
  for (const part of ['src', 'public', 'scripts', 'content/registry', 'astro.config.mjs']) cpSync(part, join(work, part), { recursive: true });
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/astro.js'), 'build', '--root', work, '--silent'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(dist, file), 'utf8');
/** The pages of a listing at `base` ("/engagements/"), in order, as [url, html]. */
function listing(base: string, root = dist): Array<[string, string]> {
  const pages: Array<[string, string]> = [];
  for (let n = 1; ; n++) {
    const url = n === 1 ? base : `${base}${n}/`;
    const file = fileOfUrl(url, root);
    if (!file) return pages;
    pages.push([url, readFileSync(join(root, file), 'utf8')]);
  }
}
const hrefs = (html: string) => startTags(html).filter((t) => t.name === 'a' && t.attrs.has('href')).map((t) => t.attrs.get('href')!);
const title = (html: string) => decodeEntities(/<title>([^<]*)<\/title>/.exec(html)![1]!);
/** The commitment permalinks a page lists (`/engagements/<doc>/<id>/`). */
const commitmentLinks = (html: string) => hrefs(html).filter((h) => /^\/engagements\/[^/]+\/[^/]+\/$/.test(h));

/** Pager checks shared by every listing: numbering, prev/next, titles. */
function checkPager(pages: Array<[string, string]>) {
  expect(pages.length).toBeGreaterThan(1);
  const titles = pages.map(([, html]) => title(html));
  expect(new Set(titles).size).toBe(pages.length);
  pages.forEach(([url, html], i) => {
    expect(html).toContain(`Page ${i + 1} sur ${pages.length}`);
    const tags = startTags(html).filter((t) => t.name === 'a');
    const rel = (r: string) => tags.find((t) => t.attrs.get('rel') === r)?.attrs.get('href');
    expect(rel('prev')).toBe(i > 0 ? pages[i - 1]![0] : undefined);
    expect(rel('next')).toBe(i < pages.length - 1 ? pages[i + 1]![0] : undefined);
    expect(tags.filter((t) => t.attrs.get('aria-current') === 'page').map((t) => t.attrs.get('href'))).toContain(url);
    if (i > 0) expect(titles[i]).toMatch(new RegExp(` — page ${i + 1} sur ${pages.length} · `));
  });
}

describe('pagination of the long listings (100 synthetic documents)', () => {
  test('/engagements/: every commitment on exactly one page, whole documents, within the page size', () => {
    const pages = listing('/engagements/');
    checkPager(pages);
    const all = htmlFiles(dist).filter((f) => /^engagements\/[^/]+\/[^/]+\/index\.html$/.test(f)).map((f) => `/${f.slice(0, -'index.html'.length)}`);
    const listed = pages.flatMap(([, html]) => commitmentLinks(html));
    expect(listed.sort()).toEqual(all.sort());
    for (const [, html] of pages) {
      const docs = new Set(commitmentLinks(html).map((h) => h.split('/')[2]));
      expect(commitmentLinks(html).length <= PAGE_SIZE.commitments || docs.size === 1).toBe(true);
    }
    // A document is never split between two pages.
    const docsPerPage = pages.map(([, html]) => new Set(commitmentLinks(html).map((h) => h.split('/')[2])));
    const seen = docsPerPage.flatMap((s) => [...s]);
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('/chronologie/: every date on one page, and every link to the timeline lands on its anchor', () => {
    const pages = listing('/chronologie/');
    checkPager(pages);
    const anchors = pages.flatMap(([, html]) => [...idsIn(html)].filter((id) => id.startsWith('date-')));
    expect(new Set(anchors).size).toBe(anchors.length);
    const links = htmlFiles(dist)
      .flatMap((f) => hrefs(read(f)))
      .filter((h) => h.startsWith('/chronologie/') && h.includes('#'));
    const targets = new Set(links);
    expect(targets.size).toBeGreaterThan(100);
    const onLaterPages = [...targets].filter((h) => !h.startsWith('/chronologie/#'));
    expect(onLaterPages.length).toBeGreaterThan(0);
    for (const link of targets) {
      const [path, anchor] = link.split('#') as [string, string];
      const page = pages.find(([url]) => url === path);
      expect(page, link).toBeDefined();
      expect(idsIn(page![1]).has(anchor), link).toBe(true);
    }
    // Each page lists every year, each linking to the page where that year starts.
    const years = [...new Set(anchors.map((a) => a.slice('date-'.length, 'date-'.length + 4)))];
    for (const [, html] of pages) {
      const yearLinks = hrefs(html).filter((h) => /#annee-\d{4}$/.test(h));
      expect(yearLinks.map((h) => h.slice(-4))).toEqual(years);
      for (const link of yearLinks) {
        const [path, anchor] = link.split('#') as [string, string];
        expect(idsIn(pages.find(([url]) => url === path)![1]).has(anchor), link).toBe(true);
      }
    }
  });

  test('the most mentioned actor: its pages; only the first is indexed for search', () => {
    const pages = listing('/acteurs/france/');
    checkPager(pages);
    expect(pages.map(([, html]) => html.includes('data-pagefind-body'))).toEqual(pages.map((_, i) => i === 0));
  });

  test('every actor: its mentions, quotations and commitments are all shown, once, across its pages', () => {
    const actors = htmlFiles(dist)
      .filter((f) => /^acteurs\/[^/]+\/index\.html$/.test(f))
      .map((f) => f.split('/')[1]!);
    expect(actors.length).toBeGreaterThan(50);
    const count = (html: string, heading: string) => Number(new RegExp(`${heading} \\((\\d[\\d\u202f ]*)\\)`).exec(html)?.[1]?.replace(/\D/g, '') ?? 0);
    let quoted = 0;
    for (const id of actors) {
      const pages = listing(`/acteurs/${id}/`);
      const total = (heading: string) => Math.max(...pages.map(([, html]) => count(html, heading)));
      const shown = (pattern: RegExp) => pages.reduce((n, [, html]) => n + (html.match(pattern) ?? []).length, 0);
      expect(shown(/class="mention-link"/g), `${id} mentions`).toBe(total('Mentions'));
      expect(shown(/<blockquote/g), `${id} quotations`).toBe(total('Citations'));
      const commitments = pages.flatMap(([, html]) => commitmentLinks(html));
      expect(new Set(commitments).size, `${id} commitments`).toBe(commitments.length);
      expect(commitments.length, `${id} commitments`).toBe(total('Engagements qui nomment cet acteur'));
      quoted += total('Citations');
    }
    expect(quoted).toBeGreaterThan(0);
  });

  test('the largest domain: every commitment in it on one page', () => {
    const pages = listing('/domaines/cooperation-policiere/');
    checkPager(pages);
    const total = Number(/Engagements \((\d[\d\u202f ]*)\)/.exec(pages[0]![1])![1]!.replace(/\D/g, ''));
    const listed = pages.flatMap(([, html]) => commitmentLinks(html));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBe(total);
  });
});

describe('the glossary at 100 documents', () => {
  test('each term lists at most ten documents, and links a search for the term for the others', () => {
    const html = read('glossaire/index.html');
    const entries = html.split('<dt ').slice(1);
    expect(entries.length).toBeGreaterThan(5);
    let long = 0;
    for (const entry of entries) {
      const n = Number(/dans (\d+)\u00a0documents?/.exec(entry)![1]);
      const links = hrefs(entry).filter((h) => h.startsWith('/documents/'));
      expect(links.length).toBe(Math.min(n, 10));
      const search = hrefs(entry).filter((h) => h.startsWith('/recherche/?q='));
      expect(search.length).toBe(n > 10 ? 1 : 0);
      if (n > 10) long++;
    }
    expect(long).toBeGreaterThan(0);
  });
});

describe('the pager in Chromium', () => {
  test('a later page of each listing: 0 axe violations (light at 1280 px, dark at 390 px); the pager works from the keyboard; an old link to a date finds its page', { timeout: 120_000 }, async () => {
    const server = await serveStatic(dist);
    const browser = await launchBrowser({ bypassCSP: true });
    try {
      const page = await browser.context.newPage();
      for (const path of ['/engagements/2/', '/chronologie/2/', '/acteurs/france/2/', '/domaines/cooperation-policiere/2/']) {
        for (const [scheme, width] of [['light', 1280], ['dark', 390]] as const) {
          await expectNoViolations(page, server.origin + path, scheme, width);
        }
      }
      // Tab from the top of /engagements/2/ reaches "Suivante" and Enter opens page 3.
      await page.goto(`${server.origin}/engagements/2/`, { waitUntil: 'load' });
      let focused = '';
      for (let i = 0; i < 40 && !focused.startsWith('Suivante'); i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      }
      expect(focused).toBe('Suivante →');
      await Promise.all([page.waitForURL(`${server.origin}/engagements/3/`), page.keyboard.press('Enter')]);
      // A link to a date that names the first page, while the date is now on a later one
      // (a link shared when the timeline was shorter), lands on the date's page.
      const timeline = listing('/chronologie/');
      const dates = (html: string) => [...idsIn(html)].filter((id) => id.startsWith('date-'));
      const range = timeline.flatMap(([url, html]) => dates(html).filter((id) => id.includes('--')).map((id) => [url, id] as const))[0];
      expect(range, 'a range on the timeline').toBeDefined();
      const cases = [
        // The first date of the last page, linked on the first page.
        ['/chronologie/', timeline.at(-1)![0], dates(timeline.at(-1)![1])[0]!],
        // The last date of the second page, linked on the last page (moved back).
        [timeline.at(-1)![0], timeline[1]![0], dates(timeline[1]![1]).at(-1)!],
        // A range, linked on a page that does not show it.
        [range![0] === '/chronologie/' ? timeline.at(-1)![0] : '/chronologie/', range![0], range![1]],
      ] as const;
      for (const [from, to, anchor] of cases) {
        await page.goto(`${server.origin}${from}#${anchor}`, { waitUntil: 'load' });
        await page.waitForURL(`${server.origin}${to}#${anchor}`);
        expect(await page.evaluate((id) => document.getElementById(id) !== null, anchor), `${from}#${anchor}`).toBe(true);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the real site: one page per listing', () => {
  test.each(['/engagements/', '/chronologie/', '/acteurs/france/', '/domaines/terrorisme/'])('%s has no second page and no pager', (base) => {
    const pages = listing(base, 'dist');
    expect(pages).toHaveLength(1);
    expect(pages[0]![1]).not.toContain('class="pager"');
  });
});
