/**
 * Reader journeys in Chromium against the built site (`dist/` served on 127.0.0.1):
 * (a) home → document: headings and commitment anchors; (b) document → actor page →
 * a mention back in the document; (c) a commitment's own page: title, description,
 * canonical, Open Graph, citation, and the copy-link button filling the clipboard with
 * its absolute URL; (d) that URL opened afresh, then "see it in the document" landing on
 * the commitment as the :target, in view; (f) without JavaScript, the text is there and
 * the copy button gives way to a plain link; (e) no request ever leaves the origin.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { launchBrowser } from '../support/browser.ts';
import { launchBrowserForContexts } from '../support/browser-contexts.ts';
import { DIST, startTags } from '../support/dist-files.ts';
import { loadDocuments } from '../support/documents.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the browser tests`);

const SITE_NAME = 'Déclarations annotées';
/** The document with the most commitments, and its first commitment. */
const doc = loadDocuments().sort((a, b) => b.commitments.length - a.commitments.length)[0]!;
const commitment = doc.commitments[0]!;
const docPath = `/documents/${doc.id}/`;
const commitmentPath = `/engagements/${doc.id}/${commitment.id}/`;
/** The commitment's text as a page shows it (spaces collapsed). */
const commitmentText = collapseSpace(commitment.text);

/** The public address the build was made for, from the home page's canonical link. */
const siteOrigin = (() => {
  const tag = startTags(readFileSync(join(DIST, 'index.html'), 'utf8')).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
  const href = tag?.attrs.get('href');
  if (!href) throw new Error(`${DIST}/index.html has no canonical link`);
  return new URL(href).origin;
})();
/** The commitment's permanent, absolute URL. */
const permalink = new URL(commitmentPath, siteOrigin).href;

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let contexts: Awaited<ReturnType<typeof launchBrowserForContexts>>;
/** Every URL any journey requested. */
const requests: string[] = [];
/** What the copy-link button put in the clipboard, for journey (d). */
let copied: string | null = null;

const at = (path: string) => server.origin + path;
const record = (context: BrowserContext) => context.on('request', (request) => requests.push(request.url()));

/** A `<meta>` content (by name or property) or a `<link rel>` href of the page, as written. */
const head = (page: Page) =>
  page.evaluate(() => {
    const meta = (key: string) => document.querySelector(`meta[name="${key}"], meta[property="${key}"]`)?.getAttribute('content') ?? null;
    return {
      title: document.title,
      description: meta('description'),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      ogTitle: meta('og:title'),
      ogDescription: meta('og:description'),
      ogUrl: meta('og:url'),
    };
  });

/** Whether the element with this id intersects the viewport. */
const inViewport = (page: Page, id: string) =>
  page.evaluate((target) => {
    const element = document.getElementById(target);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
  }, id);

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchBrowser();
  browser.context.setDefaultTimeout(10_000);
  browser.context.setDefaultNavigationTimeout(15_000);
  record(browser.context);
  contexts = await launchBrowserForContexts();
});

afterAll(async () => {
  await browser?.close();
  await contexts?.close();
  await server?.close();
});

