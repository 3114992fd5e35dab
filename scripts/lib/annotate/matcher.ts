/**
 * Find dictionary phrases (actor names, aliases, demonyms, glossary terms) in a text,
 * ignoring accents and typographic variants, and respecting the case of capitals: a
 * phrase written with capitals ("Jambon", "EI") matches only where the text has capitals
 * at the same places, a lowercase phrase ("centres de crise", "belge") anywhere.
 */
import { foldSameLength } from '../fold.ts';

/** A phrase to find, and what it stands for. */
export interface Phrase<T> {
  phrase: string;
  value: T;
}

/** A phrase found in a text. */
export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A compiled dictionary. */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Array<{ folded: string; original: string; value: T }>>();

  constructor(phrases: Array<Phrase<T>>) {
    for (const { phrase, value } of phrases) {
      const original = phrase.trim();
      const folded = foldSameLength(original);
      const first = folded.match(WORD)?.[0];
      if (!first) continue;
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ folded, original, value });
      this.byFirstWord.set(first, list);
    }
    // Longest phrases first, so callers that keep the first hit at a position get the longest.
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.folded.length - a.folded.length);
  }

  /**
   * Every occurrence of every phrase, overlapping ones included. A run of spaces, tabs or line
   * breaks in the text stands for the phrase's one space: a name wraps at the end of a line
   * ("RÉPUBLIQUE" / "FRANÇAISE", "la Commission" / "européenne") or keeps a PDF's double space.
   */
  find(text: string): Array<PhraseHit<T>> {
    // The text with each run of blanks made one space; `at` maps its offsets back.
    const at: number[] = [];
    let squeezed = '';
    for (const blank of text.matchAll(/\s+|\S+/gu)) {
      if (/^\s/u.test(blank[0])) {
        at.push(blank.index!);
        squeezed += ' ';
      } else {
        for (let i = 0; i < blank[0].length; i++) at.push(blank.index! + i);
        squeezed += blank[0];
      }
    }
    at.push(text.length);
    return this.findIn(squeezed).map((hit) => ({ ...hit, start: at[hit.start]!, end: at[hit.end - 1]! + 1 }));
  }

  private findIn(text: string): Array<PhraseHit<T>> {
    const folded = foldSameLength(text);
    const hits: Array<PhraseHit<T>> = [];
    for (const word of folded.matchAll(WORD)) {
      const start = word.index!;
      // Only at a word start: "belge" inside "franco-belge" is a word start, "ue" inside "quel" is not.
      if (start > 0 && /[\p{L}\p{N}]/u.test(folded[start - 1]!)) continue;
      for (const candidate of this.byFirstWord.get(word[0]) ?? []) {
        const end = start + candidate.folded.length;
        if (folded.slice(start, end) !== candidate.folded) continue;
        if (end < folded.length && /[\p{L}\p{N}]/u.test(folded[end]!)) continue;
        if (!sameCapitals(candidate.original, text.slice(start, end))) continue;
        hits.push({ start, end, value: candidate.value });
      }
    }
    return hits;
  }
}

/** Where the phrase has a capital, the text must have one too. */
function sameCapitals(phrase: string, text: string): boolean {
  for (let i = 0; i < phrase.length; i++) {
    const p = phrase[i]!;
    if (p !== p.toLowerCase() && p === p.toUpperCase()) {
      const t = text[i] ?? '';
      if (t === t.toLowerCase()) return false;
    }
  }
  return true;
}
