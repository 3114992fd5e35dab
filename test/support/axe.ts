/** axe-core in a Playwright page: its violations, and a readable listing of them. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

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
