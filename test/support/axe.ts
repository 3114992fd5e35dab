/** axe-core in a Playwright page: its violations, a readable listing of them, and the check. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** What axe reports of one violation, kept small enough to print. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string; summary: string }>;
}

/** Run axe on the loaded page (its CSP lifted: axe is injected inline) and return its violations. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<Record<string, unknown>> }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: String(v['id']),
      impact: (v['impact'] as string | null) ?? null,
      help: String(v['help']),
      helpUrl: String(v['helpUrl']),
      nodes: (v['nodes'] as Array<{ target: unknown[]; failureSummary?: string }>).map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' '),
        summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

/** Violations as lines: rule, impact, help, then each target with axe's summary. */
export const formatViolations = (violations: Violation[]) =>
  violations
    .map((v) => [`${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.helpUrl}`, ...v.nodes.map((n) => `    ${n.target}  ${n.summary}`)].join('\n'))
    .join('\n');

/**
 * Load `url` in `page` at a width and colour scheme (checked to be in effect, fonts
 * loaded) and expect no axe violation, listing them when there are.
 */
export async function expectNoViolations(page: Page, url: string, scheme: 'light' | 'dark', width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  const violations = await axeViolations(page);
  expect(violations.map((v) => v.id), `${url} (${scheme}, ${width} px):\n${formatViolations(violations)}`).toEqual([]);
}
