/**
 * French sentence boundaries. ICU's sentence segmenter does the work; we then undo
 * its breaks after abbreviations and initials ("M. Charles MICHEL", "art. 3", "K. 1").
 */

/** A sentence as offsets into the text it was cut from (trailing space excluded). */
export interface SentenceRange {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('fr', { granularity: 'sentence' });

// A break right after one of these is not the end of a sentence.
const NO_BREAK_AFTER =
  /(?:^|[\s(«"“’'])(?:M|MM|Mme|Mmes|Mlle|Mlles|Me|Mgr|Dr|Pr|St|Ste|art|Art|arts|al|cf|Cf|p|pp|n|no|vol|chap|éd|coll|av|bd|env|ex|fig|hab|min|max|réf|suiv|vs|[A-ZÀ-Ý])\.\s*$/u;

/** Cut `text` into sentences, returned as trimmed offset ranges. */
export function splitSentences(text: string): SentenceRange[] {
  const raw: SentenceRange[] = [];
  for (const part of segmenter.segment(text)) {
    const start = part.index;
    const end = part.index + part.segment.length;
    const previous = raw.at(-1);
    if (previous && NO_BREAK_AFTER.test(text.slice(previous.start, previous.end))) {
      previous.end = end;
    } else {
      raw.push({ start, end });
    }
  }
  const ranges: SentenceRange[] = [];
  for (const range of raw) {
    let { start, end } = range;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}
