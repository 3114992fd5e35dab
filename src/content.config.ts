/**
 * Content collections. The frontmatter schema lives in `src/schemas/document.ts` so
 * that the ingest script validates what it writes against the very same object.
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { DocumentSchema } from './schemas/document.ts';

/** Generated documents: `content/documents/<doc-id>.mdx`, written by `npm run ingest`. */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents', generateId: ({ data }) => String(data.id) }),
  schema: DocumentSchema,
});

export const collections = { documents };
