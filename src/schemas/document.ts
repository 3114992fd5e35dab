/**
 * Zod schemas of the document model: the single source of truth for
 * `content/data/*.json` and the frontmatter of `content/documents/*.mdx`.
 * `src/content.config.ts` and `src/data/document-files.ts` read with them, and
 * `scripts/ingest.ts` validates what it writes against the same objects.
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
    /** A subtitle as printed: the rest of the title on a line of its own ("entre le Royaume des Pays-Bas et …"), or the occasion of a speech. */
    subtitle: z.string().nullable(),
    /** The site section a web page sits in, from its breadcrumb ("Belgique > Société > Migration"), or a newspaper's name above its headline ("Le Monde"). */
    rubric: z.string().nullable(),
    /** A letter's addressee, as printed: "Madame Ursula von der Leyen", "Présidente de la Commission européenne". */
    addressee: z.array(z.string()),
    /** A letter's subject line as printed, "Objet : sécurité des ports"; the title is what follows the label. */
    subjectLine: z.string().nullable(),
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

/** Date precision: a day, a month, a year, or a range of days. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'range']);

/** Where an annotation sits: its block (paragraph, item, heading, `title`, `header`) and source offsets. */
const PlacedSchema = {
  /** Id of the block that holds it: a paragraph, list item or heading id, or `title` / `header`. */
  block: SlugSchema,
  /** Offset of its first character in the decoded source text. */
  start: z.number().int().nonnegative(),
  /** Offset after its last character in the decoded source text. */
  end: z.number().int().nonnegative(),
  /** The text as printed. */
  text: z.string().min(1),
};

/** A mention of an actor or a glossary term. */
export const MentionSchema = z
  .object({
    /** actor or term. */
    type: z.enum(['actor', 'term']),
    /** Actor or term id. */
    id: SlugSchema,
    ...PlacedSchema,
  })
  .strict();
export type Mention = z.infer<typeof MentionSchema>;

/** A date named in the text, normalised. */
export const DateMentionSchema = z
  .object({
    /** ISO value: YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-MM-DD/YYYY-MM-DD for a range. */
    iso: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}-\d{2}-\d{2})?$/),
    /** day, month, year or range. */
    precision: DatePrecisionSchema,
    /** event, deadline (a limit to act by) or publication (the text's own date). */
    type: z.enum(['event', 'deadline', 'publication']),
    ...PlacedSchema,
  })
  .strict();
export type DateMention = z.infer<typeof DateMentionSchema>;

