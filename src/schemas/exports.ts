/**
 * Zod schemas of the static exports under `/api/`: the single source of truth for their
 * shape. The endpoints (`src/pages/api/`) validate what they write against these, the
 * JSON Schemas served at `/api/schemas/<name>.schema.json` are generated from them, and
 * the tests validate the built files with them. Only `astro/zod` and sibling schemas are
 * imported here, so plain Node scripts and tests can load this module.
 *
 * Offsets: `start`/`end` fields count UTF-16 code units of the decoded source text (what
 * JavaScript's `String.prototype.slice` takes), as in the document model. The W3C Web
 * Annotation export and the `position` fields count Unicode code points instead (what the
 * `TextPositionSelector` of the Web Annotation model and Python's `str` use).
 */
import { z } from 'astro/zod';
import {
  CommitmentSchema,
  DateMentionSchema,
  DatePrecisionSchema,
  DocumentKindSchema,
  DocumentSchema,
  IsoDateSchema,
  RelatedSchema,
  SlugSchema,
  SourceSchema,
} from './document.ts';
import { ActorKindSchema } from './registry.ts';

const Url = z.string().url();
const Offset = z.number().int().nonnegative();
const Count = z.number().int().nonnegative();

/** A commitment named by its document and id. */
export const CommitmentRefSchema = z
  .object({
    document: SlugSchema.describe('Document id.'),
    id: SlugSchema.describe('Commitment id, unique in its document.'),
  })
  .strict();
export type CommitmentRef = z.infer<typeof CommitmentRefSchema>;

// ---------------------------------------------------------------- /api/documents.json

/** One document of `/api/documents.json`. */
export const DocumentSummarySchema = z
  .object({
    id: SlugSchema.describe('Permanent document id.'),
    title: z.string().min(1).describe('Title as printed.'),
    kind: DocumentKindSchema.describe('declaration, joint-communique, treaty or article.'),
    date: IsoDateSchema.nullable().describe('Date of the text (ISO), if known.'),
    place: z.string().nullable().describe('Place where it was issued, if known.'),
    publisher: z.string().nullable().describe('Publisher, if known.'),
    language: z.string().describe('BCP 47 language tag of the text.'),
    url: Url.describe('Absolute URL of the annotated page.'),
    data: Url.describe('Absolute URL of the full model: /api/documents/<id>.json.'),
    original: Url.nullable().describe('Address of the original on the web, if known.'),
    counts: z
      .object({
        sections: Count,
        paragraphs: Count.describe('Paragraphs and list items of the reading text.'),
        commitments: Count,
        quotations: Count,
        actors: Count.describe('Distinct actors mentioned.'),
        terms: Count.describe('Distinct glossary terms used.'),
        mentions: Count.describe('Actor and term mentions.'),
        dates: Count.describe('Dates named (publication dates included).'),
        references: Count.describe('Earlier instruments and events referred to.'),
      })
      .strict()
      .describe('How much the document holds.'),
    source: SourceSchema.describe('The seed file: name, SHA-256 of its bytes, encoding, lines.'),
  })
  .strict();
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>;

/** `/api/documents.json`: every document, newest first (then by id). */
export const DocumentListSchema = z.array(DocumentSummarySchema).describe('Every document, newest first, then by id.');
export type DocumentList = z.infer<typeof DocumentListSchema>;

// -------------------------------------------------------------- /api/engagements.json

/**
 * One commitment of `/api/engagements.json`: the document model's commitment (its line in
 * the source left out), named by its document, with its addresses.
 */
export const EngagementSchema = CommitmentSchema.omit({ line: true, related: true })
  .extend({
    document: SlugSchema.describe('Id of the document that holds it.'),
    deadline: z.string().nullable().describe('Deadline it sets (ISO, any precision), if any.'),
    start: Offset.describe('Offset of its first character in the decoded source (UTF-16 code units).'),
    end: Offset.describe('Offset after its last character in the decoded source (UTF-16 code units).'),
    url: Url.describe('Absolute URL of its permanent page.'),
    anchor: Url.describe('Absolute URL of the document page at the commitment.'),
    passage: Url.describe('Absolute URL of the document page with a text fragment highlighting the passage.'),
    related: z
      .array(RelatedSchema.extend({ url: Url.describe('Absolute URL of the other commitment.') }))
      .describe('Near-duplicates in the document and echoes in other documents.'),
  })
  .strict();
