/** The site's reader of document models: the committed files read back; bad files fail naming themselves. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readDocumentData } from '../../src/data/document-files.ts';

const root = mkdtempSync(join(tmpdir(), 'document-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/data'), { recursive: true });
const ID = '2018-06-11-declaration-conjointe-premiers-ministres-francais-belge';
const committed = readFileSync(`content/data/${ID}.json`, 'utf8');

describe('readDocumentData', () => {
  test('reads a committed model', () => {
    const doc = readDocumentData('.', ID);
    expect(doc.id).toBe(ID);
    expect(doc.commitments).toHaveLength(22);
  });

  test.each([
    ['missing', null, /content\/data\/x\.json: cannot be read as JSON/],
    ['not JSON', '{ nope', /content\/data\/x\.json: cannot be read as JSON/],
    ['not the model', JSON.stringify({ $comment: 'Generated from', document: { id: 'x' } }), /content\/data\/x\.json: does not match the document model at document\.title/],
    ['another document', committed, /content\/data\/x\.json: holds document "2018-06-11-declaration-conjointe-premiers-ministres-francais-belge", not "x"/],
  ])('a %s file fails, naming it', (_what, text, message) => {
    const file = join(root, 'content/data/x.json');
    rmSync(file, { force: true });
    if (text !== null) writeFileSync(file, text);
    expect(() => readDocumentData(root, 'x')).toThrow(message);
  });
});
