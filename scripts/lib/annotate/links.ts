/**
 * Links between commitments. Near-duplicates inside a document share most of their
 * content words (overlap coefficient of their stems); echoes across documents are
 * commitments whose content words weigh alike (TF-IDF cosine over all commitments of
 * the corpus, so that rare shared words such as "crise" count more than common ones).
 */
import { foldedWords } from '../normalise.ts';

/** Overlap coefficient of two commitments' content stems above which they are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** TF-IDF cosine above which commitments of two documents echo each other. */
export const ECHO_THRESHOLD = 0.2;

// Function words and the vocabulary every commitment shares.
const STOP = new Set(
  'a afin ainsi au aussi aux avec ce ces cette d dans de des deux du elle en entre et il ils l la le les leur leurs mais ne nos notre nous ou par pas pour qu que qui sa se ses son sur un une vont allons notamment plus tout tous toute toutes est sont ont etre faire mettre place mise cadre matiere lutte contre point points'.split(
    ' ',
  ),
);

/** Content stems of a text: folded words without stop words, crudely singularised. */
export function stems(text: string): string[] {
  return foldedWords(text)
    .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/u.test(w))
    .map((w) => w.replace(/(?:aux|eaux)$/u, 'al').replace(/[sx]$/u, '').replace(/(?:es|e)$/u, ''));
}

/** |A ∩ B| / min(|A|, |B|) over the sets of stems. */
export function overlap(a: string[], b: string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / Math.min(x.size, y.size);
}

/** TF-IDF vectors of texts, and their cosine. */
export class TfIdf {
  private readonly idf = new Map<string, number>();
  private readonly vectors: Array<Map<string, number>>;

  constructor(docs: string[][]) {
    const df = new Map<string, number>();
    for (const doc of docs) for (const s of new Set(doc)) df.set(s, (df.get(s) ?? 0) + 1);
    for (const [s, n] of df) this.idf.set(s, Math.log((1 + docs.length) / (1 + n)) + 1);
    this.vectors = docs.map((doc) => {
      const tf = new Map<string, number>();
      for (const s of doc) tf.set(s, (tf.get(s) ?? 0) + 1);
      const v = new Map<string, number>();
      let norm = 0;
      for (const [s, n] of tf) {
        const w = n * this.idf.get(s)!;
        v.set(s, w);
        norm += w * w;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [s, w] of v) v.set(s, w / norm);
      return v;
    });
  }

  /** Cosine similarity of documents i and j. */
  cosine(i: number, j: number): number {
    const [a, b] = [this.vectors[i]!, this.vectors[j]!];
    let dot = 0;
    for (const [s, w] of a) dot += w * (b.get(s) ?? 0);
    return dot;
  }
}
