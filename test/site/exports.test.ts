/**
 * Checks on the static exports (`dist/api/`, built by `npm test` before vitest runs):
 * every JSON export validates against its zod schema in `src/schemas/exports.ts`; the
 * CSV is RFC 4180 and holds the same commitments as the JSON; every offset points at its
 * text (UTF-16 in the model, code points in the Web Annotations); every URL points at a
 * built page; the JSON Schemas name every field the exports use.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { decodeSource } from '../../scripts/lib/decode.ts';
import { codePointOffsets, compareStrings, quoteOf, toCsv } from '../../src/data/exports.ts';
import { loadDocuments } from '../support/documents.ts';
import {
  ActorListSchema,
  AnnotationCollectionSchema,
  DocumentExportSchema,
  DocumentListSchema,
  DomainListSchema,
  EngagementListSchema,
  EXPORT_SCHEMAS,
  TimelineListSchema,
  type DocumentExport,
} from '../../src/schemas/exports.ts';
import { idsIn, readPage } from '../support/html.ts';

if (!existsSync('dist/api/documents.json')) throw new Error('dist/api/ is missing: run `npm run build` (npm test does) before the site tests');

const raw = (path: string) => readFileSync(join('dist', path), 'utf8');

/** Read a JSON export and validate it, failing with zod's report. */
function readExport<T extends z.ZodTypeAny>(path: string, schema: T): z.output<T> {
  const result = schema.safeParse(JSON.parse(raw(path)));
  if (!result.success) throw new Error(`${path}: ${result.error.message}`);
  return result.data;
}

const documents = readExport('api/documents.json', DocumentListSchema);
const engagements = readExport('api/engagements.json', EngagementListSchema);
const actors = readExport('api/acteurs.json', ActorListSchema);
const domains = readExport('api/domaines.json', DomainListSchema);
const timeline = readExport('api/chronologie.json', TimelineListSchema);
const annotations = readExport('api/annotations.jsonld', AnnotationCollectionSchema);
const details = new Map<string, DocumentExport>(documents.map((d) => [d.id, readExport(`api/documents/${d.id}.json`, DocumentExportSchema)]));

// The site's root URL (SITE_URL + BASE_PATH), read from the collection's own id.
const root = annotations.id.replace(/api\/annotations\.jsonld$/u, '');

/** The built file behind an absolute URL of the site, and its fragment. */
function builtPage(url: string): { html: string; fragment: string | null } {
  expect(url.startsWith(root), `${url} is not under ${root}`).toBe(true);
  const [path, fragment] = url.slice(root.length).split('#') as [string, string | undefined];
  const file = join('dist', path, 'index.html');
  expect(existsSync(file), `${url}: no ${file}`).toBe(true);
  return { html: readPage(`/${path}`), fragment: fragment ?? null };
}

/** Assert that `url` is a built page, and that its fragment, if any, is an id there. */
function expectPage(url: string): void {
  const { html, fragment } = builtPage(url);
  if (fragment) expect(idsIn(html).has(fragment.split(':~:')[0]!), `${url}: no id`).toBe(true);
}

/** The model of every generated document (content/data/<id>.json). */
const frontmatter = new Map(loadDocuments().map((d) => [d.id, d]));

/** Slice `text` by code points. */
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/** A strict RFC 4180 parser: CRLF record separators only, quotes only around whole fields. */
function parseCsv(input: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < input.length) {
    let field = '';
    if (input[i] === '"') {
      i++;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quoted field');
        if (input[i] === '"') {
          if (input[i + 1] !== '"') break;
          i++;
        }
        field += input[i++];
      }
      i++;
    } else {
      while (i < input.length && !',\r\n'.includes(input[i]!)) {
        if (input[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += input[i++];
      }
    }
    row.push(field);
    if (input[i] === ',') i++;
    else if (input.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i === input.length) rows.push(row);
    else throw new Error(`expected "," or CRLF at ${i}, found ${JSON.stringify(input[i])}`);
  }
  return rows;
}

