/**
 * Glossary terms: every occurrence of a registry term or one of its forms, and
 * acronyms the registry lacks (two to eight capitals), with their expansion when the
 * text gives one ("équipes communes d'enquête (ECE)").
 */
import { CAPITAL_VERB_WORDS } from '../commitments.ts';
import { MONTH_WORDS, WEEKDAY_NAMES } from '../french-date.ts';
import type { Registry } from '../registry.ts';
import { asciiSlug } from '../slug.ts';
import { PhraseMatcher } from './matcher.ts';

/** A term occurrence in a text. */
export interface TermHit {
  start: number;
  end: number;
  id: string;
}

/** What the document knows of a term. */
export interface TermInfo {
  id: string;
  term: string;
  expansion: string | null;
  reviewed: boolean;
}

/** An acronym: capitals, with "&" or "-" between them ("AGD&A", "MAOC-N"); not the first part of a hyphenated word in capitals ("NON-PAPER"). */
const ACRONYM = /(?<![\p{L}\p{N}&-])\p{Lu}(?:\p{Lu}|&(?=\p{Lu})|-(?=\p{Lu})){1,7}(?![\p{L}\p{N}]|-\p{Lu}{2})/gu;
const ROMAN = /^[IVXLCDM]+$/u;
/** Words of titles in capitals. */
const TITLE_WORDS = new Set(
  'DE DU DES LA LE LES ET EN AU AUX SUR POUR PAR ENTRE CONTRE AVEC DANS UN UNE PLAN ACTION ACCORD DÉCLARATION DECLARATION CONJOINT CONJOINTE COMMUNE COMMUN RELATIF RELATIVE PROTOCOLE CONVENTION MÉMORANDUM MEMORANDUM ENTENTE TITRE CHAPITRE ANNEXE DISPOSITIONS GÉNÉRALES GENERALES FINALES COOPÉRATION COOPERATION SÉCURITÉ SECURITE LUTTE CONCLUSIONS CONSEIL PRÉAMBULE PREAMBULE SUIVI DÉCISION DECISION RÈGLEMENT REGLEMENT DIRECTIVE RECOMMANDATION COMMISSION PARLEMENT'.split(' '),
);
/**
 * Three words in capitals or more in a row; an act's number and a bracketed acronym may sit
 * among them ("DÉCISION (UE) 2026/518 DU CONSEIL").
 */
