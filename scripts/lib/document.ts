/**
 * One seed → one document: decode, read the structure, apply the sidecar, segment,
 * assign permanent ids, validate the frontmatter and serialise the MDX. Pure: the
 * caller does the file I/O and chooses the lock entry.
 */
import { createHash } from 'node:crypto';
import type { RootContent } from 'mdast';
import { DocumentCardSchema, DocumentSchema, type CommitmentKind, type DocumentData } from '../../src/schemas/document.ts';
import { otherParty } from './annotate/actors.ts';
import { annotate, type CommitmentToCode, type TextUnit } from './annotate/annotate.ts';
import { linkCommitments } from './annotate/link-commitments.ts';
import { decodeSource } from './decode.ts';
import { SourceError, formatWarning } from './errors.ts';
import { assignIds, type LockDocument } from './ids.ts';
import { otherLanguage, type OtherLanguage } from './language.ts';
import { isSubjectField } from './mail-headers.ts';
import { loadRegistry, type Registry } from './registry.ts';
import type { HeadingOut, InlineSpan, ListOut, Unit } from './segment.ts';
import { segment } from './segment.ts';
import { frontmatterYaml, serialiseBody, serialiseMdx } from './serialise.ts';
import { readSidecar } from './sidecar.ts';
import { documentId, keywords } from './slug.ts';
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
  /** The MDX file's content: the card as frontmatter, then the annotated body. */
  mdx: string;
  /** The data file's content (`content/data/<id>.json`): the whole model. */
  json: string;
  /** The document's lock entry after this ingest. */
  lock: LockDocument;
  /** Number of paragraphs and items. */
  paragraphs: number;
}

/** A seed decoded and structured, with its sidecar read. */
export interface ReadSeed {
  decoded: ReturnType<typeof decodeSource>;
  doc: ReturnType<typeof structure>;
  sidecar: ReturnType<typeof readSidecar>;
}

/** Decode and structure a seed, and read its sidecar. Throws a SourceError for input it cannot read. */
export function readSeed(input: Pick<SeedInput, 'file' | 'bytes' | 'sidecar'>): ReadSeed {
  const path = `seeds/${input.file}`;
  const decoded = decodeSource(input.bytes, path);
  const doc = structure(decoded.text, path);
  const sidecar = input.sidecar ? readSidecar(input.sidecar.text, `seeds/${input.sidecar.file}`) : {};
  return { decoded, doc, sidecar };
}

/** The title and header facts, without the document id: used to find the lock entry. */
export function peekTitle(read: ReadSeed): { title: string; date: string | null } {
  return { title: read.sidecar.title ?? read.doc.title, date: read.sidecar.date ?? read.doc.date };
}

/**
 * Read every seed once, for its title (to match lock entries) and for the prepare step.
 * A seed that cannot be read is left out of both: preparing it reads it again and
 * reports the problem with its file and line.
 */
export function readTitles(inputs: Iterable<SeedInput>): { read: Map<string, ReadSeed>; titles: Map<string, string> } {
  const read = new Map<string, ReadSeed>();
  const titles = new Map<string, string>();
  for (const input of inputs) {
    try {
      const seedRead = readSeed(input);
      read.set(input.file, seedRead);
      titles.set(input.file, peekTitle(seedRead).title);
    } catch {
      // reported by the prepare step
    }
  }
  return { read, titles };
}

/** A document annotated but not yet linked to the rest of the corpus. */
export interface PreparedDocument {
  data: DocumentData;
  lock: LockDocument;
  paragraphs: number;
  /** The body as mdast, with its annotations. */
  render: (data: DocumentData) => RootContent[];
  notice: string;
  path: string;
}

/**
 * Read, structure, segment, identify and annotate one seed. Throws a SourceError for
 * input it cannot read. `read` is the seed already read by `readSeed`, if it was.
 */
