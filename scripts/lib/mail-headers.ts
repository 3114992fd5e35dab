/**
 * The headers of the messages an e-mail carries below its own text: a forwarded or
 * original message's separator and fields ("-----Message d'origine-----" / "De : …" /
 * "Envoyé : …" / "À : …" / "Objet : TR: …"), and the line a reply writes over the message
 * it quotes with ">" ("Le mer. 8 oct. 2025 à 17:32, X <x@…> a écrit :"). Such lines are the
 * quoted message's header, not its body: they say who wrote it, when and to whom, and
 * commit to nothing. Everything under a forwarded message's header, to the text's end, is
 * that message (and the older ones it carries). Shapes of lines only, French and English
 * as mail programs print them.
 */

/**
 * The line a mail program prints over a message it forwards or carries below a reply:
 * Outlook's "-----Message d'origine-----" / "-----Original Message-----", Gmail's
 * "---------- Forwarded message ---------" / "---------- Message transféré ---------",
 * Thunderbird's "-------- Message original --------", Apple Mail's "Début du message
 * réexpédié :" / "Begin forwarded message:".
 */
const SEPARATOR =
  /^(?:[-_=*\s]{2,}\s*(?:message d['’]origine|message original|original message|forwarded message|message transf[ée]r[ée]|message transmis|message r[ée]exp[ée]di[ée]|courriel (?:d['’]origine|transf[ée]r[ée]))\s*[-_=*\s]{2,}|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|begin forwarded message\s*:)$/iu;

/** Whether a line is a forwarded or original message's separator (see `SEPARATOR`). */
export const isForwardSeparator = (line: string): boolean => SEPARATOR.test(line.trim());

/**
 * A field of a carried message's header, with its value: the sender, the date, the
 * recipients, the subject and the like, in French or English ("De : …", "Envoyé : …",
 * "Date: …", "À : …", "Pour : …", "Cc : …", "Objet : TR: …", "Subject: …", "Pièces jointes : …").
 * Group 1: the sender; 2: the date; 3: the subject.
 */
const FIELD = /^(?:(de|from)|(envoy[ée]|sent|date)|(objet|sujet|subject)|[àa]|to|pour|cc|cci|bcc|importance|pi[èe]ces? jointes?|attachments?|r[ée]pondre [àa]|reply-to)\s*:\s*\S/iu;

/** A field line of a carried message's header (see `FIELD`). */
export const isMailField = (line: string): boolean => FIELD.test(line.trim()) && line.trim().length <= 400;
/** A carried message's subject line ("Objet : TR: …"): its dates are what it is about, not when it was sent. */
export const isSubjectField = (line: string): boolean => Boolean(FIELD.exec(line.trim())?.[3]);

/**
 * The line over a message quoted with ">": "Le mer. 8 oct. 2025 à 17:32, Sophie … <…> a
 * écrit :", "On Wed, Oct 8, 2025 at 5:32 PM, X <x@…> wrote:"; it may be wrapped, its first
 * line opening the sentence ("Le mer. 8 oct. 2025 à 17:32, Sophie Vandenbroucke <" / "…>
 * a écrit :").
 */
const WROTE = /(?<![\p{L}])(?:a écrit|wrote|schreef|schrieb)\s*:$/iu;
const WROTE_OPENS = /^(?:le|on|op|am)\s/iu;

/** How a line of a text is read with respect to the messages it carries. */
export interface CarriedLine {
  /** Part of a forwarded or original message carried under the text's own (to the end). */
  forwarded: boolean;
  /** A line of a carried message's header: a separator, a field, a "… a écrit :" line. */
  header: boolean;
}

/** A header has a handful of fields: a longer run is read no further (a hostile text's thousand "De :" lines). */
const MAX_FIELDS = 12;
/** A line that ends a sentence or closes a message: a body has been read above it. */
const SENTENCE_END = /[.!?…]$/u;

/**
 * How each line of a text is read with respect to the messages it carries (see the module's
 * comment), or null when it carries none. `lines` are the lines as read (a quoted line
 * without its ">" marks); `quoted` says which were quoted with ">".
 *
 * A forwarded message starts at a separator line, or, without one (Outlook prints a rule,
 * which is set aside), at a sender's field that two other fields follow at once, one of them
 * the date or the subject — but only under some text of the message's own that ends a
 * sentence: a text that opens on such fields is an e-mail, they are its own header. Its
 * header runs over the fields under the separator (a blank line may stand between them), a
 * field's value going on on the next lines (indented, or after a recipient's ";" or ","); its
 * body follows, to the text's end. A separator inside a ">" quote heads a message that the
 * quote marks end.
 */
export function carriedMessages(lines: string[], quoted: (i: number) => boolean): CarriedLine[] | null {
  const out: CarriedLine[] = lines.map(() => ({ forwarded: false, header: false }));
  let found = false;
  const blank = (i: number) => lines[i]!.trim() === '';
  const field = (i: number) => i < lines.length && isMailField(lines[i]!);
  let textAbove = false;
  let sentenceAbove = false;
  /** The first line of the first forwarded message, if any. */
  let forwardedFrom = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const separator = isForwardSeparator(line) && textAbove;
    let run = 0;
    if (!separator && sentenceAbove && !quoted(i) && FIELD.exec(line)?.[1]) {
      const fields: RegExpExecArray[] = [];
      for (let k = i; field(k) && k < i + MAX_FIELDS; k++) fields.push(FIELD.exec(lines[k]!.trim())!);
      if (fields.length >= 3 && fields.slice(1, 3).some((m) => m[2] || m[3])) run = fields.length;
    }
    if (!separator && run === 0) {
      textAbove = true;
      if (SENTENCE_END.test(line)) sentenceAbove = true;
      continue;
    }
    found = true;
    // The header: the separator, then the fields (after blank lines, under a separator), a
    // field's value going on on the next lines (indented, or after a recipient's ";" or ",").
    let k = i;
    if (separator) {
      out[k++]!.header = true;
      let next = k;
      while (next < k + 2 && next < lines.length && blank(next)) next++;
      if (field(next)) k = next;
    }
    while (field(k)) {
      out[k]!.header = true;
      k++;
      while (k < lines.length && !blank(k) && !field(k) && (/^\s/u.test(lines[k]!) || /[;,]$/u.test(lines[k - 1]!.trim()))) out[k++]!.header = true;
    }
    // A message quoted with ">" carries its own: the quote marks say where it ends. Else the
    // forwarded message runs to the text's end (and may carry older ones).
    if (!quoted(i)) forwardedFrom = Math.min(forwardedFrom, i);
    i = k - 1;
  }
  for (let j = forwardedFrom; j < lines.length; j++) out[j]!.forwarded = true;
  // The line a reply writes over the message it quotes with ">" ("… a écrit :"), right above
  // the quoted lines; the line before it too when the sentence was wrapped ("Le mer. 8 oct.
  // 2025 à 17:32, X <" / "x@…> a écrit :").
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!WROTE.test(line) || quoted(i) || line.length > 300) return;
    let next = i + 1;
    while (next < i + 3 && next < lines.length && blank(next)) next++;
    if (!quoted(next)) return;
    found = true;
    out[i]!.header = true;
    const before = lines[i - 1]?.trim() ?? '';
    if (!WROTE_OPENS.test(line) && WROTE_OPENS.test(before) && !quoted(i - 1) && !out[i - 1]!.header) out[i - 1]!.header = true;
  });
  return found ? out : null;
}
