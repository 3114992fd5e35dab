/**
 * `npm run bench`: measurements printed as one table, each figure next to its target, and
 * written to bench/results.json. Options: `--sizes 10,100` (default 10,100,1000),
 * `--skip scale,pages,search,lighthouse` (leave parts out), `--keep` (keep tmp/bench-<N>/).
 * Figures:
 * - scale: for each N, a synthetic corpus of N texts (scripts/make-corpus.ts) ingested and
 *   built in a throw-away copy of the site under tmp/bench-<N>/: wall time and peak RSS of
 *   the ingest, the Astro build and Pagefind (GNU time's maximum RSS of the largest
 *   process, and the sum over the process tree sampled from /proc every 100 ms), time per
 *   document, ingest throughput in MB/s of text; page transfer (HTML + CSS + JS + icon,
 *   gzipped, from the dist files) of every document page, one commitment page per
 *   document, the home page and the documents index, against 1.5 × the gzipped source
 *   text (of a listing page: of the text it shows) + 10 KB;
 * - pages: the same transfer figures for the real site (dist/), also measured in Chromium;
 * - search: bytes transferred for the first search (raw and gzipped, as a static host
 *   would serve them) and query latency in Debian's Chromium, median and 95th percentile
 *   over repeated queries; target ≤ 150 KB for the first search;
 * - lighthouse: Lighthouse 12 (default mobile preset) on a document page and a
 *   commitment page of the real site: the four category scores and every audit below 1.
 * Needs a built site for pages, search and lighthouse (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import { makeCorpus } from './make-corpus.ts';

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000' },
    skip: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const SIZES = options.sizes!.split(',').filter(Boolean).map(Number);
const SKIP = new Set(options.skip!.split(',').filter(Boolean));
const ROOT = process.cwd();
const gz = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;

const QUERIES = ['PNR', 'Jambon', 'radicalisation', 'échange', 'renforcer', 'centres de crise', 'Liège', 'financement du terrorisme', 'SIS', 'protection civile'];

/** Bytes of the first search on a fresh page, and latency of each query. */
async function benchSearch() {
  const server = await serveStatic('dist');
  const browser = await launchBrowser({ width: 1280, height: 900 });
  const page = await browser.context.newPage();
  const responses: Array<Promise<{ url: string; raw: number; gzip: number }>> = [];
  page.on('response', (response) =>
    responses.push(
      response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 6 }).length })).catch(() => ({ url: response.url(), raw: 0, gzip: 0 })),
    ),
  );
  // The first search on a fresh profile: the search script and everything from /pagefind/
  // (loader, WebAssembly, index, filters, result fragments), fetched on load and on query.
  await page.goto(`${server.origin}/recherche/`);
  await page.waitForFunction(() => document.querySelector('#recherche') === document.activeElement);
  await page.fill('#recherche', 'PNR');
  await page.waitForFunction(() => (document.querySelector('#resultats')?.childElementCount ?? 0) > 0);
  await page.waitForLoadState('networkidle');
  const pageLoad = (await Promise.all(responses)).filter((r) => /\/pagefind\/|\/search\.js$/.test(r.url));
  const latencies: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const ms = await page.evaluate(async (query) => {
        // A variable keeps TypeScript from resolving the browser-side module path.
        const bundle = '/pagefind/pagefind.js';
        const pf = (await import(bundle)) as { search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }> };
        const t0 = performance.now();
        const s = await pf.search(query);
        await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
        return performance.now() - t0;
      }, q);
      latencies.push(ms);
    }
  }
  await browser.close();
  await server.close();
  latencies.sort((a, b) => a - b);
  const sum = (key: 'raw' | 'gzip') => pageLoad.reduce((n, r) => n + r[key], 0);
  return {
    firstSearchRequests: pageLoad.length,
    firstSearchBytes: sum('raw'),
    firstSearchBytesGzip: sum('gzip'),
    queryLatencyMedianMs: Math.round(latencies[Math.floor(latencies.length / 2)]! * 10) / 10,
    queryLatencyP95Ms: Math.round(latencies[Math.floor(latencies.length * 0.95)]! * 10) / 10,
    queries: latencies.length,
  };
}


// ---------------------------------------------------------------------------------------
// Scale: ingest, Astro build and Pagefind on N synthetic documents.

/** One measured step. */
interface Step {
  seconds: number;
  /** GNU time's maximum resident set size: the largest single process of the step. */
  maxRssMB: number;
  /** Sum of the RSS of the whole process tree, sampled every 100 ms. */
  treeRssMB: number;
}