export function prepareDocument(input: SeedInput, registry: Registry, read: ReadSeed = readSeed(input)): PreparedDocument {
  const path = `seeds/${input.file}`;
  const { decoded, doc, sidecar } = read;
  const warnings = [...decoded.warnings, ...doc.warnings];

  const title = sidecar.title ?? doc.title;
  const date = sidecar.date ?? doc.date;
  if (sidecar.date && doc.date && sidecar.date !== doc.date) {
    warnings.push(formatWarning(path, undefined, `the sidecar's date ${sidecar.date} differs from the text's ${doc.date}; the sidecar wins`));
  }
  if (!date) warnings.push(formatWarning(path, undefined, 'no date found in the text; add `date:` to a sidecar .meta.yaml'));
  // A bare naming of the text ("PROPOSITION DE LOI", "MÉMORANDUM D'ENTENTE") says little in a
  // link: its subtitle's first words go with it ("proposition-loi-visant-renforcer-…").
  const named = sidecar.title === undefined && doc.header.subtitle !== null && keywords(title).length <= 3 ? `${title} ${doc.header.subtitle}` : title;
  const id = input.lock?.id ?? documentId(date, named);
  const year = date ? Number(date.slice(0, 4)) : null;

  // The text's speakers, as its title, subtitle and author lines name them.
  const speakers = otherParty(registry, [title, doc.header.subtitle ?? '', ...doc.header.authorLines]);
  const segmented = segment(doc, year, sidecar.kind ?? doc.kind, speakers);
  const assigned = assignIds(segmented.units, input.lock?.units ?? []);
  const ids = assigned.ids;

  // Text units in reading order, for annotation and rendering.
  const units: TextUnit[] = [];
  const subtitleUnits = new Map<HeadingOut, TextUnit>();
  const unitOf = new Map<object, TextUnit>();
  // A paragraph's or an item's language was read by segment(); the other units' is read here.
  const addUnit = (owner: object | null, unit: Omit<TextUnit, 'marks' | 'lang'> & { lang?: OtherLanguage | null }) => {
    const made: TextUnit = { ...unit, lang: unit.lang !== undefined ? unit.lang : otherLanguage(unit.text), marks: [] };
    units.push(made);
    if (owner) unitOf.set(owner, made);
    return made;
  };
  if (!sidecar.title && doc.titleMap) addUnit(null, { block: 'title', text: doc.title, map: doc.titleMap, spans: [], heading: null, classify: false, header: false });
  for (const line of doc.headerLines) {
    addUnit(null, { block: 'header', text: line.text, map: line.map, spans: [], heading: null, classify: false, header: true, titlePart: line.text === doc.header.subtitle || line.text === doc.header.rubric });
  }

  const commitments: DocumentData['commitments'] = [];
  const toCode: CommitmentToCode[] = [];
  const quotations: DocumentData['quotations'] = [];
  let paragraphs = 0;
  let heading: HeadingOut | null = null;
  let leadUnit: TextUnit | null = null;
  const sectionId = (section: Unit | null) => (section ? ids.get(section)! : null);
  // A heading with its subtitle: "Article 7 Protection des données à caractère personnel".
  const headingText = (h: HeadingOut | null) => (h ? (h.subtitle ? `${h.text} ${h.subtitle}` : h.text) : null);

  const visitItems = (list: ListOut) => {
    for (const item of list.items) {
      paragraphs++;
      const unit = addUnit(item, { block: ids.get(item.unit)!, text: item.text, map: item.map, spans: item.spans, heading: headingText(heading), classify: true, header: false, lang: item.lang ?? null });
      if (item.commitment) {
        commitments.push({ ...base(item.unit, item.commitment.kind, item.text, item.commitment.lead, sectionId(item.section), ids.get(item.unit)!, item.line, item.commitment.speaker) });
        toCode.push({ id: ids.get(item.unit)!, kind: item.commitment.kind, unit, start: 0, end: item.text.length, leadUnit, speaker: item.commitment.speaker });
      }
      collect(item.spans, unit, item.unit, item.line, item.section);
      if (item.children) visitItems(item.children);
    }
  };
  const collect = (spans: InlineSpan[], unit: TextUnit, block: Unit, line: number, section: Unit | null) => {
    for (const span of spans) {
      if (span.type === 'quote') {
        quotations.push({ text: span.text, speaker: span.speaker, block: ids.get(block)!, line });
      } else {
        commitments.push(base(span.unit, span.kind, span.unit.text, span.lead, sectionId(section), ids.get(block)!, line, span.speaker));
        toCode.push({ id: ids.get(span.unit)!, kind: span.kind, unit, start: span.start, end: span.end, leadUnit: null, speaker: span.speaker });
      }
    }
  };
  const base = (unit: Unit, kind: CommitmentKind, text: string, lead: string | null, section: string | null, block: string, line: number, speaker: string | null) => ({
    id: ids.get(unit)!,
    kind,
    text,
    lead,
    section,
    block,
    line,
    speaker,
    verb: null,
    deadline: null,
    actors: [] as string[],
    domains: [] as string[],
    dates: [] as string[],
    related: [],
    start: 0,
    end: 0,
  });

  for (const node of segmented.body) {
    if (node.type === 'heading') {
      heading = node;
      addUnit(node, { block: ids.get(node.unit)!, text: node.text, map: node.map, spans: [], heading: null, classify: true, header: false });
      if (node.subtitle && node.subtitleMap) {
        addUnit({ subtitleOf: node }, { block: ids.get(node.unit)!, text: node.subtitle, map: node.subtitleMap, spans: [], heading: null, classify: false, header: false });
        subtitleUnits.set(node, units.at(-1)!);
      }
    } else if (node.type === 'paragraph') {
      paragraphs++;
      // A quoted or forwarded message's header line dates that message, as the text's own header
      // does; not its subject line ("Objet : TR: … calendrier de fin d'année").
      const header = node.header === true && !isSubjectField(node.text);
      const unit = addUnit(node, { block: ids.get(node.unit)!, text: node.text, map: node.map, spans: node.spans, heading: headingText(heading), classify: true, header, lang: node.lang ?? null });
      leadUnit = node.lead ? unit : null;
      collect(node.spans, unit, node.unit, node.line, node.section);
    } else {
      visitItems(node);
    }
  }

  const annotations = annotate(units, toCode, registry, date);
  for (const c of commitments) Object.assign(c, annotations.coding.get(c.id));

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
      lines: lineCount(decoded.text),
    },
    sections: segmented.body.flatMap((node) =>
      node.type === 'heading' ? [{ id: ids.get(node.unit)!, title: node.text, subtitle: node.subtitle, level: node.level, line: node.line }] : [],
    ),
    paragraphs,
    commitments,
    quotations,
    removed: doc.removed,
    tombstones: assigned.units.filter((u) => u.removed && u.type === 'commitment').map((u) => ({ id: u.id, text: u.text })),
    warnings,
    actors: annotations.actors as DocumentData['actors'],
    dates: annotations.dates,
    domains: annotations.domains,
    terms: annotations.terms,
    mentions: annotations.mentions,
    references: annotations.references,
    blocks: annotations.blocks,
  };
  const notice = [
    `Generated from seeds/${input.file}${input.sidecar ? ` and seeds/${input.sidecar.file}` : ''} by scripts/ingest.ts — do not edit.`,
    'Edit the seed (or its sidecar) and run `npm run ingest`.',
  ].join('\n');
  const marksOf = (owner: object) => unitOf.get(owner)?.marks ?? [];
  return {
    data,
    paragraphs,
    notice,
    path,
    lock: { id, source: input.file, title, units: assigned.units },
    render: () => serialiseBody(segmented.body, ids, (owner) => marksOf(owner), (node) => subtitleUnits.get(node)?.marks ?? []),
  };
}

