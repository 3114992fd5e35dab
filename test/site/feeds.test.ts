/**
 * What the built site offers crawlers and feed readers: `/robots.txt` names the sitemap;
 * the sitemap lists every page with an address of its own exactly once (every commitment
 * page among them) and nothing that is not built; `/flux.xml` is a well-formed RSS 2.0
 * feed of the newest documents, each item linking to its built page, without a build date.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { PAGE_SIZE } from '../../src/data/paginate.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { documentSummary } from '../../src/utils/format.ts';
import { DIST, fileOfUrl, htmlFiles, urlOfFile } from '../support/dist-files.ts';

if (!existsSync(join(DIST, 'flux.xml'))) throw new Error(`${DIST}/flux.xml is missing: run \`npm run build\` (npm test does) before the site tests`);

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item', 'category'].includes(name) });
const documents = (JSON.parse(read('api/documents.json')) as Array<{ id: string; url: string }>).map(
  (d) => (JSON.parse(read(`api/documents/${d.id}.json`)) as { model: DocumentData }).model,
);
const site = new URL(JSON.parse(read('api/documents.json'))[0].url as string).origin;

describe('robots.txt and the sitemap', () => {
  const robots = read('robots.txt');
  test('robots.txt allows everything and names the sitemap index at the site’s address', () => {
    expect(robots).toMatch(/^User-agent: \*$/mu);
    expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });

  test('the sitemap lists every page once, every commitment page among them, and nothing unbuilt', () => {
    const index = read('sitemap-index.xml');
    expect(XMLValidator.validate(index)).toBe(true);
    const parts = (parser.parse(index).sitemapindex.sitemap as Array<{ loc: string }>).map((s) => new URL(s.loc));
    expect(parts.length).toBeGreaterThan(0);
    const locs = parts.flatMap((part) => {
      const xml = read(part.pathname);
      expect(XMLValidator.validate(xml)).toBe(true);
      return (parser.parse(xml).urlset.url as Array<{ loc: string }>).map((u) => u.loc);
    });
    expect(new Set(locs).size).toBe(locs.length);
    for (const loc of locs) {
      expect(loc.startsWith(`${site}/`), loc).toBe(true);
      expect(fileOfUrl(new URL(loc).pathname), loc).not.toBeNull();
    }
    const pages = htmlFiles().map(urlOfFile).filter((url) => url !== '/404.html');
    expect(locs.map((loc) => new URL(loc).pathname).sort()).toEqual(pages.sort());
    for (const doc of documents) for (const c of doc.commitments) expect(locs).toContain(`${site}/engagements/${doc.id}/${c.id}/`);
  });
});

describe('/flux.xml', () => {
  const xml = read('flux.xml');
  const channel = parser.parse(xml).rss.channel as { title: string; language: string; item?: Array<{ title: string; link: string; guid: { '#text': string }; description: string; pubDate?: string; category?: string[] }> };
  const items = channel.item ?? [];

  test('is well-formed RSS 2.0 in French, without a build date (the same corpus gives the same bytes)', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss['@_version']).toBe('2.0');
    expect(channel.language).toBe('fr-FR');
    expect(xml).not.toMatch(/lastBuildDate/u);
  });

  test('holds the newest documents, newest first, each linking to its page with its summary and date', () => {
    expect(items.map((i) => i.title)).toEqual(documents.slice(0, PAGE_SIZE.feed).map((d) => d.title));
    items.forEach((item, k) => {
      const doc = documents[k]!;
      expect(item.link).toBe(`${site}/documents/${doc.id}/`);
      expect(item.guid['#text']).toBe(item.link);
      expect(fileOfUrl(new URL(item.link).pathname)).toBe(`documents/${doc.id}/index.html`);
      expect(item.description).toBe(documentSummary(doc));
      if (doc.date) expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(doc.date);
      expect(item.category?.length ?? 0).toBeGreaterThan(0);
    });
  });

  test('every page points feed readers to it', () => {
    for (const file of ['index.html', `documents/${documents[0]!.id}/index.html`]) {
      expect(read(file)).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/flux\.xml">/u);
    }
  });
});
