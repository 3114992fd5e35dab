/** `/api/engagements.json`: every commitment with its coding and its URLs. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { absoluteUrl, jsonResponse } from '../../data/exports.ts';
import { commitmentUrl, documentUrl, passageUrl } from '../../data/urls.ts';
import { EngagementListSchema, type EngagementList } from '../../schemas/exports.ts';

/** The commitments by document (newest first) in reading order, validated against `EngagementListSchema`. */
export const GET: APIRoute = async ({ site }) => {
  const { commitments } = await loadCorpus();
  const list: EngagementList = commitments.map(({ doc, c }) => ({
    document: doc.id,
    id: c.id,
    kind: c.kind,
    verb: c.verb,
    deadline: c.deadline,
    domains: c.domains,
    actors: c.actors,
    text: c.text,
    lead: c.lead,
    section: c.section,
    block: c.block,
    speaker: c.speaker,
    dates: c.dates,
    start: c.start,
    end: c.end,
    url: absoluteUrl(site, commitmentUrl(doc.id, c.id)),
    anchor: absoluteUrl(site, documentUrl(doc.id, c.id)),
    passage: absoluteUrl(site, passageUrl(doc.id, c.id, c.text)),
    related: c.related.map((r) => ({ ...r, url: absoluteUrl(site, commitmentUrl(r.document, r.id)) })),
  }));
  return jsonResponse(EngagementListSchema, list);
};
