/**
 * Sentence-level commitments: statements of future action inside paragraphs
 * ("Nous nous engageons à …", "nous appelons à …", "Nous soutenons …", "Nous allons …",
 * "Les Parties échangent …"). A commitment is kept only when it looks forward: a
 * sentence that opens on an earlier year ("En 2017, …") or is in the pluperfect
 * ("Nous avions décidé …") reports the past.
 */
import type { CommitmentKind } from '../../src/schemas/document.ts';
import { foldSameLength } from './fold.ts';
import { wordRegex } from './word-regex.ts';

/** A commitment found in a sentence, as offsets into the text given. */
export interface CommitmentSpan {
  start: number;
  end: number;
  kind: CommitmentKind;
  /** Shared words that a split-off part depends on ("Nous allons"), or null. */
  lead: string | null;
}

const INFINITIVE = "\\p{L}+(?:er|ir|re|oir)";
// Triggers, tried in order, on the folded sentence (lowercase, no accents, ' for ’).
const TRIGGERS: Array<[CommitmentKind, RegExp, boolean]> = [
  ['engagement', wordRegex(/\bnous nous engageons\b|\bnous engageons\b|\bs'engag(?:ent|e)\b|\bnous nous (?:attacherons|efforcerons)\b/), true],
  ['engagement', wordRegex(/\bnous (?:estimons|jugeons) (?:necessaire|indispensable|essentiel|utile)\b|\bnous (?:veillerons|veillons) a\b|\bnous (?:entendons|comptons|voulons|continuerons|poursuivrons)\b/), true],
  ['engagement', wordRegex(`\\bnous souhaitons (?!que\\b)${INFINITIVE}\\b`), true],
  ['call', wordRegex(/\bnous (?:appelons|invitons|exhortons|demandons|encourageons|insistons|plaidons)\b|\b(?:appellent|invitent|exhortent|demandent|encouragent|insistent|plaident)\b/), false],
  ['support', wordRegex(/\bnous (?:soutenons|appuyons|approuvons|accueillons favorablement)\b|\b(?:soutiennent|appuient|approuvent)\b/), false],
  ['decision', wordRegex(/\bnous (?:decidons|avons decide|convenons|sommes convenus|arretons)\b|\b(?:decident|conviennent|sont convenus|ont decide|arretent)\b/), true],
  [
    'announcement',
    wordRegex(
      /\b(?:les (?:deux )?(?:ministres|pays|gouvernements|parties|etats|premiers ministres)|ils|elles)\s+(?:se\s+|s'|nous\s+)?\p{L}{3,}(?:eront|iront|ront)\b/u,
    ),
    false,
  ],
  ['announcement', wordRegex(`\\b(?:nous allons|(?:allons|vont)(?:\\s+\\p{L}+){0,2}?\\s+${INFINITIVE})\\b|\\bnous (?!serons\\b|aurons\\b)\\p{L}{3,}(?:erons|irons)\\b`), true],
  [
    'engagement',
    wordRegex(
      /\b(?:les|des|chaque|la|l'autre) (?:deux )?parties?\b[^.;:]{0,80}?\b(?:s'engagent|s'engage|echangent|echange|cooperent|coopere|designent|designe|veillent|veille|prennent|prend|mettent en oeuvre|met en oeuvre|informent|informe|se pretent|facilitent|facilite|notifient|notifie|communiquent|communique|assurent|assure|garantissent|garantit)\b/,
    ),
    false,
  ],
];

// Words ending like infinitives that are not verbs: never split a commitment on them.
const NOT_VERBS = new Set(
  'notre votre autre autres entre contre ordre membre cadre centre titre premier dernier hier leur leurs plusieurs avenir pouvoir devoir nombre mer fer cher fier tiers quatre chiffre libre propre offre risque registre ministre'.split(' '),
);

/** Does the sentence report the past rather than commit to the future? */
function isRetrospective(folded: string, year: number | null): boolean {
  if (wordRegex(/\b(?:avions|aviez|avaient|avait)\s+(?:decide|convenu|adopte|arrete|engage)/).test(folded)) return true;
  const opening = /^(?:en|depuis|des|au cours de l'annee|lors de)\s+(\d{4})\b/u.exec(folded);
  return opening !== null && (year === null || Number(opening[1]) < year);
}

/**
 * Where a commitment with an infinitive ("Nous allons installer X et réunir Y") goes on
 * with a second infinitive, return the offset of " et" that starts the second part.
 */
function coordinatedSplit(folded: string, from: number): number | null {
  const pattern = new RegExp(`\\s(?:,\\s*)?et\\s+(?:de\\s+|d'|a\\s+)?(${INFINITIVE})(?![\\p{L}])`, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const word = match[1]!;
    if (NOT_VERBS.has(word)) continue;
    const before = folded.slice(from, match.index);
    // Stay at the top level: not inside parentheses or quotation marks.
    const count = (mark: string) => before.split(mark).length - 1;
    if (count('(') !== count(')') || count('«') !== count('»') || count('"') % 2 !== 0) continue;
    return match.index;
  }
  return null;
}

/** Trim spaces and quotation marks at the edges of a span. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s«»"“”,]/u.test(text[start]!)) start++;
  while (end > start && /[\s«»"“”,]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * Commitments in one sentence `text.slice(start, end)`. `year` is the document's
 * year, used to tell retrospective sentences apart.
 */
export function sentenceCommitments(text: string, start: number, end: number, year: number | null): CommitmentSpan[] {
  const sentence = text.slice(start, end);
  const folded = foldSameLength(sentence);
  if (/\?\s*["»”]?$/u.test(sentence) || isRetrospective(folded.replace(/^["«\s]+/u, ''), year)) return [];
  // The trigger that comes first in the sentence decides the kind.
  let best: { kind: CommitmentKind; match: RegExpExecArray; infinitive: boolean } | null = null;
  for (const [kind, pattern, infinitive] of TRIGGERS) {
    const match = pattern.exec(folded);
    if (match && (best === null || match.index < best.match.index)) best = { kind, match, infinitive };
  }
  if (best) {
    const { kind, match, infinitive } = best;
    const [s, e] = trimSpan(text, start, end);
    if (!infinitive) return [{ start: s, end: e, kind, lead: null }];
    const split = coordinatedSplit(folded, match.index + match[0].length + 1);
    if (split === null) return [{ start: s, end: e, kind, lead: null }];
    // The words up to the first infinitive are shared by both parts.
    const firstVerb = new RegExp(`${INFINITIVE}(?![\\p{L}])`, 'u').exec(folded.slice(match.index + match[0].length - 1));
    const leadEnd = firstVerb ? match.index + match[0].length - 1 + firstVerb.index : match.index + match[0].length;
    const lead = sentence.slice(s - start, leadEnd).trim();
    const [s1, e1] = trimSpan(text, s, start + split);
    const [s2, e2] = trimSpan(text, start + split, e);
    return [
      { start: s1, end: e1, kind, lead: null },
      { start: s2, end: e2, kind, lead },
    ];
  }
  return [];
}
