/**
 * Web page furniture copied along with a text ("Partager la page", "Le choix de la
 * rédaction"). Such lines are kept out of the reading text and recorded as removed.
 * Only whole lines that are nothing but the furniture match, so a sentence that
 * happens to contain these words is never removed.
 */

/** A rule over a page's footnotes, or between parts, drawn with characters: "__________". */
const RULE = /^(?:_{5,}|-{5,}|={5,}|[–—]{5,})$/;
export const isRule = (line: string): boolean => RULE.test(line.trim());

const PATTERNS: RegExp[] = [
  /^partager(?: (?:la page|cet article|l'article|sur (?:twitter|facebook|linkedin|x|whatsapp)|par (?:e-?mail|courriel)))?$/,
  /^imprimer(?: (?:la page|cet article|l'article))?$/,
  /^le choix de la r[ée]daction$/,
  /^(?:[àa] )?lire (?:aussi|[ée]galement|la suite)(?: :)?$/,
  /^(?:voir|consulter) aussi(?: :)?$/,
  /^sur le m[êe]me sujet(?: :)?$/,
  /^retour (?:en haut(?: de (?:la )?page)?|[àa] l'accueil)$/,
  /^(?:tweeter|twitter|facebook|linkedin|whatsapp|e-?mail|courriel)$/,
  /^(?:envoyer par (?:e-?mail|courriel)|copier le lien)$/,
  /^(?:s'abonner|abonnez-vous)(?: [àa] (?:la )?newsletter)?$/,
  /^(?:newsletter|publicit[ée]|fil d'ariane|menu|rechercher|accueil)$/,
  // The motto printed in the French Republic's logo, on one line (see isMotto for three).
  /^libert[ée],? [ée]galit[ée],? fraternit[ée]$/,
  /^t[ée]l[ée]charger(?: (?:le document|le pdf|en pdf|la d[ée]claration))?(?: \(.*\))?$/,
  // A link to another article with its headline ("Lire aussi : Trafic de stupéfiants : 2,3
  // tonnes saisies au Havre"), a page's tags, its sharing buttons in a row, its reading time,
  // a cookie banner and its buttons.
  /^(?:[àa] )?lire (?:aussi|[ée]galement) : \S/,
  /^(?:voir|consulter) aussi : \S/,
  /^(?:mots[- ]cl[ée]s|tags|[ée]tiquettes) : [^.;]{1,120}[^.;]$/,
  /^partager :(?: (?:facebook|twitter|x|linkedin|whatsapp|bluesky|mastodon|e-?mail|courriel|imprimer|copier le lien))+$/,
  /^temps de lecture : (?:environ )?\d+ min(?:utes?)?$/,
  /^(?:ce site|notre site|nous) utilis\p{L}* des cookies\b.*$/u,
  /^(?:tout accepter|tout refuser|accepter|refuser|personnaliser|param[ée]trer)(?: [|/] (?:tout accepter|tout refuser|accepter|refuser|personnaliser|param[ée]trer))+$/,
  RULE,
];

/** True when the whole line is web page furniture, or a rule drawn with characters. */
export function isBoilerplate(line: string): boolean {
  // A link's headline ends with no full stop: "Voir aussi : l'article 12 de la convention, qui
  // prévoit …." is a sentence of the text (the key below loses its final stop).
  if (/^(?:[àa] )?(?:lire|voir|consulter) (?:aussi|[ée]galement)\s*:.*\.\s*$/iu.test(line.trim())) return false;
  const key = line
    .trim()
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s.!:]+$/u, (m) => (m.includes(':') ? ' :' : ''));
  return PATTERNS.some((pattern) => pattern.test(key));
}

/** Furniture that introduces links to other articles ("Lire aussi", "Le choix de la rédaction"). */
export function isTrailingMarker(line: string): boolean {
  return /^(?:(?:[àa] )?lire (?:aussi|[ée]galement)|(?:voir|consulter) aussi|le choix de la r[ée]daction|sur le m[êe]me sujet|(?:[àa] )?lire [ée]galement)\s*:?$/iu.test(line.trim().replace(/[’‘]/g, "'"));
}

const MOTTO = [/^libert[ée]$/iu, /^[ée]galit[ée]$/iu, /^fraternit[ée]$/iu];
/**
 * Is line `index` one of the three lines of the Republic's motto, printed one word a line
 * in the logo ("Liberté" / "Égalité" / "Fraternité")? Only the three together: a speech's
 * "Liberté." on a line of its own is text.
 */
export function isMotto(lines: string[], index: number): boolean {
  const at = MOTTO.findIndex((word) => word.test(lines[index]?.trim() ?? ''));
  return at !== -1 && MOTTO.every((word, k) => word.test(lines[index - at + k]?.trim() ?? ''));
}

/**
 * A page's or a slide's number on a line of its own, as a presentation's or a PDF's text
 * export prints it: "Diapositive 3 / 12", "Slide 4", "Page 2 sur 5", "– 7 –". Not a thread's
 * "1/8", which opens a post's text on its line, nor a year between dashes ("— 2024 —").
 */
const PAGE_MARKER = /^(?:(?:diapositive|diapo|slide|page|p\.)\s*\d{1,4}(?:\s*(?:\/|sur|of)\s*\d{1,4})?|[–—-]\s*\d{1,3}\s*[–—-])$/iu;
export const isPageMarker = (line: string): boolean => PAGE_MARKER.test(line.trim());

/** A subtitle cue's time code: "00:01:38,160 --> 00:01:42,700" (SRT; WebVTT writes ".", and may leave out the hours). */
const TIME_CODE = /^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}(?:\s.*)?$/u;
/**
 * A subtitle file's cue furniture (SRT, WebVTT): each time code and the cue's number on the
 * line above it, in a text of three cues or more. (A WebVTT file's "WEBVTT" line stays: it
 * is the title a file of bare cues has, not a cue's words.) Returns their 0-based line indexes; the
 * words of the cues are the text, a sentence that runs over two cues read whole.
 */
export function subtitleCues(lines: string[]): Set<number> {
  const codes = lines.flatMap((line, i) => (TIME_CODE.test(line.trim()) ? [i] : []));
  if (codes.length < 3) return new Set();
  return new Set(codes.flatMap((i) => (i > 0 && /^\d{1,5}$/u.test(lines[i - 1]!.trim()) ? [i - 1, i] : [i])));
}

/**
 * Running lines: a footer repeated on every page or slide ("Comité stratégique franco-suisse
 * – 3 juin 2025 – Diffusion restreinte"), in a text that shows its pages: two page markers
 * or more (`markers`, 0-based line indexes), or form feeds. A line is one when it comes back,
 * word for word, at least three times, each time at a page's end (a blank line, a page
 * marker, a form feed or the text's end after it), has three words or more and does not end
 * a sentence: a speech's refrain ("Nous ne céderons rien."), a heading repeated over its
 * text and a slide's title stay. A header or footer that carries the page's number shows
 * the pages by itself (see `numberedRunningLines`). Returns the 0-based indexes of those lines.
 */
export function runningLines(lines: string[], markers: ReadonlySet<number>): Set<number> {
  const running = numberedRunningLines(lines);
  if (markers.size < 2 && !lines.some((line) => line.includes('\f'))) return running;
  const at = new Map<string, number[]>();
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (line.split(/\s+/u).length < 3 || /[.!?…]$/u.test(line) || markers.has(index)) return;
    at.set(line, [...(at.get(line) ?? []), index]);
  });
  const pageEnd = (index: number) => index >= lines.length || lines[index]!.trim() === '' || markers.has(index) || lines[index]!.startsWith('\f');
  for (const indexes of at.values()) {
    if (indexes.length >= 3 && indexes.every((i) => pageEnd(i + 1))) for (const i of indexes) running.add(i);
  }
  // A scanned document's header or footer next to a page's number ("- 2 -", then
  // "DÉCLARATION CONJOINTE" at the next page's top): the same short line, two times or more,
  // each time the first or last line of text before or after a page marker (its occurrences
  // elsewhere, as the title on the first page, stay).
  const nextText = (index: number, step: 1 | -1) => {
    for (let i = index + step; i >= 0 && i < lines.length; i += step) if (lines[i]!.trim() !== '') return i;
    return -1;
  };
  const byMarker = new Map<string, number[]>();
  // (A printed page's number only: a slide's title under "Diapositive 3 / 12" is no header.)
  // A line of its own, between blank lines (not a paragraph's last line: "Adoptée à l'unanimité").
  const alone = (j: number) => j < 0 || j >= lines.length || lines[j]!.trim() === '' || markers.has(j);
  for (const marker of [...markers].filter((i) => /^(?:[–—-]\s*\d|page\s|p\.)/iu.test(lines[i]!.trim()))) {
    for (const i of [nextText(marker, 1), nextText(marker, -1)]) {
      const line = lines[i]?.trim() ?? '';
      if (i < 0 || markers.has(i) || line.length > 80 || /[.!?…;:,]$/u.test(line) || !/\p{L}{3}/u.test(line) || !alone(i - 1) || !alone(i + 1)) continue;
      byMarker.set(line, [...(byMarker.get(line) ?? []), i]);
    }
  }
  for (const indexes of byMarker.values()) if (new Set(indexes).size >= 2) for (const i of indexes) running.add(i);
  return running;
}

/**
 * A running header or footer with the page's number, as a PDF's text export prints it:
 * "Rapport public annuel 2025 – Tome II   47", "48 | Rapport public annuel 2025". The
 * number stands apart from the words (a tab, two spaces or more, or a bar between spaces),
 * so that a heading's own number ("Objectif stratégique n° 2", "Atelier thématique – 2") is none.
 */
const NUMBERED_RUNNING = /^(?:(\d{1,3})(?:\t|\s{2,}|\s\|\s)\s*(.+)|(.+?)\s*(?:\t|\s{2,}|\s\|\s)(\d{1,3}))$/u;

/**
 * Lines that come back with the same words at least three times, each with the next page's
 * number (up by one to three: a page without text may have no header), each at a page's
 * edge (a blank line or the text's start or end before or after it); three words or more,
 * not a sentence. Such lines show the text's pages themselves, no page marker needed.
 */
function numberedRunningLines(lines: string[]): Set<number> {
  const at = new Map<string, Array<{ index: number; page: number }>>();
  lines.forEach((raw, index) => {
    const m = NUMBERED_RUNNING.exec(raw.trim());
    if (!m) return;
    const words = (m[2] ?? m[3])!.trim();
    if (words.split(/\s+/u).length < 3 || /[.!?…:;]$/u.test(words)) return;
    at.set(words, [...(at.get(words) ?? []), { index, page: Number(m[1] ?? m[4]) }]);
  });
  const blank = (index: number) => index < 0 || index >= lines.length || lines[index]!.trim() === '';
  const running = new Set<number>();
  for (const found of at.values()) {
    if (found.length < 3) continue;
    const paged = found.every(({ index, page }, k) => (blank(index - 1) || blank(index + 1)) && (k === 0 || (page - found[k - 1]!.page >= 1 && page - found[k - 1]!.page <= 3)));
    if (paged) for (const { index } of found) running.add(index);
  }
  return running;
}
