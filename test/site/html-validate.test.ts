/**
 * Every page of the built site is valid HTML by html-validate's recommended rules (with
 * the few exceptions in `.htmlvalidate.json`): zero errors, all listed at once with the
 * page, line, column and rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { DIST, htmlFiles } from '../support/dist-files.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the site tests`);

const files = htmlFiles();
/** The project's configuration, applied wherever DIST is (a file-system search would miss it outside the project). */
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe(`html-validate on the ${files.length} pages of ${DIST}/`, () => {
  test('the configuration extends the recommended preset', () => {
    expect(config.extends).toContain('html-validate:recommended');
  });

  test('0 errors', { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), join(DIST, file));
      for (const result of report.results) {
        for (const m of result.messages as Message[]) {
          if (m.severity >= 2) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
        }
      }
    }
    expect(problems, `${problems.length} html-validate errors:\n${problems.join('\n')}`).toEqual([]);
  });
});
