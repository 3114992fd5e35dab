/**
 * Checks on the built site (`dist/`, built by `npm test` before vitest runs): every
 * document page shows every sentence of its seed, and every heading, paragraph and
 * commitment is an anchor with a visible link to itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { splitSentences } from '../../scripts/lib/sentences.ts';
import type { DocumentData } from '../../src/schemas/document.ts';
import { loadDocuments } from '../support/documents.ts';
import { htmlText, idsIn, readPage } from '../support/html.ts';

if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` (npm test does) before the site tests');

const documents: DocumentData[] = loadDocuments();

describe('home page', () => {
  const html = readPage('/');
  test('is French and links every document (a small corpus: all are among the newest)', () => {
    expect(html).toMatch(/<html lang="fr"/);
    for (const doc of documents) expect(html).toContain(`href="/documents/${doc.id}/"`);
    expect(html).toContain('href="/documents/"');
  });
});

describe('/documents/', () => {
  const html = readPage('/documents/');
  test('links every document, newest first, under its year', () => {
    const newestFirst = [...documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id));
    const positions = newestFirst.map((doc) => html.indexOf(`href="/documents/${doc.id}/"`));
    for (const p of positions) expect(p).toBeGreaterThan(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const doc of documents) if (doc.date) expect(html).toContain(`id="annee-${doc.date.slice(0, 4)}"`);
  });
});

describe.each(documents.map((d) => [d.id, d] as const))('/documents/%s/', (_id, doc) => {
  const html = readPage(`/documents/${doc.id}/`);
  const text = collapseSpace(htmlText(html, { reading: true }));
  const ids = idsIn(html);

  test('is a French page titled after the document', () => {
    expect(html).toMatch(/<html lang="fr"/);
    expect(html).toContain(`<title>${doc.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;')} · Déclarations annotées</title>`);
  });

  test('shows every sentence of its seed, except the recorded furniture lines', () => {
    const source = readFileSync(`seeds/${doc.source.file}`, 'utf8').replace(/\r\n?/g, '\n');
    const removed = new Set(doc.removed.map((r) => r.line));
    const missing: string[] = [];
    source.split('\n').forEach((line, index) => {
      if (removed.has(index + 1) || line.trim() === '') return;
      const clean = line.replace(/^\s*[•]\s*/u, '');
      for (const { start, end } of splitSentences(clean)) {
        const sentence = collapseSpace(clean.slice(start, end));
        if (!text.includes(sentence)) missing.push(`line ${index + 1}: ${sentence}`);
      }
    });
    expect(missing).toEqual([]);
    for (const line of doc.removed) expect(text).toContain(line.text);
  });

  test('every section, paragraph and commitment is an anchor with a visible link to itself (a commitment: to its own page)', () => {
    const anchors = [...doc.sections.map((s) => s.id), ...doc.commitments.map((c) => c.block).filter((b) => !doc.commitments.some((c) => c.id === b))];
    for (const id of anchors) {
      expect(ids.has(id), id).toBe(true);
      expect(html).toContain(`href="#${id}"`);
    }
    for (const c of doc.commitments) {
      expect(ids.has(c.id), c.id).toBe(true);
      expect(html).toContain(`class="commitment-link" href="/engagements/${doc.id}/${c.id}/"`);
    }
    const paragraphs = [...html.matchAll(/<p id="(p-\d+)"/g)].map((m) => m[1]);
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const id of paragraphs) expect(html).toContain(`href="#${id}"`);
  });

  test('ids are unique in the page', () => {
    const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(all.length).toBe(new Set(all).size);
  });
});

describe('the declaration page', () => {
  const doc = documents.find((d) => d.kind === 'declaration')!;
  const html = readPage(`/documents/${doc.id}/`);
  test('renders its 3 sections as headings and the 18 decisions as list items', () => {
    for (const id of ['terrorisme', 'radicalisation-violente', 'europeen']) expect(html).toMatch(new RegExp(`<h2 id="${id}"`));
    expect([...html.matchAll(/<li id="[a-z-]+-\d+" class="doc-item commitment"/g)]).toHaveLength(18);
    expect([...html.matchAll(/<span id="europeen-\d+" class="commitment inline-commitment"/g)]).toHaveLength(4);
  });
});
