/**
 * The document models, read from `content/data/<id>.json` at build time. They are not
 * a content collection: Astro inlines every collection entry's data into one module of
 * the server build, and the models (annotations, offsets, links) of a thousand
 * documents took that build past 2 GB of heap. The collection holds the MDX with a
 * small card as frontmatter; the model is read here, checked against the same schema.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentFileSchema, type DocumentData } from '../schemas/document.ts';

/** The model of document `id`. A missing, unreadable or invalid file fails the build, naming it. */
export function readDocumentData(root: string, id: string): DocumentData {
  const file = join('content/data', `${id}.json`);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(join(root, file), 'utf8'));
  } catch (cause) {
    throw new Error(`${file}: cannot be read as JSON (${(cause as Error).message}); run \`npm run ingest\``, { cause });
  }
  const parsed = DocumentFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: does not match the document model at ${issue.path.join('.') || '(root)'}: ${issue.message}; run \`npm run ingest\``);
  }
  if (parsed.data.document.id !== id) throw new Error(`${file}: holds document "${parsed.data.document.id}", not "${id}"`);
  return parsed.data.document;
}
