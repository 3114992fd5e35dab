/**
 * `npm run bench`: measurements printed as a table and written to bench/results.json.
 * Needs a built site (`npm run build`). Figures:
 * - search: bytes transferred for the first search (raw and gzipped, as a static host
 *   would serve them) and query latency in Debian's Chromium, median and 95th percentile
 *   over repeated queries; target ≤ 150 KB for the first search.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

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

const search = await benchSearch();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const rows: Array<[string, string, string]> = [
  ['first search: requests', String(search.firstSearchRequests), ''],
  ['first search: bytes (raw)', kb(search.firstSearchBytes), ''],
  ['first search: bytes (gzip)', kb(search.firstSearchBytesGzip), search.firstSearchBytesGzip <= 150 * 1024 ? 'target ≤ 150 KB: met' : 'target ≤ 150 KB: MISSED'],
  ['query latency, median', `${search.queryLatencyMedianMs} ms`, `${search.queries} queries`],
  ['query latency, p95', `${search.queryLatencyP95Ms} ms`, ''],
];
console.log(`machine: ${machine}`);
for (const [what, value, note] of rows) console.log(`${what.padEnd(30)} ${value.padStart(10)}  ${note}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify({ machine, search }, null, 2)}\n`);
console.log('written: bench/results.json');
