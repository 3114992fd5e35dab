/**
 * Pure helpers of the static exports (`src/pages/api/`): absolute URLs, JSON and CSV
 * responses, code point offsets and the annotations of a document. Nothing here imports
 * Astro modules, so the tests can load it.
 */
import type { z } from 'astro/zod';
import type { DocumentData } from '../schemas/document.ts';
import type { DocumentAnnotation, WebAnnotation } from '../schemas/exports.ts';

/** Absolute URL of a site path that already carries the base path (`/sub/documents/x/`). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  if (!site) throw new Error('The exports need absolute URLs: set `site` in astro.config.mjs (SITE_URL).');
  return new URL(path, site).href;
}

/**
 * A response holding `data` as JSON, after validating it against `schema` (so a build
 * never publishes an export that breaks its own schema). Keys follow the schema's order
 * and the output ends with a newline: the same corpus always gives the same bytes.
 */
export function jsonResponse<T extends z.ZodTypeAny>(schema: T, data: z.input<T>, contentType = 'application/json'): Response {
  const value: unknown = schema.parse(data);
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}

/** Order strings by UTF-16 code units, as `Array.prototype.sort` does: the same on every machine, unlike locale collation. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A CSV field as RFC 4180 wants it: quoted, with quotes doubled, when it holds a comma, a quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** RFC 4180 CSV: fields joined by commas, every record (the header row too) ended by CRLF. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * A converter from UTF-16 offsets of `text` (what JavaScript strings and the document
 * model count) to code point offsets (what a W3C `TextPositionSelector` counts): a
 * surrogate pair is one code point. An offset inside a pair maps to the pair's start.
 */
export function codePointOffsets(text: string): (utf16Offset: number) => number {
  const table = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = codePoints;
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) table[++i] = codePoints;
    codePoints++;
  }
  table[text.length] = codePoints;
  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > text.length) throw new RangeError(`offset ${offset} outside the text (0–${text.length})`);
    return table[offset]!;
  };
}

/** Context kept on each side of a quote, in code points (the usual choice of annotation clients). */
const QUOTE_CONTEXT = 32;

/** A list marker at the start of a source line, which the page shows as list styling rather than text. */
const LIST_MARKER = /^[ \t]*[•◦▪‣*–—-][ \t]+/u;

/**
 * The `TextQuoteSelector` fields of `[start, end)` in `source`: the exact text and up to
 * 32 code points of context on each side, kept within the line (a source line is one
 * block of the page; a leading list marker is left out).
 */
export function quoteOf(source: string, start: number, end: number): { exact: string; prefix: string; suffix: string } {
  const lineStart = start === 0 ? 0 : source.lastIndexOf('\n', start - 1) + 1;
  const lineBreak = source.indexOf('\n', end);
  const before = source.slice(lineStart, start).replace(LIST_MARKER, '');
  const after = source.slice(end, lineBreak === -1 ? source.length : lineBreak);
  return {
    exact: source.slice(start, end),
    prefix: Array.from(before).slice(-QUOTE_CONTEXT).join(''),
    suffix: Array.from(after).slice(0, QUOTE_CONTEXT).join(''),
  };
}

/** The page anchor of a block (paragraph, item, heading, `title` or `header`). */
export function blockAnchor(block: string): string | null {
  // The reader gives the title (`#title`) and the header with its fact box (`#header`) ids too.
  return block;
}

const ANNOTATION_ORDER: Record<DocumentAnnotation['type'], number> = { commitment: 0, reference: 1, date: 2, actor: 3, term: 4 };

/**
 * Every annotation of a document (mentions, dates, references, commitments) in one list,
 * with UTF-16 offsets and code point positions, by start, longest first, then kind and id.
 */
