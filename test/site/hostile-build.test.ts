/**
 * A whole build from hostile seeds: MDX/JSX/HTML/ESM injection, Markdown syntax and the
 * bad encodings of the foundation issue. The pages must show the text literally, with no
 * script or event handler coming from it, and no canary file may appear.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { htmlText } from '../support/html.ts';

// A throw-away copy of the site inside the project (so that node_modules resolve), with
// its own content and its own .astro cache.
mkdirSync('tmp', { recursive: true });
const work = resolve(mkdtempSync(join('tmp', 'hostile-')));
const canary = join(work, 'CANARY');
const encoder = new TextEncoder();

const hostileLines = [
  `import fs from 'node:fs'; fs.writeFileSync('${canary}', 'x')`,
  `export const a = require('node:fs').writeFileSync('${canary}', 'x')`,
  `Une expression {require('node:fs').writeFileSync('${canary}', 'x')} et {process.exit(1)}`,
  'Un script <script>document.title = "pwned"</script> au milieu',
  'Une image <img src=x onerror="alert(1)"> dans le texte',
  'Un commentaire <!-- caché --> et une balise <Para id="p-1">',
  'Un lien [cliquez](javascript:alert(1)) et du `code` et **gras** et *italique*',
  '# Pas un titre Markdown',
  '> Pas une citation Markdown',
  '| a | b | c |',
  '&amp; &lt;b&gt; &#x69;mport',
];
const seeds: Record<string, Uint8Array> = {
  'hostile.txt': encoder.encode(
    [
      'Déclaration <script>alert("titre")</script> {process.exit(1)}',
      '',
      'Publié 11/06/2018',
      '',
      ...hostileLines,
      '---',
      'Les ministres ont décidé :',
      'En matière de {danger} <b>gras</b> :',
      ...hostileLines.map((line) => `  • ${line}`),
      `« ${hostileLines[0]} et encore des mots », a déclaré Jan Jambon.`,
      `Nous nous engageons à ${hostileLines[2]}.`,
    ].join('\n'),
  ),
  'cp1252.txt': new Uint8Array([...encoder.encode('Communiqu'), 0xe9, ...encoder.encode(' de Windows\n\nLa s'), 0xe9, ...encoder.encode('curit'), 0xe9, ...encoder.encode(' int'), 0xe9, ...encoder.encode('rieure '), 0x93, ...encoder.encode('avant tout'), 0x94, ...encoder.encode('.\n')]),
  'bom-crlf.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Accord avec BOM\r\n\r\nArticle 1er\r\nLes Parties coopèrent.\r\n')]),
  'utf16.txt': new Uint8Array([0xff, 0xfe, ...[...'Déclaration en UTF-16\n\nNous soutenons la proposition.'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]),
};
const meta = { 'hostile.meta.yaml': 'publisher: "<script>alert(1)</script> {x}"\nplace: "import x from \'y\'"\n' };

const RETRAIT = 'Déclaration sur les retraits\n\nPublié 01/02/2019\n\nLes ministres ont décidé :\n  • De créer un groupe de travail commun.';
const REMOVED = 'De supprimer les contrôles inutiles aux frontières intérieures.';

let pages: Map<string, string>;

beforeAll(() => {
  mkdirSync(join(work, 'seeds'));
  for (const [name, bytes] of Object.entries(seeds)) writeFileSync(join(work, 'seeds', name), bytes);
  for (const [name, text] of Object.entries(meta)) writeFileSync(join(work, 'seeds', name), text);
  const runIngest = () =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/ingest.ts', '--quiet', '--seeds', join(work, 'seeds'), '--out', join(work, 'content/documents'), '--lock', join(work, 'content/ids.lock.yaml')],
      { encoding: 'utf8' },
    );
  // A text whose second decision is removed after a first ingest: its id becomes a tombstone.
  writeFileSync(join(work, 'seeds', 'retrait.txt'), `${RETRAIT}\n  • ${REMOVED}\n`);
  expect(runIngest().status).toBe(0);
  writeFileSync(join(work, 'seeds', 'retrait.txt'), `${RETRAIT}\n`);
  const ingest = runIngest();
  expect(ingest.stderr).not.toMatch(/error/);
  expect(ingest.status).toBe(0);
  cpSync('src', join(work, 'src'), { recursive: true });
  cpSync('public', join(work, 'public'), { recursive: true });
  cpSync('astro.config.mjs', join(work, 'astro.config.mjs'));
  cpSync('content/registry', join(work, 'content/registry'), { recursive: true });
  cpSync('scripts', join(work, 'scripts'), { recursive: true });
  const build = spawnSync('npx', ['astro', 'build', '--root', work], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
  pages = new Map(
    readdirSync(join(work, 'dist/documents'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name: id }) => [id, readFileSync(join(work, 'dist/documents', id, 'index.html'), 'utf8')]),
  );
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build from hostile seeds', () => {
  test('builds a page for every seed, and no payload ran', () => {
    expect(pages.size).toBe(5);
    expect(existsSync(canary)).toBe(false);
  });

  test('shows every hostile line literally, in paragraphs, list items, quotations and commitments', () => {
    const [, html] = [...pages].find(([id]) => id.includes('declaration'))!;
    const text = collapseSpace(htmlText(html, { reading: true }));
    for (const line of hostileLines) {
      const occurrences = text.split(collapseSpace(line)).length - 1;
      // As a paragraph, as a list item, and (for the first and third) inside a quotation or commitment.
      expect(occurrences, line).toBeGreaterThanOrEqual(2);
    }
    expect(text).toContain('Déclaration <script>alert("titre")</script> {process.exit(1)}');
    expect(text).toContain("<script>alert(1)</script> {x}");
  });

  test('no script element, event handler or javascript: URL comes from the text', () => {
    for (const page of pages.values()) {
      // Attribute values may hold "<script>" as text (e.g. og:title); tags are what count.
      const html = page.replace(/="[^"]*"/g, (value) => (value.startsWith('="application/ld+json"') || value === '="/copy-link.js"' || value === '="/site.js"' ? value : '=""'));
      // The only scripts are the site's own: JSON-LD data and the copy-link enhancement.
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/type="application\/ld\+json"|src="\/(?:copy-link|site)\.js"/);
      for (const json of page.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi) ?? []) expect(() => JSON.parse(json.replace(/^<script[^>]*>|<\/script>$/g, ''))).not.toThrow();
      expect(html).not.toMatch(/<img\b/i);
      expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(page).not.toMatch(/href="javascript:/i);
      expect(html).not.toMatch(/<Para\b|<b>gras/);
    }
  });

  test('a removed commitment keeps a page that says so and shows its last text', () => {
    const tombstone = readFileSync(join(work, 'dist/engagements/2019-02-01-declaration-retraits/engagement-2/index.html'), 'utf8');
    expect(tombstone).toMatch(/Engagement n°(?:\s|&nbsp;)2 retiré/u);
    expect(tombstone).toContain(REMOVED);
    expect(existsSync(join(work, 'dist/engagements/2019-02-01-declaration-retraits/engagement-1/index.html'))).toBe(true);
  });

  test('Windows-1252, BOM with CRLF and UTF-16 seeds become faithful pages', () => {
    const all = [...pages.values()].map((html) => htmlText(html, { reading: true })).join('\n');
    expect(all).toContain('La sécurité intérieure “avant tout”.');
    expect(all).toContain('Les Parties coopèrent.');
    expect(all).toContain('Nous soutenons la proposition.');
    expect(all).not.toContain('\ufeff');
  });
});
