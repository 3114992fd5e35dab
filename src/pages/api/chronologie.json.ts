/** `/api/chronologie.json`: the events and deadlines the texts name (not their publication dates), by date. */
import type { APIRoute } from 'astro';
import { loadCorpus, sentenceAround } from '../../data/corpus.ts';
import { absoluteUrl, blockAnchor, compareStrings, jsonResponse } from '../../data/exports.ts';
import { documentUrl } from '../../data/urls.ts';
import { TimelineListSchema, type TimelineExport } from '../../schemas/exports.ts';

/** The timeline, by ISO value, then document and position, validated against `TimelineListSchema`. */
export const GET: APIRoute = async ({ site }) => {
  const { documents, sources } = await loadCorpus();
  const list = documents
    .flatMap((doc) =>
      doc.dates.flatMap((d): TimelineExport[] =>
        d.type === 'publication'
          ? []
          : [
              {
                iso: d.iso,
                precision: d.precision,
                type: d.type,
                text: d.text,
                sentence: sentenceAround(sources.get(doc.id)!, d.start, d.end),
                document: doc.id,
                block: d.block,
                commitment: doc.commitments.find((c) => c.start <= d.start && d.end <= c.end)?.id ?? null,
                start: d.start,
                end: d.end,
                url: absoluteUrl(site, documentUrl(doc.id, blockAnchor(d.block) ?? undefined)),
              },
            ],
      ),
    )
    .sort((a, b) => compareStrings(a.iso, b.iso) || compareStrings(a.document, b.document) || a.start - b.start || a.end - b.end);
  return jsonResponse(TimelineListSchema, list);
};
