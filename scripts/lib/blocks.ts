/**
 * First pass over the lines of a text: blank-line and continuation logic turn lines
 * into paragraphs and list items, and furniture lines are set aside. Nothing is
 * interpreted yet (no headings, header facts or commitments): that is `structure.ts`.
 */
import { isBoilerplate, isMotto, isPageMarker, isRule, isTrailingMarker, runningLines, subtitleCues } from './boilerplate.ts';
import { matchMarker, type MarkerMatch } from './list-markers.ts';
import { isMailField } from './mail-headers.ts';
import { readLines } from './markdown-lines.ts';

/**
 * Where the pieces of a block's text come from: `[textOffset, sourceOffset]` pairs, one
 * per joined line, offsets into the block text and into the decoded source.
 */
export type SourceMap = Array<[number, number]>;

/** Offset in the decoded source of an offset in a block's text. */
export function toSource(map: SourceMap, offset: number): number {
  let best = map[0]!;
  for (const pair of map) if (pair[0] <= offset) best = pair;
  return best[1] + (offset - best[0]);
}

/** The map of a block's text without its first `n` characters. */
export function dropStart(map: SourceMap, n: number): SourceMap {
  return [[0, toSource(map, n)], ...map.filter(([t]) => t > n).map(([t, s]): [number, number] => [t - n, s])];
}

/** A run of text lines that reads as one unit. */
export interface TextBlock {
  type: 'text';
  /** The lines joined by single spaces, trimmed. */
  text: string;
  /** 1-based line of the first line. */
  line: number;
  /** Number of source lines it spans. */
  span: number;
  /** Whether a blank line separates it from the previous block. */
  afterBlank: boolean;
  /** Source offsets of the text. */
  map: SourceMap;
  /** The level of a Markdown "#" heading. */
  heading?: number;
  /**
   * Quoted with ">" (an e-mail's quoted message, or a Markdown quotation), or part of a
   * message an e-mail forwards or carries under its own text.
   */
  quoted?: boolean;
  /** A line of a carried message's header ("-----Message d'origine-----", "De : …", "… a écrit :"). */
  header?: boolean;
}

/** One list item line (and its continuation lines). */
export interface ItemBlock {
  type: 'item';
  marker: MarkerMatch;
  /** Text after the marker, continuation lines joined by single spaces. */
  text: string;
  line: number;
  span: number;
  afterBlank: boolean;
  /** Source offsets of the text. */
  map: SourceMap;
  /** Quoted with ">", or part of a carried message (see `TextBlock.quoted`). */
  quoted?: boolean;
}

/** A line kept out of the reading text. */
export interface RemovedLine {
  line: number;
  text: string;
  reason: 'boilerplate' | 'page-marker' | 'running-line' | 'time-code';
}

/** Output of `splitBlocks`. */
export interface BlockSplit {
  blocks: Array<TextBlock | ItemBlock>;
  removed: RemovedLine[];
}