/** Every pid whose ancestry leads to `root`, root included. */
function processTree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone */
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

function rssKB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Run a command under `/usr/bin/time -v` (when present) and sample its process tree. */
async function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Step> {
  const timed = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const child = spawn(timed ? '/usr/bin/time' : command, timed ? ['-v', command, ...args] : args, {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  let treePeak = 0;
  const timer = setInterval(() => {
    if (child.pid) treePeak = Math.max(treePeak, processTree(child.pid).reduce((n, pid) => n + rssKB(pid), 0));
  }, 100);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${status}):\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`);
  const maxRss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
  return { seconds: round(seconds, 2), maxRssMB: round((maxRss || treePeak) / 1024, 0), treeRssMB: round(treePeak / 1024, 0) };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Files a page loads: its stylesheets, scripts, icon and what the stylesheets import. */
function pageAssets(html: string): string[] {
  const refs = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (/rel="(?:stylesheet|icon|modulepreload|preload)"/i.test(tag)) refs.add(/href="([^"]+)"/i.exec(tag)?.[1] ?? '');
  }
  for (const tag of html.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/gi) ?? []) refs.add(/src="([^"]+)"/i.exec(tag)![1]!);
  refs.delete('');
  return [...refs].filter((r) => r.startsWith('/'));
}

/** Gzipped bytes a page transfers on load, from the dist files. */
function distTransfer(dist: string, path: string): { html: number; assets: number; total: number; files: string[] } {
  const html = readFileSync(join(dist, path, 'index.html'));
  const files: string[] = [];
  let assets = 0;
  const seen = new Set<string>();
  const add = (ref: string) => {
    const file = join(dist, ref.split(/[?#]/)[0]!);
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const body = readFileSync(file);
    files.push(ref);
    assets += gz(body);
    // Fonts and images a stylesheet loads.
    if (file.endsWith('.css')) for (const m of body.toString('utf8').matchAll(/url\(\s*["']?(\/[^"')]+)/g)) add(m[1]!);
  };
  for (const ref of pageAssets(html.toString('utf8'))) add(ref);
  return { html: gz(html), assets, total: gz(html) + assets, files };
}

/** The page transfer target: 1.5 × the gzipped text + 10 KB. */
const transferTarget = (textGz: number) => Math.round(1.5 * textGz + 10 * 1024);

interface PageFigure {
  page: string;
  transfer: number;
  textGz: number;
  target: number;
}

/** Worst and median figures of the transfer check over a set of pages. */
function summarise(figures: PageFigure[]) {
  const over = figures.filter((f) => f.transfer > f.target);
  const byMargin = [...figures].sort((a, b) => b.transfer - b.target - (a.transfer - a.target));
  const byTransfer = [...figures].sort((a, b) => a.transfer - b.transfer);
  return {
    pages: figures.length,
    over: over.length,
    worst: byMargin[0] ?? null,
    medianTransfer: byTransfer[Math.floor(byTransfer.length / 2)]?.transfer ?? 0,
    maxTransfer: byTransfer.at(-1)?.transfer ?? 0,
    medianTarget: [...figures].sort((a, b) => a.target - b.target)[Math.floor(figures.length / 2)]?.target ?? 0,
  };
}

/** Transfer of every document page, one commitment page per document, home and the documents index. */
function transferChecks(siteRoot: string) {
  const dist = join(siteRoot, 'dist');
  const sources = new Map<string, number>();
  for (const file of readdirSync(join(siteRoot, 'content/data')).filter((n) => n.endsWith('.json'))) {
    const { document } = JSON.parse(readFileSync(join(siteRoot, 'content/data', file), 'utf8')) as { document: { id: string; source: { file: string } } };
    sources.set(document.id, gz(readFileSync(join(siteRoot, 'seeds', document.source.file))));
  }
  const documents: PageFigure[] = [];
  const commitments: PageFigure[] = [];
  for (const [id, textGz] of sources) {
    if (!existsSync(join(dist, 'documents', id, 'index.html'))) continue;
    documents.push({ page: `/documents/${id}/`, transfer: distTransfer(dist, `documents/${id}`).total, textGz, target: transferTarget(textGz) });
    const dir = join(dist, 'engagements', id);
    if (!existsSync(dir)) continue;
    // The largest commitment page of the document.
    const pages = readdirSync(dir).filter((n) => existsSync(join(dir, n, 'index.html')));
    const largest = pages.sort((a, b) => statSync(join(dir, b, 'index.html')).size - statSync(join(dir, a, 'index.html')).size)[0];
    if (largest) commitments.push({ page: `/engagements/${id}/${largest}/`, transfer: distTransfer(dist, `engagements/${id}/${largest}`).total, textGz, target: transferTarget(textGz) });
  }
  // Home has no source text of its own: its target uses the gzipped text it shows.
  // Listing pages have no source text of their own: their target uses the gzipped text they show.
  const listing = (page: string): PageFigure => {
    const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    return { page, transfer: distTransfer(dist, page.replace(/^\/|\/$/g, '')).total, textGz: gz(text), target: transferTarget(gz(text)) };
  };
  return { document: summarise(documents), commitment: summarise(commitments), home: summarise([listing('/')]), 'documents index': summarise([listing('/documents/')]) };
}

/** Ingest, build and index N synthetic documents in tmp/bench-<N>/. */
async function benchScale(n: number) {
  const work = resolve('tmp', `bench-${n}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const textBytes = makeCorpus(join(work, 'seeds'), n, 20_260_101 + n);
  for (const part of ['src', 'public', 'scripts', 'content/registry', 'astro.config.mjs']) cpSync(part, join(work, part), { recursive: true });
  const tsx = resolve('node_modules/tsx/dist/loader.mjs');
  console.error(`bench ${n}: ingest…`);
  const ingest = await measure(process.execPath, ['--import', tsx, 'scripts/ingest.ts', '--quiet', '--seeds', join(work, 'seeds'), '--out', join(work, 'content/documents'), '--lock', join(work, 'content/ids.lock.yaml')]);
  console.error(`bench ${n}: ingest ${ingest.seconds} s; astro build…`);
  const astro = await measure(process.execPath, [resolve('node_modules/astro/astro.js'), 'build', '--root', work, '--silent']);
  console.error(`bench ${n}: astro build ${astro.seconds} s; pagefind…`);
  const pagefind = await measure(resolve('node_modules/.bin/pagefind'), ['--site', join(work, 'dist'), '--silent']);
  console.error(`bench ${n}: pagefind ${pagefind.seconds} s`);
  const pages = readdirSync(join(work, 'dist'), { recursive: true }).filter((p) => String(p).endsWith('.html')).length;
  const commitments = readdirSync(join(work, 'dist/engagements'), { recursive: true }).filter((p) => String(p).endsWith('index.html')).length;
  const total = ingest.seconds + astro.seconds + pagefind.seconds;
  const transfer = transferChecks(work);
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  return {
    documents: n,
    textBytes,
    htmlPages: pages,
    commitmentPages: commitments,
    ingest,
    astro,
    pagefind,
    totalSeconds: round(total, 2),
    peakRssMB: Math.max(ingest.maxRssMB, astro.maxRssMB, pagefind.maxRssMB),
    peakTreeRssMB: Math.max(ingest.treeRssMB, astro.treeRssMB, pagefind.treeRssMB),
    msPerDocument: round((total / n) * 1000, 1),
    ingestMBps: round(textBytes / 2 ** 20 / ingest.seconds, 3),
    transfer,
  };
}

// ---------------------------------------------------------------------------------------
// The real site: page transfer in Chromium, and Lighthouse.

/** A document page and its largest commitment page on the real site. */
function realPages() {
  const doc = readdirSync('dist/documents', { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => statSync(join('dist/documents', b, 'index.html')).size - statSync(join('dist/documents', a, 'index.html')).size)[0]!;
  const dir = join('dist/engagements', doc);
  const commitment = readdirSync(dir).sort((a, b) => statSync(join(dir, b, 'index.html')).size - statSync(join(dir, a, 'index.html')).size)[0]!;
  return { document: `/documents/${doc}/`, commitment: `/engagements/${doc}/${commitment}/`, home: '/' };
}

/** Gzipped bytes of every response a page loads in Chromium. */
async function chromiumTransfer(paths: string[]) {
  const server = await serveStatic('dist');
  const browser = await launchBrowser({ width: 1280, height: 900 });
  const out: Record<string, { requests: number; bytesGzip: number; urls: string[] }> = {};
  for (const path of paths) {
    const page = await browser.context.newPage();
    const responses: Array<Promise<{ url: string; gzip: number }>> = [];
    page.on('response', (r) => responses.push(r.body().then((b) => ({ url: r.url(), gzip: gz(b) })).catch(() => ({ url: r.url(), gzip: 0 }))));
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    const all = await Promise.all(responses);
    out[path] = { requests: all.length, bytesGzip: all.reduce((n, r) => n + r.gzip, 0), urls: all.map((r) => r.url.replace(server.origin, '')) };
    await page.close();
  }
  await browser.close();
  await server.close();
  return out;
}

const LIGHTHOUSE_RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse 12 (CLI, default mobile preset) on one page of the real site. */
async function lighthouse(origin: string, path: string, run = 0) {
  const out = resolve('tmp', `lighthouse${path.replace(/\W+/g, '-')}${run}.json`);
  mkdirSync('tmp', { recursive: true });
  const args = [
    resolve('node_modules/lighthouse/cli/index.js'),
    `${origin}${path}`,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
  ];
  const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  if (status !== 0 || !existsSync(out)) throw new Error(`lighthouse ${path} failed (${status}): ${stderr.slice(-3000)}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    lighthouseVersion: string;
    categories: Record<string, { score: number | null; auditRefs: Array<{ id: string; weight: number }> }>;
    audits: Record<string, { score: number | null; scoreDisplayMode: string; title: string; displayValue?: string }>;
    runWarnings: string[];
  };
  const scores: Record<string, number | null> = {};
  const failed: Record<string, Array<{ id: string; score: number | null; weight: number; title: string; value?: string }>> = {};
  for (const cat of CATEGORIES) {
    const c = report.categories[cat]!;
    scores[cat] = c.score === null ? null : Math.round(c.score * 100);
    failed[cat] = c.auditRefs
      .map((ref) => ({ ref, audit: report.audits[ref.id]! }))
      .filter(({ audit }) => audit.score !== null && audit.score < 1 && !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode))
      .map(({ ref, audit }) => ({ id: ref.id, score: audit.score, weight: ref.weight, title: audit.title, ...(audit.displayValue ? { value: audit.displayValue } : {}) }));
  }
  return { page: path, version: report.lighthouseVersion, scores, failed, warnings: report.runWarnings };
}

// ---------------------------------------------------------------------------------------

const results: Record<string, unknown> = {};
const scale: Array<Awaited<ReturnType<typeof benchScale>>> = [];
if (!SKIP.has('scale')) for (const n of SIZES) scale.push(await benchScale(n));
let pages: { dist: ReturnType<typeof transferChecks>; chromium: Awaited<ReturnType<typeof chromiumTransfer>>; paths: ReturnType<typeof realPages> } | null = null;
if (!SKIP.has('pages')) {
  const paths = realPages();
  pages = { paths, dist: transferChecks('.'), chromium: await chromiumTransfer([paths.document, paths.commitment, paths.home]) };
}
const search = SKIP.has('search') ? null : await benchSearch();
let lh: Array<Awaited<ReturnType<typeof lighthouse>> & { runs: Array<Record<string, number | null>> }> | null = null;
if (!SKIP.has('lighthouse')) {
  const paths = realPages();
  const server = await serveStatic('dist');
  lh = [];
  for (const path of [paths.document, paths.commitment]) {
    // Three runs; the run with the median performance score is reported (Lighthouse's advice).
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      console.error(`lighthouse ${path} (run ${i + 1})…`);
      runs.push(await lighthouse(server.origin, path, i));
    }
    runs.sort((a, b) => (a.scores['performance'] ?? 0) - (b.scores['performance'] ?? 0));
    lh.push({ ...runs[Math.floor(runs.length / 2)]!, runs: runs.map((r) => r.scores) });
  }
  await server.close();
}

// The table: figure, value, target, verdict.
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Array<[string, string, string, string]> = [];
const row = (what: string, value: string, target = '', ok?: boolean) => rows.push([what, value, target, ok === undefined ? '' : ok ? 'met' : 'MISSED']);
for (const s of scale) {
  const N = s.documents;
  row(`N=${N}: corpus`, `${kb(s.textBytes)}`, `${s.htmlPages} pages, ${s.commitmentPages} commitment pages`);
  for (const step of ['ingest', 'astro', 'pagefind'] as const) row(`N=${N}: ${step === 'astro' ? 'Astro build' : step === 'ingest' ? 'ingest' : 'Pagefind'}`, `${s[step].seconds} s`, `peak RSS ${s[step].maxRssMB} MB (tree ${s[step].treeRssMB} MB)`);
  const is1000 = N >= 1000;
  row(`N=${N}: total build`, `${s.totalSeconds} s`, is1000 ? '≤ 600 s (1,000 docs, 2 cores)' : '', is1000 ? s.totalSeconds <= 600 : undefined);
  row(`N=${N}: peak RSS`, `${s.peakRssMB} MB (tree ${s.peakTreeRssMB} MB)`, is1000 ? '≤ 4096 MB' : '', is1000 ? s.peakTreeRssMB <= 4096 : undefined);
  row(`N=${N}: time per document`, `${s.msPerDocument} ms`, '', undefined);
  row(`N=${N}: ingest throughput`, `${s.ingestMBps} MB/s`, '≥ 1 MB/s', s.ingestMBps >= 1);
  for (const type of ['document', 'commitment', 'home', 'documents index'] as const) {
    const t = s.transfer[type];
    if (!t.worst) continue;
    row(
      `N=${N}: ${type} page transfer`,
      `median ${kb(t.medianTransfer)}, max ${kb(t.maxTransfer)}`,
      `≤ 1.5 × gz text + 10 KB; ${t.over}/${t.pages} over; tightest ${kb(t.worst.transfer)} vs ${kb(t.worst.target)}`,
      t.over === 0,
    );
  }
}
const s100 = scale.find((s) => s.documents === 100);
const s1000 = scale.find((s) => s.documents === 1000);
if (s100 && s1000) row('time per doc, 1,000 vs 100', `${round(s1000.msPerDocument / s100.msPerDocument, 2)} ×`, '≤ 1.2 ×', s1000.msPerDocument <= 1.2 * s100.msPerDocument);
if (pages) {
  for (const type of ['document', 'commitment', 'home', 'documents index'] as const) {
    const t = pages.dist[type];
    row(`site: ${type} page transfer (dist)`, `max ${kb(t.maxTransfer)}`, `≤ 1.5 × gz text + 10 KB; ${t.over}/${t.pages} over; tightest ${kb(t.worst!.transfer)} vs ${kb(t.worst!.target)}`, t.over === 0);
    if (type === 'documents index') continue;
    const chromium = pages.chromium[pages.paths[type]]!;
    row(`site: ${type} page in Chromium`, `${kb(chromium.bytesGzip)}, ${chromium.requests} req.`, `≤ ${kb(t.worst!.target)}`, chromium.bytesGzip <= t.worst!.target);
  }
}
if (search) {
  row('first search: requests', String(search.firstSearchRequests));
  row('first search: bytes (raw)', kb(search.firstSearchBytes));
  row('first search: bytes (gzip)', kb(search.firstSearchBytesGzip), '≤ 150 KB', search.firstSearchBytesGzip <= 150 * 1024);
  row('query latency, median', `${search.queryLatencyMedianMs} ms`, `${search.queries} queries`);
  row('query latency, p95', `${search.queryLatencyP95Ms} ms`);
}
for (const report of lh ?? []) {
  const type = report.page.startsWith('/documents/') ? 'document' : 'commitment';
  for (const cat of CATEGORIES) {
    // Audits that weigh in the score; the weightless insights stay in results.json.
    const failed = report.failed[cat]!.filter((a) => a.weight > 0).map((a) => `${a.id}${a.value ? ` ${a.value}` : ''}`).join(', ');
    const runs = report.runs.map((r) => r[cat]).join('/');
    row(`Lighthouse ${type}: ${cat}`, `${report.scores[cat]} (runs ${runs})`, `100${failed ? `; below 1: ${failed}` : ''}`, report.scores[cat] === 100);
  }
}

console.log(`machine: ${machine}`);
console.log(`command: npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`);
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
console.log(`| ${'figure'.padEnd(w[0]!)} | ${'value'.padEnd(w[1]!)} | ${'target / note'.padEnd(w[2]!)} | result |`);
console.log(`|${'-'.repeat(w[0]! + 2)}|${'-'.repeat(w[1]! + 2)}|${'-'.repeat(w[2]! + 2)}|--------|`);
for (const [what, value, target, verdict] of rows) console.log(`| ${what.padEnd(w[0]!)} | ${value.padEnd(w[1]!)} | ${target.padEnd(w[2]!)} | ${verdict.padEnd(6)} |`);
Object.assign(results, { machine, date: new Date().toISOString(), options: { sizes: SIZES, skip: [...SKIP] }, scale, pages, search, lighthouse: lh });
mkdirSync('bench', { recursive: true });
const outFile = SIZES.join(',') === '10,100,1000' && SKIP.size === 0 ? 'bench/results.json' : `bench/results-${SIZES.join('-')}${SKIP.size ? `-skip-${[...SKIP].join('-')}` : ''}.json`;
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
if (outFile !== 'bench/results.json') writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`written: bench/results.json${outFile !== 'bench/results.json' ? ` and ${outFile}` : ''}`);
