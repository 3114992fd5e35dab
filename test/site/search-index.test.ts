/**
 * What the built pages give Pagefind: one record per commitment (its own page, with its
 * filters), document pages whose commitments are left out (so a commitment is never a hit
 * twice) and whose paragraphs are sub-results, and no navigation or labels in the index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { DocumentData } from '../../src/schemas/document.ts';
import { commitmentName, truncateWords } from '../../src/utils/format.ts';
import { decodeEntities } from '../support/html.ts';

const documents = readdirSync('dist/api/documents').map((f) => (JSON.parse(readFileSync(`dist/api/documents/${f}`, 'utf8')) as { model: DocumentData }).model);
const filters = (html: string, name: string) => [...html.matchAll(new RegExp(`data-pagefind-filter="${name}\\[data-value\\]" data-value="([^"]*)"`, 'g'))].map((m) => decodeEntities(m[1]!));

describe.each(documents.map((d) => [d.id, d] as const))('%s', (_id, doc) => {
  test('each commitment page is one record with its type, document, year, domains and actors as filters', () => {
    for (const c of doc.commitments) {
      const html = readFileSync(`dist/engagements/${doc.id}/${c.id}/index.html`, 'utf8');
      expect(filters(html, 'type')).toEqual(['Engagement']);
      expect(filters(html, 'document')).toHaveLength(1);
      expect(filters(html, 'année')).toEqual(doc.date ? [doc.date.slice(0, 4)] : []);
      expect(filters(html, 'domaine')).toHaveLength(c.domains.length);
      expect(filters(html, 'acteur')).toHaveLength(c.actors.length);
      expect(html).toContain('data-pagefind-meta="texte"');
      // Results are titled as the page is ("Engagement n° 3"), not by the bare id.
      expect(decodeEntities(/data-pagefind-meta="title">([^<]*)</.exec(html)?.[1] ?? '')).toBe(`Engagement ${commitmentName(c.id)} · ${truncateWords(doc.title, 80)}`);
    }
  });

  test('the document page leaves its commitments out of the index and titles its paragraphs for sub-results', () => {
    const html = readFileSync(`dist/documents/${doc.id}/index.html`, 'utf8');
    for (const c of doc.commitments) {
      const tag = new RegExp(`<(?:li|span) id="${c.id}"[^>]*>`).exec(html)?.[0] ?? '';
      expect(tag, c.id).toContain('data-pagefind-ignore');
    }
    const paragraphs = [...html.matchAll(/<p id="(p-\d+)"[^>]*>/g)];
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const p of paragraphs) expect(p[0]).toMatch(/data-pagefind-title="Paragraphe\u00a0\d+"/);
    // Navigation, the legend and the fact box are outside the indexed body.
    const body = /<section class="doc-body"[^>]*data-pagefind-body[^>]*>[\s\S]*<\/section>/.exec(html)?.[0] ?? '';
    expect(body).not.toContain('Navigation principale');
    expect(body).not.toContain('Masquer les annotations');
    expect(body).not.toContain('Fiche du document');
  });
});
