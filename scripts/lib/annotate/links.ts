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

/** A sparse vector: stem numbers in increasing order, and their weights. */
interface Sparse {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * TF-IDF vectors of texts, and their cosine. Stems are numbered in order of first
 * appearance and each vector is kept sorted by stem number, so a cosine is one merge of
 * two short arrays.
 */
export class TfIdf {
  private readonly vectors: Sparse[];
  /** Each text's distinct stems, as sorted stem numbers. */
  readonly sets: Int32Array[];
  /** The stem of each number. */
  readonly names: string[] = [];

  constructor(docs: string[][]) {
    const number = new Map<string, number>();
    const df: number[] = [];
    const counts = docs.map((doc) => {
      const tf = new Map<number, number>();
      for (const s of doc) {
        let id = number.get(s);
        if (id === undefined) {
          id = number.size;
          number.set(s, id);
          this.names.push(s);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      for (const id of tf.keys()) df[id]!++;
      return tf;
    });
    const idf = df.map((n) => Math.log((1 + docs.length) / (1 + n)) + 1);
    this.sets = [];
    this.vectors = counts.map((tf) => {
      const ids = Int32Array.from(tf.keys()).sort();
      const weights = new Float64Array(ids.length);
      let norm = 0;
      ids.forEach((id, k) => {
        const w = tf.get(id)! * idf[id]!;
        weights[k] = w;
        norm += w * w;
      });
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
      this.sets.push(ids);
      return { ids, weights };
    });
  }

  /** Cosine similarity of texts i and j. */
  cosine(i: number, j: number): number {
    const a = this.vectors[i]!;
    const b = this.vectors[j]!;
    let dot = 0;
    for (let x = 0, y = 0; x < a.ids.length && y < b.ids.length; ) {
      const d = a.ids[x]! - b.ids[y]!;
      if (d === 0) dot += a.weights[x++]! * b.weights[y++]!;
      else if (d < 0) x++;
      else y++;
    }
    return dot;
  }

  /** `overlap` of texts i and j, on their distinct stems. */
  overlap(i: number, j: number): number {
    const [a, b] = [this.sets[i]!, this.sets[j]!];
    if (a.length === 0 || b.length === 0) return 0;
    let shared = 0;
    for (let x = 0, y = 0; x < a.length && y < b.length; ) {
      const d = a[x]! - b[y]!;
      if (d === 0) (shared++, x++, y++);
      else if (d < 0) x++;
      else y++;
    }
    return shared / Math.min(a.length, b.length);
  }
}
