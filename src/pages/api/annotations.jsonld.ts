/**
 * `/api/annotations.jsonld`: every actor mention, term mention and date of the corpus as
 * W3C Web Annotations (JSON-LD), in one `AnnotationCollection` with a single page. See
 * `webAnnotations` for the selectors, bodies and ids; `TextPositionSelector` counts code
 * points of the decoded source text published in `/api/documents/<doc-id>.json`.
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { absoluteUrl, jsonResponse, webAnnotations } from '../../data/exports.ts';
import { actorUrl, documentUrl, termUrl } from '../../data/urls.ts';
import { AnnotationCollectionSchema } from '../../schemas/exports.ts';
import { href } from '../../utils/url.ts';

/** The collection, validated against `AnnotationCollectionSchema`. */
export const GET: APIRoute = async ({ site }) => {
  const { documents, sources } = await loadCorpus();
  const collection = absoluteUrl(site, href('/api/annotations.jsonld'));
  const items = documents.flatMap((doc) =>
    webAnnotations(doc, sources.get(doc.id)!, {
      collection,
      page: absoluteUrl(site, documentUrl(doc.id)),
      actor: (id) => absoluteUrl(site, actorUrl(id)),
      term: (id) => absoluteUrl(site, termUrl(id)),
    }),
  );
  return jsonResponse(
    AnnotationCollectionSchema,
    {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: collection,
      type: 'AnnotationCollection',
      label: 'Déclarations annotées : acteurs, termes et dates',
      total: items.length,
      first: { id: `${collection}#page-1`, type: 'AnnotationPage', partOf: collection, startIndex: 0, items },
    },
    'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  );
};
