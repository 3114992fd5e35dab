/**
 * Fill `related` on every commitment of a set of documents: near-duplicates inside a
 * document, echoes across documents (see links.ts for the measures and thresholds).
 * Only commitments that share one of each other's rarest stems are compared, and each
 * commitment keeps its best few links, so the work and the output stay proportional to
 * the corpus even when a text repeats itself. Deterministic: documents and commitments
 * are visited in the order given.
 */
import type { DocumentData } from '../../../src/schemas/document.ts';
import { ECHO_THRESHOLD, NEAR_DUPLICATE_THRESHOLD, TfIdf, stems } from './links.ts';

/** At most this many links of each relation per commitment, best first. */
export const MAX_RELATED = 5;
/** Candidates come through this many rarest stems of a commitment. */
const RARE_STEMS = 4;

/** Round a score for stable, readable output. */
const round = (x: number) => Math.round(x * 1000) / 1000;

/** Link the commitments of `documents` in place. */
export function linkCommitments(documents: DocumentData[]): void {
  const all = documents.flatMap((doc) => doc.commitments.map((c) => ({ doc, c, stems: stems(c.text) })));
  const tfidf = new TfIdf(all.map((x) => x.stems));
  // Inverted index: stem number → commitments that use it, in order.
  const postings: number[][] = [];
  tfidf.sets.forEach((set, i) => {
    for (const s of set) (postings[s] ??= []).push(i);
  });
  // Scored pairs, each once (i < j); a pair found from either side links both ways.
  const seen = new Set<number>();
  const pairs: Array<{ i: number; j: number; score: number; relation: 'near-duplicate' | 'echo' }> = [];
  all.forEach((_, i) => {
    const rare = [...tfidf.sets[i]!].sort((s, t) => postings[s]!.length - postings[t]!.length || (tfidf.names[s]! < tfidf.names[t]! ? -1 : 1)).slice(0, RARE_STEMS);
    for (const s of rare) {
      for (const j of postings[s]!) {
        if (j === i) continue;
        const [x, y] = i < j ? [i, j] : [j, i];
        const key = x * all.length + y;
        if (seen.has(key)) continue;
        seen.add(key);
        if (all[x]!.doc === all[y]!.doc) {
          const score = tfidf.overlap(x, y);
          if (score >= NEAR_DUPLICATE_THRESHOLD && Math.min(tfidf.sets[x]!.length, tfidf.sets[y]!.length) >= 5) pairs.push({ i: x, j: y, score, relation: 'near-duplicate' });
        } else {
          const score = tfidf.cosine(x, y);
          if (score >= ECHO_THRESHOLD) pairs.push({ i: x, j: y, score, relation: 'echo' });
        }
      }
    }
  });
  const links = all.map(() => [] as Array<{ other: number; score: number; relation: 'near-duplicate' | 'echo' }>);
  for (const { i, j, score, relation } of pairs) {
    links[i]!.push({ other: j, score, relation });
    links[j]!.push({ other: i, score, relation });
  }
  all.forEach((a, i) => {
    const best = (relation: 'near-duplicate' | 'echo') =>
      links[i]!.filter((l) => l.relation === relation)
        .sort((x, y) => y.score - x.score || x.other - y.other)
        .slice(0, MAX_RELATED);
    a.c.related = [...best('near-duplicate'), ...best('echo')]
      .map(({ other, score, relation }) => ({ document: all[other]!.doc.id, id: all[other]!.c.id, relation, score: round(Math.min(1, score)) }))
      .sort((x, y) => y.score - x.score || (x.document < y.document ? -1 : x.document > y.document ? 1 : x.id < y.id ? -1 : 1));
  });
}
