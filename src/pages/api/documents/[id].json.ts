/** `/api/documents/<doc-id>.json`: the full document model, every annotation with its offsets, and the decoded source text. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../../data/corpus.ts';
import { absoluteUrl, documentAnnotations, jsonResponse } from '../../../data/exports.ts';
import { documentUrl } from '../../../data/urls.ts';
import type { DocumentData } from '../../../schemas/document.ts';
import { DocumentExportSchema } from '../../../schemas/exports.ts';

/** One file per document. */
export const getStaticPaths = (async () => {
  const { documents, sources } = await loadCorpus();
  return documents.map((doc) => ({ params: { id: doc.id }, props: { doc, text: sources.get(doc.id)! } }));
}) satisfies GetStaticPaths;

/** The document, validated against `DocumentExportSchema`. */
export const GET: APIRoute<{ doc: DocumentData; text: string }> = ({ props: { doc, text }, site }) =>
  jsonResponse(DocumentExportSchema, {
    id: doc.id,
    url: absoluteUrl(site, documentUrl(doc.id)),
    model: doc,
    text,
    annotations: documentAnnotations(doc, text),
  });
