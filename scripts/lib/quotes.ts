/**
 * Quoted speech in a paragraph: « … », “ … ” and "…", with the speaker the text names
 * after the quote (", a expliqué Jan Jambon"), before it ("Selon X, « … »"), or by a
 * description resolved to the last named speaker (", a insisté le ministre").
 * Short quoted phrases without a speaker (« quadripartite ministérielle ») are names
 * or terms, not speech, and are not returned.
 */
import { wordRegex } from './word-regex.ts';

/** A quotation found in a paragraph, as offsets into it. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark. */
  end: number;
  /** The words inside the marks. */
  text: string;
  /** Speaker as named by the text, or null. */
  speaker: string | null;
}

const SPEECH_VERBS =
  '(?:expliqu[ée]e?|d[ée]clar[ée]e?|affirm[ée]e?|ajout[ée]e?|pr[ée]cis[ée]e?|soulign[ée]e?|insist[ée]e?|r[ée]pondu|indiqu[ée]e?|estim[ée]e?|assur[ée]e?|rappel[ée]e?|martel[ée]e?|comment[ée]e?|confi[ée]e?|lanc[ée]e?|not[ée]e?|poursuivi|conclu|reconnu|admis|dit|explique|d[ée]clare|affirme|ajoute|pr[ée]cise|souligne|insiste|r[ée]pond|indique|estime|assure|rappelle|martèle|commente|poursuit|conclut|reconna[iî]t)';
const NAME = "(?:(?:M\\.|MM\\.|Mme|Mmes|Mlle|Me|Dr|Pr)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|den|der|van|von|du|des|del|da|d['’])\\s*)?\\p{Lu}[\\p{L}'’-]+){0,3}(?:\\s+\\([^)]{1,20}\\))?";
// "le ministre néerlandais", stopping before a preposition ("… à l'issue de la réunion").
const DESCRIPTION =
  "(?:[Ll]e|[Ll]a|[Ll]['’])\\s+(?:(?!(?:à|de|du|des|d['’]|lors|après|avant|en|au|aux|sur|dans|devant|pour|par|avec|qui|que)(?![\\p{L}]))\\p{Ll}[\\p{L}'’-]*\\s*){1,4}";
// ", a expliqué Jan Jambon" / ", a-t-il souligné" / ", explique le ministre".
const AFTER = wordRegex(
  `^\\s*,?\\s*(?:(?:a|avait|aurait|ont)(?:-t-(?:il|elle))?\\s+(?:encore\\s+|aussi\\s+|ensuite\\s+|alors\\s+)?)?(?:-t-(?:il|elle)\\s+)?${SPEECH_VERBS}\\b(?:-(?:t-)?(?:il|elle))?\\s*(${NAME}|${DESCRIPTION})?`,
  'u',
);
const PRONOUN_AFTER = /^\s*,?\s*(?:a|avait)-t-(?:il|elle)\s/u;
// "Selon Ferdinand Grapperhaus, « … »" / "Pour le syndicat SLFP, « … »" / "X a déclaré : « … »".
const BEFORE = new RegExp(
  `(?:(?:[Ss]elon|[Pp]our|[Dd]['’]apr[èe]s)\\s+(${DESCRIPTION}(?:\\s*${NAME})?|${NAME})\\s*,\\s*|(${DESCRIPTION}|${NAME})\\s+(?:a\\s+)?${SPEECH_VERBS}\\s*(?::|que|qu['’])\\s*)$`,
  'u',
);
// A named person who speaks earlier in the paragraph: "Jan Jambon souligne aussi que …".
const NAMED_SPEAKER = new RegExp(`(${NAME})\\s+(?:a\\s+)?(?:aussi\\s+|encore\\s+|également\\s+)?${SPEECH_VERBS}`, 'gu');

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"' };

