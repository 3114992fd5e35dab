/**
 * `npm run screenshots`: full-page PNGs of every page type of the built site at 390 px
 * and 1280 px, light and dark, into `test-results/screenshots/` — for looking at the
 * pages as a reader would before a change lands.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const documents = readdirSync('dist/documents', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const pages: Array<[string, string]> = [
  ['accueil', '/'],
  ['documents', '/documents/'],
  ['introuvable', '/nope/'],
  ...documents.map((id): [string, string] => [`document-${id.slice(0, 24)}`, `/documents/${id}/`]),
];
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const browser = await launchBrowser({ colorScheme: scheme, width });
    const page = await browser.context.newPage();
    for (const [name, path] of pages) {
      await page.goto(`${server.origin}${path}`);
      await page.screenshot({ path: join(out, `${name}-${width}-${scheme}.png`), fullPage: true });
    }
    await browser.close();
  }
}
await server.close();
console.log(`screenshots written to ${out}/`);
