/**
 * Fill `related` on every commitment of a set of documents: near-duplicates inside a
 * document, echoes across documents (see links.ts for the measures and thresholds).
 * Deterministic: documents and commitments are visited in the order given.
 */
import type { DocumentData } from '../../../src/schemas/document.ts';
import { ECHO_THRESHOLD, NEAR_DUPLICATE_THRESHOLD, TfIdf, overlap, stems } from './links.ts';

/** Round a score for stable, readable output. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Link the commitments of `documents` in place. */
export function linkCommitments(documents: DocumentData[]): void {
  const all = documents.flatMap((doc) => doc.commitments.map((c) => ({ doc, c, stems: stems(c.text) })));
  const tfidf = new TfIdf(all.map((x) => x.stems));
  for (const x of all) x.c.related = [];
  all.forEach((a, i) => {
    all.forEach((b, j) => {
      if (i === j) return;
      if (a.doc === b.doc) {
        const score = overlap(a.stems, b.stems);
        if (score >= NEAR_DUPLICATE_THRESHOLD && Math.min(new Set(a.stems).size, new Set(b.stems).size) >= 5) {
          a.c.related.push({ document: b.doc.id, id: b.c.id, relation: 'near-duplicate', score: round(score) });
        }
      } else {
        const score = tfidf.cosine(i, j);
        if (score >= ECHO_THRESHOLD) a.c.related.push({ document: b.doc.id, id: b.c.id, relation: 'echo', score: round(Math.min(1, score)) });
      }
    });
    a.c.related.sort((x, y) => y.score - x.score || (x.document < y.document ? -1 : x.document > y.document ? 1 : x.id < y.id ? -1 : 1));
  });
}