// Punctuation after which a line is complete; the next line starts a new block.
const COMPLETE_END = /[.!?…:;»"”)\]]$/u;
/**
 * A line that ends on a word no sentence ends with (an article, a preposition, a
 * conjunction): the next line goes on with it, whatever it opens with ("… qui sera
 * opérationnel le" / "1er janvier 2020 , et …").
 */
export const DANGLING = /(?<![\p{L}])(?:le|la|les|l['’]|du|de|des|d['’]|au|aux|à|en|et|ou|un|une|par|pour|sur|dans|avec|entre|vers|chez)$/u;
/**
 * What a line opens with when it starts a sentence or a heading of its own, whatever the
 * line above ended with ("… salle de" / "Les ministres se réuniront …", "Article 4 – …").
 */
const OWN_START = /^(?:Les?|La|L['’]|Une?|Des|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|Nous|On|Article|Art\.|Chapitre|Titre|Section|Annexe|Partie)(?![\p{L}])/u;
/** A line goes on after a line that ends on a word no line ends with (see `DANGLING`). */
const goesOnAfter = (above: string, line: string): boolean => DANGLING.test(above) && !OWN_START.test(line);
/** A line ending on a word cut by a hyphen: "supplé-", "l'in-", a name's "Vinti-" (/ "mille"). */
const HYPHEN_CUT = /(?<![\p{L}-])(\p{Lu}?\p{Ll}+)-$/u;
/**
 * First parts of compounds, whose hyphen stays when a line ends on them ("franco-" /
 * "belge", "sous-" / "préfet").
 */
const KEPT_HYPHEN = /^(?:franco|belgo|germano|italo|hispano|luxembourgo|n[ée]erlando|anglo|euro|sous|vice|porte|garde|apr[èe]s|avant|demi|mi|semi|non|quasi|ex|arri[èe]re|grand|grande|haut|haute|nord|sud|est|ouest|centre|extra|auto|contre|entre|lui|elle|eux|moi|peut|c|soi|au|dix|vingt|trente|quarante|cinquante|soixante)$/u;
/** A numbered label opening a paragraph: "Recommandation n° 2 :", "Constat 3 –", "Action 1.2 :". */
const NUMBERED_LABEL = /^(?:(?:recommandation|proposition|action|mesure|constat|d[ée]cision|objectif|engagement|priorit[ée]|t[âa]che)\s*(?:n[°o]\s*)?|R(?=\d))\d+(?:\.\d+)*\s*[:.–—-]\s/iu;
/** A footnote's first line, under a page's rule: its number, then its text (after a line that ends a note). */
const FOOTNOTE = /^\d{1,3}\s+\S/u;
/**
 * Cells set apart inside a line by tabs ("Pour le Gouvernement⇥⇥Pour le Gouvernement") or, as
 * a PDF's text export aligns columns, by four spaces or more.
 */
export const hasInnerCells = (line: string): boolean => hasTabCells(line) || /\S {4,}\S/u.test(line);
/** Cells set apart by tabs inside a line. */
const hasTabCells = (line: string): boolean => /\S\t+\s*\S/u.test(line);
/** Where the cells after a gap of four spaces or more start in a line. */
const spacedCells = (line: string): number[] => [...line.matchAll(/(?<=\S {4,})\S/gu)].map((m) => m.index!);
/**
 * Two lines are rows of the same columns: each has tabs inside, or cells after a gap of four
 * spaces or more that start at the same place in both (a PDF's columns: "Pour le Gouvernement
 * de la      Pour le Gouvernement du" / "République française      Grand-Duché de
 * Luxembourg"). A justified line's wide spaces fall anywhere: its lines are one paragraph.
 */
const sameColumns = (a: string, b: string): boolean =>
  (hasTabCells(a) && hasTabCells(b)) || spacedCells(a).some((x) => spacedCells(b).some((y) => Math.abs(x - y) <= 1));
/** A letter's or an e-mail's closing before its signature: "Bien cordialement,", "Bien à vous,". */
const VALEDICTION = /^(?:(?:bien|tr[eè]s)\s+)?(?:cordialement|amicalement|sinc[eè]rement|(?:bien\s+)?à\s+(?:vous|toi)|(?:meilleures|sinc[eè]res|cordiales)?\s*salutations(?:\s+\p{L}+)?)\s*[,.!]?$/iu;
// Structural heading words that always stand on a line of their own.
const STRUCTURAL = /^(?:article|art\.|titre|chapitre|section|partie|livre|annexe|pr[ée]ambule)\b/iu;

/**
 * The wrap width of a hard-wrapped text (paragraphs broken into lines of similar
 * width), or 0 when lines are whole paragraphs.
 */
function wrapWidth(all: string[], furniture: Set<number>): number {
  // Running headers and footers and page markers are no text's lines.
  const lines = all.filter((_, i) => !furniture.has(i));
  const text = lines.map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
  if (text.length < 8) return 0;
  const max = Math.max(...text.map((l) => l.length));
  if (max > 130) return 0;
  const wide = text.filter((l) => l.length >= 55).length;
  let joined = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!.trim();
    const b = lines[i + 1]!.trim();
    // A line followed by a list item ("• Déployer …" under a slide's long bullet) is not wrapped.
    if (a && b && !COMPLETE_END.test(a) && a.length >= 55 && !matchMarker(lines[i + 1]!)) joined++;
  }
  return wide / text.length >= 0.4 && joined >= 3 ? max : 0;
}

/** A state's form alone on a line, its name on the next: "RÉPUBLIQUE", "Royaume de", "GRAND-DUCHÉ DE". */
const STATE_FORM_LINE = /^(?:RÉPUBLIQUE|REPUBLIQUE|ROYAUME(?: DE| DU| D['’])?|GRAND-DUCHÉ(?: DE| DU)?|PRINCIPAUTÉ(?: DE| DU)?|République|Royaume(?: de| du| d['’])?|Grand-Duché(?: de| du)?|Principauté(?: de| du)?)$/u;

/**
 * Does `next` continue the block that ends with `previous` (no blank line between)?
 * `width` is the wrap width of a hard-wrapped text, or 0.
 */
function continues(previous: string, next: string, width: number): boolean {
  const head = next.trim();
  if (STRUCTURAL.test(previous) || STRUCTURAL.test(head)) return false;
  if (/:$/u.test(previous)) return false;
  // A masthead's state name set over two lines ("RÉPUBLIQUE" / "FRANÇAISE", "ROYAUME DE" /
  // "BELGIQUE") is one name.
  if (STATE_FORM_LINE.test(previous.trim()) && /^\p{Lu}/u.test(head)) return true;
  // A numbered label after a finished sentence starts its own paragraph, however long the
  // line before ("… (ministère de l'intérieur, DGDDI, 2025)." / "Recommandation n° 2 : …").
  if (COMPLETE_END.test(previous) && NUMBERED_LABEL.test(head)) return false;
  // In a hard-wrapped text a long line runs on; a short one ends its paragraph.
  if (width > 0 && previous.length >= width * 0.6) return true;
  // A short label alone on its line, naming whom a recommendation addresses ("R2 – Ministère
  // de la Justice"), is followed by the recommendation's own paragraph.
  if (NUMBERED_LABEL.test(previous) && previous.length <= 70 && !/[.;:!?,]$/u.test(previous) && !/\s(?:le|la|les|l['’]|de|du|des|d['’]|et|ou|à|au|aux|en|pour|par|sur|avec|entre|dans)$/iu.test(previous) && /^\p{Lu}/u.test(head)) return false;
  if (/,$/u.test(previous) && /^\p{Ll}/u.test(head)) return true;
  // A signature: an office and its comma over an initial and a surname in capitals ("Le
  // Greffier," / "N. BOUZIANE"), no lettered heading.
  if (/^(?:(?:Le|La|Pour le|Pour la)\s+)?\p{Lu}[\p{L}'’ -]{2,40},$/u.test(previous) && /^\p{Lu}\.(?:\s?-?\p{Lu}\.)?\s+\p{Lu}[\p{Lu}'’ -]+$/u.test(head)) return true;
  // A sentence's line cannot end on a preposition: "présentée par" / "Mme Claire DELCOURT, …",
  // "à partir du" / "3 juin …" (a lone "à" between a sender and an addressee has no word
  // before it; "pour" is left out, for "Voix pour" over a figure).
  if (/\s(?:par|de|des|du|au|aux|à|avec|entre)$/u.test(previous) && /^[\p{L}\d«"“(]/u.test(head)) return true;
  return !COMPLETE_END.test(previous) && /^[\p{Ll}(«"“]/u.test(head);
}

/** Split decoded text into text and item blocks, setting aside furniture lines. */
export function splitBlocks(text: string): BlockSplit {
  // A Markdown export is read through its markup: each line cleaned, its characters' origins
  // kept; a plain text's e-mail quotes lose their ">" marks the same way.
  const raws = text.split('\n');
  const cleaned = readLines(text);
  const lines = cleaned ? cleaned.map((line) => line.text) : raws;
  const markers = new Set(lines.flatMap((line, i) => (isPageMarker(line) ? [i] : [])));
  const running = runningLines(lines, markers);
  const cues = subtitleCues(lines);
  /** The first cue's line (1-based): only a cue's words run on into the next cue. */
  const firstCue = cues.size > 0 ? Math.min(...cues) + 1 : Infinity;
  // A quoted message is wrapped by the mail program that quoted it, a forwarded one by the
  // program that sent it, the reply around them may not be: each has its own wrap width. A
  // carried message's header lines are no message's text.
  const setAside = new Set([...running, ...markers]);
  /** Quoted with ">", or part of a carried message: the blocks it opens are quoted. */
  const quoted = (i: number) => cleaned?.[i]!.quoted === true || cleaned?.[i]!.forwarded === true;
  const header = (i: number) => cleaned?.[i]!.header === true;
  /** Which message's text a line is: the text's own (0), a forwarded one's (1), a quoted one's (2). */
  const message = (i: number) => (cleaned?.[i]!.quoted ? 2 : cleaned?.[i]!.forwarded ? 1 : 0);
  const widths = [0, 1, 2].map((m) => wrapWidth(lines.map((line, i) => (message(i) === m && !header(i) ? line : '')), setAside));
  const widthAt = (i: number) => widths[message(i)]!;
  const blocks: Array<TextBlock | ItemBlock> = [];
  const removed: RemovedLine[] = [];
  let current: TextBlock | ItemBlock | null = null;
  let blank = true;
  let lastLine = '';
  let signature = false;
  let footnotes = false;

  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };

  const starts: number[] = [];
  raws.reduce((offset, line) => {
    starts.push(offset);
    return offset + line.length + 1;
  }, 0);
  /**
   * The source map of line `index` read from its offset `from` on, placed at offset `at`
   * of a block's text: one pair, or one per piece between the markup a Markdown line lost.
   */
  const mapFrom = (index: number, from: number, at: number): SourceMap => {
    const kept = cleaned?.[index]!.kept;
    if (!kept) return [[at, starts[index]! + from]];
    const map: SourceMap = [[at, starts[index]! + (kept[from] ?? (kept.at(-1) ?? -1) + 1)]];
    for (let j = from + 1; j < kept.length; j++) if (kept[j] !== kept[j - 1]! + 1) map.push([at + j - from, starts[index]! + kept[j]!]);
    return map;
  };
  /** A block opening on line `index` is quoted when that line was, a header line when it is one. */
  const quotedAt = (index: number): { quoted?: boolean; header?: boolean } => ({ ...(quoted(index) ? { quoted: true } : {}), ...(header(index) ? { header: true } : {}) });
  /** The message (see `message`) of the block open now. */
  let openMessage = 0;
  /** Append a line's trimmed text to a block, recording where it comes from. */
  const append = (block: TextBlock | ItemBlock, raw: string, trimmed: string, index: number) => {
    const from = raw.length - raw.trimStart().length;
    // A word cut at the end of a hard-wrapped line is joined again ("supplé-" / "mentaires");
    // a compound keeps its hyphen ("franco-" / "belge").
    const cut = widthAt(index) > 0 && /^\p{Ll}/u.test(trimmed) ? HYPHEN_CUT.exec(block.text) : null;
    if (cut) {
      if (!KEPT_HYPHEN.test(cut[1]!.toLowerCase())) block.text = block.text.slice(0, -1);
      block.map.push(...mapFrom(index, from, block.text.length));
      block.text += trimmed;
    } else {
      block.map.push(...mapFrom(index, from, block.text.length + 1));
      block.text += ` ${trimmed}`;
    }
    block.span = index + 1 - block.line + 1;
  };

  /** Whether a page's number or running line was set aside since the last line of text. */
  let pageBreak = false;
  let cueBreak = false;
  lines.forEach((raw, index) => {
    const n = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') {
      close();
      blank = true;
      // A signature's lines stand each on its own, up to the blank line after them.
      signature = VALEDICTION.test(lastLine);
      footnotes = false;
      return;
    }
    const furniture = cues.has(index) ? 'time-code' : isBoilerplate(trimmed) || isMotto(lines, index) ? 'boilerplate' : markers.has(index) ? 'page-marker' : running.has(index) ? 'running-line' : null;
    if (furniture) {
      // Under a rule, a page's footnotes: each opens on its number ("2 Données de la DNPAF …").
      footnotes = isRule(trimmed);
      close();
      removed.push({ line: n, text: trimmed, reason: furniture });
      blank = true;
      pageBreak ||= furniture !== 'boilerplate';
      cueBreak ||= furniture === 'time-code';
      return;
    }
    const afterBreak = pageBreak;
    const afterCue = cueBreak;
    pageBreak = false;
    cueBreak = false;
    // A "#" heading stands on its own.
    if (cleaned?.[index]!.heading) {
      close();
      blocks.push({ type: 'text', text: trimmed, line: n, span: 1, afterBlank: blank, map: mapFrom(index, raw.length - raw.trimStart().length, 0), heading: cleaned[index]!.heading });
      blank = true;
      lastLine = trimmed;
      return;
    }
    // A quoted message and the words around it are blocks of their own, as is each footnote;
    // so is each field of a carried message's header ("De : …", "cc : …").
    if (current && (Boolean(current.quoted) !== quoted(index) || openMessage !== message(index) || Boolean((current as TextBlock).header) !== header(index))) close();
    if (current && header(index) && isMailField(trimmed)) close();
    openMessage = message(index);
    if (footnotes && FOOTNOTE.test(trimmed) && COMPLETE_END.test(lastLine)) close();
    const marker = matchMarker(raw);
    if (marker) {
      close();
      current = { type: 'item', marker, text: marker.text.trim(), line: n, span: 1, afterBlank: blank, map: mapFrom(index, raw.length - marker.text.length, 0), ...quotedAt(index) };
      blank = false;
      lastLine = trimmed;
      return;
    }
    const open = current as TextBlock | ItemBlock | null;
    if (open && open.type === 'item') {
      // An indented line, or one that plainly continues the sentence, belongs to the item.
      const indent = raw.length - raw.trimStart().length;
      if (indent > open.marker.indent || (!COMPLETE_END.test(lastLine) && (/^\p{Ll}/u.test(trimmed) || goesOnAfter(lastLine, trimmed)))) {
        append(open, raw, trimmed, index);
        lastLine = trimmed;
        return;
      }
    } else if (open && !signature && !sameColumns(lines[index - 1] ?? '', raw) && continues(lastLine, trimmed, widthAt(index))) {
      // (Two lines of cells set apart by tabs are two rows: "Pour le Gouvernement⇥Pour le
      // Gouvernement" / "de la République française⇥du Royaume de Belgique".)
      append(open, raw, trimmed, index);
      lastLine = trimmed;
      return;
    } else if (!open && blank && blocks.length > 0) {
      // A line broken after a comma across a blank line ("…, Premier ministre," / "et de M. …").
      const previous = blocks.at(-1)!;
      // A sentence a page break cut, its page's number and running header set aside in between
      // ("… y affectera de son côté un" / "- 1 -" / "DÉCLARATION CONJOINTE" / "analyste …").
      // A subtitle's sentence runs on over its cues up to its final stop, whatever ends a cue
      // ("… de la Police aux frontières (PAF)" / "et de la Guardia Civil …"), but not over a
      // speaker's name in brackets or a new speaker's dash; only from a cue's words (not a
      // title or "WEBVTT" above the cues), and not past 600 characters.
      const cutByPage = (afterBreak && !COMPLETE_END.test(previous.text) && (/^\p{Ll}/u.test(trimmed) || goesOnAfter(previous.text, trimmed)) && !matchMarker(raw)) || (afterCue && previous.line > firstCue && previous.text.length < 600 && !/(?:[.!?…][»"”)]?|\])$/u.test(previous.text) && !/^(?:\[|[-–—]\s)/u.test(trimmed));
      // Not a paper's authors under its title: "visant à …," / "présentée par …", "présenté au nom de …".
      const afterComma = previous.type === 'text' && Boolean(previous.quoted) === quoted(index) && !previous.header && !header(index) && /,$/u.test(previous.text) && /^\p{Ll}/u.test(trimmed) && !/^pr[ée]sent[ée]e?s? (?:par|au nom)(?![\p{L}])/u.test(trimmed) && removed.at(-1)?.line !== n - 1;
      if (cutByPage || afterComma) {
        blocks.pop();
        append(previous, raw, trimmed, index);
        current = previous;
        blank = false;
        lastLine = trimmed;
        return;
      }
    }
    close();
    current = { type: 'text', text: trimmed, line: n, span: 1, afterBlank: blank, map: mapFrom(index, raw.length - raw.trimStart().length, 0), ...quotedAt(index) };
    blank = false;
    lastLine = trimmed;
  });
  close();
  return setAsideTrailingLinks(blocks, removed);
}

/**
 * Below "Lire aussi" or "Le choix de la rédaction" at the end of a page come headlines
 * of other articles: short lines without a final full stop. They are furniture too, but
 * only after the last real paragraph (a block ending a sentence) and never when nothing
 * of the text would remain.
 */
function setAsideTrailingLinks(blocks: Array<TextBlock | ItemBlock>, removed: RemovedLine[]): BlockSplit {
  // (The headlines may be listed right under the marker: "Lire aussi" / "- Conseil de sécurité
  // – Syrie – Déclaration du 12 novembre 2025"; not an article's own closing list under a
  // marker's headline.)
  const listed = (b: TextBlock | ItemBlock) => b.type === 'item' && b.span === 1 && b.text.length <= 140 && !/[.!?…»"”:;]$/u.test(b.text);
  const headline = (b: TextBlock | ItemBlock) => listed(b) || (b.type === 'text' && b.span === 1 && b.text.length <= 140 && !/[.!?…»"”:;]$/u.test(b.text));
  const lastParagraph = blocks.findLastIndex((b) => !headline(b));
  if (lastParagraph === -1) return { blocks, removed };
  const boundary = blocks[lastParagraph]!.line;
  const marker = removed.find((r) => r.line > boundary && isTrailingMarker(r.text));
  if (!marker) return { blocks, removed };
  const after = blocks.filter((b) => b.line > marker.line);
  if (after.length === 0) return { blocks, removed };
  if (after.some((b) => b.type === 'item') && (after[0]!.type !== 'item' || !after.every(listed) || /:$/u.test(blocks[lastParagraph]!.text))) return { blocks, removed };
  const kept = blocks.filter((b) => b.line < marker.line);
  const moved = after.map((b) => ({ line: b.line, text: b.text, reason: 'boilerplate' as const }));
  return { blocks: kept, removed: [...removed, ...moved].sort((x, y) => x.line - y.line) };
}
