/**
 * The adversarial corpus (test/adversarial/, listed in cases.json): every case either
 * fails to ingest with a message naming its file (and line), or becomes a page that shows
 * its text literally with no script, event handler or javascript: URL coming from it, and
 * no payload ever runs (the canary file never appears).
 *
 * Failing cases are ingested one by one (one seeds folder each) so that one bad file
 * cannot hide another; the passing cases are ingested together and built once.
 * Cases marked `bug` in cases.json are known misbehaviours of the pipeline: their checks
 * are expected to fail (test.fails), so a fix makes this test ask for cases.json to be
 * updated instead of passing silently.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { grow, type Grow } from '../adversarial/generate.ts';
import { htmlText } from '../support/html.ts';
import { htmlFiles } from '../support/dist-files.ts';
import { breakablePunctuation } from '../support/typography.ts';

interface Case {
  name: string;
  what: string;
  expect: 'page' | 'error';
  /** Seeds of the case (sidecars next to them are added). */
  files: string[];
  /** error: the file the message must name, the line, and a fragment of the message. */
  file?: string;
  line?: number;
  error?: string;
  /** page: the lines that must be shown, when they are not the decoded seed's lines. */
  payloads?: string[];
  /** page: how to decode the seed for its expected lines (default UTF-8). */
  decode?: 'utf-16le' | 'utf-16be';
  /** page: lines of the seed that are not expected on the page (web furniture). */
  skip?: string[];
  /** page: sidecar fields whose values must be shown. */
  sidecarPayloads?: string[];
  /** Why a behaviour that may look wrong is accepted. */
  note?: string;
  /** page: a warning the ingest must print. */
  warning?: string;
  /** page: grown at test time from the committed template. */
  grow?: Grow;
  /** Ingested on its own, within `timeLimit` seconds, and not built (too big). */
  alone?: boolean;
  timeLimit?: number;
  /** `alone`: built on its own, because it may break the build of the others. */
  build?: 'alone';
  /** Largest allowed size of the generated MDX, as a multiple of the seed's size. */
  maxMdxRatio?: number;
  /** A known misbehaviour of the pipeline: the checks above are expected to fail. */
  bug?: string;
}

const corpus = resolve('test/adversarial');
const cases = (JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8')) as { cases: Case[] }).cases;

mkdirSync('tmp', { recursive: true });
const work = resolve(mkdtempSync(join('tmp', 'adversarial-')));
const canary = join(work, 'CANARY');

/** The bytes of a corpus file, with the canary path in place of `__CANARY__`. */
function seedBytes(c: Case, file: string): Buffer {
  let bytes = readFileSync(join(corpus, file));
  const placeholder = Buffer.from('__CANARY__');
  for (let at = bytes.indexOf(placeholder); at !== -1; at = bytes.indexOf(placeholder)) {
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(canary), bytes.subarray(at + placeholder.length)]);
  }
  if (c.grow && file.endsWith('.txt')) bytes = Buffer.from(grow(bytes.toString('utf8'), c.grow));
  return bytes;
}

/** Every file of a case: its seeds and their sidecars. */
function caseFiles(c: Case): string[] {
  return c.files.flatMap((f) => {
    const sidecar = f.replace(/\.txt$/, '.meta.yaml');
    return existsSync(join(corpus, sidecar)) ? [f, sidecar] : [f];
  });
}

/** The text a page must show, line by line: decoded as the README documents it. */
function expectedLines(c: Case, bytes: Buffer): string[] {
  if (c.payloads) return c.payloads;
  let text = c.decode ? new TextDecoder(c.decode).decode(bytes.subarray(2)) : new TextDecoder().decode(bytes);
  text = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/\p{Noncharacter_Code_Point}/gu, '\ufffd');
  const skip = new Set(c.skip ?? []);
  return [...new Set(text.split('\n').map(collapseSpace))].filter((line) => line !== '' && !skip.has(line));
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
}

/** Run the ingest CLI on a seeds folder, asynchronously, with an optional time limit. */
function ingest(seeds: string, out: string, timeLimit?: number): Promise<Run> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', '--seeds', seeds, '--out', join(out, 'documents'), '--lock', join(out, 'ids.lock.yaml')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let timedOut = false;
    const timer = timeLimit
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGKILL');
        }, timeLimit * 1000)
      : undefined;
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr, seconds: (Date.now() - started) / 1000, timedOut });
    });
  });
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => done({ status, stdout, stderr, seconds: (Date.now() - started) / 1000, timedOut: false }));
  });
}

/** Built together in `work`. */
const built = cases.filter((c) => c.expect === 'page' && !c.alone && c.build !== 'alone');
/** Ingested (and, for `build: alone`, built) each in a site root of its own under work/apart/. */
// The longest first, so that the two lanes below end together.
const weight = (c: Case) => (c.timeLimit ? 0 : c.build === 'alone' ? 1 : c.alone ? 2 : 3);
const apart = cases.filter((c) => !built.includes(c)).sort((a, b) => weight(a) - weight(b));
const rootOf = (c: Case) => (built.includes(c) ? work : join(work, 'apart', c.name));
const runs = new Map<string, Run>();
const builds = new Map<string, Run>();
/** Per built case: the document id, its MDX, its page and its JSON export. */
const docs = new Map<string, { id: string; mdx: string; html: string; json: string; seedBytes: number }>();
const sizes = new Map<string, number>();
const started = Date.now();

