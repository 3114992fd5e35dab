/**
 * Accessibility of one page of every page type (the first of each in `dist/`) with
 * axe-core in Chromium: light and dark colour schemes, 1280 px and 390 px wide, 0
 * violations of axe's default rules (WCAG 2.x A/AA and best practices). On failure the
 * violations are printed with their rule id, impact, targets and help.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoViolations } from '../support/axe.ts';
import { launchBrowser } from '../support/browser.ts';
import { DIST } from '../support/dist-files.ts';
import { pagesOfEveryType } from '../support/page-types.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the browser tests`);

const types = pagesOfEveryType();
const checked = types.filter((t): t is { type: string; path: string } => t.path !== null);
const skipped = types.filter((t) => t.path === null).map((t) => t.type);
console.log(`axe: checking ${checked.map((t) => `${t.type} ${t.path}`).join(', ')}${skipped.length ? `; no page of type ${skipped.join(', ')} in ${DIST}/` : ''}`);

let server: StaticServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(DIST);
  // axe-core is injected as an inline script, which the site's CSP rightly refuses.
  browser = await launchBrowser({ bypassCSP: true });
  page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  page.setDefaultNavigationTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the site has pages to check', () => {
  expect(checked.map((t) => t.type)).toContain('accueil');
});

const SETTINGS = (['light', 'dark'] as const).flatMap((scheme) => [1280, 390].map((width) => [`${scheme}, ${width} px`, scheme, width] as const));

describe.each(SETTINGS)('%s', (_name, scheme, width) => {
  test.each(checked.map((t) => [t.type, t.path] as const))('%s %s: 0 axe violations', { timeout: 60_000 }, async (_type, path) => {
    await expectNoViolations(page, server.origin + path, scheme, width);
  });
});
