/**
 * Determinism: two clean builds of the site (ingest from the seeds with the lock, Astro,
 * Pagefind), each in a fresh copy without caches, give byte-identical `dist/` trees.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

mkdirSync('tmp', { recursive: true });
const roots: string[] = [];

/** A fresh copy of the project's sources, ingested and built. */
function cleanBuild(): string {
  const work = resolve(mkdtempSync(join('tmp', 'determinism-')));
  roots.push(work);
  for (const dir of ['src', 'public', 'scripts', 'seeds']) cpSync(dir, join(work, dir), { recursive: true });
  cpSync('astro.config.mjs', join(work, 'astro.config.mjs'));
  for (const dir of ['content/registry', 'content/notes']) cpSync(dir, join(work, dir), { recursive: true });
  cpSync('content/ids.lock.yaml', join(work, 'content/ids.lock.yaml'));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const steps: Array<[string, string[]]> = [
    [process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--quiet', '--seeds', join(work, 'seeds'), '--out', join(work, 'content/documents'), '--lock', join(work, 'content/ids.lock.yaml')]],
    ['npx', ['astro', 'build', '--root', work]],
    ['npx', ['pagefind', '--site', join(work, 'dist'), '--silent']],
  ];
  for (const [command, args] of steps) {
    const run = spawnSync(command, args, { encoding: 'utf8', env });
    expect(run.status, `${command} ${args.join(' ')}\n${run.stderr}${run.stdout}`).toBe(0);
  }
  return join(work, 'dist');
}

/** Every file under `root`, by relative path. */
function files(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return out;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('determinism', () => {
  test('two clean builds give byte-identical dist/ trees', () => {
    const [a, b] = [files(cleanBuild()), files(cleanBuild())];
    expect([...a.keys()]).toEqual([...b.keys()]);
    const differing = [...a].filter(([path, bytes]) => !bytes.equals(b.get(path)!)).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(50);
  }, 300_000);
});
