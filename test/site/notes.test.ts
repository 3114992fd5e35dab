import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkNotes } from '../../src/data/notes.ts';

describe('checkNotes', () => {
  test('a note named after an existing or removed commitment passes', () => {
    expect(() => checkNotes(['doc-a/terrorisme-4', 'doc-a/europeen-9'], ['doc-a/terrorisme-4', 'doc-a/europeen-9'])).not.toThrow();
  });

  test('a note for a commitment that does not exist is an error naming the file', () => {
    expect(() => checkNotes(['doc-a/terrorisme-99'], ['doc-a/terrorisme-4'])).toThrowError(
      'content/notes/doc-a/terrorisme-99.mdx: no commitment "terrorisme-99" in document "doc-a"; name the note after an existing commitment id',
    );
  });
});

describe('the example note', () => {
  const page = 'dist/engagements/2018-01-23-ministres-francais-belge-interieur-entendent-securite/engagement-1/index.html';
  test('is shown on its commitment page with its status and evidence', () => {
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('id="note"');
    expect(html).toContain('le 22 janvier 2018, l&#39;OCAM avait abaissé');
    expect(html).toMatch(/Avancement&nbsp;: <strong>inconnu<\/strong>|Avancement\u00a0: <strong>inconnu<\/strong>/u);
    expect(html).toContain('href="https://ocam.belgium.be/"');
  });

  test('is flagged next to its commitment in the reader', () => {
    const html = readFileSync('dist/documents/2018-01-23-ministres-francais-belge-interieur-entendent-securite/index.html', 'utf8');
    expect(html).toContain('href="/engagements/2018-01-23-ministres-francais-belge-interieur-entendent-securite/engagement-1/#note"');
  });
});