/** A site root: the site's code, as in hostile-build.test.ts, and the case's seeds. */
function makeRoot(root: string, members: Case[]) {
  for (const dir of ['src', 'public', 'scripts']) cpSync(dir, join(root, dir), { recursive: true });
  cpSync('astro.config.mjs', join(root, 'astro.config.mjs'));
  cpSync('content/registry', join(root, 'content/registry'), { recursive: true });
  mkdirSync(join(root, 'seeds'));
  for (const c of members) {
    for (const f of caseFiles(c)) {
      const bytes = seedBytes(c, f);
      writeFileSync(join(root, 'seeds', f), bytes);
      if (f.endsWith('.txt')) sizes.set(c.name, (sizes.get(c.name) ?? 0) + bytes.length);
    }
  }
}

const ingestRoot = (root: string, timeLimit?: number) => ingest(join(root, 'seeds'), join(root, 'content'), timeLimit);
const buildRoot = (root: string) => run('npx', ['astro', 'build', '--root', root]);

/** Read the documents of a built root back, by the seed each was generated from. */
function collect(root: string, members: Case[]) {
  for (const name of readdirSync(join(root, 'content/documents'))) {
    const mdx = readFileSync(join(root, 'content/documents', name), 'utf8');
    const source = /^# Generated from seeds\/(.+?\.txt)(?: and seeds\/.+?\.meta\.yaml)? by scripts\/ingest\.ts/m.exec(mdx)?.[1];
    const c = members.find((k) => k.files.includes(source!));
    if (!c) continue;
    const id = name.replace(/\.mdx$/, '');
    docs.set(c.name, {
      id,
      mdx,
      html: readFileSync(join(root, 'dist/documents', id, 'index.html'), 'utf8'),
      json: readFileSync(join(root, 'dist/api/documents', `${id}.json`), 'utf8'),
      seedBytes: sizes.get(c.name)!,
    });
  }
}

beforeAll(async () => {
  makeRoot(work, built);
  for (const c of apart) makeRoot(rootOf(c), [c]);

  // Two lanes (the machine may have two cores): one ingests and builds the main site,
  // the other takes the apart cases; the first to be free takes the next one.
  const queue = [...apart];
  const drain = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const r = await ingestRoot(rootOf(c), c.timeLimit);
      runs.set(c.name, r);
      if (c.build === 'alone' && r.status === 0) {
        const b = await buildRoot(rootOf(c));
        builds.set(c.name, b);
        if (b.status === 0) collect(rootOf(c), [c]);
      }
    }
  };
  const main = async () => {
    runs.set('', await ingestRoot(work));
    if (runs.get('')!.status === 0) {
      builds.set('', await buildRoot(work));
      if (builds.get('')!.status === 0) collect(work, built);
    }
    await drain();
  };
  await Promise.all([main(), drain()]);
}, 180_000);

