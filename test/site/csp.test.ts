/**
 * Every page carries a Content-Security-Policy that lets only the site's own files run or
 * load (WebAssembly allowed for the search index), and has no inline script that the
 * policy would have to allow: scripts are files, or JSON-LD data blocks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { DIST, htmlFiles } from '../support/dist-files.ts';

const pages = htmlFiles().map((file) => join(DIST, file));

describe(`Content-Security-Policy on the ${pages.length} pages of dist/`, () => {
  test('each page has the policy, allowing only self', () => {
    const missing: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      if (!policy) {
        missing.push(file);
        continue;
      }
      const directives: Record<string, string[]> = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['default-src'], file).toEqual(["'self'"]);
      expect(directives['script-src'], file).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(directives['object-src'], file).toEqual(["'none'"]);
      for (const [name, values] of Object.entries(directives)) expect(values.filter((v) => !/^'(?:self|none|wasm-unsafe-eval)'$|^data:$/.test(v)), `${file} ${name}`).toEqual([]);
    }
    expect(missing).toEqual([]);
  });

  test('no inline executable script: scripts are the site’s files or JSON-LD data', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/\bsrc="\/[^"]+\.js"|type="application\/ld\+json"/);
    }
  });
});
