/**
 * French typography wants a no-break space before ";", ":", "!", "?" and "»" and after
 * "«", so that a line never starts with the punctuation or ends on an opening quotation
 * mark. Source texts mostly have plain spaces there ("les deux pays ; les ministres"), and
 * Chromium breaks a line at such a space. Their characters cannot be changed on the page:
 * the reading text is the source's, verbatim, and a shared link's text fragment
 * (`#:~:text=pays%20%3B%20les`), made from the source, would no longer match, as Chromium
 * does not match a plain space against a no-break one. So the page keeps the characters and
 * holds the two sides together instead: each group (the spaces and the punctuation after
 * them, or "«", its spaces and the short word after them) goes in a span that does not wrap
 * (`.keep`). The spans' text joined is the text, character for character.
 */

/** A piece of text, and whether its characters must stay on one line. */
export interface Segment {
  text: string;
  keep: boolean;
}

/**
 * Plain spaces (not the no-break ones, which already hold) before the closing
 * punctuation, and an opening "«" with its spaces and the word after it (up to 30
 * characters, so that a long address after a quotation mark can still wrap on a phone).
 */
const GROUP = /[ \t\r\n]+[;:!?»]|«[ \t\r\n]+[^\s«»]{1,30}(?![^\s«»])/gu;
/** An opening "«" and the spaces after it, at the end of a text (see `splitOpeningAtEnd`). */
const OPENING_AT_END = /«[ \t\r\n]+$/u;
/**
 * The two patterns' sources, for the search page's script (`public/search.js`), which holds
 * the punctuation of its results in the browser: the page hands them over in data
 * attributes, so that the pattern is written once.
 */
export const KEEP_PATTERNS = { group: GROUP.source, opening: OPENING_AT_END.source } as const;

/** The text cut into segments, the groups to keep on one line marked (see the module). */
export function keepTogether(text: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(GROUP)) {
    if (m.index > at) segments.push({ text: text.slice(at, m.index), keep: false });
    segments.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), keep: false });
  return segments;
}

/**
 * A text cut before the opening "«" and spaces that end it, which belong on the line of
 * what follows them (an element: "« " then a highlighted name): `['tient à ', '« ']`, or
 * `[text, '']` when it ends otherwise.
 */
export function splitOpeningAtEnd(text: string): [string, string] {
  const m = OPENING_AT_END.exec(text);
  return m ? [text.slice(0, m.index), m[0]] : [text, ''];
}