/** Offsets of quoted spans, outermost only. */
function quotedSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < text.length) {
    const open = text[i]!;
    const close = PAIRS[open];
    // A straight quote opens only at the start of a word.
    if (close && (open !== '"' || i === 0 || /[\s(\[—–-]/u.test(text[i - 1]!))) {
      const endIndex = text.indexOf(close, i + 1);
      if (endIndex !== -1) {
        spans.push({ start: i, end: endIndex + 1 });
        i = endIndex + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** The speaker named right after or before a quotation, or null. */
function attribution(text: string, span: { start: number; end: number }): { name: string | null; pronoun: boolean } {
  const rest = text.slice(span.end);
  const after = AFTER.exec(rest);
  if (after) {
    // The rest of the clause after the verb: "jeudi Jan Jambon", "à la presse Jan Jambon",
    // "le ministre belge de l'Intérieur, Jan Jambon".
    const clause = rest.slice(after[0].length).split(/[.!?;«»"“”]/u)[0] ?? '';
    const fullName = [...clause.matchAll(new RegExp(NAME, 'gu'))].find((m) => /\s\p{Lu}/u.test(m[0].replace(/\s*\([^)]*\)$/u, '')));
    const captured = after[1]?.trim();
    if (captured && !isDescription(captured)) return { name: captured, pronoun: false };
    if (fullName) return { name: fullName[0], pronoun: false };
    if (captured) return { name: captured, pronoun: false };
    if (/-t-(?:il|elle)/u.test(after[0]) || /^\s*(?:ce dernier|cette dernière)\b/u.test(clause)) return { name: null, pronoun: true };
    return { name: null, pronoun: false };
  }
  if (PRONOUN_AFTER.test(rest)) return { name: null, pronoun: true };
  const before = BEFORE.exec(text.slice(0, span.start));
  if (before) return { name: (before[1] ?? before[2])!.trim(), pronoun: false };
  return { name: null, pronoun: false };
}

/** Is this a description ("le ministre") rather than a name ("le syndicat SLFP" is a name)? */
function isDescription(speaker: string): boolean {
  return /^(?:le|la|l['’])\s/iu.test(speaker) && !/\s\p{Lu}/u.test(speaker);
}

/** Escape text for use inside a regular expression. */
function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Resolve a description ("le ministre néerlandais") through an earlier apposition in
 * the text ("Ferdinand Grapperhaus, ministre néerlandais de la Justice"), or null.
 */
function resolveDescription(description: string, before: string): string | null {
  const words = description.replace(/^(?:le|la|l['’])\s*/iu, '').trim();
  const apposition = new RegExp(`(${NAME})\\s*,\\s+(?:le\\s+|la\\s+|l['’])?${escapeRegex(words)}`, 'gu');
  const match = [...before.replace(/\s+/gu, ' ').matchAll(apposition)].at(-1);
  return match ? bareName(match[1]!) : null;
}

/** Strip a party in parentheses and an honorific: "M. Pieter De Crem (CD&V)" → "Pieter De Crem". */
function bareName(name: string): string {
  return name
    .replace(/\s*\([^)]*\)$/u, '')
    .replace(/^(?:M\.|MM\.|Mme|Mmes|Mlle|Me|Dr|Pr)\s+/u, '')
    .trim();
}

/**
 * Quotations of a paragraph. `context` is the text of the document before this
 * paragraph, used to resolve descriptions; `lastSpeaker` is the last named speaker
 * before this paragraph. The function returns the updated last speaker.
 */
export function findQuotes(
  text: string,
  lastSpeaker: string | null,
  context = '',
): { quotes: QuoteSpan[]; lastSpeaker: string | null } {
  const quotes: QuoteSpan[] = [];
  let last = lastSpeaker;
  let paragraphSpeaker: string | null = null;
  for (const span of quotedSpans(text)) {
    const { name, pronoun } = attribution(text, span);
    const inner = text.slice(span.start + 1, span.end - 1).trim();
    // An empty pair of quotation marks ("", « ») quotes nothing.
    if (inner === '') continue;
    const words = inner.split(/\s+/u).filter(Boolean).length;
    const before = text.slice(0, span.start);
    // The person said to speak earlier in the paragraph: "Koen Geens a insisté … « … »".
    const named = [...before.matchAll(NAMED_SPEAKER)].at(-1);
    const nearby = named ? bareName(named[1]!) : null;
    let speaker: string | null = null;
    if (name && !isDescription(name)) speaker = bareName(name);
    else if (name) speaker = nearby ?? resolveDescription(name, `${context} ${before}`) ?? paragraphSpeaker ?? last;
    else if (pronoun) speaker = nearby ?? paragraphSpeaker ?? last;
    else if (words >= 6) speaker = nearby ?? paragraphSpeaker ?? (quotes.length > 0 ? last : null);
    // Short quoted phrases without a speaker are names or terms, not speech.
    if (speaker === null && words < 6) continue;
    if (speaker) {
      last = speaker;
      paragraphSpeaker ??= speaker;
    }
    quotes.push({ start: span.start, end: span.end, text: inner, speaker });
  }
  return { quotes, lastSpeaker: last };
}
