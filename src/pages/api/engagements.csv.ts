/**
 * `/api/engagements.csv`: every commitment as RFC 4180 CSV (UTF-8, header row, CRLF line
 * ends, fields quoted when they hold a comma, quote, CR or LF), in the order of
 * `/api/engagements.json`. Lists (domains, actors) are ids joined by ";"; null is empty.
 */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { absoluteUrl, toCsv } from '../../data/exports.ts';
import { commitmentUrl } from '../../data/urls.ts';

/** Column names of the header row. */
const ENGAGEMENT_CSV_COLUMNS = ['document', 'id', 'kind', 'verb', 'deadline', 'domains', 'actors', 'text', 'url'] as const;

/** The CSV file. */
export const GET: APIRoute = async ({ site }) => {
  const { commitments } = await loadCorpus();
  const rows = commitments.map(({ doc, c }) => [
    doc.id,
    c.id,
    c.kind,
    c.verb ?? '',
    c.deadline ?? '',
    c.domains.join(';'),
    c.actors.join(';'),
    c.text,
    absoluteUrl(site, commitmentUrl(doc.id, c.id)),
  ]);
  return new Response(toCsv([ENGAGEMENT_CSV_COLUMNS, ...rows]), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
