/**
 * Permalink stability on built pages: starting from the seeds, a series of edits (an item
 * inserted before the others, one removed, two reordered, a typo fixed, the generated files
 * deleted and re-ingested) is ingested step by step with the id lock; then one build. Every
 * commitment URL issued at any step must still answer, with the same text or with its
 * tombstone showing its last text: zero not-found.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { loadDocuments } from '../support/documents.ts';
import { htmlText } from '../support/html.ts';
import { DECLARATION_FILE } from '../support/seeds.ts';

mkdirSync('tmp', { recursive: true });
const work = resolve(mkdtempSync(join('tmp', 'permalinks-')));
const seed = join(work, 'seeds', DECLARATION_FILE);
/** Every commitment URL path ever issued, with the text it was issued for. */
const issued = new Map<string, string>();

function ingest(): void {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--quiet', '--seeds', join(work, 'seeds'), '--out', join(work, 'content/documents'), '--lock', join(work, 'content/ids.lock.yaml')],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  // Record the commitments of this step from the generated data files.
  for (const doc of loadDocuments(join(work, 'content/data'))) {
    for (const c of doc.commitments) issued.set(`/engagements/${doc.id}/${c.id}/`, c.text);
  }
}

function edit(change: (text: string) => string): void {
  const before = readFileSync(seed, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  writeFileSync(seed, after);
  ingest();
}

beforeAll(() => {
  for (const dir of ['src', 'public', 'scripts', 'seeds']) cpSync(dir, join(work, dir), { recursive: true });
  cpSync('astro.config.mjs', join(work, 'astro.config.mjs'));
  cpSync('content/registry', join(work, 'content/registry'), { recursive: true });
  ingest();
  // Insert an item before the others.
  edit((t) => t.replace('En matière de lutte contre le terrorisme :\n', 'En matière de lutte contre le terrorisme :\n  • De créer un centre commun d’analyse de la menace.\n'));
  // Remove one.
  edit((t) => t.split('\n').filter((l) => !l.startsWith('  • D’intensifier les échanges entre les centres de crise')).join('\n'));
  // Reorder two.
  edit((t) => {
    const lines = t.split('\n');
    const a = lines.findIndex((l) => l.includes('De poursuivre le renforcement des échanges d’informations'));
    const b = lines.findIndex((l) => l.includes('De travailler sur l’harmonisation'));
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    return lines.join('\n');
  });
  // Fix a typo.
  edit((t) => t.replace('en cas de de gestion de crise', 'en cas de gestion de crise').replace('dès lors que des faits de terrorisme sont constatés', 'dès lors que des faits de terrorisme sont avérés'));
  // Delete the generated files and re-ingest from scratch (the lock stays).
  rmSync(join(work, 'content/documents'), { recursive: true });
  rmSync(join(work, 'content/data'), { recursive: true });
  ingest();
  const build = spawnSync('npx', ['astro', 'build', '--root', work], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(build.status, build.stderr + build.stdout).toBe(0);
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('permalinks after edits', () => {
  test('every commitment URL ever issued answers: same text, or its tombstone with its last text', () => {
    expect(issued.size).toBeGreaterThan(22);
    const notFound: string[] = [];
    let tombstones = 0;
    for (const [path, text] of issued) {
      const file = join(work, 'dist', path, 'index.html');
      if (!existsSync(file)) {
        notFound.push(path);
        continue;
      }
      const page = collapseSpace(htmlText(readFileSync(file, 'utf8'), { reading: true }));
      if (page.includes('retiré')) tombstones++;
      // The live page shows the current text (a fixed typo differs slightly); a tombstone its last text.
      const words = collapseSpace(text).split(' ').slice(0, 6).join(' ');
      expect(page, path).toContain(words);
    }
    expect(notFound).toEqual([]);
    expect(tombstones).toBe(1);
  });
});
