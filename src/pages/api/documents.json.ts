/** `/api/documents.json`: every document, newest first, with its counts and source file. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { absoluteUrl, jsonResponse } from '../../data/exports.ts';
import { documentUrl } from '../../data/urls.ts';
import { DocumentListSchema, type DocumentList } from '../../schemas/exports.ts';
import { href } from '../../utils/url.ts';

/** The document list, validated against `DocumentListSchema`. */
export const GET: APIRoute = async ({ site }) => {
  const { documents } = await loadCorpus();
  const list: DocumentList = documents.map((doc) => ({
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    date: doc.date,
    place: doc.place,
    publisher: doc.publisher,
    language: doc.language,
    url: absoluteUrl(site, documentUrl(doc.id)),
    data: absoluteUrl(site, href(`/api/documents/${doc.id}.json`)),
    original: doc.url,
    counts: {
      sections: doc.sections.length,
      paragraphs: doc.paragraphs,
      commitments: doc.commitments.length,
      quotations: doc.quotations.length,
      actors: doc.actors.length,
      terms: doc.terms.length,
      mentions: doc.mentions.length,
      dates: doc.dates.length,
      references: doc.references.length,
    },
    source: doc.source,
  }));
  return jsonResponse(DocumentListSchema, list);
};
