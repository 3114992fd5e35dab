/**
 * List item markers of every usual shape: bullets (•, -, –, *), numbers ("1.", "1)",
 * "1 -", "1°"), letters ("a)", "b."), roman numerals ("ii)") and article-style
 * references ("K. 1"). The marker is kept verbatim for display.
 */

/** A recognised list item line. */
export interface MarkerMatch {
  /** Columns of indentation before the marker. */
  indent: number;
  /** The marker as printed ("•", "1 -", "a)", "K. 1"). */
  marker: string;
  /** Marker family, so that a change of family opens a nested list. */
  family: 'bullet' | 'dash' | 'star' | 'number' | 'degree' | 'letter' | 'roman' | 'reference';
  /** Whether the marker carries an order (numbers, letters). */
  ordered: boolean;
  /** The item's text after the marker. */
  text: string;
}

const BULLET = /^([ \t]*)([•·●▪◦‣⁃■□➢►✓])[ \t\u00a0]*(\S.*)$/u;
const DASH = /^([ \t]*)([-–—])[ \t\u00a0]+(\S.*)$/u;
const STAR = /^([ \t]*)(\*)[ \t\u00a0]+(\S.*)$/u;
const NUMBER = /^([ \t]*)(\d{1,3}(?:[.)]|[ \t\u00a0]+[-–—]|\.[ \t]*[-–—]))[ \t\u00a0]+(\S.*)$/u;
const DEGREE = /^([ \t]*)(\d{1,3}°)[ \t\u00a0]*(\S.*)$/u;
const LETTER = /^([ \t]*)([a-z][)]|[a-z]\.(?=[ \t\u00a0]))[ \t\u00a0]*(\S.*)$/u;
const ROMAN = /^([ \t]*)((?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[)])[ \t\u00a0]+(\S.*)$/u;
const REFERENCE = /^([ \t]*)([A-Z]\.[ \t\u00a0]?\d{1,3})[ \t\u00a0]+(\S.*)$/u;

const SHAPES: Array<[RegExp, MarkerMatch['family'], boolean]> = [
  [BULLET, 'bullet', false],
  [REFERENCE, 'reference', true],
  [DEGREE, 'degree', true],
  [NUMBER, 'number', true],
  [ROMAN, 'roman', true],
  [LETTER, 'letter', true],
  [STAR, 'star', false],
  [DASH, 'dash', false],
];

/** Recognise a list item line, or return null. */
export function matchMarker(line: string): MarkerMatch | null {
  for (const [pattern, family, ordered] of SHAPES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const text = match[3]!;
    // "1. " followed by a lowercase word is more likely a wrapped sentence than an item
    // only for dashes; numbers keep their meaning. A dash line that is only punctuation
    // ("---") is a rule, not an item.
    if (family === 'dash' && /^[-–—\s]*$/u.test(text)) return null;
    const indent = match[1]!.replace(/\t/g, '    ').length;
    return { indent, marker: match[2]!.replace(/[ \t\u00a0]+/gu, ' '), family, ordered, text };
  }
  return null;
}