export type Engagement = z.infer<typeof EngagementSchema>;

/** `/api/engagements.json`: every commitment, by document (as in /api/documents.json), in reading order. */
export const EngagementListSchema = z.array(EngagementSchema).describe('Every commitment, by document, in reading order.');
export type EngagementList = z.infer<typeof EngagementListSchema>;

// ------------------------------------------------------------------ /api/acteurs.json

/** One actor of `/api/acteurs.json`. */
export const ActorExportSchema = z
  .object({
    id: SlugSchema.describe('Permanent actor id.'),
    name: z.string().min(1).describe('Usual name.'),
    kind: ActorKindSchema.describe('person, institution, country, party, organisation, place or armed-group.'),
    reviewed: z.boolean().describe('False for an actor found in the texts but absent from the curated registry.'),
    description: z.string().nullable().describe('One line saying who or what this is (registry actors).'),
    country: SlugSchema.nullable().describe('Actor id of its country, if any.'),
    party: SlugSchema.nullable().describe('Actor id of its party, if any.'),
    roles: z
      .array(
        z
          .object({
            title: z.string().min(1),
            country: SlugSchema.nullable(),
            from: IsoDateSchema.nullable(),
            to: IsoDateSchema.nullable(),
          })
          .strict(),
      )
      .describe('Offices held, with their periods when known.'),
    aliases: z.array(z.string()).describe('Other names the texts use.'),
    url: Url.describe('Absolute URL of the actor page.'),
    mentions: Count.describe('Mentions in the corpus.'),
    documents: z.array(SlugSchema).describe('Ids of the documents that mention it, sorted.'),
    commitments: z.array(CommitmentRefSchema).describe('Commitments that name it.'),
    quotations: Count.describe('Quotations it speaks.'),
    related: z
      .array(z.object({ id: SlugSchema, count: z.number().int().positive() }).strict())
      .describe('Actors named in the same blocks, most often first.'),
  })
  .strict();
export type ActorExport = z.infer<typeof ActorExportSchema>;

/** `/api/acteurs.json`: every actor the corpus mentions, by id. */
export const ActorListSchema = z.array(ActorExportSchema).describe('Every actor the corpus mentions, by id.');
export type ActorList = z.infer<typeof ActorListSchema>;

// ----------------------------------------------------------------- /api/domaines.json

/** One policy domain of `/api/domaines.json`. */
export const DomainExportSchema = z
  .object({
    id: SlugSchema.describe('Permanent domain id.'),
    label: z.string().min(1).describe('French label.'),
    description: z.string().min(1).describe('What it covers.'),
    eurovoc: Url.nullable().describe('URI of the closest EuroVoc concept, checked against EuroVoc; else null.'),
    eurovocLabel: z.string().min(1).nullable().describe('French label of that EuroVoc concept; else null.'),
    url: Url.describe('Absolute URL of the domain page.'),
    commitments: z.array(CommitmentRefSchema).describe('Commitments in this domain (main or secondary).'),
    documents: z
      .array(z.object({ id: SlugSchema, weight: z.number().positive() }).strict())
      .describe('Documents where the domain weighs, with its weight there.'),
  })
  .strict();
export type DomainExport = z.infer<typeof DomainExportSchema>;

/** `/api/domaines.json`: the controlled vocabulary of policy domains, by id. */
export const DomainListSchema = z.array(DomainExportSchema).describe('Every policy domain, by id.');
export type DomainList = z.infer<typeof DomainListSchema>;

// -------------------------------------------------------------- /api/chronologie.json