describe(`journeys through ${doc.id}, commitment ${commitment.id}`, () => {
  test('(a) home → document: one h1 with the title, section headings, a commitment anchor', { timeout: 45_000 }, async () => {
    const page = await browser.context.newPage();
    expect((await page.goto(at('/')))?.status()).toBe(200);
    const link = page.locator(`main a[href="${docPath}"]`).first();
    expect(await link.count(), `a link to ${docPath} on the home page`).toBe(1);
    await link.click();
    await page.waitForURL(at(docPath));

    expect(await page.title()).toBe(`${doc.title} · ${SITE_NAME}`);
    expect((await page.locator('h1').allTextContents()).map(collapseSpace), 'one h1, the title').toEqual([collapseSpace(doc.title)]);
    for (const section of doc.sections) {
      const heading = await page.evaluate((id) => {
        const element = document.getElementById(id);
        return element ? { tag: element.tagName.toLowerCase(), text: element.textContent ?? '' } : null;
      }, section.id);
      expect(heading?.tag, `section ${section.id}`).toBe(`h${section.level}`);
      expect(collapseSpace(heading?.text ?? '')).toContain(collapseSpace(section.title).replace(/\s*:$/u, ''));
    }
    const levels = await page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
    expect(levels[0], 'the first heading is the h1').toBe(1);
    const jumps = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} → h${level}`] : []));
    expect(jumps, 'heading levels never skip one going down').toEqual([]);

    const anchor = page.locator(`[id="${commitment.id}"]`);
    expect(await anchor.count(), `#${commitment.id} on the document page`).toBe(1);
    expect(await anchor.isVisible()).toBe(true);
    expect(await anchor.getAttribute('class')).toMatch(/\bcommitment\b/);
    expect(collapseSpace(await anchor.innerText())).toContain(commitmentText.slice(0, 60));
    // Its own link: to itself (#id) or to its permanent page.
    const ownLinks = await anchor.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(
      ownLinks.some((href) => href === `${page.url().split('#')[0]}#${commitment.id}` || new URL(href).pathname === commitmentPath),
      `a link to #${commitment.id} or ${commitmentPath} inside it (has: ${ownLinks.join(', ')})`,
    ).toBe(true);
    await page.goto(at(`${docPath}#${commitment.id}`));
    expect(await page.evaluate((id) => document.querySelector(':target')?.id === id, commitment.id), `#${commitment.id} is the :target`).toBe(true);
    await expect.poll(() => inViewport(page, commitment.id), { timeout: 5_000, message: `#${commitment.id} is in the viewport` }).toBe(true);
  });

  test('(b) document → actor annotation → actor page listing a mention back in the document', { timeout: 45_000 }, async () => {
    const page = await browser.context.newPage();
    await page.goto(at(docPath));
    const actorLink = page.locator('main a.annotation.actor').first();
    expect(await actorLink.count(), 'an a.annotation.actor link on the document page').toBe(1);
    const actorHref = (await actorLink.getAttribute('href')) ?? '';
    const actorPath = new URL(actorHref, page.url()).pathname;
    expect(actorPath).toMatch(/^\/acteurs\/[a-z0-9-]+\/$/);
    await actorLink.click();
    await page.waitForURL((u) => u.pathname === actorPath);
    expect(collapseSpace(await page.locator('h1').first().innerText()).length).toBeGreaterThan(0);

    const mention = page.locator(`main a[href^="${docPath}#"]`).first();
    expect(await mention.count(), `a mention on ${actorPath} linking to a passage of ${docPath}`).toBe(1);
    const mentionUrl = new URL((await mention.getAttribute('href')) ?? '', page.url());
    const passage = decodeURIComponent(mentionUrl.hash.slice(1).split(':~:')[0]!);
    await mention.click();
    await page.waitForURL((u) => u.pathname === docPath);
    expect(await page.locator(`[id="${passage}"]`).count(), `#${passage} on the document page`).toBe(1);
    await expect.poll(() => inViewport(page, passage), { timeout: 5_000, message: `#${passage} is in the viewport` }).toBe(true);
  });

  test('(c) commitment page: title, description, canonical, Open Graph, citation and copy-link', { timeout: 45_000 }, async () => {
    const page = await browser.context.newPage();
    expect((await page.goto(at(commitmentPath)))?.status()).toBe(200);
    expect(collapseSpace(await page.locator('main').innerText())).toContain(commitmentText);

    const meta = await head(page);
    expect(meta.title).toContain(commitment.id);
    expect(meta.title.endsWith(` · ${SITE_NAME}`), `title "${meta.title}"`).toBe(true);
    const description = collapseSpace(meta.description ?? '').replace(/\s*(?:…|\.\.\.)$/u, '');
    expect(description.length, 'meta description').toBeGreaterThanOrEqual(Math.min(commitmentText.length, 50));
    expect(commitmentText.startsWith(description), `meta description "${meta.description}" is the start of the commitment`).toBe(true);
    expect(meta.canonical).toBe(permalink);
    expect(meta.ogUrl).toBe(permalink);
    expect(meta.ogTitle, 'og:title').toBeTruthy();
    expect(meta.title.startsWith(meta.ogTitle ?? '\u0000'), `og:title "${meta.ogTitle}" is the page title`).toBe(true);
    expect(meta.ogDescription).toBe(meta.description);

    const citation = page.locator('.citation');
    expect(await citation.count(), '.citation').toBe(1);
    expect(await citation.isVisible()).toBe(true);
    const citationText = collapseSpace(await citation.innerText());
    expect(citationText).toContain(collapseSpace(doc.title));
    expect(citationText).toContain(commitment.id);
    // With JavaScript, the citation and the copied link give the address the reader is on
    // (whatever host serves the site); the canonical link keeps the configured SITE_URL.
    const served = at(commitmentPath);
    expect(citationText).toContain(served);

    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const button = page.locator('button[data-copy]');
    expect(await button.count(), 'button[data-copy]').toBe(1);
    await button.waitFor({ state: 'visible', timeout: 5_000 });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await button.click();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
    await expect.poll(clipboard, { timeout: 5_000, message: 'the clipboard fills after a click on the copy button' }).not.toBe('');
    copied = await clipboard();
    expect(copied, 'the clipboard holds the permalink on the address being read').toBe(served);
  });

  test('(d) the copied link opens the commitment; its passage link lands on it in the document', { timeout: 45_000 }, async () => {
    // The permalink is on the public address (SITE_URL); here the same path is served locally.
    const link = new URL(copied ?? permalink);
    const page = await browser.context.newPage();
    expect((await page.goto(at(link.pathname + link.search + link.hash)))?.status()).toBe(200);
    expect(collapseSpace(await page.locator('main').innerText())).toContain(commitmentText);

    const passageLink = page.locator('a.passage-link');
    expect(await passageLink.count(), 'a.passage-link').toBe(1);
    const target = new URL((await passageLink.getAttribute('href')) ?? '', page.url());
    expect(target.pathname).toBe(docPath);
    expect(target.hash.startsWith(`#${commitment.id}`), `passage link ${target.href}`).toBe(true);
    await passageLink.click();
    await page.waitForURL((u) => u.pathname === docPath);

    expect(await page.evaluate(() => window.location.hash)).toMatch(new RegExp(`^#${commitment.id}(?![\\w-])`));
    expect(await page.locator(`[id="${commitment.id}"]`).count()).toBe(1);
    // With a matched text directive (`:~:text=`), Chromium makes the matched text's element the :target.
    const isTarget = await page.evaluate((id) => {
      const target = document.querySelector(':target');
      return target !== null && (document.getElementById(id)?.contains(target) ?? false);
    }, commitment.id);
    expect(isTarget, `the :target is #${commitment.id} or inside it`).toBe(true);
    await expect.poll(() => inViewport(page, commitment.id), { timeout: 5_000, message: `#${commitment.id} is in the viewport` }).toBe(true);
  });

  test('(f) without JavaScript the texts show and the copy button gives way to a plain link', { timeout: 45_000 }, async () => {
    const context = await contexts.newContext({ javaScriptEnabled: false });
    context.setDefaultTimeout(10_000);
    record(context);
    try {
      const page = await context.newPage();
      expect((await page.goto(at(docPath)))?.status()).toBe(200);
      expect(collapseSpace(await page.locator('h1').innerText())).toBe(collapseSpace(doc.title));
      const item = page.locator(`[id="${commitment.id}"]`);
      expect(await item.isVisible(), `#${commitment.id} visible`).toBe(true);
      expect(collapseSpace(await item.innerText())).toContain(commitmentText.slice(0, 60));

      expect((await page.goto(at(commitmentPath)))?.status()).toBe(200);
      expect(collapseSpace(await page.locator('main').innerText())).toContain(commitmentText);
      const buttons = page.locator('button[data-copy]');
      for (let i = 0; i < (await buttons.count()); i++) expect(await buttons.nth(i).isVisible(), 'a copy button that cannot work').toBe(false);
      const plain = page.locator('main a[href]').filter({ visible: true });
      const hrefs = await plain.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const permalinks = hrefs.filter((href) => new URL(href).pathname === commitmentPath && !new URL(href).hash);
      expect(permalinks.length, `a visible plain link to ${commitmentPath}`).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  test('(e) no request of any journey left the origin', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== server.origin);
    expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([]);
  });
});
