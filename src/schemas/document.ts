/**
 * Zod schemas of the document model: the single source of truth for the
 * frontmatter of `content/documents/*.mdx`. `src/content.config.ts` hands them to
 * Astro, and `scripts/ingest.ts` validates what it writes against the same objects.
 * Only `astro/zod` is imported here, so plain Node scripts can load this module.
 */
import { z } from 'astro/zod';

/** Lowercase ASCII slug: the shape of every public id (documents, commitments, actors). */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase ASCII slug such as "terrorisme-4"');

/** A calendar date written as ISO 8601 `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'not a real calendar date');

/** What kind of text a document is. */
export const DocumentKindSchema = z.enum(['declaration', 'joint-communique', 'treaty', 'article']);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/** How a commitment commits: decided, engaged to, called for, supported or announced. */
export const CommitmentKindSchema = z.enum(['decision', 'engagement', 'call', 'support', 'announcement']);
export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

/** Where the text came from, so that a reader can check it against the original. */
export const SourceSchema = z
  .object({
    /** File name inside `seeds/`. */
    file: z.string().min(1),
    /** SHA-256 of the file's bytes, lowercase hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Encoding the bytes were decoded from (`utf-8`, `windows-1252`, `utf-16le`…). */
    encoding: z.string(),
    /** Number of lines of the decoded text. */
    lines: z.number().int().nonnegative(),
  })
  .strict();

/** Facts printed in the header of the text (above the body). */
export const HeaderSchema = z
  .object({
    /** Publication line as printed, e.g. "Publié 11/06/2018". */
    published: z.string().nullable(),
    /** Date line as printed, e.g. "Lundi 11 juin 2018". */
    dateLine: z.string().nullable(),
    /** Place line as printed, e.g. "Paris". */
    placeLine: z.string().nullable(),
    /** Author or signatory lines, e.g. "Déclaration conjointe de M. Édouard PHILIPPE, …". */
    authorLines: z.array(z.string()),
    /** Disclaimers such as "Seul le prononcé fait foi". */
    disclaimers: z.array(z.string()),
    /** Publication notes such as "Ce contenu a été publié sous le gouvernement …". */
    notes: z.array(z.string()),
  })
  .strict();

/** A section of the text, opened by a heading line. */
export const SectionSchema = z
  .object({
    /** Anchor id of the heading. */
    id: SlugSchema,
    /** Heading text as printed. */
    title: z.string(),
    /** Subtitle line printed under a structural heading ("TITRE I" / "Dispositions générales"). */
    subtitle: z.string().nullable(),
    /** Heading level in the rendered page (2 = top). */
    level: z.number().int().min(2).max(6),
    /** Line of the heading in the decoded source (1-based). */
    line: z.number().int().positive(),
  })
  .strict();

/** One commitment: a discrete statement of future action, with its own permanent URL. */
export const CommitmentSchema = z
  .object({
    /** Permanent id, unique in its document, e.g. "terrorisme-4". */
    id: SlugSchema,
    /** decision, engagement, call, support or announcement. */
    kind: CommitmentKindSchema,
    /** The commitment's own text, verbatim. */
    text: z.string().min(1),
    /** Shared lead that introduces it ("… la France et la Belgique ont décidé :"), verbatim. */
    lead: z.string().nullable(),
    /** Id of the section it sits in, or null before the first heading. */
    section: SlugSchema.nullable(),
    /** Id of the paragraph or list item that holds it (itself for a list item). */
    block: SlugSchema,
    /** Line in the decoded source (1-based). */
    line: z.number().int().positive(),
    /** The quotation's speaker when the commitment is quoted speech. */
    speaker: z.string().nullable(),
  })
  .strict();
export type Commitment = z.infer<typeof CommitmentSchema>;

/** Quoted speech, with its speaker where the text names one. */
export const QuotationSchema = z
  .object({
    /** The quoted words, without the quotation marks. */
    text: z.string().min(1),
    /** The speaker as the text names them ("Jan Jambon"), resolved for "le ministre"; null if unknown. */
    speaker: z.string().nullable(),
    /** Id of the paragraph that holds it. */
    block: SlugSchema,
    /** Line in the decoded source (1-based). */
    line: z.number().int().positive(),
  })
  .strict();

/** A source line left out of the reading text, and why. */
export const RemovedLineSchema = z
  .object({
    /** Line in the decoded source (1-based). */
    line: z.number().int().positive(),
    /** The line as printed. */
    text: z.string(),
    /** Why it was left out. */
    reason: z.enum(['boilerplate']),
  })
  .strict();

/** A commitment that existed in an earlier version of the text and was removed. */
export const TombstoneSchema = z
  .object({
    /** The id it had; never reissued. */
    id: SlugSchema,
    /** Its last text. */
    text: z.string(),
  })
  .strict();

/** An annotation placeholder; the annotation engine fills these lists. */
const AnnotationListSchema = z.array(z.record(z.unknown()));

/** Frontmatter of a generated document file: the whole document model except its body. */
export const DocumentSchema = z
  .object({
    /** Permanent id: ISO date + shortened slug of the title. */
    id: SlugSchema,
    /** Title as printed. */
    title: z.string().min(1),
    /** declaration, joint-communique, treaty or article. */
    kind: DocumentKindSchema,
    /** Date of the text, or null when neither the text nor its sidecar gives one. */
    date: IsoDateSchema.nullable(),
    /** Place where it was issued, if known. */
    place: z.string().nullable(),
    /** BCP 47 language tag of the text. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/),
    /** Publisher (newspaper, broadcaster, government site), if known. */
    publisher: z.string().nullable(),
    /** Address of the original on the web, if known. */
    url: z.string().url().nullable(),
    /** Header facts as printed. */
    header: HeaderSchema,
    /** The source file. */
    source: SourceSchema,
    /** Sections in reading order. */
    sections: z.array(SectionSchema),
    /** Number of paragraphs and list items in the reading text. */
    paragraphs: z.number().int().nonnegative(),
    /** Commitments in reading order. */
    commitments: z.array(CommitmentSchema),
    /** Quoted speech in reading order. */
    quotations: z.array(QuotationSchema),
    /** Lines left out of the reading text (web page furniture). */
    removed: z.array(RemovedLineSchema),
    /** Commitments removed from this text since their id was issued. */
    tombstones: z.array(TombstoneSchema),
    /** Problems found in the source that did not stop the ingest. */
    warnings: z.array(z.string()),
    /** Actors mentioned (filled by the annotation engine). */
    actors: AnnotationListSchema,
    /** Dates mentioned (filled by the annotation engine). */
    dates: AnnotationListSchema,
    /** Policy domains (filled by the annotation engine). */
    domains: AnnotationListSchema,
    /** Glossary terms used (filled by the annotation engine). */
    terms: AnnotationListSchema,
  })
  .strict();
export type DocumentData = z.infer<typeof DocumentSchema>;

/** Optional `seeds/<name>.meta.yaml`: curated facts that the text itself lacks. */
export const SidecarSchema = z
  .object({
    /** Overrides the inferred kind. */
    kind: DocumentKindSchema.optional(),
    /** Overrides the inferred title. */
    title: z.string().min(1).optional(),
    /** Date of the text, ISO. */
    date: IsoDateSchema.optional(),
    /** Place where it was issued. */
    place: z.string().min(1).optional(),
    /** Publisher (newspaper, broadcaster…). */
    publisher: z.string().min(1).optional(),
    /** Language tag, `fr` by default. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/).optional(),
    /** Address of the original. */
    url: z.string().url().optional(),
    /** Free note for curators, never shown. */
    comment: z.string().optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof SidecarSchema>;