/** One dated event or deadline of `/api/chronologie.json`. */
export const TimelineExportSchema = z
  .object({
    iso: DateMentionSchema.shape.iso.describe('ISO value: YYYY-MM-DD, YYYY-MM, YYYY, or a YYYY-MM-DD/YYYY-MM-DD range.'),
    precision: DatePrecisionSchema.describe('day, month, year or range.'),
    type: z.enum(['event', 'deadline']).describe('event, or deadline (a limit to act by).'),
    text: z.string().min(1).describe('The date as printed.'),
    sentence: z.string().min(1).describe('The sentence around it.'),
    document: SlugSchema.describe('Document id.'),
    block: SlugSchema.describe('Id of the block that holds it (paragraph, list item, heading, title or header).'),
    commitment: SlugSchema.nullable().describe('Id of the commitment whose text holds it, if any.'),
    start: Offset.describe('Offset in the decoded source (UTF-16 code units).'),
    end: Offset.describe('Offset after its last character (UTF-16 code units).'),
    url: Url.describe('Absolute URL of the document page at its block.'),
  })
  .strict();
export type TimelineExport = z.infer<typeof TimelineExportSchema>;

/** `/api/chronologie.json`: events and deadlines, by date, then document and position. */
export const TimelineListSchema = z.array(TimelineExportSchema).describe('Events and deadlines, by ISO value, then document and position.');
export type TimelineList = z.infer<typeof TimelineListSchema>;

// ---------------------------------------------------------- /api/documents/<id>.json

/** A span of source text in code points: what a `TextPositionSelector` holds. */
export const CodePointSpanSchema = z
  .object({
    start: Offset.describe('Code points before the span in the decoded source.'),
    end: Offset.describe('Code points up to the end of the span.'),
  })
  .strict();

/** One annotation of a document, whatever its kind, with both kinds of offsets. */
export const DocumentAnnotationSchema = z
  .object({
    type: z.enum(['actor', 'term', 'date', 'reference', 'commitment']).describe('What the span is.'),
    id: SlugSchema.nullable().describe('Actor, term, reference or commitment id; null for a date.'),
    value: z.string().nullable().describe('ISO value of a date; null otherwise.'),
    block: SlugSchema.describe('Id of the block that holds it.'),
    text: z.string().min(1).describe('The span as printed: source.slice(start, end).'),
    start: Offset.describe('Offset of its first character in `text` of the document (UTF-16 code units).'),
    end: Offset.describe('Offset after its last character (UTF-16 code units).'),
    position: CodePointSpanSchema.describe('The same span in code points.'),
  })
  .strict();
export type DocumentAnnotation = z.infer<typeof DocumentAnnotationSchema>;

/** `/api/documents/<doc-id>.json`: the full document model, its annotations and its decoded source text. */
export const DocumentExportSchema = z
  .object({
    id: SlugSchema.describe('Document id.'),
    url: Url.describe('Absolute URL of the annotated page.'),
    model: DocumentSchema.describe('The document model (content/data/<id>.json).'),
    text: z.string().describe('The decoded source text (UTF-8 → string, CRLF → LF) that every offset counts in.'),
    annotations: z
      .array(DocumentAnnotationSchema)
      .describe('Mentions, dates, references and commitments, by start, longest first.'),
  })
  .strict();
export type DocumentExport = z.infer<typeof DocumentExportSchema>;

// ------------------------------------------------------------ /api/annotations.jsonld

/** W3C Web Annotation `TextQuoteSelector`: the quoted text with some context. */
export const TextQuoteSelectorSchema = z
  .object({
    type: z.literal('TextQuoteSelector'),
    exact: z.string().min(1).describe('The annotated text, verbatim from the decoded source.'),
    prefix: z.string().describe('Up to 32 code points before it, on the same line.'),
    suffix: z.string().describe('Up to 32 code points after it, on the same line.'),
  })
  .strict();