export function documentAnnotations(doc: DocumentData, source: string): DocumentAnnotation[] {
  const toCodePoint = codePointOffsets(source);
  const entry = (type: DocumentAnnotation['type'], id: string | null, value: string | null, a: { block: string; start: number; end: number; text: string }): DocumentAnnotation => ({
    type,
    id,
    value,
    block: a.block,
    text: a.text,
    start: a.start,
    end: a.end,
    position: { start: toCodePoint(a.start), end: toCodePoint(a.end) },
  });
  return [
    ...doc.commitments.map((c) => entry('commitment', c.id, null, c)),
    ...doc.references.map((r) => entry('reference', r.id, null, r)),
    ...doc.dates.map((d) => entry('date', null, d.iso, d)),
    ...doc.mentions.map((m) => entry(m.type, m.id, null, m)),
  ].sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      ANNOTATION_ORDER[a.type] - ANNOTATION_ORDER[b.type] ||
      compareStrings(a.id ?? a.value ?? '', b.id ?? b.value ?? ''),
  );
}

/** Absolute URLs a document's Web Annotations point to. */
export interface AnnotationUrls {
  /** IRI of the collection (`…/api/annotations.jsonld`); annotation ids are fragments of it. */
  collection: string;
  /** The document page. */
  page: string;
  /** An actor page. */
  actor: (id: string) => string;
  /** A glossary entry. */
  term: (id: string) => string;
}

/**
 * W3C Web Annotations of a document: one per actor mention (motivation `identifying`,
 * body the actor page), per term mention (`describing`, body the glossary entry) and per
 * date (`describing`, body a TextualBody with its ISO value), in reading order.
 *
 * The target is the document page, selected by the block's fragment refined by a
 * `TextQuoteSelector` (a bare `TextQuoteSelector` for the title and header), and by a
 * `TextPositionSelector` that counts code points in the decoded source text, the `text` of
 * `/api/documents/<id>.json` (the page's own text differs from it by its markup).
 *
 * Ids are stable: `<collection>#<doc-id>/<block>/<kind>/<value>/<n>`, the n-th annotation
 * of that kind and value in that block (a date range's "/" is written "--", the ISO 8601
 * alternative), so editing one block of a text leaves the ids of the others unchanged.
 */
export function webAnnotations(doc: DocumentData, source: string, urls: AnnotationUrls): WebAnnotation[] {
  const toCodePoint = codePointOffsets(source);
  const spans = [
    ...doc.mentions.map((m) => ({ kind: m.type, key: m.id, value: m.id, span: m })),
    ...doc.dates.map((d) => ({ kind: 'date' as const, key: d.iso.replace('/', '--'), value: d.iso, span: d })),
  ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || compareStrings(a.kind, b.kind) || compareStrings(a.key, b.key));
  const seen = new Map<string, number>();
  return spans.map(({ kind, key, value, span }): WebAnnotation => {
    const path = `${doc.id}/${span.block}/${kind}/${key}`;
    const n = (seen.get(path) ?? 0) + 1;
    seen.set(path, n);
    const quote = { type: 'TextQuoteSelector' as const, ...quoteOf(source, span.start, span.end) };
    const anchor = blockAnchor(span.block);
    const common = {
      id: `${urls.collection}#${path}/${n}`,
      type: 'Annotation' as const,
      target: {
        source: urls.page,
        selector: [
          anchor ? { type: 'FragmentSelector' as const, conformsTo: 'http://tools.ietf.org/rfc/rfc3986' as const, value: anchor, refinedBy: quote } : quote,
          { type: 'TextPositionSelector' as const, start: toCodePoint(span.start), end: toCodePoint(span.end) },
        ] as WebAnnotation['target']['selector'],
      },
    };
    if (kind === 'actor') return { ...common, motivation: 'identifying', body: urls.actor(value) };
    if (kind === 'term') return { ...common, motivation: 'describing', body: urls.term(value) };
    return { ...common, motivation: 'describing', body: { type: 'TextualBody', value, format: 'text/plain', purpose: 'describing' } };
  });
}

/** A reference to a commitment in the exports: its document and its id. */
export function commitmentRef({ doc, c }: { doc: { id: string }; c: { id: string } }): { document: string; id: string } {
  return { document: doc.id, id: c.id };
}