describe('JSON exports', () => {
  test('list every document with its page, its full model and its source file', () => {
    expect(documents.map((d) => d.id).sort()).toEqual([...frontmatter.keys()]);
    for (const doc of documents) {
      const model = frontmatter.get(doc.id)!;
      expect(doc.counts.commitments).toBe(model.commitments.length);
      expect(createHash('sha256').update(readFileSync(`seeds/${doc.source.file}`)).digest('hex')).toBe(doc.source.sha256);
      expectPage(doc.url);
      expect(doc.data).toBe(`${root}api/documents/${doc.id}.json`);
    }
  });

  test('list every commitment once, with working URLs', () => {
    const expected = [...frontmatter.values()].flatMap((d) => d.commitments.map((c) => `${d.id}/${c.id}`));
    const keys = engagements.map((e) => `${e.document}/${e.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...expected].sort());
    for (const e of engagements) {
      const c = frontmatter.get(e.document)!.commitments.find((x) => x.id === e.id)!;
      expect(e.text).toBe(c.text);
      expectPage(e.url);
      expectPage(e.anchor);
      expect(e.passage.startsWith(`${root}documents/${e.document}/#${e.id}:~:text=`)).toBe(true);
      for (const r of e.related) expectPage(r.url);
    }
  });

  test('a domain gives its EuroVoc concept, URI and French label, and its page links the label to the URI', () => {
    const terrorisme = domains.find((d) => d.id === 'terrorisme')!;
    expect([terrorisme.eurovoc, terrorisme.eurovocLabel]).toEqual(['http://eurovoc.europa.eu/4452', 'terrorisme']);
    expect(domains.find((d) => d.id === 'combattants-etrangers')).toMatchObject({ eurovoc: null, eurovocLabel: null });
    expect(readPage('/domaines/terrorisme/')).toContain('<a href="http://eurovoc.europa.eu/4452" rel="external">terrorisme</a>');
  });

  test('actors, domains and the timeline point at built pages and are in a stable order', () => {
    expect(actors.map((a) => a.id)).toEqual(actors.map((a) => a.id).sort());
    for (const a of actors) expectPage(a.url);
    expect(domains.map((d) => d.id)).toEqual(domains.map((d) => d.id).sort());
    for (const d of domains) expectPage(d.url);
    const sorted = [...timeline].sort((a, b) => compareStrings(a.iso, b.iso) || compareStrings(a.document, b.document) || a.start - b.start);
    expect(timeline).toEqual(sorted);
    for (const t of timeline) {
      expect(details.get(t.document)!.text.slice(t.start, t.end)).toBe(t.text);
      expectPage(t.url);
    }
  });

  test('hold no build timestamps', () => {
    for (const path of ['api/documents.json', 'api/engagements.json', 'api/acteurs.json', 'api/domaines.json', 'api/chronologie.json', 'api/annotations.jsonld']) {
      expect(raw(path)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u);
    }
  });
});

describe.each([...details.keys()].map((id) => [id] as const))('/api/documents/%s.json', (id) => {
  const detail = details.get(id)!;
  const model = detail.model;

  test('holds the document model and the decoded source text', () => {
    expect(model).toEqual(frontmatter.get(id));
    expect(detail.text).toBe(decodeSource(readFileSync(`seeds/${model.source.file}`), model.source.file).text);
  });

  test('every mention, date, reference and commitment points at its text', () => {
    for (const span of [...model.mentions, ...model.dates, ...model.references, ...model.commitments]) {
      expect(detail.text.slice(span.start, span.end), `${span.block} ${span.start}–${span.end}`).toBe(span.text);
    }
  });

  test('lists every annotation with UTF-16 offsets and code point positions that agree', () => {
    expect(detail.annotations).toHaveLength(model.mentions.length + model.dates.length + model.references.length + model.commitments.length);
    for (const a of detail.annotations) {
      expect(detail.text.slice(a.start, a.end)).toBe(a.text);
      expect(codePointSlice(detail.text, a.position.start, a.position.end)).toBe(a.text);
    }
  });
});

describe('/api/engagements.csv', () => {
  const csv = raw('api/engagements.csv');

  test('is RFC 4180: CRLF after every record, a header row, quoted fields where needed', () => {
    const [header, ...rows] = parseCsv(csv);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(header).toEqual(['document', 'id', 'kind', 'verb', 'deadline', 'domains', 'actors', 'text', 'url']);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    // Re-encoding the parsed rows gives the same bytes: quoting is minimal and exact.
    expect(toCsv([header!, ...rows])).toBe(csv);
  });

  test('has one row per commitment of engagements.json, with the same texts', () => {
    const [, ...rows] = parseCsv(csv);
    expect(rows).toEqual(
      engagements.map((e) => [e.document, e.id, e.kind, e.verb ?? '', e.deadline ?? '', e.domains.join(';'), e.actors.join(';'), e.text, e.url]),
    );
  });

  test('the encoder round-trips commas, quotes, CR and LF', () => {
    const hostile = [['a,b', 'say "hi"', 'line\r\nbreak', 'lf\nonly', 'cr\ronly', '', 'plain', '"', '« guillemets », ;']];
    expect(parseCsv(toCsv(hostile))).toEqual(hostile);
  });
});