/** W3C Web Annotation `FragmentSelector`: the block's id in the page, refined by the quote. */
export const FragmentSelectorSchema = z
  .object({
    type: z.literal('FragmentSelector'),
    conformsTo: z.literal('http://tools.ietf.org/rfc/rfc3986'),
    value: SlugSchema.describe('Id of the block in the page (its URL fragment).'),
    refinedBy: TextQuoteSelectorSchema,
  })
  .strict();

/** W3C Web Annotation `TextPositionSelector`, in code points of the decoded source text. */
export const TextPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: Offset.describe('Code points of the decoded source text before the annotated text.'),
    end: Offset.describe('Code points up to its end.'),
  })
  .strict();

/** Body of a date annotation: its normalised ISO value. */
export const TextualBodySchema = z
  .object({
    type: z.literal('TextualBody'),
    value: z.string().min(1).describe('ISO 8601 value of the date (YYYY-MM-DD, YYYY-MM, YYYY or an interval).'),
    format: z.literal('text/plain'),
    purpose: z.literal('describing'),
  })
  .strict();

/** One W3C Web Annotation: an actor or term mention, or a date. */
export const WebAnnotationSchema = z
  .object({
    id: Url.describe('Stable IRI: <collection>#<doc-id>/<block>/<kind>/<value>/<n-th in block>.'),
    type: z.literal('Annotation'),
    motivation: z
      .enum(['identifying', 'describing'])
      .describe('identifying: the actor named; describing: the glossary entry or the ISO value of a date.'),
    body: z
      .union([Url, TextualBodySchema])
      .describe('Actor page or glossary entry (absolute URL), or a TextualBody with the ISO value of a date.'),
    target: z
      .object({
        source: Url.describe('Absolute URL of the document page.'),
        selector: z
          .tuple([z.union([FragmentSelectorSchema, TextQuoteSelectorSchema]), TextPositionSelectorSchema])
          .describe(
            'The block fragment refined by a quote (a bare quote for the title and header, which are not anchors), and the position in code points of the decoded source text (/api/documents/<id>.json `text`).',
          ),
      })
      .strict(),
  })
  .strict();
export type WebAnnotation = z.infer<typeof WebAnnotationSchema>;

/** `/api/annotations.jsonld`: an `AnnotationCollection` whose single page holds every annotation. */
export const AnnotationCollectionSchema = z
  .object({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: Url.describe('IRI of the collection: the absolute URL of /api/annotations.jsonld.'),
    type: z.literal('AnnotationCollection'),
    label: z.string(),
    total: Count.describe('Number of annotations.'),
    first: z
      .object({
        id: Url,
        type: z.literal('AnnotationPage'),
        partOf: Url.describe('IRI of the collection.'),
        startIndex: z.literal(0),
        items: z.array(WebAnnotationSchema).describe('By document (as in /api/documents.json), then position.'),
      })
      .strict(),
  })
  .strict();
export type AnnotationCollection = z.infer<typeof AnnotationCollectionSchema>;

// -------------------------------------------------------------------- JSON Schemas

/** Every JSON export by the name of its JSON Schema: `/api/schemas/<name>.schema.json`. */
export const EXPORT_SCHEMAS = {
  documents: { schema: DocumentListSchema, path: 'api/documents.json', title: 'Documents' },
  engagements: { schema: EngagementListSchema, path: 'api/engagements.json', title: 'Engagements' },
  acteurs: { schema: ActorListSchema, path: 'api/acteurs.json', title: 'Acteurs' },
  domaines: { schema: DomainListSchema, path: 'api/domaines.json', title: 'Domaines' },
  chronologie: { schema: TimelineListSchema, path: 'api/chronologie.json', title: 'Chronologie' },
  document: { schema: DocumentExportSchema, path: 'api/documents/<doc-id>.json', title: 'Document' },
  annotations: { schema: AnnotationCollectionSchema, path: 'api/annotations.jsonld', title: 'Annotations (W3C Web Annotation)' },
} as const;
export type ExportName = keyof typeof EXPORT_SCHEMAS;
