import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'declarations-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the ingest CLI on the temporary corpus. */
function ingest(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/ingest.ts', '--seeds', join(work, 'seeds'), '--out', join(work, 'documents'), '--lock', join(work, 'ids.lock.yaml'), ...args],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  cpSync('seeds', join(work, 'seeds'), { recursive: true });

  test('writes one MDX per seed and the lock, printing a line per document and a summary', () => {
    const run = ingest();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '2018-06-11-declaration-conjointe-premiers-ministres-francais-belge  declaration  sections 3  paragraphs 30  commitments 22  quotations 0  removed lines 2  warnings 0',
    );
    expect(run.stdout).toContain('2 document(s), 25 commitment(s), 0 warning(s); 3 file(s) written');
    expect(readdirSync(join(work, 'documents')).sort()).toEqual([
      '2018-01-23-ministres-francais-belge-interieur-entendent-securite.mdx',
      '2018-06-11-declaration-conjointe-premiers-ministres-francais-belge.mdx',
    ]);
  });

  test('writes the same bytes as the committed content', () => {
    for (const name of readdirSync(join(work, 'documents'))) {
      expect(readFileSync(join(work, 'documents', name), 'utf8')).toBe(readFileSync(join('content/documents', name), 'utf8'));
    }
  });

  test('--check passes when up to date, and fails on an edited, missing or left-over file', () => {
    expect(ingest('--check').code).toBe(0);
    const file = join(work, 'documents', '2018-06-11-declaration-conjointe-premiers-ministres-francais-belge.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('terrorisme-4', 'terrorisme-40'));
    const stale = ingest('--check');
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('stale: ');
    expect(stale.stderr).toContain('2018-06-11-declaration-conjointe-premiers-ministres-francais-belge.mdx');
    writeFileSync(file, original);
    writeFileSync(join(work, 'documents', 'old.mdx'), '---\n# Generated from seeds/old.txt by scripts/ingest.ts — do not edit.\n---\n');
    expect(ingest('--check').code).toBe(1);
    expect(ingest().stdout).toContain('removed ');
    expect(ingest('--check').code).toBe(0);
  });

  test('a bad seed fails the ingest with the file named, and nothing is written', () => {
    writeFileSync(join(work, 'seeds', 'vide.txt'), '');
    const before = readFileSync(join(work, 'ids.lock.yaml'), 'utf8');
    const run = ingest();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error: seeds/vide.txt: empty file');
    expect(run.stderr).toContain('nothing was written');
    expect(readFileSync(join(work, 'ids.lock.yaml'), 'utf8')).toBe(before);
    rmSync(join(work, 'seeds', 'vide.txt'));
  });

  test('a file that is neither a seed nor a sidecar is reported, not silently skipped', () => {
    writeFileSync(join(work, 'seeds', 'notes.md'), '# notes');
    const run = ingest('--check');
    expect(run.stderr).toContain('notes.md: not a seed (.txt) or a sidecar (.meta.yaml); ignored');
    rmSync(join(work, 'seeds', 'notes.md'));
  });
});