describe('/api/annotations.jsonld', () => {
  const items = annotations.first.items;
  const byPage = new Map(documents.map((d) => [d.url, details.get(d.id)!]));

  test('is a W3C AnnotationCollection with one annotation per actor or term mention and per date', () => {
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.total).toBe(items.length);
    const expected = [...frontmatter.values()].reduce((n, d) => n + d.mentions.length + d.dates.length, 0);
    expect(items).toHaveLength(expected);
    for (const a of items) {
      const kind = a.id.split('/').at(-3);
      expect(a.motivation).toBe(kind === 'actor' ? 'identifying' : 'describing');
      if (kind === 'date') expect(typeof a.body).toBe('object');
      else expectPage(a.body as string);
    }
  });

  test('ids are unique, stable fragments of the collection', () => {
    const ids = items.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of items) expect(a.id).toMatch(new RegExp(`^${annotations.id.replace(/[.]/gu, '\\.')}#[a-z0-9-]+/[a-z0-9-]+/(?:actor|term|date)/[0-9a-z-]+/\\d+$`, 'u'));
  });

  test('every TextQuoteSelector quotes the source text at its TextPositionSelector (code points)', () => {
    for (const a of items) {
      const detail = byPage.get(a.target.source);
      expect(detail, a.target.source).toBeDefined();
      const [first, position] = a.target.selector;
      const quote = first.type === 'FragmentSelector' ? first.refinedBy : first;
      const text = detail!.text;
      expect(codePointSlice(text, position.start, position.end), a.id).toBe(quote.exact);
      expect(codePointSlice(text, Math.max(0, position.start - 200), position.start).endsWith(quote.prefix), a.id).toBe(true);
      expect(codePointSlice(text, position.end, position.end + 200).startsWith(quote.suffix), a.id).toBe(true);
    }
  });

  test('every FragmentSelector names an id of the document page', () => {
    for (const a of items) {
      const [first] = a.target.selector;
      if (first.type !== 'FragmentSelector') continue;
      expect(idsIn(builtPage(a.target.source).html).has(first.value), `${a.id}: #${first.value}`).toBe(true);
    }
  });
});

describe('offset helpers', () => {
  test('count code points, not UTF-16 units', () => {
    const text = 'a😀b\n𝔘c';
    const toCodePoint = codePointOffsets(text);
    expect([0, 1, 3, 4, 5, 7, 8].map(toCodePoint)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(() => toCodePoint(99)).toThrow(RangeError);
  });

  test('quote context stays on its line and skips list markers', () => {
    const text = 'intro\n• Le 😀 ministre Jambon a dit\nfin';
    const start = text.indexOf('Jambon');
    expect(quoteOf(text, start, start + 6)).toEqual({ exact: 'Jambon', prefix: 'Le 😀 ministre ', suffix: ' a dit' });
  });
});

describe('JSON Schemas', () => {
  /** Problems met walking `value` with `schema`: keys the schema does not name, required keys that are missing. */
  function unnamed(schema: Record<string, unknown>, value: unknown, path: string): string[] {
    const anyOf = schema['anyOf'] as Array<Record<string, unknown>> | undefined;
    if (anyOf) {
      const tries = anyOf.map((s) => unnamed(s, value, path));
      return tries.find((t) => t.length === 0) ?? tries.flat();
    }
    if (Array.isArray(value)) {
      const items = schema['items'];
      if (!items) return [`${path}: array not described`];
      return value.flatMap((v, i) => unnamed((Array.isArray(items) ? items[i] : items) as Record<string, unknown>, v, `${path}[${i}]`));
    }
    if (value && typeof value === 'object') {
      const properties = schema['properties'] as Record<string, Record<string, unknown>> | undefined;
      if (!properties) return [`${path}: object without properties`];
      const required = (schema['required'] as string[] | undefined) ?? [];
      return [
        ...Object.keys(value).filter((k) => !(k in properties)).map((k) => `${path}.${k}: not in the schema`),
        ...required.filter((k) => !(k in value)).map((k) => `${path}.${k}: required but missing`),
        ...Object.entries(value).flatMap(([k, v]) => (properties[k] ? unnamed(properties[k], v, `${path}.${k}`) : [])),
      ];
    }
    return [];
  }

  const filesByName: Record<keyof typeof EXPORT_SCHEMAS, string[]> = {
    documents: ['api/documents.json'],
    engagements: ['api/engagements.json'],
    acteurs: ['api/acteurs.json'],
    domaines: ['api/domaines.json'],
    chronologie: ['api/chronologie.json'],
    document: documents.map((d) => `api/documents/${d.id}.json`),
    annotations: ['api/annotations.jsonld'],
  };

  test.each(Object.keys(EXPORT_SCHEMAS))('%s.schema.json is a draft-07 schema naming every field of its export', (name) => {
    const schema = JSON.parse(raw(`api/schemas/${name}.schema.json`)) as Record<string, unknown>;
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema['$id']).toBe(`${root}api/schemas/${name}.schema.json`);
    expect(schema['title']).toContain(EXPORT_SCHEMAS[name as keyof typeof EXPORT_SCHEMAS].path);
    for (const path of filesByName[name as keyof typeof EXPORT_SCHEMAS]) expect(unnamed(schema, JSON.parse(raw(path)), path)).toEqual([]);
  });
});
