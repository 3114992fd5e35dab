/** The generated documents' models (`content/data/*.json`), for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentFileSchema, type DocumentData } from '../../src/schemas/document.ts';

/** Every document model, sorted by file name. */
export function loadDocuments(dir = 'content/data'): DocumentData[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => DocumentFileSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))).document);
}
