/** The generated documents' models (frontmatter of `content/documents/*.mdx`), for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { DocumentSchema, type DocumentData } from '../../src/schemas/document.ts';

/** Every document model, sorted by file name. */
export function loadDocuments(dir = 'content/documents'): DocumentData[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const mdx = readFileSync(join(dir, name), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1];
      if (frontmatter === undefined) throw new Error(`${join(dir, name)} has no frontmatter`);
      return DocumentSchema.parse(loadYaml(frontmatter));
    });
}
