/**
 * Zod schemas of the curated registry (`content/registry/*.yaml`): actors, glossary
 * terms and policy domains. The ingest validates the files against these; the site
 * reads the same files through them.
 */
import { z } from 'astro/zod';
import { ActorKindSchema, IsoDateSchema, SlugSchema } from './document.ts';

export { ActorKindSchema, type ActorKind } from './document.ts';

/** A role held by a person, over a period. */
export const RoleSchema = z
  .object({
    /** The office, in French ("ministre de l'Intérieur"). */
    title: z.string().min(1),
    /** Country the office belongs to (an actor id). */
    country: SlugSchema.nullable().optional(),
    /** First day in office. */
    from: IsoDateSchema.optional(),
    /** Last day in office. */
    to: IsoDateSchema.optional(),
  })
  .strict();

/** One actor of the registry. */
export const ActorSchema = z
  .object({
    /** Permanent id, the actor's page is `/acteurs/<id>/`. */
    id: SlugSchema,
    /** Usual name, as shown. */
    name: z.string().min(1),
    /** person, institution, country, party, organisation, place or armed group. */
    kind: ActorKindSchema,
    /** Other names texts use (upper-case surname forms, acronyms, full names). */
    aliases: z.array(z.string().min(1)),
    /** Adjectives that point to a country or place ("belge", "néerlandais"). */
    demonyms: z.array(z.string().min(1)),
    /** Country the actor belongs to (an actor id). */
    country: SlugSchema.nullable(),
    /** Party of a person (an actor id). */
    party: SlugSchema.nullable(),
    /** Offices held, with their periods. */
    roles: z.array(RoleSchema),
    /** One line saying who or what this is. */
    description: z.string().min(1),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;

/** One glossary entry. */
export const TermSchema = z
  .object({
    /** Permanent id. */
    id: SlugSchema,
    /** The term as shown (usually an acronym). */
    term: z.string().min(1),
    /** Other forms that point to it (the expansion as texts write it…). */
    aliases: z.array(z.string().min(1)),
    /** What the acronym stands for, or null for a term that is not one. */
    expansion: z.string().min(1).nullable(),
    /** Plain definition. */
    definition: z.string().min(1),
  })
  .strict();
export type Term = z.infer<typeof TermSchema>;

/** One policy domain of the controlled vocabulary. */
export const DomainSchema = z
  .object({
    /** Permanent id. */
    id: SlugSchema,
    /** French label. */
    label: z.string().min(1),
    /** What it covers. */
    description: z.string().min(1),
    /** The closest EuroVoc concept, checked against EuroVoc's label lists; else null. */
    eurovoc: z
      .object({
        /** Concept URI (`http://eurovoc.europa.eu/4452`, newer ones `…/c_3a9ccfe3`). */
        uri: z.string().regex(/^http:\/\/eurovoc\.europa\.eu\/(?:\d+|c_[0-9a-f]{8})$/, 'a EuroVoc concept URI: http://eurovoc.europa.eu/<number or c_xxxxxxxx>'),
        /** Its French label in EuroVoc. */
        label: z.string().min(1),
      })
      .strict()
      .nullable(),
    /** Word stems whose presence suggests the domain. */
    cues: z.array(z.string().min(2)).min(1),
  })
  .strict();
export type Domain = z.infer<typeof DomainSchema>;

/** The three registry files. */
export const RegistryFilesSchema = {
  actors: z.array(ActorSchema),
  terms: z.array(TermSchema),
  domains: z.array(DomainSchema),
};