const CAPITAL_RUN = /(?<![\p{L}])(?:(?:\p{Lu}(?:[\p{Lu}’'-]*\p{Lu})?|\(\p{Lu}{1,6}(?:,\s*\p{Lu}\p{L}+)?\)|\d+(?:[/.-]\d+)+)\s+(?:[–—-]\s+)?){2,}\p{Lu}(?:[\p{Lu}’'-]*\p{Lu})?(?![\p{L}])/gu;
/** Words in capitals that open a paragraph and end on "!" or "?": a shouted phrase, not acronyms. */
const SHOUTED_OPENING = /^\s*(?:\p{Lu}[\p{Lu}'’-]*[\s:,]+){1,8}\p{Lu}[\p{Lu}'’-]*\s*[!?]/u;
/** Month and weekday names, in lower case: in capitals they are dates, not acronyms. */
const CALENDAR_WORDS = new Set([...MONTH_WORDS, ...WEEKDAY_NAMES]);
// Capitalised words that are not acronyms (headings in capitals, legal abbreviations, a press
// release's labels: "RAPPEL :", "CONTACT").
const NOT_ACRONYMS = new Set(['TITRE', 'ARTICLE', 'CHAPITRE', 'ANNEXE', 'SECTION', 'PARTIE', 'NB', 'OK', 'PS', 'CE', 'ET', 'OU', 'LE', 'LA', 'LES', 'DE', 'DU', 'DES', 'EN', 'UN', 'UNE', 'AU', 'AUX', 'PAR', 'POUR', 'SUR', 'ETC', 'OR', 'RAPPEL', 'NOTE', 'ATTENTION', 'IMPORTANT', 'AVERTISSEMENT', 'CONTACT', 'CONTACTS', 'SOURCE', 'SOURCES', 'FIN', 'PROJET', 'DRAFT', 'CONFIDENTIEL', 'RESTREINT', 'MISE', 'JOUR', 'ACTUALISATION', 'RECTIFICATIF', 'URGENT', 'ALERTE', 'FLASH']);

/** The expansion written before "(ACR)": the shortest run of words whose initials start like it. */
function expansionBefore(text: string, at: number, acronym: string): string | null {
  const before = text.slice(Math.max(0, at - 120), at).replace(/\s*\($/u, '');
  const words = before.split(/\s+/u).filter(Boolean);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  for (let n = Math.min(words.length, letters.length * 2 + 2); n >= 1; n--) {
    const candidate = words.slice(words.length - n);
    if (candidate[0]!.normalize('NFD')[0]!.toLowerCase() !== letters[0]) continue;
    const initials = candidate.filter((w) => w.length > 3 || /^\p{Lu}/u.test(w)).map((w) => w.normalize('NFD')[0]!.toLowerCase()).join('');
    if (initials.startsWith(letters.slice(0, 2)) || initials === letters) return candidate.join(' ').replace(/[,;:]$/u, '');
  }
  return null;
}

/** Finds glossary terms in the texts of one document. */
export class TermAnnotator {
  private readonly matcher: PhraseMatcher<string>;
  private readonly info = new Map<string, TermInfo>();

  constructor(registry: Registry) {
    this.matcher = new PhraseMatcher(registry.terms.flatMap((t) => [t.term, ...t.aliases].map((phrase) => ({ phrase, value: t.id }))));
    for (const t of registry.terms) this.info.set(t.id, { id: t.id, term: t.term, expansion: t.expansion, reviewed: true });
  }

  /** The terms known so far. */
  get terms(): ReadonlyMap<string, TermInfo> {
    return this.info;
  }

  /**
   * Term occurrences in one text. `exclude` are ranges where capitals are names, not
   * acronyms (upper-case surnames, "SOS Méditerranée"), except an acronym in parentheses,
   * which the name before it defines; `shouting` is true for a text written in capitals.
   */
  annotate(text: string, exclude: Array<{ start: number; end: number }>, shouting: boolean): TermHit[] {
    const hits: TermHit[] = [];
    const sorted = this.matcher.find(text).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    for (const h of sorted) if (!hits.some((k) => k.start < h.end && h.start < k.end)) hits.push({ start: h.start, end: h.end, id: h.value });
    if (!shouting) {
      // Three words in capitals or more in a row are a title in capitals ("PLAN D'ACTION
      // CONJOINT UE"), not acronyms (the glossary's own are found above).
      // A run with an elision or a French word ("D'ACTION", "PLAN", "RELATIF") is a title; one
      // of acronyms only ("DGSI DGSE DRSD", "UE – OTAN – ONU") is a list of acronyms.
      const capitalRuns = [...text.matchAll(CAPITAL_RUN)]
        .filter((m) => /[’']/u.test(m[0]) || m[0].split(/[\s–—-]+/u).some((w) => TITLE_WORDS.has(w)))
        .map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
      // A shouted phrase opening a paragraph, up to its "!" or "?": "PIRE : AUCUNE CONCERTATION !".
      const shouted = SHOUTED_OPENING.exec(text);
      if (shouted) capitalRuns.push({ start: 0, end: shouted[0].length });
      for (const m of text.matchAll(ACRONYM)) {
        let word = m[0];
        const start = m.index!;
        // A system named by an acronym and a word ("FR-Alert", "BE-Alert"), unless the word
        // is a name of its own ("UE-Turquie").
        const suffix = /^-\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/u.exec(text.slice(start + word.length));
        if (suffix && !exclude.some((e) => e.start <= start + word.length + 1 && start + word.length + 1 < e.end)) word += suffix[0];
        const end = start + word.length;
        // Nor a date written in capitals ("12 MARS 2025. — Arrêté royal …").
        if (ROMAN.test(word) || NOT_ACRONYMS.has(word) || CALENDAR_WORDS.has(word.toLowerCase())) continue;
        // A number's prefix ("l'amendement COM-12"), or a word in capitals after a title's
        // elision in capitals ("PROTOCOLE D'ENTENTE", not "L'ANSSI"): no acronyms.
        if (/^-\d/u.test(text.slice(end)) || /\p{Lu}{2,}\s+\p{Lu}['’]$/u.test(text.slice(Math.max(0, start - 40), start))) continue;
        // A paragraph's label, a French word in capitals opening it before a colon: "RÉSUMÉ : …",
        // "SYNTHÈSE : …" (its accent says it is a word; "OCAM : …", "EUROJUST : …" stay acronyms).
        if (/^\s*$/u.test(text.slice(0, start)) && /^\s*:/u.test(text.slice(end)) && /[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]/u.test(word)) continue;
        // A speaker's label in a transcript: "QUESTION. – …", "M. DUPONT. – …".
        if (/^\.\s*[–—-]\s/u.test(text.slice(end))) continue;
        // A mail program's reply and forward marks in a subject: "Objet : TR: …", "RE: TR: …".
        if (/^(?:RE|TR|FW|FWD)$/u.test(word) && text[end] === ':' && /(?:^|:\s*)$/u.test(text.slice(0, start))) continue;
        // The verbs of conclusions in capitals ("INVITE les États membres"), before lower case.
        // So are a resolution's recitals, a participle in capitals opening its paragraph
        // ("CONSIDÉRANT que", "PRENANT NOTE du rapport", "SE FÉLICITANT des", "PRÉOCCUPÉE par").
        const recital = /^(?:\p{Lu}{3,}ANT|\p{Lu}{4,}ÉE?S?)$/u.test(word) && /^\s*(?:\d+\s*[.)]\s*)?(?:SE\s+|S['’])?$/u.test(text.slice(0, start));
        if ((CAPITAL_VERB_WORDS.has(word) || recital) && /^[\s'’]+(?:\p{Ll}|\p{Lu}\p{Ll}|\p{Lu}{2,}[\s'’]+\p{Ll})/u.test(text.slice(end))) continue;
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        if (capitalRuns.some((r) => r.start <= start && end <= r.end)) continue;
        if (text[start - 1] !== '(' && exclude.some((e) => e.start < end && start < e.end)) continue;
        const id = asciiSlug(word.replace(/&/gu, ''));
        if (!id) continue;
        if (!this.info.has(id)) this.info.set(id, { id, term: word, expansion: null, reviewed: false });
        const info = this.info.get(id)!;
        if (!info.reviewed && info.expansion === null && text[start - 1] === '(') info.expansion = expansionBefore(text, start - 1, word);
        hits.push({ start, end, id });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  }
}