/** What an actor is: the registry and the documents share this list. */
export const ActorKindSchema = z.enum(['person', 'institution', 'country', 'party', 'organisation', 'place', 'armed-group']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

/** An actor of the document, with what the page needs to show it. */
export const DocumentActorSchema = z
  .object({
    /** Actor id (registry id, or a slug for an unreviewed actor). */
    id: SlugSchema,
    /** Name as shown. */
    name: z.string().min(1),
    /** person, institution, country, party, organisation, place or armed-group. */
    kind: ActorKindSchema,
    /** False for an actor found in the text but absent from the registry. */
    reviewed: z.boolean(),
    /** Roles the text gives them ("ministre de l'Intérieur"), for unreviewed actors. */
    roles: z.array(z.string()),
    /** Number of mentions in the document. */
    mentions: z.number().int().positive(),
  })
  .strict();

/** A glossary term used in the document. */
export const DocumentTermSchema = z
  .object({
    id: SlugSchema,
    /** The term as shown. */
    term: z.string().min(1),
    /** Its expansion, from the registry or from the text ("équipes communes d'enquête (ECE)"). */
    expansion: z.string().nullable(),
    /** False for an acronym found in the text but absent from the registry. */
    reviewed: z.boolean(),
    /** Number of occurrences. */
    mentions: z.number().int().positive(),
  })
  .strict();

/** An earlier instrument or event the text refers to. */
export const ReferenceSchema = z
  .object({
    /** Id, e.g. "declaration-conjointe-2016-02-01". */
    id: SlugSchema,
    /** instrument (declaration, agreement, directive…) or event (conference, attack…). */
    kind: z.enum(['instrument', 'event']),
    /** Short label as the text names it. */
    label: z.string().min(1),
    /** Its date, ISO (any precision), if the text gives one. */
    date: z.string().nullable(),
    ...PlacedSchema,
  })
  .strict();

/** A link from a commitment to a similar one. */
export const RelatedSchema = z
  .object({
    /** Document id of the other commitment. */
    document: SlugSchema,
    /** Its id. */
    id: SlugSchema,
    /** near-duplicate (same document) or echo (another document). */
    relation: z.enum(['near-duplicate', 'echo']),
    /** Similarity score, 0–1 (see README for the measure and thresholds). */
    score: z.number().min(0).max(1),
  })
  .strict();

/** Domains of a paragraph, list item or heading. */
export const BlockDomainsSchema = z
  .object({
    id: SlugSchema,
    domains: z.array(SlugSchema),
  })
  .strict();

/**
 * One commitment: a discrete statement of future action, with its own permanent URL. Its
 * fields are described with `.describe()`, which the JSON Schemas of the exports carry.
 */
export const CommitmentSchema = z
  .object({
    id: SlugSchema.describe('Permanent id, unique in its document, e.g. "terrorisme-4".'),
    kind: CommitmentKindSchema.describe('decision, engagement, call, support or announcement.'),
    text: z.string().min(1).describe("The commitment's own text, verbatim."),
    lead: z.string().nullable().describe('Shared lead that introduces it ("… la France et la Belgique ont décidé :"), verbatim.'),
    section: SlugSchema.nullable().describe('Id of the section it sits in, or null before the first heading.'),
    block: SlugSchema.describe('Id of the paragraph or list item that holds it (itself for a list item).'),
    line: z.number().int().positive().describe('Line in the decoded source (1-based).'),
    speaker: z.string().nullable().describe("The quotation's speaker when the commitment is quoted speech."),
    verb: z.string().nullable().describe('Its operative verb, infinitive ("poursuivre", "intensifier"), if found.'),
    deadline: z.string().nullable().describe('Deadline it sets, ISO, if any.'),
    actors: z.array(SlugSchema).describe("Actors it names (its speaker first, then its own and its lead's), places excepted."),
    domains: z.array(SlugSchema).min(1).describe('Policy domains, main first; at least one.'),
    dates: z.array(z.string()).describe('Dates it names, ISO.'),
    related: z.array(RelatedSchema).describe('Near-duplicates in the document and echoes in other documents.'),
    start: z.number().int().nonnegative().describe('Offset of its first character in the decoded source.'),
    end: z.number().int().nonnegative().describe('Offset after its last character in the decoded source.'),
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
    /**
     * Why it was left out: web page furniture ("Partager", "Lire aussi"), a page's or a
     * slide's number ("Diapositive 3 / 12"), a header or footer repeated on every page, or
     * a subtitle cue's number and time code ("00:01:38,160 --> 00:01:42,700").
     */
    reason: z.enum(['boilerplate', 'page-marker', 'running-line', 'time-code']),
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

/** The whole document model except its body: `content/data/<id>.json` holds it. */
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
    /** Actors mentioned, most mentioned first. */
    actors: z.array(DocumentActorSchema),
    /** Dates named, in reading order. */
    dates: z.array(DateMentionSchema),
    /**
     * Policy domains of the document, weightiest first; a weight is the sum over the
     * passages of the domain's cue score (`cueWeight`), to two decimals.
     */
    domains: z.array(z.object({ id: SlugSchema, weight: z.number().positive() }).strict()),
    /** Glossary terms used. */
    terms: z.array(DocumentTermSchema),
    /** Every actor and term mention, in reading order, with source offsets. */
    mentions: z.array(MentionSchema),
    /** Earlier instruments and events the text refers to. */
    references: z.array(ReferenceSchema),
    /** Domains of every paragraph, list item and heading. */
    blocks: z.array(BlockDomainsSchema),
  })
  .strict();
export type DocumentData = z.infer<typeof DocumentSchema>;

/**
 * A generated data file, `content/data/<id>.json`: a comment saying where it comes from,
 * and the document model. The model lives beside the MDX rather than in its frontmatter:
 * Astro inlines every collection entry's data into one module of the build, which at a
 * thousand documents took the build past 2 GB of heap.
 */
export const DocumentFileSchema = z.object({ $comment: z.string(), document: DocumentSchema }).strict();

/**
 * Frontmatter of a generated `content/documents/<id>.mdx`: what identifies the document
 * to a reader of the file. The rest of the model is in `content/data/<id>.json`.
 */
export const DocumentCardSchema = DocumentSchema.pick({ id: true, title: true, kind: true, date: true, place: true, language: true }).strict();
export type DocumentCard = z.infer<typeof DocumentCardSchema>;

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
    /** Address of the original (http or https only). */
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//iu.test(u), 'expected an http(s) address')
      .optional(),
    /** Free note for curators, never shown. */
    comment: z.string().optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof SidecarSchema>;
