/**
 * One seed → one document: decode, read the structure, apply the sidecar, segment,
 * assign permanent ids, validate the frontmatter and serialise the MDX. Pure: the
 * caller does the file I/O and chooses the lock entry.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { load as loadYaml } from 'js-yaml';
import { DocumentSchema, type DocumentData } from '../../src/schemas/document.ts';
import { decodeSource } from './decode.ts';
import { SourceError, formatWarning } from './errors.ts';
import { assignIds, type LockDocument } from './ids.ts';
import type { InlineSpan, ItemOut, ListOut, NodeOut, Unit } from './segment.ts';
import { segment } from './segment.ts';
import { bodyTree, frontmatterYaml, serialiseMdx } from './serialise.ts';
import { readSidecar } from './sidecar.ts';
import { documentId } from './slug.ts';
import { structure } from './structure.ts';

/** A seed and what comes with it. */
export interface SeedInput {
  /** File name inside `seeds/`. */
  file: string;
  bytes: Uint8Array;
  /** The sidecar, if there is one. */
  sidecar?: { file: string; text: string } | undefined;
  /** The document's entry in the lock file, if it has one. */
  lock?: LockDocument | undefined;
}

/** A document ready to be written. */
export interface IngestedDocument {
  data: DocumentData;
  /** The MDX file's content. */
  mdx: string;
  /** The document's lock entry after this ingest. */
  lock: LockDocument;
  /** Number of paragraphs and items. */
  paragraphs: number;
}

/** Walk every paragraph-like node (paragraphs and items, nested) in reading order. */
function* walk(body: NodeOut[]): Generator<{ node: NodeOut | ItemOut; section: Unit | null }> {
  let section: Unit | null = null;
  function* items(list: ListOut): Generator<{ node: ItemOut; section: Unit | null }> {
    for (const item of list.items) {
      yield { node: item, section: item.section };
      if (item.children) yield* items(item.children);
    }
  }
  for (const node of body) {
    if (node.type === 'heading') section = node.unit;
    if (node.type === 'list') yield* items(node);
    else yield { node, section };
  }
}

/** The title and header facts, without the document id: used to find the lock entry. */
export function peekTitle(input: Pick<SeedInput, 'file' | 'bytes' | 'sidecar'>): { title: string; date: string | null } {
  const { text } = decodeSource(input.bytes, `seeds/${input.file}`);
  const doc = structure(text, `seeds/${input.file}`);
  const sidecar = input.sidecar ? readSidecar(input.sidecar.text, `seeds/${input.sidecar.file}`) : {};
  return { title: sidecar.title ?? doc.title, date: sidecar.date ?? doc.date };
}

/** Ingest one seed. Throws a SourceError naming the file for input it cannot read. */
export function ingestDocument(input: SeedInput): IngestedDocument {
  const path = `seeds/${input.file}`;
  const decoded = decodeSource(input.bytes, path);
  const doc = structure(decoded.text, path);
  const sidecar = input.sidecar ? readSidecar(input.sidecar.text, `seeds/${input.sidecar.file}`) : {};
  const warnings = [...decoded.warnings, ...doc.warnings];

  const title = sidecar.title ?? doc.title;
  const date = sidecar.date ?? doc.date;
  if (sidecar.date && doc.date && sidecar.date !== doc.date) {
    warnings.push(formatWarning(path, undefined, `the sidecar's date ${sidecar.date} differs from the text's ${doc.date}; the sidecar wins`));
  }
  if (!date) warnings.push(formatWarning(path, undefined, 'no date found in the text; add `date:` to a sidecar .meta.yaml'));
  const id = input.lock?.id ?? documentId(date, title);
  const year = date ? Number(date.slice(0, 4)) : null;

  const segmented = segment(doc, year);
  const assigned = assignIds(segmented.units, input.lock?.units ?? []);
  const ids = assigned.ids;

  const commitments: DocumentData['commitments'] = [];
  const quotations: DocumentData['quotations'] = [];
  let paragraphs = 0;
  const addSpans = (spans: InlineSpan[], block: Unit, line: number, section: Unit | null) => {
    for (const span of spans) {
      if (span.type === 'quote') {
        quotations.push({ text: span.text, speaker: span.speaker, block: ids.get(block)!, line });
      } else {
        commitments.push({
          id: ids.get(span.unit)!,
          kind: span.kind,
          text: span.unit.text,
          lead: span.lead,
          section: section ? ids.get(section)! : null,
          block: ids.get(block)!,
          line,
          speaker: span.speaker,
        });
      }
    }
  };
  for (const { node, section } of walk(segmented.body)) {
    if ('type' in node && node.type === 'heading') continue;
    const item = node as ItemOut | Extract<NodeOut, { type: 'paragraph' }>;
    paragraphs++;
    if ('commitment' in item && item.commitment) {
      commitments.push({
        id: ids.get(item.unit)!,
        kind: item.commitment.kind,
        text: item.text,
        lead: item.commitment.lead,
        section: section ? ids.get(section)! : null,
        block: ids.get(item.unit)!,
        line: item.line,
        speaker: item.commitment.speaker,
      });
    }
    addSpans(item.spans, item.unit, item.line, section);
  }

  const data: DocumentData = {
    id,
    title,
    kind: sidecar.kind ?? doc.kind,
    date,
    place: sidecar.place ?? doc.place,
    language: sidecar.language ?? 'fr',
    publisher: sidecar.publisher ?? null,
    url: sidecar.url ?? null,
    header: doc.header,
    source: {
      file: input.file,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      encoding: decoded.encoding,
      lines: decoded.text.split('\n').length,
    },
    sections: segmented.body.flatMap((node) =>
      node.type === 'heading'
        ? [{ id: ids.get(node.unit)!, title: node.text, subtitle: node.subtitle, level: node.level, line: node.line }]
        : [],
    ),
    paragraphs,
    commitments,
    quotations,
    removed: doc.removed,
    tombstones: assigned.units.filter((u) => u.removed && u.type === 'commitment').map((u) => ({ id: u.id, text: u.text })),
    warnings,
    actors: [],
    dates: [],
    domains: [],
    terms: [],
  };
  const checked = DocumentSchema.safeParse(data);
  if (!checked.success) {
    throw new SourceError(path, undefined, `generated frontmatter does not match DocumentSchema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      cause: checked.error,
    });
  }
  const notice = [
    `Generated from seeds/${input.file}${input.sidecar ? ` and seeds/${input.sidecar.file}` : ''} by scripts/ingest.ts — do not edit.`,
    'Edit the seed (or its sidecar) and run `npm run ingest`.',
  ].join('\n');
  const frontmatter = frontmatterYaml(checked.data, notice);
  // Astro reads frontmatter with js-yaml: make sure it reads back exactly what was validated.
  if (!isDeepStrictEqual(loadYaml(frontmatter), checked.data)) {
    throw new SourceError(path, undefined, 'the generated frontmatter does not read back identically with js-yaml; please report this text');
  }
  const mdx = serialiseMdx(frontmatter, bodyTree(segmented.body, ids));
  return {
    data: checked.data,
    mdx,
    paragraphs,
    lock: { id, source: input.file, title, units: assigned.units },
  };
}

