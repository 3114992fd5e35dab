/**
 * Editorial notes: `content/notes/<doc-id>/<commitment-id>.mdx`, written by hand, never
 * by the ingest. The frontmatter says where the commitment stands and on what evidence.
 */
import { z } from 'astro/zod';
import { IsoDateSchema } from './document.ts';

/** How far a commitment has come. */
export const NoteStatusSchema = z.enum(['annoncé', 'en cours', 'réalisé', 'abandonné', 'inconnu']);

/** Frontmatter of an editorial note. */
export const NoteSchema = z
  .object({
    /** Where the commitment stands, if the note says. */
    status: NoteStatusSchema.optional(),
    /** Sources backing the note. */
    evidence: z
      .array(
        z
          .object({
            /** What the source is. */
            title: z.string().min(1),
            /** Its address. */
            url: z.string().url(),
          })
          .strict(),
      )
      .default([]),
    /** Date the note was last checked (YAML may give it as a date; it becomes ISO text). */
    updated: z.union([IsoDateSchema, z.date().transform((d) => d.toISOString().slice(0, 10))]),
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;