/**
 * Validate the model and write the two files: the MDX (the document card as frontmatter,
 * then the body) and the JSON data file (the whole model). The frontmatter is written by
 * js-yaml, the parser Astro reads it with; that both files read back as exactly what was
 * validated is a property test (test/lib/property.test.ts).
 */
export function finishDocument(prepared: PreparedDocument): IngestedDocument {
  const { data, path, notice } = prepared;
  const checked = DocumentSchema.safeParse(data);
  if (!checked.success) {
    throw new SourceError(path, undefined, `generated document model does not match DocumentSchema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, {
      cause: checked.error,
    });
  }
  const { id, title, kind, date, place, language } = checked.data;
  const frontmatter = frontmatterYaml(DocumentCardSchema.parse({ id, title, kind, date, place, language }), notice);
  const json = `${JSON.stringify({ $comment: notice.replace(/\n/g, ' '), document: checked.data }, null, 2)}\n`;
  return { data: checked.data, mdx: serialiseMdx(frontmatter, prepared.render(checked.data)), json, lock: prepared.lock, paragraphs: prepared.paragraphs };
}

/** Ingest one seed on its own (links only within the document). */
export function ingestDocument(input: SeedInput, registry: Registry = defaultRegistry()): IngestedDocument {
  const prepared = prepareDocument(input, registry);
  linkCommitments([prepared.data]);
  return finishDocument(prepared);
}

let cachedRegistry: Registry | null = null;
/** The project's registry, loaded once. */
export function defaultRegistry(): Registry {
  cachedRegistry ??= loadRegistry();
  return cachedRegistry;
}

/** Lines of a text as an editor counts them: a final line break ends the last line, it opens none. */
export function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}
