/**
 * Content collections. The schemas live in `src/schemas/` so that the ingest script
 * validates what it writes against the very same objects.
 */
import { file, glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { DocumentCardSchema } from './schemas/document.ts';
import { NoteSchema } from './schemas/note.ts';
import { ActorSchema, DomainSchema, TermSchema } from './schemas/registry.ts';

// YAML 1.2 core schema: dates such as 2017-05-15 stay strings, as the schemas expect.
const yaml = (text: string) => parseYaml(text) as Array<Record<string, unknown>>;

/**
 * Generated documents: `content/documents/<doc-id>.mdx`, written by `npm run ingest`: the
 * annotated text, with a small card as frontmatter. Their models are in
 * `content/data/<doc-id>.json`, read by src/data/document-files.ts (see why there).
 */
const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/documents', generateId: ({ data }) => String(data['id']) }),
  schema: DocumentCardSchema,
});

/** Curated actors. */
const actors = defineCollection({ loader: file('content/registry/actors.yaml', { parser: yaml }), schema: ActorSchema });
/** Glossary. */
const terms = defineCollection({ loader: file('content/registry/terms.yaml', { parser: yaml }), schema: TermSchema });
/** Policy domains. */
const domains = defineCollection({ loader: file('content/registry/domains.yaml', { parser: yaml }), schema: DomainSchema });

/** Hand-written notes: `content/notes/<doc-id>/<commitment-id>.mdx`; the id is that path. */
const notes = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/notes', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: NoteSchema,
});

export const collections = { documents, actors, terms, domains, notes };
