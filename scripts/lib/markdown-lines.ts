/**
 * Texts exported by a publishing system as Markdown ("# Titre", "**Gérald Darmanin**",
 * "[Eurojust](https://…)", "> « … »"): their markup is read, not shown. Each line is
 * cleaned on its own, and every character kept remembers where it was in the line, so
 * that annotations keep their offsets into the source. A text is read this way only when
 * it shows both of Markdown's own signs, a "#" heading and a link to a web address written
 * `[label](https://…)`, as a publishing system's export does: a plain text's "# …",
 * asterisks and underscores are its words, shown as written. A plain text's own quoting
 * (an e-mail's "> " lines, two or more) is read too: see `unquoteMail`; so are the headers of
 * the messages an e-mail carries (see `mail-headers.ts`).
 */
import { carriedMessages } from './mail-headers.ts';

/** A line cleaned of its Markdown markup. */
export interface CleanLine {
  /** The line without its markup (its indentation and a list marker kept). */
  text: string;
  /** For each character of `text`, its offset in the raw line. */
  kept: number[];
  /** The level of a "#" heading, or null. */
  heading: number | null;
  /** Whether the line was quoted with ">". */
  quoted: boolean;
  /** Part of a forwarded or original message an e-mail carries under its own text. */
  forwarded?: boolean;
  /** A line of a carried message's header ("-----Message d'origine-----", "De : …", "… a écrit :"). */
  header?: boolean;
}

const ATX_HEADING = /^#{1,6}\s+\S/mu;
const ATX_HEADINGS = /^#{1,6}\s+\S/gmu;
const LINK = /\[[^\]\n]+\]\(https?:\/\/[^)\s]*\)/u;
/** A pipe table's delimiter row: "|---|:---:|", "| --- | --- |". */
const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/mu;

/**
 * Does the text show Markdown's own signs: a "#" heading and a web link; or, without links
 * (a wiki page exported as it is written), a first line that is a "#" heading, with a pipe
 * table's delimiter row or another "#" heading under it? A plain text's title over "# …"
 * lines stays a plain text, its "#" lines its words.
 */
export function isMarkdown(text: string): boolean {
  if (!ATX_HEADING.test(text)) return false;
  if (LINK.test(text)) return true;
  const first = text.trimStart().split('\n', 1)[0] ?? '';
  return /^#{1,6}\s+\S/u.test(first) && (TABLE_DELIMITER.test(text) || (text.match(ATX_HEADINGS)?.length ?? 0) >= 2);
}

/** Inline markup, each with the group that stays (`d`: its place is known): an image's description, a link's label, emphasis, code. */
const INLINE: RegExp[] = [
  /!\[([^\]\n]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/dgu,
  /\[([^\]\n]+)\]\([^)\s]*(?:\s+"[^"]*")?\)/dgu,
  /\*\*(?=\S)([^*\n]+?)\*\*/dgu,
  /(?<![\p{L}\d_])__(?=\S)([^_\n]+?)__(?![\p{L}\d_])/dgu,
  /(?<![\p{L}\d*])\*(?=\S)([^*\n]+?)\*(?![\p{L}\d*])/dgu,
  /(?<![\p{L}\d_])_(?=\S)([^_\n]+?)_(?![\p{L}\d_])/dgu,
  /`([^`\n]+)`/dgu,
];

/** Keep only `group` of each match of `pattern` in `text`, carrying each kept character's origin. */
function keepGroups(text: string, kept: number[], pattern: RegExp): { text: string; kept: number[] } {
  let out = '';
  const origin: number[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const [inner, end] = m.indices![1]!;
    out += text.slice(last, start) + m[1]!;
    origin.push(...kept.slice(last, start), ...kept.slice(inner, end));
    last = start + m[0].length;
  }
  out += text.slice(last);
  origin.push(...kept.slice(last));
  return { text: out, kept: origin };
}

/** A line quoted with ">" (an e-mail's quoted message, "> Cher Laurent,", or a bare ">"). */
const QUOTE_MARK = /^(\s*)>\s?/u;

/**
 * The lines of a plain text with e-mail quoting read: in a run of at least two lines that
 * all open with ">" (a reply's quoted message, "> Nous demandons par ailleurs que …" / ">
 * CCPD dès le mois de décembre"), the marks are cut, offsets kept, and a bare ">" is a
 * blank line. A single line that opens with ">" is a plain text's words, shown as written.
 * Null when the text has no such run.
 */
export function unquoteMail(raws: string[]): CleanLine[] | null {
  const quotedAt = raws.map((line) => QUOTE_MARK.test(line));
  const inRun = quotedAt.map((q, i) => q && (quotedAt[i - 1] === true || quotedAt[i + 1] === true));
  // A run of quoted words: one of its lines quotes a word ("> Cher Laurent,"); lines of
  // figures ("> 50 ans : 12 %" / "> 65 ans : 8 %") say "more than".
  const words = raws.some((line, i) => inRun[i] && /^\s*>\s?\p{L}/u.test(line));
  if (!words) return null;
  return raws.map((raw, i) => {
    const kept = Array.from({ length: raw.length }, (_, j) => j);
    if (!inRun[i]) return { text: raw, kept, heading: null, quoted: false };
    let text = raw;
    let origin = kept;
    // Nested quotes ("> > …") lose every mark.
    for (let q = QUOTE_MARK.exec(text); q; q = QUOTE_MARK.exec(text)) {
      text = text.slice(0, q[1]!.length) + text.slice(q[0].length);
      origin = [...origin.slice(0, q[1]!.length), ...origin.slice(q[0].length)];
    }
    return { text, kept: origin, heading: null, quoted: true };
  });
}

/**
 * The lines of a text as they are read (`text` split on "\n"): a Markdown export's cleaned
 * of its markup, a plain text's with its e-mail quotes' marks cut; the messages an e-mail
 * carries marked, with their headers; null when every line is read as written.
 */
export function readLines(text: string): CleanLine[] | null {
  const raws = text.split('\n');
  const read = isMarkdown(text) ? raws.map(cleanLine) : unquoteMail(raws);
  const carried = carriedMessages(read ? read.map((line) => line.text) : raws, (i) => read?.[i]?.quoted === true);
  if (!carried) return read;
  const lines = read ?? raws.map((raw): CleanLine => ({ text: raw, kept: Array.from({ length: raw.length }, (_, j) => j), heading: null, quoted: false }));
  return lines.map((line, i) => ({ ...line, ...(carried[i]!.forwarded ? { forwarded: true } : {}), ...(carried[i]!.header ? { header: true } : {}) }));
}

/** Clean one line of a Markdown text. */
export function cleanLine(raw: string): CleanLine {
  let text = raw;
  // UTF-16 offsets, as the source's.
  let kept = Array.from({ length: raw.length }, (_, i) => i);
  const cut = (from: number, to: number) => {
    text = text.slice(0, from) + text.slice(to);
    kept = [...kept.slice(0, from), ...kept.slice(to)];
  };
  let quoted = false;
  for (let q = QUOTE_MARK.exec(text); q; q = QUOTE_MARK.exec(text)) {
    cut(q[1]!.length, q[0].length);
    quoted = true;
  }
  let heading: number | null = null;
  const atx = /^(\s*)(#{1,6})\s+(?=\S)/u.exec(text);
  if (atx) {
    heading = atx[2]!.length;
    cut(atx[1]!.length, atx[0].length);
    const closing = /\s+#+\s*$/u.exec(text);
    if (closing) cut(closing.index, text.length);
  }
  for (const pattern of INLINE) ({ text, kept } = keepGroups(text, kept, pattern));
  return { text, kept, heading, quoted };
}