afterAll(() => {
  const errors = apart.filter((c) => runs.get(c.name)?.status === 1).length;
  const bugs = cases.filter((c) => c.bug).map((c) => c.name);
  console.log(
    `adversarial corpus: ${cases.length} cases, ${docs.size} pages, ${errors} errors, ${bugs.length} known pipeline bugs (${bugs.join(', ')}); ` +
      `main build ${builds.get('')?.seconds.toFixed(1) ?? '-'} s, total ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!process.env.KEEP_ADVERSARIAL) rmSync(work, { recursive: true, force: true });
});

/** The site's own scripts are the only ones allowed. */
function checkNoForeignCode(page: string) {
  // Attribute values may hold "<script>" as text (e.g. og:title); tags are what count.
  const html = page.replace(/="[^"]*"/g, (value) => (value.startsWith('="application/ld+json"') || ['="module"', '="/copy-link.js"', '="/site.js"', '="/search.js"'].includes(value) ? value : '=""'));
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/^<script (?:type="application\/ld\+json"|src="\/(?:copy-link|site)\.js"|type="module" src="\/search\.js")[^>]*>$/);
  expect(html).not.toMatch(/<(?:img|iframe|svg|style|object|embed)\b/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  expect(page).not.toMatch(/(?:href|src|action)\s*=\s*"?\s*(?:javascript|data):/i);
}

test('the corpus has at least 40 input files and every one is listed in cases.json', () => {
  const inputs = readdirSync(corpus).filter((n) => /^\d\d-.*\.(?:txt|meta\.yaml)$/.test(n));
  expect(inputs.length).toBeGreaterThanOrEqual(40);
  const listed = new Set(cases.flatMap(caseFiles));
  expect(inputs.filter((n) => !listed.has(n))).toEqual([]);
});

test('the passing cases ingest together and build', () => {
  const ingested = runs.get('')!;
  expect(ingested.stderr).not.toMatch(/^error/m);
  expect(ingested.status, ingested.stderr).toBe(0);
  const build = builds.get('')!;
  expect(build.status, build.stderr + build.stdout).toBe(0);
  expect(built.filter((c) => !docs.has(c.name))).toEqual([]);
});

test('no payload ran: the canary file never appears', () => {
  expect(existsSync(canary)).toBe(false);
  expect(readdirSync(work)).not.toContain('CANARY');
  for (const c of apart) expect(existsSync(join(rootOf(c), 'CANARY'))).toBe(false);
});

describe.each(cases)('$name', (c) => {
  // ADVERSARIAL_SHOW_BUGS=1 runs the known bugs as ordinary tests, to read how they fail.
  const check = c.bug && !process.env.ADVERSARIAL_SHOW_BUGS ? test.fails : test;
  const title = `${c.what} → ${c.expect === 'error' ? `error "${c.error}"` : 'page'}${c.bug ? ` [known bug: ${c.bug}]` : ''}`;

  if (c.expect === 'error') {
    check(title, () => {
      const r = runs.get(c.name)!;
      expect(r.status, r.stdout + r.stderr).toBe(1);
      const named = `error: seeds/${c.file}${c.line === undefined ? '' : `:${c.line}`}: `;
      const line = r.stderr.split('\n').find((l) => l.startsWith(named));
      expect(line, r.stderr).toBeDefined();
      expect(line).toContain(c.error);
      expect(r.stderr).toContain('nothing was written');
      expect(existsSync(join(rootOf(c), 'content/documents'))).toBe(false);
      expect(existsSync(join(rootOf(c), 'content/ids.lock.yaml'))).toBe(false);
    });
  } else if (c.alone) {
    check(title, () => {
      const r = runs.get(c.name)!;
      expect(r.timedOut, `ingest still running after ${c.timeLimit} s`).toBe(false);
      expect(r.status, r.stderr).toBe(0);
      const [mdx, ...others] = readdirSync(join(rootOf(c), 'content/documents'));
      expect(others).toEqual([]);
      if (c.maxMdxRatio) expect(statSync(join(rootOf(c), 'content/documents', mdx!)).size, 'generated MDX size').toBeLessThanOrEqual(c.maxMdxRatio * sizes.get(c.name)!);
    });
  } else {
    check(title, () => {
      const build = builds.get(c.build === 'alone' ? c.name : '');
      expect(build?.status, build ? build.stderr : runs.get(c.build === 'alone' ? c.name : '')?.stderr).toBe(0);
      const doc = docs.get(c.name);
      expect(doc, `no page for ${c.name}`).toBeDefined();
      const text = collapseSpace(htmlText(doc!.html, { reading: true }));
      const lines = expectedLines(c, seedBytes(c, c.files[0]!));
      if (c.sidecarPayloads) {
        const sidecar = seedBytes(c, c.files[0]!.replace(/\.txt$/, '.meta.yaml')).toString('utf8');
        for (const field of c.sidecarPayloads) {
          // Block scalars (| and >) are checked line by line, the others as a whole.
          const value = new RegExp(`^${field}: (?:"((?:[^"\\\\]|\\\\.)*)"|([|>])\\n((?:  .*\\n)+))`, 'm').exec(sidecar);
          expect(value, field).not.toBeNull();
          if (value![1] !== undefined) lines.push(JSON.parse(`"${value![1]}"`) as string);
          else lines.push(...value![3]!.split('\n').map(collapseSpace).filter(Boolean));
        }
      }
      checkNoForeignCode(doc!.html);
      const missing = lines.filter((line) => !text.includes(collapseSpace(line)));
      expect(missing, `lines not shown literally on /documents/${doc!.id}/`).toEqual([]);
      // The original's address is only ever an http(s) URL.
      const url = (JSON.parse(doc!.json) as { model: { url: string | null } }).model.url;
      if (url !== null) expect(url, 'the original\'s address in /api/documents/<id>.json').toMatch(/^https?:\/\//);
      if (c.warning) expect(runs.get(c.build === 'alone' ? c.name : '')!.stderr).toContain(c.warning);
      if (c.maxMdxRatio) expect(doc!.mdx.length, 'generated MDX size').toBeLessThanOrEqual(c.maxMdxRatio * doc!.seedBytes);
    });
  }
});

/** The HTML files under `dir`, at any depth, as paths. */
const htmlUnder = (dir: string) => htmlFiles(dir).map((file) => join(dir, file));

test('no page of the adversarial build carries foreign code', () => {
  const files = htmlUnder(join(work, 'dist'));
  for (const c of apart) if (c.build === 'alone' && !c.bug && existsSync(join(rootOf(c), 'dist'))) files.push(...htmlUnder(join(rootOf(c), 'dist')));
  expect(files.length).toBeGreaterThan(built.length);
  for (const file of files) checkNoForeignCode(readFileSync(file, 'utf8'));
});

test('no page of the adversarial build lets French punctuation part from its word', () => {
  const files = htmlUnder(join(work, 'dist'));
  expect(files.length).toBeGreaterThan(built.length);
  expect(files.flatMap((file) => breakablePunctuation(readFileSync(file, 'utf8')).map((at) => `${file}: ${at}`))).toEqual([]);
});
