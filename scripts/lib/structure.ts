/**
 * Second pass: read the blocks as a document. The first block is the title; header
 * facts (publication line, authors, place, date, disclaimers, notes) follow it; then
 * the body: headings, paragraphs and (nested) lists. Rules are about the shapes of
 * lines, never about the words of one particular text.
 */
import type { DocumentData, DocumentKind } from '../../src/schemas/document.ts';
import { DANGLING, dropStart, hasInnerCells, splitBlocks, toSource, type ItemBlock, type RemovedLine, type SourceMap, type TextBlock } from './blocks.ts';
import { OPENS_WITH_ACTION_NOUN, columnGaps, opensWithInfinitive } from './commitments.ts';
import { upperFirst } from './fold.ts';
import { splitSentences } from './sentences.ts';
import { SourceError, formatWarning } from './errors.ts';
import { MONTH_NAME, WEEKDAY_NAME, findFullDate } from './french-date.ts';
import type { MarkerMatch } from './list-markers.ts';
import { wordRegex } from './word-regex.ts';
import { OFFICE, TEXT_KINDS } from './annotate/names.ts';
import { isForwardSeparator } from './mail-headers.ts';

/** A heading of the body. */
export interface HeadingNode {
  type: 'heading';
  text: string;
  subtitle: string | null;
  line: number;
  /** Lower is higher in the hierarchy; turned into levels by `structure`. */
  rank: number;
  /** Heading level in the page, 2–6. */
  level: number;
  /** Structural label such as "article-1" or "titre-i", when the heading has one. */
  label: string | null;
  map: SourceMap;
  subtitleMap: SourceMap | null;
}

/** A paragraph of the body. */
export interface ParagraphNode {
  type: 'paragraph';
  text: string;
  line: number;
  /** A decision lead ("… ont décidé :") that introduces the items after it. */
  lead: boolean;
  map: SourceMap;
  /** Quoted with ">", or part of a carried message (see `TextBlock.quoted`). */
  quoted?: boolean;
  /** A line of a carried message's header (see `TextBlock.header`): it commits to nothing. */
  header?: boolean;
}

/** A list item and the list nested under it. */
export interface ItemNode {
  marker: MarkerMatch;
  text: string;
  line: number;
  children: ListNode | null;
  map: SourceMap;
  /** Quoted with ">", or part of a carried message (see `TextBlock.quoted`). */
  quoted?: boolean;
}

/** A list of items sharing a marker family. */
export interface ListNode {
  type: 'list';
  ordered: boolean;
  items: ItemNode[];
}

/** A body node. */
export type BodyNode = HeadingNode | ParagraphNode | ListNode;

/** Header facts as printed (the document model's header). */
export type HeaderFacts = DocumentData['header'];

/** A text read as a document, before commitments and ids. */
export interface StructuredText {
  title: string;
  titleLine: number;
  /** Source offsets of the title (null when the title was shortened from a long first block). */
  titleMap: SourceMap | null;
  header: HeaderFacts;
  /** The header lines with their source offsets, for annotation. */
  headerLines: Array<{ text: string; map: SourceMap }>;
  /** Date found in the header or a closing "Fait à …, le …" line, ISO. */
  date: string | null;
  /** Place found in the header or a closing "Fait à …" line. */
  place: string | null;
  kind: DocumentKind;
  body: BodyNode[];
  removed: RemovedLine[];
  warnings: string[];
}

/** A weekday before a date: "Publié le mardi 10 décembre 2024". */
const WEEKDAY = String.raw`${WEEKDAY_NAME}\s+`;
const PUBLISHED = new RegExp(String.raw`^(?:(?:fil|article|texte|message|billet|page|entretien)\s+)?(?:publi[ée]e?|mis en ligne|diffus[ée]e?|(?:en )?direct\s*[–—:-])(?: le)?\s*:?\s*(?:${WEEKDAY})?\d`, 'iu');
/** The place and date a text was signed at, over its signatures: "Fait à Bruxelles, le …", "Donné à Bruxelles, le …". */
const CLOSING_PLACE = /^(?:fait|donn[ée]|sign[ée])\s+à\s+\p{Lu}/iu;
/** A publication's reference in brackets on a line of its own: the Moniteur belge's "[C − 2025/40873]". */
const BRACKETED_REFERENCE = /^\[[^\][]{1,60}\]$/u;
/** A draft's marking on a line of its own: "PROJET – version 3 du 12 mars 2026 – Diffusion restreinte". */
const DRAFT_MARK = /^(?:projet|draft|document de travail|version de travail)(?:\s*[–—:-]\s*(?:version|v\.?\s*\d|diffusion|confidentiel|non\s+(?:publi|diffus)|[ée]tat au|au\s+\d)[^.;!?]{0,100})?$/iu;
/**
 * A text's number or reference code on a line of its own, over its "Objet :" line:
 * "Résolution n° 4", "Décision n° 12/2025", "GA-2025-93-RES-04", "CM/Rec(2025)7".
 */
const NUMBERED_TEXT = /^(?:r[ée]solution|d[ée]cision|recommandation|d[ée]lib[ée]ration|avis|circulaire|note|directive|instruction)\s+n[°o]\s*[\w/.-]+$/iu;
const REFERENCE_CODE = /^[A-Z]{1,8}(?:[-/]\w{1,10}|\(\d{4}\)\d{1,4}){2,}$/u;
/** Such a line (a header note only over an "Objet :" line: under a title, "Recommandation n° 1" heads its part). */
const referenceLine = (text: string) => NUMBERED_TEXT.test(text) || (REFERENCE_CODE.test(text) && /\d/u.test(text));
/** A page's publication or update line printed under its text. */
const TRAILING_PUBLISHED = /^(?:(?:page |article )?(?:mis|mise) à jour|derni[èe]re (?:mise à jour|modification)(?: de cette page)?|publi[ée]e?)(?: le)?\s*:?\s*(?:\p{L}+\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}(?:,?\s+à\s+\d{1,2}\s*(?:h|:)\s*\d{2})?\.?$/iu;
/** A site's breadcrumb trail above the headline: "Belgique > Société > Migration" (its last step may be the page's own title, colon included). */
const BREADCRUMB = /^[^>›:«»"\n]{1,30}(?:\s+[>›]\s+[^>›:«»"\n]{1,30}){0,4}\s+[>›]\s+[^>›«»"\n]{1,80}$/u;
/**
 * A parliamentary paper's furniture over its title: its number ("N° 912"), the constitution
 * and the legislature or session it belongs to ("CONSTITUTION DU 4 OCTOBRE 1958",
 * "DIX-SEPTIÈME LÉGISLATURE", "SESSION ORDINAIRE DE 2024-2025"). Notes, never its date.
 */
const PAPER_FURNITURE = /^(?:n[°o]\s*\d[\d\s-]*|constitution du \d{1,2}(?:er)? \p{L}+ \d{4}|[\p{L}-]+ l[ée]gislature|session (?:ordinaire|extraordinaire) (?:de )?\d{4}\s*-\s*\d{4})$/iu;
/** A bill's referral to a committee: "(Renvoyée à la commission des lois …)". */
const REFERRAL = /^\((?:renvoy[ée]e?|transmise?)\s+à\s+la\s+commission[^()]*\)$/iu;
/**
 * The day a parliamentary paper was registered: "Enregistré à la Présidence de l'Assemblée
 * nationale le 4 février 2025.", "Document déposé sur le bureau de l'Assemblée nationale le 6
 * octobre 2026" (a budget bill's annex).
 */
const REGISTERED = /^(?:(?:document|projet|rapport|annexe)\s+)?(?:enregistr[ée]e?|d[ée]pos[ée]e?) (?:(?:à|au) la pr[ée]sidence|sur le bureau) (?:de l['’]assembl[ée]e nationale|du s[ée]nat|de la chambre(?: des représentants)?)\s+le\s/iu;
/**
 * A parliamentary paper's filing line under its title, "déposé en application de l'article
 * 145 du Règlement par la commission des lois …, en conclusion des travaux d'une mission
 * d'information sur …" (not a sentence: no full stop at its end; a bill's "présenté au nom de
 * …" is its presenters', an author line).
 */
const FILED = /^d[ée]pos[ée]e?\s+(?:en application d[eu]|par (?:la|le|les))\s.*(?<![.;!?])$/iu;
/**
 * A meeting's line under its body's name: "Réunion du jeudi 5 mars 2026 à Luxembourg",
 * "Séance plénière du 3 juin 2025" (with a full date: what the text records is that day's).
 */
const MEETING = new RegExp(String.raw`^(?:r[ée]union|s[ée]ance|session|rencontre)(?:\s+(?:pl[ée]ni[èe]re|ordinaire|extraordinaire|annuelle|de travail|minist[ée]rielle|informelle))?\s+(?:du|des|tenue?\s+le)\s+(?:${WEEKDAY_NAME}\s+)?\d{1,2}(?:er)?(?:\s*(?:et|[-–]|au)\s*\d{1,2}(?:er)?)?\s+${MONTH_NAME}\s+\d{4}[^:;!?]{0,120}(?<!\.)$`, 'iu');
const NOTE = /^(?:ce contenu a [ée]t[ée] publi[ée]|cette page a [ée]t[ée]|mis à jour le|derni[èe]re mise à jour|article mis à jour)/iu;
const DISCLAIMER =
  /^(?:seul le prononc[ée] fait foi|sous r[ée]serve|texte non officiel|version provisoire|embargo|traduction non officielle|v[ée]rifier au prononc[ée])/iu;
const AUTHOR =
  /^(?:(?:d[ée]claration|communiqu[ée]|discours|intervention|allocution|lettre|tribune|entretien)(?: (?:conjointe?|commune?|de presse))? (?:de|des|du|d['’])\s*|par\s+\p{Lu}|pr[ée]sent[ée]e?s?\s+(?:par|au nom d[eu])\s)/iu;
/**
 * Authors with their affiliations in parentheses, as a study or a brief lists them under its
 * title: "Sophie Marchetti (chercheuse associée, IVSE) et Thomas Verbruggen (ancien officier
 * de liaison …, Université libre de Bruxelles (ULB))". Names only, no sentence around them.
 */
const AFFILIATED_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|van|von|der|den|da|di|le|la|del)\s+)?\p{Lu}[\p{L}'’-]+){1,3}\s*\((?!@)(?:[^()]|\([^()]*\))+\)`;
const AFFILIATED_AUTHORS = new RegExp(`^${AFFILIATED_NAME}(?:\\s*(?:,|et|and)\\s+${AFFILIATED_NAME})*$`, 'u');
/**
 * A presenter's line under a title: a person's name, then their office ("Nathalie Bourgeois,
 * sous-directrice de la coopération opérationnelle"), as on a presentation's first slide
 * or a report's cover; a line, not a sentence ("Jean Dupont, ministre de l'Intérieur, a
 * annoncé …" has a verb and a full stop).
 */
const PRESENTER = new RegExp(
  String.raw`^(?:(?:M\.|Mme|Me|Dr)\s+)?\p{Lu}[\p{L}'’-]+(?:[ -](?:(?:de|du|van|von|le|la|d['’])\s*)?\p{Lu}[\p{L}'’-]+){1,3},\s+(?:(?:la|le|l['’])\s*)?(?:(?:sous|vice)-)?(?:dir\.|${OFFICE})[^.;:!?]*$`,
  'u',
);
const LATE_HEADER = new RegExp(
  String.raw`^(?:[Pp]ubli[ée]e?\s+le\s+(?:${WEEKDAY})?\d|[Mm]is à jour le|[Pp]ar\s+\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|den|der|van|von|du|des|del|da|le|la|d['’])\s*)?\p{Lu}[\p{L}'’-]*){1,3}$)`,
  'u',
);
/**
 * "Bruxelles, le 9 décembre 2022", with a note in parentheses after it ("(OR. en)", the
 * Council's original language) or the hour ("Mouscron, le mardi 8 octobre 2024 – 11 h 30").
 */
const PLACE_DATE = /^(?:[Ff]ait\s+)?(?:à\s+)?(\p{Lu}[\p{L}'’ -]{1,60}?),\s+(?:le\s+)?\S.*\d{4}\.?(?:\s*[–—,-]\s*\d{1,2}\s*h\s*\d{0,2}|\s+à\s+\d{1,2}\s*h\s*\d{0,2})?(?:\s+\([^()]{1,40}\))?$/u;
/**
 * A version's line under a plan's title, with the day it was adopted: "Version 1.2 – adoptée
 * par le comité de direction le 12 janvier 2026" (not a validity or a meeting's date: "en
 * vigueur jusqu'au …", "mise à jour après la réunion du …"). A note, that dates the text only
 * when no date line does.
 */
const VERSION_LINE = new RegExp(String.raw`^(?:version|v\.?)\s*\d+(?:\.\d+)*\s*[–—:,-]\s*(?:adopt|approuv|valid|arr[êe]t)\p{L}*\s+(?:par\s+[^,;.]{1,80}?\s+)?le\s+\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4}[^.;!?]{0,80}$`, 'iu');
/** A full date alone on a line: "27 mai 2026", "Le 27 mai 2026", "mercredi 27 mai 2026". */
const BARE_DATE = new RegExp(String.raw`^(?:le\s+)?(?:${WEEKDAY_NAME}\s+)?\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4}\.?$`, 'iu');
/** A sentence that says the text itself was adopted ("a adopté le rapport", "a adopté le 15 mai 2024 le rapport"). */
const ADOPTED =
  /(?<![\p{L}])(?:a|ont)\s+(?:adopté|approuvé)(?:\s+(?:le|ce)\s+[^,.;]{1,40}?)?\s+(?:le|la|les|ce|cette|ces|son|sa|ses|leur|leurs)\s+(?:présente?s?\s+)?(?:rapport|déclaration|résolution|avis|texte|conclusions|plan|feuille de route|communiqué|programme|stratégie|recommandations|décision)(?![\p{L}])/iu;
/**
 * The day a text's opening paragraph says it was adopted, in its first sentence: "Réunie le
 * mercredi 15 mai 2024, la commission des lois a adopté le rapport …". The date between the
 * verb and its object, else the nearest before the verb.
 */
function adoptionDate(paragraph: string): string | null {
  const sentence = splitSentences(paragraph)[0];
  const opening = sentence ? paragraph.slice(sentence.start, sentence.end) : '';
  const adopted = ADOPTED.exec(opening);
  if (!adopted) return null;
  let date = findFullDate(adopted[0]);
  const clauses = opening.slice(0, adopted.index).split(',');
  while (date === null && clauses.length > 0) date = findFullDate(clauses.pop()!);
  return date;
}
/** A kind of text, then when it was published: "Rapport d'observation publié à Paris … le 17 juin 2025". */
const SELF_PUBLISHED = new RegExp(String.raw`^(?:${TEXT_KINDS.join('|')}|[ÉE]tude|Avis|Synth[èe]se|Bilan)(?![\p{L}])[^.;]{0,60}?(?<![\p{L}])publi[ée]e?s?(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])le\s+(?:${WEEKDAY_NAME}\s+)?\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4}`, 'iu');
/** A notice's field that gives its own date: "VI.5) Date d'envoi du présent avis :". */
const OWN_NOTICE_DATE = /^(?:[IVX]+(?:\.\d+)*\)\s*)?date d['’](?:envoi|expédition) du présent avis\s*:?/iu;
/** A line that says where and when a text was published: "… publiée dans le JO Sénat du 27/06/2024 - page 2815". */
const PUBLICATION_LINE = /(?:^|\s)publiée?s?\s+(?:dans|au)\s+(?:le\s+)?(?:JO|J\.O\.|Journal officiel|Moniteur belge|Mémorial|Bulletin)/iu;
/**
 * A news agency's dateline opening a paragraph: the place (in capitals, or capitalised words
 * and the particles between them), an optional date, the agency, a dash.
 */
const WIRE_DATELINE = /^(\p{Lu}[\p{Lu}'’ -]{1,40}?|\p{Lu}\p{Ll}+(?:[ -](?:\p{Lu}\p{Ll}+|de|du|des|la|le|les|sur|sous|en|lès|d['’]\p{Lu}\p{Ll}+)){0,4})(?:,\s*[^()\n]{1,30}?)?\s*\((?:AFP|Belga|BELGA|Reuters|ANP|DPA|dpa|ATS|EFE|ANSA|AP|APA|PAP|Lusa|Agence Europe)\)\s*[-–—]/u;
/** Words of a place name that stay in lower case inside it ("La Haye", "Saint-Jean-de-Luz"). */
const PLACE_PARTICLES = 'de|du|des|la|le|les|lès|lez|sur|sous|en|et|aux?';
const PLACE_PARTICLE = new RegExp(`^(?:${PLACE_PARTICLES}|d|l)$`, 'u');
/** A place written in capitals in a dateline, as it is usually written ("LA HAYE" → "La Haye"). */
export function placeName(text: string): string {
  if (/\p{Ll}/u.test(text)) return text.trim();
  return text
    .trim()
    .toLowerCase()
    .split(/([\s'’-]+)/u)
    .map((word, i) => (i > 0 && PLACE_PARTICLE.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/**
 * Is the place of a place-date line a place? Forty characters, or up to sixty for a name
 * ("Base aérienne de la Sécurité civile de Nîmes-Garons") with no participle or verb in it:
 * "Réunis à Madrid à l'invitation du ministre espagnol, les ministres ont décidé … 2024."
 * is a sentence.
 */
function placeDate(text: string): RegExpExecArray | null {
  const m = PLACE_DATE.exec(text);
  if (!m) return null;
  const name = m[1]!;
  // (A list of names before the date, or the meeting a text prepares, is no place's: "Contribution
  // de la Belgique, de la France, … en vue du Conseil JAI des 12 et 13 juin 2026".)
  const rest = text.slice(text.indexOf(name) + name.length + 1);
  if (/^\s*(?:de|du|des|d['’])\s/u.test(rest) || /(?<![\p{L}])en vue d/iu.test(rest)) return null;
  if (name.length <= 40) return m;
  const verb = /(?<![\p{L}])\p{Ll}+(?:é|ée|és|ées|is|ise|ises|ant|ent|ont)(?![\p{L}])/u.test(name) || /^\p{L}+(?:é|ée|és|ées|is|ies|ant)(?![\p{L}])/u.test(name);
  return verb || /(?<![\p{L}])(?:face|lors|après|avant|dans|pour|sous)(?![\p{L}])/iu.test(name) ? null : m;
}
/** A place's name in a line: capitalised words, short particles between them ("La Haye", "Saint-Jean de Luz", "Viana do Castelo"). */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|des|la|le|les|sur|en|do|da|dos|das|del|della|di|y|am|an|im)\s+)?\p{Lu}[\p{L}'’-]*){0,3}`;
/**
 * "Adopté à Skopje, le 22 novembre 2019, lors du Forum …", "Adopté à Bruxelles le 5 juin
 * 2025 par les ministres …", "Fait à Paris le 3 mars", "Fait en deux exemplaires originaux à
 * Bruxelles, le …": where and when a text was adopted.
 */
const ADOPTED_AT = new RegExp(String.raw`^(?:[Aa]dopt[ée]e?s?|ADOPTÉE?S?|[Ss]ign[ée]e?s?|SIGNÉE?S?|[Ff]ait|FAIT)(?:\s+en\s+(?:double|triple|deux|trois|quatre|\d+)\s+exemplaires?(?:\s+originaux)?(?:,\s+[^,]{1,80})?,?)?\s+(?:à|À)\s+(?:(\p{Lu}[\p{L}'’ -]{1,40}?),|(${PLACE_NAME}))\s+(?:le|LE)\s+`, 'u');
/** The place an adoption line names: any words before a comma, capitalised words without one. */
const adoptedAt = (text: string): string | null => {
  const m = ADOPTED_AT.exec(text);
  return m ? (m[1] ?? m[2]!).trim() : null;
};
/** The issuer a press release opens with: "Ministère de la Sécurité intérieure", "SPF Intérieur". */
const ISSUER =
  /^(?:Minist[èe]re|SPF|Service public f[ée]d[ée]ral|Zone de (?:police|secours)|Groupement de gendarmerie|Police (?:f[ée]d[ée]rale|locale|nationale|grand-ducale|judiciaire f[ée]d[ée]rale)|Gendarmerie nationale|Gouvernement|Présidence|Cabinet|Chancellerie|Ambassade|Office f[ée]d[ée]ral|D[ée]partement f[ée]d[ée]ral|Pr[ée]fecture|Pr[ée]f[eè]te? (?:de|du|des|d['’])|Secr[ée]tariat d['’][ÉE]tat|(?:S[ée]nat|Assembl[ée]e nationale|Chambre des (?:repr[ée]sentants|d[ée]put[ée]s))(?=\s*$|\s*[—–-]\s*(?:Commission|Délégation|Mission|Comité)(?![\p{L}]))|(?:Le|La) (?:ministre|préfète?|directeur général|directrice générale) (?:de|du|des|d['’])[^.;:!?]{2,100}$)(?![\p{L}])/iu;
/**
 * The kind of release, on its own line: "Communiqué de presse", "Communiqué de presse
 * conjoint", "COMMUNIQUE DE PRESSE n° 145/25", "Note aux rédactions".
 */
const RELEASE = /^(?:communiqu[ée](?: de presse)?(?: conjoint| commun)?(?: de presse)?|note aux r[ée]dactions|information (?:à la )?presse|avis aux m[ée]dias)(?:\s+n[°o]\s*[\d/.-]+)?\.?$/iu;
/**
 * A research body's or an administration's series, ending the issuer's line or on a line of
 * its own: "Institut … (IVSE) – Policy Brief n° 7", "Note d'analyse n° 12", "Working Paper
 * n° 3". The text is its issuer's own, and its title comes under it.
 */
const SERIES = /(?:^|\s[–—-]\s)(?:policy brief|policy paper|working paper|briefing paper|note d['’]analyse|note de recherche|note de synth[èe]se|note de politique|document de travail)\s+n[°o]\s*[\d/.-]+$/iu;
/** A place on a line of its own: capitalised words, the particles between them in lower case ("La Haye", "Villeneuve d'Ascq"; not "Note pour le ministre"). */
const PLACE = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?:[ -](?:\p{Lu}[\p{L}'’-]*|(?:${PLACE_PARTICLES})(?![\p{L}'’])|[dl]['’]\p{Lu}[\p{L}'’-]*)){0,3}$`, 'u');
/** The part of the day of a sitting, on a line of its own under its date ("Après-midi"): a note, not a place. */
const SITTING = /^(?:(?:s[ée]ance (?:du|de l['’]))?(?:matin|apr[èe]s-midi|soir(?:[ée]e)?|nuit)|s[ée]ance (?:publique|pl[ée]ni[èe]re))$/iu;
/** A period on a line of its own: "1er juillet – 31 décembre 2025", "du 1er janvier au 30 juin 2026". */
const PERIOD = new RegExp(String.raw`^(?:du\s+)?\d{1,2}(?:er)?(?:\s+${MONTH_NAME})?(?:\s+\d{4})?\s*(?:[–—-]|au)\s*\d{1,2}(?:er)?\s+${MONTH_NAME}\s+(\d{4})$`, 'iu');
/** A signature's last line: "… Luxembourg, le 14 mars 2025" (the place's words capitalised, particles between them). */
const SIGNED_AT = /(?:^|\s)(\p{Lu}[\p{L}'’-]+(?:[ -](?:(?:de|du|des|la|le|sur|en|lès)[ -])?\p{Lu}[\p{L}'’-]+){0,3}),\s+le\s+(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})$/u;
/**
 * A body's name on a line of its own ("Commission des lois", "Centre de coopération …"): a
 * rubric or an issuer, never a place.
 */
const BODY_LINE = /^(?:Commission|Délégation|Comité|Mission|Direction|Service|Cabinet|Secrétariat|Office|Conseil|Groupe|Centre|Agence|Unité|Autorité|Observatoire|Institut|Organe|Bureau|Haut-Commissariat)(?![\p{L}])/u;
/** A minister's portfolio, not a place: "Sécurité et Intérieur", "Justice et Migration". */
const PORTFOLIO = /^(?:Intérieur|Justice|Sécurité|Migration|Asile|Défense|Santé|Mobilité|Finances|Budget|Affaires|Emploi|Économie|Environnement|Énergie|Climat|Agriculture|Culture|Éducation|Enseignement|Recherche|Travail|Transports|Numérique|Égalité|Logement|Police|Intégration|Douanes)$/u;
/** `BODY_LINE` in any case: "CONSEIL D'ÉTAT", "OFFICE ANTI-STUPÉFIANTS". */
const BODY_LINE_ANY_CASE = new RegExp(BODY_LINE.source, 'iu');
/**
 * A section label of minutes or a report: a capitalised word and up to six lower-case
 * words ("Points abordés", "Décisions / actions", "Protection civile et feux de forêt"),
 * or one of the usual one-word labels, either with a year ("Perspectives 2025", "Chiffres
 * clés 2024") — never a name ("Gérald Darmanin") or a place
 * ("Paris"), nor a sentence (no finite verb: see where it is used).
 */
const SECTION_WORDS =
  'Participants|Présents|Excusés|Décisions|Actions|Conclusions|Recommandations|Contexte|Suivi|Annexes?|Éditorial|Édito|Avant-propos|Préface|Introduction|Sommaire|Synthèse|Perspectives|Résumé|Bilan|Remerciements|Chronologie|Méthodologie|Glossaire|Sources|Bibliographie|Objectifs|Calendrier|Budget|Constats|Constatations|Engagements|Propositions|Préconisations|Orientations|Priorités|Enjeux|Observations|Résultats|Diagnostic|Mesures|Historique|Histoire|Origines|Genèse|Présentation|Fonctionnement|Organisation|Composition|Gouvernance|Missions|Compétences|Membres|Financement|Activités|Évaluation|Critiques|Controverses|Situation|Coordination|Notes';
/** … with its owner: "Engagements de l'OCFI", "Propositions de la Belgique". */
const OWNER = String.raw`(?:\s+(?:de la|de l['’]|du|des|de|d['’])\s*\p{Lu}[\p{L}'’-]*)?`;
const SECTION_LABEL = new RegExp(`^(?:\\p{Lu}\\p{Ll}+(?:\\s+(?:[/&–-]\\s+)?\\p{Ll}[\\p{Ll}'’-]*){1,6}|(?:${SECTION_WORDS})${OWNER})(?:\\s+\\d{4}(?:[-–]\\d{4})?)?$`, 'u');
/** One of the usual one-word section labels ("Éditorial", "Résumé", "Bilan"): never a place. */
const SECTION_WORD = new RegExp(`^(?:${SECTION_WORDS})$`, 'u');
/** A line that someone says, not a label: it opens with a subject pronoun ("Vous annoncez un plan …"). */
const SPOKEN = /^(?:je|j['’]|tu|il|elle|on|nous|vous|ils|elles)(?![\p{L}])/iu;
/** A document-type word: a short line that opens with it is a title, never a masthead ("Déclaration de Luxembourg"). */
const TITLE_WORD =
  /^(?:d[ée]claration|communiqu[ée]|accord|trait[ée]|convention|protocole|conclusions?|plan|feuille de route|programme|m[ée]morandum|lettre|discours|allocution|r[ée]solution|relev[ée]|compte rendu|arrangement|charte|pacte|question|rapport|proposition de (?:loi|r[ée]solution)|projet de loi|ordre du jour|point de situation|note (?:de situation|relative|sur|concernant|verbale|de politique)|expos[ée] d['’]orientation|avis (?:(?:du|de la|de l['’])\s+[^,:;]{2,60}?\s+)?(?:n[°o]\s*)?\d|non-papier|non-paper|aide-m[ée]moire|(?:[ée]valuation|synth[èe]se|bilan)\s+(?:de|des|du|d['’])|retour d['’]exp[ée]rience)(?![\p{L}])/iu;
/** A bare naming of a text's kind: "Déclaration finale", "Communiqué conjoint", "Relevé de conclusions". */
const GENERIC_NAMING = /^(?:d[ée]claration|communiqu[ée]|conclusions|relev[ée] de conclusions|compte rendu|r[ée]solution)(?:\s+(?:finale|commune|conjointe?|de presse|conjoint|politique|ministérielle))?$/iu;
/** A letter's, a circular's or a telegram's field around its subject line: "Copie : …", "NOR : …", "V/Réf. : …", "CLASSEMENT : …", "DIFFUSION : …". */
const LETTER_FIELD = /^(?:copies?|nor|classement|diffusion|(?:notre|votre|nos|vos) r[ée]f[ée]rences?|r[ée]f(?:[ée]rences?)?\.?|v\/\s?r[ée]f\.?|n\/\s?r[ée]f\.?|p\.\s?j\.?|pi[èe]ces? jointes?|affaire suivie par|dossier suivi par)\s*:/iu;
/**
 * A field of an e-mail's header, as a mail program prints it: "De : Weber Marc <…>",
 * "Envoyé : mardi 14 octobre 2025 11:06", "À : …", "Cc : …" (French or English labels);
 * its subject, "Objet : RE: TR: …", is the `TITLE_LABEL`.
 */
const MAIL_FIELD = /^(?:(de|from)|(envoy[ée]|sent|date)|(à|a|to|cc|cci|bcc))\s*:\s*\S/iu;
/** The header fact of an e-mail field: the sender's line, the date, the recipients. */
function mailFact(text: string): 'authorLines' | 'dateLine' | 'addressee' | 'notes' | null {
  const field = MAIL_FIELD.exec(text);
  if (!field || text.length > 300) return null;
  if (field[1]) return 'authorLines';
  if (field[2]) return findFullDate(text) ? 'dateLine' : 'notes';
  return 'addressee';
}
/** A mail program's reply and forward marks before a subject: "RE: TR: Patrouilles …", "Fwd: …". */
const REPLY_MARKS = /^(?:(?:re|tr|fwd?)\s*:\s*)+/iu;
/** The addressee of a letter: "Madame Ursula von der Leyen", "À l'attention de …", "Son Excellence …". */
const ADDRESSEE = /^(?:(?:Madame|Monsieur|Mesdames|Messieurs|Son Excellence)(?![\p{L}])|(?:Note )?[àÀA] l['’]attention (?:(?:de|du|des)(?![\p{L}])|d['’]))/u;
/** A line of a postal address: a street ("Place Beauvau", "126, rue de l'Université", "Rue de la Loi 2"), a postcode and town ("75800 Paris Cedex 08", "B-1000 Bruxelles"), a box. */
const POSTAL = /^(?:\d{1,4}(?:\s?(?:bis|ter)|-\d{1,4})?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|chemin|allée|square|cours|impasse|route|chaussée|rempart|grand-place|grand'place|grand’place)(?![\p{L}])[^.;:!?]{0,80}|(?:hôtel|hotel)\s+(?:de\s+ville|du\s+département|de\s+région|de\s+police|de\s+la\s+préfecture)|(?:[Pp]lace|[Rr]ue|[Aa]venue|[Bb]oulevard|[Qq]uai|[Cc]haussée|[Ss]quare)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)?\p{Lu}[\p{L}'’ -]{0,60}?(?:\s+\d{1,4}[a-z]?)?|(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}'’ -]{1,40}?(?:\s+(?:cedex|CEDEX|Cedex)(?:\s+\d{1,2})?)?(?:\s+\d{1,2})?(?:\s+SP)?|(?:CS|BP)\s+\d{1,6}(?:\s+-\s+.{1,40})?)$/u;
/** A finite verb that makes a line a sentence, not a name or a title. */
const FINITE_VERB = /(?<![\p{L}])(?:est|sont|a|ont|sera|seront)(?![\p{L}])/u;
/**
 * A short name line that may belong to a masthead: a newspaper's ("Le Monde", "La Voix
 * du Nord"), a state's ("République française"), a rubric ("Idées – Tribune"), a place in
 * capitals ("MORTAGNE-DU-NORD"), an addressee's office ("Présidente de la Commission
 * européenne"). No sentence: no final punctuation, at most six words, no verb.
 */
const nameLine = (text: string) =>
  text.length <= 45 && /^\p{Lu}/u.test(text) && !/[.;:,!?]/u.test(text) && text.split(/\s+/u).length <= 6 && !FINITE_VERB.test(text);
/**
 * A short header line between a title and its date line: no final punctuation, no heading,
 * not a byline ("Jean Dupont, correspondant à Bruxelles"), nor a sentence that decides or
 * reports.
 */
const shortLine = (text: string) =>
  text.length <= 150 &&
  !/[.;:!?]$/u.test(text) &&
  headingRank(text) === null &&
  !(LEAD_VERB.test(text) || FINITE_VERB.test(text) || /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+,/u.test(text));
const LEAD_VERB = wordRegex(
  /\b(?:ont|avons|a|sont|sommes)\s+(?:d[ée]cid[ée]e?s?|convenue?s?|arr[êe]t[ée]e?s?|adopt[ée]e?s?)\b|\bd[ée]cid(?:e|ent|ons)\b|\bd[ée]cr[èe]te\b|\bd[ée]clar(?:ent|ons)\b|\bconvien(?:nent)\b|\bconvenons\b|s['’]engag(?:ent|e)\b|\bnous engageons\b|\barr[êe]t(?:e|ent|ons)\b|\badopt(?:ent|ons)\b|\bappel(?:lent|ons)\b|\bdemand(?:ent|ons)\b|\bsouhait(?:ent|ons)\b|\bentend(?:ent|ons)\b|\bpr[ée]voi(?:t|ent)\b|\bmesures suivantes\b|\binvit(?:ent|ons)\b|\bencourag(?:ent|eons)\b|\bexhort(?:ent|ons)\b|\brecommand(?:e|ent|ons)\b|\bpropos(?:ent|ons)\b|\bsugg[èe]r(?:ent|ons)\b|\bsoutiennent\b|\bsoutenons\b|^\W{0,2}recommandation\s*(?:n[°o]\s*)?\d+|\b(?:seront|sont) (?:mises? en (?:œuvre|oeuvre)|prises?|engag[ée]es?)\b|\b(?:est|sont)(?: (?:en outre|également|aussi|donc|instamment|vivement))? (?:invit[ée]e?s?|encourag[ée]e?s?|pri[ée]e?s?|appel[ée]e?s?|incit[ée]e?s?)\s+(?:à|de|d['’])\s*:$|\bil est recommand[ée]\b|\bnous (?:exigeons|réclamons|revendiquons)\b|\b(?:exige|exigent|réclame|réclament)\s*:$/iu,
);
const STRUCTURAL = wordRegex(
  /^(article|art\.|clause|titre|chapitre|section|partie|livre|annexe|point|question|fiche(?:[- ]action)?(?=\s+n[°o]))\s+(?:n[°o]\s*)?(premier|unique|1er|\d+(?:er)?|[IVXLC]+)\b\.?(?:\s*[-–—:.]\s*(\S.*))?$/iu,
);
/** An article's number running into its text: "Article 1er – ", "Art. 2. – ", "Article 3 : ", "Art. 4. (1) …". */
const RUN_IN_ARTICLE = /^((?:Article|Art\.)\s+(?:premier|unique|1er|\d+(?:er)?))(?:\s*\.\s*[-–—]?|\s*[-–—]|\s*:)\s+(?=\S)/u;
const STRUCTURAL_RANK: Record<string, number> = { partie: 1, livre: 1, annexe: 1, titre: 2, chapitre: 3, section: 4, article: 5, 'art.': 5, clause: 5, point: 4, question: 4, fiche: 6 };
/** The rank of an article's heading: a structural heading ranked below it stays in it. */
export const ARTICLE_RANK = STRUCTURAL_RANK.article!;
const ROMAN_HEADING = /^([IVXLC]+)\s*[.)\-–—]\s+(\S.{0,90})$/u;

/** Is this short line written mostly in capitals (a heading such as "DISPOSITIONS GÉNÉRALES")? */
function isUpperLine(text: string): boolean {
  return text.length <= 90 && !/[.;,]$/u.test(text) && mostlyCapitals(text);
}

/** Are four letters of a text in five capitals (and the text four letters long or more)? */
function mostlyCapitals(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 4 && letters.filter((c) => c !== c.toLowerCase()).length / letters.length >= 0.8;
}

/**
 * A Council's operative verb in capitals, in the singular ("INVITE les États membres à :",
 * "ENCOURAGE la Commission à :"): the text's own, where "la demande que …, qui porte sur :" or
 * "le rapport d'Europol, qui encourage les États membres :" report someone else's.
 */
const OPERATIVE_VERB = /(?<![\p{L}])(?:INVITE|ENCOURAGE|EXHORTE|RECOMMANDE|APPELLE|DEMANDE|PRIE)(?![\p{L}])/u;
/** … and one that only opens its paragraph as a verb ("CHARGE le Secrétaire général :", not "PRISE EN CHARGE DES VICTIMES :"). */
export const OPENING_CHARGE = /^\s*(?:\d+\s*[.)]\s*)?(?:CHARGE|MANDATE)\s+(?:\p{Ll}|l['’])/u;

/** A decision lead: a colon-ended sentence whose verb introduces what follows. */
export function isLead(text: string): boolean {
  return /:\s*$/u.test(text) && (LEAD_VERB.test(text) || OPERATIVE_VERB.test(text) || OPENING_CHARGE.test(text));
}

/**
 * A convention's formulas, in capitals or not, that introduce its parties or its articles
 * ("ENTRE :", "ET :", "IL EST CONVENU CE QUI SUIT :"): lines of the text, not headings.
 */
const FORMULA_LINE = /^(?:entre|et|d['’]une part|d['’]autre part|(?:il est|ont|sont) convenu(?:s|es)? (?:de )?ce qui suit|conviennent (?:de )?ce qui suit)\s*[:,]?$/iu;

/** A sentence that introduces the parties listed under it: "Le contrat est conclu entre :". */
const PARTIES_LEAD = /(?:est|sont) (?:conclue?s?|signée?s?|passée?s?|établie?s?) entre\s*:$/iu;
/** Heading rank of a one-line text block, or null when it is not a heading. */
function headingRank(text: string): { rank: number; label: string | null } | null {
  if (FORMULA_LINE.test(text)) return null;
  // A row of a table set out in columns is no heading ("C. Équipement       36 000,00 €").
  if (columnGaps(text) > 0) return null;
  const structural = STRUCTURAL.exec(text);
  // An agenda's "Point 3 – Exercice commun (pour décision)" heads its point; "Point 2 : les
  // patrouilles reprendront." is a sentence. A questionnaire's "Question 3 – Quels exercices
  // … ?" heads its answer.
  const question = structural?.[1]!.toLowerCase() === 'question';
  if (structural && text.length <= (question ? 250 : 160) && !(structural[1]!.toLowerCase() === 'point' && /[.;!?]$/u.test(text)) && !(question && /[.;!]$/u.test(text))) {
    const word = structural[1]!.toLowerCase();
    const number = structural[2]!.toLowerCase().replace(/^(?:premier|1er)$/u, '1').replace(/er$/u, '');
    // (An action sheet, "Fiche action n° 3 : Démantèlement …", heads its fields.)
    const key = word === 'art.' ? 'article' : word.startsWith('fiche') ? 'fiche' : word;
    return { rank: STRUCTURAL_RANK[key] ?? 5, label: `${key}-${number}` };
  }
  if (/^pr[ée]ambule$/iu.test(text)) return { rank: 2, label: 'preambule' };
  if (ROMAN_HEADING.test(text) && !/[.;,]$/u.test(text)) return { rank: 2, label: null };
  // "DÉCIDE :", "ARRÊTE :" over a deliberation's or an order's provisions: a lead, not a heading.
  if (isUpperLine(text) && !isLead(text)) return { rank: 2, label: null };
  // (Not an answer's label: "Réponse :" under its question.)
  if (
    /\s?:$/u.test(text) &&
    !isLead(text) &&
    !/^(?:r[ée]ponses?|questions?)\s*:$/iu.test(text) &&
    !PARTIES_LEAD.test(text) &&
    text.length <= 90 &&
    text.split(/\s+/u).length <= 10 &&
    /^\p{Lu}/u.test(text) &&
    !/[,;.!?]\s/u.test(text)
  ) {
    return { rank: 6, label: null };
  }
  return null;
}

/** Classify a header block, or null when the body has begun. */
function headerFact(text: string): keyof HeaderFacts | 'placeDate' | null {
  if (PUBLISHED.test(text) || (REGISTERED.test(text) && text.length <= 150)) return 'published';
  if (FILED.test(text) && text.length <= 500) return 'notes';
  if (MEETING.test(text)) return 'dateLine';
  if (VERSION_LINE.test(text)) return 'notes';
  if (BRACKETED_REFERENCE.test(text) || DRAFT_MARK.test(text)) return 'notes';
  // A field with its value ("Réf. : …"); a bare "Références :" heads the list under it.
  // (A distribution or a classification lists or marks, it says nothing: "Diffusion : les
  // affiches seront distribuées …" is a sentence.)
  const marking = /^(?:classement|diffusion)\s*:/iu.test(text);
  if (PAPER_FURNITURE.test(text) || REFERRAL.test(text) || (LETTER_FIELD.test(text) && text.length <= 250 && !/:\s*$/u.test(text) && !(marking && (FINITE_VERB.test(text) || /[.!?]$/u.test(text))))) return 'notes';
  if (RELEASE.test(text) || (SERIES.test(text) && text.length <= 160) || (ISSUER.test(text) && text.length <= 120 && !/[.;:]$/u.test(text))) return 'authorLines';
  if (NOTE.test(text)) return 'notes';
  if (BREADCRUMB.test(text)) return 'rubric';
  if (DISCLAIMER.test(text)) return 'disclaimers';
  if ((AUTHOR.test(text) || AFFILIATED_AUTHORS.test(text)) && text.length <= 400) return 'authorLines';
  // One comma only, and no verb: "X, ministre de l'Intérieur, s'engage à …" is a sentence.
  if (PRESENTER.test(text) && text.length <= 160 && !/,[^,]*,/u.test(text) && !FINITE_VERB.test(text)) return 'authorLines';
  // An adoption line is a line, not a sentence of the body ("Signé à Tournai le 3 mars 2025
  // par les deux ministres, l'accord prévoit …."): no full stop at its end.
  if ((placeDate(text) || (ADOPTED_AT.test(text) && text.length <= 250 && !/[.;!?]$/u.test(text))) && findFullDate(text)) return 'placeDate';
  // A period ("1er juillet – 31 décembre 2025") is a note: the text's date comes elsewhere.
  if (PERIOD.test(text)) return 'notes';
  if (text.length <= 40 && findFullDate(text) && text.replace(/[\d\s]/gu, '').length <= 30) return 'dateLine';
  if (SITTING.test(text)) return 'notes';
  // A section's one-word label is no place: "Éditorial", "Introduction".
  if (SECTION_WORD.test(text)) return null;
  if (PLACE.test(text) && text.length <= 40 && !findFullDate(text) && !BODY_LINE.test(text)) return 'placeLine';
  return null;
}

/** An order in the form of an act: "Arrêté n° 2025-147 du 4 juin 2025 portant …", "Ordonnance du …" (not a headline's "Arrêté anti-mendicité"). */
const ORDER = wordRegex(String.raw`^(?:arr[êe]t[ée]\s+(?:n[°o](?=\s*\d)|(?:pr[ée]fectoral|municipal|minist[ée]riel|interminist[ée]riel|du\s+\d{1,2}(?:er)?|portant|relatif)\b)|ordonnance\s+(?:n[°o](?=\s*\d)|(?:du\s+\d{1,2}(?:er)?|portant|relative)\b))`);
/** A government's coalition agreement ("accord de gouvernement", not "de gouvernement à gouvernement"). */
const COALITION = String.raw`(?:de gouvernement(?! à gouvernement)|de coalition|de majorit[ée]|gouvernemental)`;
/** Treaties, agreements, laws and regulations by their title. */
const LEGAL_ACT = wordRegex(String.raw`^(?:trait[ée]|accord(?! ${COALITION})|convention|protocole|loi|d[ée]cret|r[èe]glement|arrangement|avenant)\b`);
/**
 * The authors' own kinds of text: coalition agreements, deliberations and opinions,
 * programmes, letters of intent, activity reports, plans, memorandums, speeches, press
 * conferences, minutes.
 */
const OWN_TEXT = wordRegex(String.raw`^(?:accord ${COALITION}|note verbale|non-papier|non-paper|aide-m[ée]moire|note de politique|expos[ée] d['’]orientation politique|d[ée]lib[ée]ration|programme (?:de la pr[ée]sidence|du gouvernement|national|pluriannuel|op[ée]rationnel|d['’]action)|avis (?:n[°o]|du|sur|relatif)|(?:lettre|d[ée]claration) d['’]intention|rapport (?:annuel|d['’]activit[ée]s?)|plan d['’]action|plan (?:(?:zonal|interzonal|communal|local|r[ée]gional|provincial|national|strat[ée]gique|pluriannuel)\s+)?de (?:s[ée]curit[ée]|pr[ée]vention)(?![^–—]*\s[–—]\s)|feuille de route|programme de travail|m[ée]morandum|discours|allocution|conf[ée]rence de presse|relev[ée] de (?:conclusions|d[ée]cisions)|compte rendu|conclusions|rapport d['’]information|rapport fait au nom|ordre du jour|point de situation|[ée]valuation (?:nationale |annuelle )?de la menace|retour d['’]exp[ée]rience|message vid[ée]o|transcription\s*[–—-]\s*message)\b`);

/**
 * A letter's salutation to an office holder on a line of its own: "Monsieur le Député,",
 * "Mesdames les Ministres, Messieurs les Ministres," (not a bill's or a leaflet's "Mesdames,
 * Messieurs," or "Chers collègues,").
 */
const SALUTATION = /^(?:(?:Madame|Monsieur|Mesdames|Messieurs)\s+(?:la|le|les|l['’])\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}\s*,\s*)+$/u;
/** Any letter's salutation under its addressee: "Monsieur,", "Cher Monsieur le Député,", "Monsieur le Député, cher collègue,". */
const GREETING = /^(?:(?:Cher|Chère|Chers|Chères)\s+)?(?:Madame|Monsieur|Mesdames|Messieurs)(?:\s+(?:la|le|les|l['’])\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3})?\s*,(?:\s*(?:cher|chère)\s+(?:collègue|ami|amie)\s*,)?$/u;

/** Infer the kind of text from its title, header and headings. */
function inferKind(title: string, header: HeaderFacts, body: BodyNode[]): DocumentKind {
  // A line in capitals that names the text right under the header ("DÉCLARATION FINALE",
  // "RELEVÉ DE CONCLUSIONS"), or a subtitle that does ("Déclaration finale"), says what it
  // is, whatever its title.
  // (The first heading, under short lines the header did not take: "27e réunion plénière" /
  // "Longwy, …" / "ORDRE DU JOUR ANNOTÉ".)
  const first = body.slice(0, 5).find((n) => n.type !== 'paragraph' || n.text.length > 120 || /[.!?]$/u.test(n.text));
  const named = first?.type === 'heading' && first.label === null && TITLE_WORD.test(first.text) ? first.text : header.subtitle !== null && GENERIC_NAMING.test(header.subtitle) ? header.subtitle : '';
  const opening = `${title} ${header.authorLines.join(' ')} ${named}`;
  if (wordRegex(/\bcommuniqu[ée]\b/).test(opening)) return 'joint-communique';
  // A letter (it has an addressee) or an administrative text with a subject line ("Objet :")
  // is its signatories' own text, whatever its subject ("Objet : Convention de patrouilles …").
  // (Or a salutation opening its body, "Mesdames les Ministres, Messieurs les Ministres,"
  // under an open letter's title and its "Objet :" line: before any sentence of the body,
  // and not on a press page that quotes a letter.)
  const first12 = body.slice(0, 12);
  const greeting = first12.findIndex((n) => n.type === 'paragraph' && SALUTATION.test(n.text));
  const greets = greeting !== -1 && first12.slice(0, greeting).every((n) => n.type !== 'paragraph' || !/[.!?…»]$/u.test(n.text));
  // (A diplomatic paper's kind before its headline is no press headline's colon: "NON-PAPER — Recrutement … : pour …".)
  const diplomatic = /^(?:non-pap(?:er|ier)|aide-m[ée]moire|note verbale)(?![\p{L}])/iu.test(title);
  const pressSigns = header.published !== null || header.authorLines.some((line) => /^par\s/iu.test(line)) || (/\s:\s/u.test(title) && !diplomatic);
  const letter = header.addressee.length > 0 || header.subjectLine !== null || (greets && !pressSigns);
  const articles = body.filter((n) => n.type === 'heading' && n.label?.startsWith('article-')).length;
  // A treaty, a law or an order by its title (a government's coalition agreement is its
  // programme, not a treaty), or a text of two articles or more. A headline's colon makes an
  // order's title a press article's ("Arrêté anti-mendicité : …"), not a numbered or dated
  // order's ("Arrêté n° 2025-147 du 4 juin 2025 : …").
  // (The Official Journal's masthead over an act is no press page's publication line.)
  const pressTitle = (header.published !== null && !NATIONAL_ACT.test(title)) || (/\s:\s/u.test(title) && !/^\S+\s+(?:n[°o]|du\s+\d)/iu.test(title) && !diplomatic);
  // A record of a debate ("Compte rendu analytique", "Procès-verbal") heads its parts with the
  // articles of the bill it discusses: it is no treaty, its speakers' words are reported.
  const headerText = [title, header.subtitle ?? '', ...header.authorLines, ...header.notes, named].join(' ');
  // (Not a government's own "Compte rendu du Conseil des ministres".)
  const record = wordRegex(/\bcomptes? rendus? (?:analytiques?|int[ée]gra(?:l|ux)|st[ée]nographiques?|des d[ée]bats|de (?:la )?s[ée]ance)\b|\bproc[èe]s-verba(?:l|ux)\b/).test(headerText);
  if (record && !LEGAL_ACT.test(title)) return 'article';
  // (An opinion on a bill examines its articles under their headings: "AVIS 78.412/2 …" / "Article 4".)
  const opinion = !pressTitle && /^avis\s+(?:(?:du|de\s+la|de\s+l['’])\s+[^,:;]{2,60}?\s+)?(?:n[°o]\s*)?\d/iu.test(title);
  if (!letter && !opinion && (LEGAL_ACT.test(title) || (!pressTitle && ORDER.test(title)) || articles >= 2)) {
    return 'treaty';
  }
  // A plan, a roadmap, a memorandum or a speech is the authors' own text — unless a press
  // page reports on it: a byline, a publication line, or a headline with a colon
  // ("Feuille de route : comment Paris veut …", "Discours de politique générale : …").
  // A report that says it publishes itself ("Rapport d'observation publié à Paris … le 17
  // juin 2025") is its issuer's own, whatever its headline (not "Entretien publié le … dans
  // Le Soir", a press page).
  // A research body's series ("Policy Brief n° 7") is its own text, whatever its headline.
  const series = header.authorLines.some((line) => SERIES.test(line));
  // So is a parliamentary paper registered at its assembly ("Enregistré à la Présidence de
  // l'Assemblée nationale le 19 novembre 2025").
  const selfPublished =
    series ||
    (header.published !== null && SELF_PUBLISHED.test(header.published) && /^(?:rapport|[ée]tude|avis|synth[èe]se|bilan|note|livre blanc)(?![\p{L}])/iu.test(header.published)) ||
    (header.published !== null && REGISTERED.test(header.published));
  const pressPage = !selfPublished && pressSigns;
  const ownText = !pressPage && ([title, named].some((line) => OWN_TEXT.test(line)) || opinion);
  if (wordRegex(/\bd[ée]claration\b/).test(opening) || wordRegex(/^(?:conclusions|r[ée]solution|recommandation)\b/).test(title) || ownText || letter || selfPublished) return 'declaration';
  return 'article';
}

/** Group item blocks into nested lists: a new marker family or a deeper indent opens a sub-list. */
function buildList(items: ItemBlock[]): ListNode {
  const root: ListNode = { type: 'list', ordered: items[0]!.marker.ordered, items: [] };
  const stack: Array<{ list: ListNode; family: string; indent: number }> = [
    { list: root, family: items[0]!.marker.family, indent: items[0]!.marker.indent },
  ];
  for (const block of items) {
    const { family, indent } = block.marker;
    // Climb back up to the innermost list of the same family and indent, if any; else nest.
    let level = -1;
    for (let i = stack.length - 1; i >= 0; i--) {
      if (stack[i]!.family === family && Math.abs(stack[i]!.indent - indent) <= 1) {
        level = i;
        break;
      }
    }
    if (level !== -1) {
      stack.length = level + 1;
    } else {
      const parentItem = stack.at(-1)!.list.items.at(-1);
      if (parentItem) {
        const list: ListNode = { type: 'list', ordered: block.marker.ordered, items: [] };
        parentItem.children = list;
        stack.push({ list, family, indent });
      }
    }
    stack.at(-1)!.list.items.push({ marker: block.marker, text: block.text, line: block.line, children: null, map: block.map, ...(block.quoted ? { quoted: true } : {}) });
  }
  return root;
}

/** Turn heading ranks into page levels 2–6, keeping their order. */
function assignLevels(body: BodyNode[]): void {
  const ranks = [...new Set(body.filter((n): n is HeadingNode => n.type === 'heading').map((n) => n.rank))].sort((a, b) => a - b);
  for (const node of body) if (node.type === 'heading') node.level = Math.min(6, 2 + ranks.indexOf(node.rank));
}

type HeaderFact = NonNullable<ReturnType<typeof headerFact>>;

/** A chapter's bare label on a line of its own: "Chapitre III", "Titre II", "Partie 2". */
const CHAPTER_LABEL = /^(?:chapitre|titre|partie|livre|tome)\s+(?:[IVXLC]+|\d{1,3}|premier|unique)\.?$/iu;
/** The label of a letter's subject line, before its colon: "Objet : …", "Concerne : …". */
const TITLE_LABEL = /^(objet|concerne|subject)\s*:\s*/iu;

/** A header line that dates the text: its place and date, a date line, a publication line. */
const datingLine = (b: TextBlock | ItemBlock | undefined) => b?.type === 'text' && ['placeDate', 'dateLine', 'published'].includes(headerFact(b.text) ?? '');
/**
 * A title page's line over its date line (see `structure`): short, no sentence, no date;
 * not an agenda's points nor an attendance list ("Ordre du jour" / "Point 1 – …", "Présents").
 */
const titlePageLine = (b: TextBlock | ItemBlock | undefined) =>
  b?.type === 'text' &&
  b.text.length <= 160 &&
  !/[.;!?]$/u.test(b.text) &&
  !datingLine(b) &&
  !headingRank(b.text)?.label &&
  !/^(?:ordre du jour|pr[ée]sents?|participants?|absents?|excus[ée]s?|[ée]taient pr[ée]sents)(?![\p{L}])/iu.test(b.text);
/** A state's name on a line of its own, as a letterhead sets it. */
const STATE_NAME = /^(?:république française|royaume de belgique|grand-duché de luxembourg|royaume des pays-bas|république fédérale d['’]allemagne|confédération suisse)$/iu;
/**
 * The masthead of a web page, a newspaper page or a letter, above its headline: date and
 * time stamps ("13/11/2024 16:47"), issuers in any case ("MINISTÈRE DE LA JUSTICE"), a
 * newspaper's name and rubric ("Le Monde" / "Idées – Tribune"), a letterhead ("République
 * française" / "Ministère de l'Intérieur"), a place-date line and a letter's addressee
 * ("Madame Ursula von der Leyen" / "Présidente de la Commission européenne"), then the
 * headline — a letter's "Objet : …" line. Each masthead line gets its header fact. Only
 * when a line that nothing but a masthead holds (a date, an issuer, a publication line) is
 * among them, or a byline or publication line follows the headline: a short title line
 * ("Déclaration de Luxembourg") above a date line stays the title.
 */
function readMasthead(blocks: Array<TextBlock | ItemBlock>): { headline: number; facts: HeaderFact[]; untitled: boolean } | null {
  const kinds: Array<HeaderFact | 'name' | 'addressee'> = [];
  /** The block after `k` is a date, a place-date or an addressee line (not a headline). */
  const nextIsHeader = (k: number): boolean => {
    const next = blocks[k + 1];
    if (next?.type !== 'text') return false;
    return ['published', 'dateLine', 'placeDate'].includes(headerFact(next.text) ?? '') || ADDRESSEE.test(next.text);
  };
  /** Block `k` is a title that names its kind of text: "Rapport d'étape sur la mise en œuvre …". */
  const namesText = (k: number): boolean => {
    const block = blocks[k];
    return block?.type === 'text' && block.text.length <= 300 && TITLE_WORD.test(block.text) && !/[.;!?]$/u.test(block.text);
  };
  /** Block `k` is a directorate's or an office's short line: "Office anti-stupéfiants (OFAST)". */
  const directorate = (k: number): boolean => {
    const block = blocks[k];
    return block?.type === 'text' && BODY_LINE.test(block.text) && block.text.length <= 120 && !/[.;:!?]/u.test(block.text) && !FINITE_VERB.test(block.text);
  };
  let strong = false;
  let k = 0;
  for (; k < 20 && blocks[k + 1] && blocks[k]!.type === 'text'; k++) {
    const text = blocks[k]!.text;
    // A letter's "Objet : …" is its headline.
    if ((text.length > (ADDRESSEE.test(text) ? 150 : 80) && !LETTER_FIELD.test(text)) || TITLE_WORD.test(text) || TITLE_LABEL.test(text)) break;
    const fact = headerFact(text);
    // Under the addressee's name, its office, body and address ("Député" / "Assemblée
    // nationale" / "126, rue de l'Université" / "75355 PARIS 07").
    if (kinds.at(-1) === 'addressee' && strong && text.length <= 100 && !GREETING.test(text) && !LETTER_FIELD.test(text) && !/[.;:!?]$/u.test(text) && (fact === null || fact === 'authorLines' || fact === 'notes')) kinds.push('addressee');
    else if (fact === 'published' || fact === 'dateLine' || fact === 'placeDate' || (fact === 'authorLines' && !AUTHOR.test(text))) {
      kinds.push(fact);
      strong = true;
    } else if (directorate(k) && (kinds.at(-1) === 'authorLines' || (kinds.at(-1) === 'name' && kinds.at(-2) === 'authorLines')) && !nameLine(text) && (nextIsHeader(k) || namesText(k + 1) || (directorate(k + 1) && (nextIsHeader(k + 1) || namesText(k + 2))))) {
      // A directorate under its ministry, too long for a rubric: "Ministère de l'Intérieur" /
      // "Direction de la coopération internationale de sécurité (DCIS)", over a date line or
      // over a title that names its kind of text ("Rapport d'étape sur …"); a short
      // directorate's line may come between ("POLICE FÉDÉRALE" / "Direction générale de la
      // police judiciaire" / "Direction centrale … (DJSOC)" / "ÉVALUATION DE LA MENACE 2026").
      kinds.push('authorLines');
    } else if ((ADDRESSEE.test(text) && !/[.;:,!?]$/u.test(text)) || /^[àÀ]$/u.test(text)) kinds.push('addressee');
    // (A letter's references under its issuer and date line too: "N/Réf. : 2026-001874".)
    else if ((LETTER_FIELD.test(text) && (kinds.includes('addressee') || (strong && kinds.includes('authorLines')))) || PAPER_FURNITURE.test(text)) kinds.push('notes');
    // A postal address's lines ("Place Beauvau" / "75800 Paris Cedex 08", "126, rue de
    // l'Université"): the issuer's, or the addressee's under the addressee's name.
    else if (POSTAL.test(text)) kinds.push(kinds.at(-1) === 'addressee' ? 'addressee' : 'notes');
    else if (nameLine(text)) kinds.push(kinds.at(-1) === 'addressee' ? 'addressee' : 'name');
    else break;
  }
  const headline = blocks[k];
  // A letter without a subject line: its masthead runs down to the salutation ("Monsieur le
  // Député,"), which opens the body; the letter has no title line.
  if (strong && headline?.type === 'text' && GREETING.test(headline.text) && kinds.includes('addressee')) {
    return { headline: k, facts: kinds.map((kind): HeaderFact => (kind === 'addressee' ? 'addressee' : kind === 'name' ? 'notes' : kind)), untitled: true };
  }
  // A subject line may end with a full stop ("Objet : Renforcement de la coopération … .").
  if (k === 0 || headline?.type !== 'text' || headline.text.length > 300 || (/[.;:,]$/u.test(headline.text) && !(TITLE_LABEL.test(headline.text) && /[^.]\.$/u.test(headline.text)))) return null;
  const byline = blocks.slice(k + 1, k + 5).some((b) => b.type === 'text' && (LATE_HEADER.test(b.text) || PUBLISHED.test(b.text)));
  // (A state's name alone over the headline is a letterhead's, never a title: "RÉPUBLIQUE
  // FRANÇAISE" / "PROJET DE LOI DE FINANCES POUR 2027".)
  if (!strong && !byline && !(kinds[0] === 'name' && STATE_NAME.test(blocks[0]!.type === 'text' ? blocks[0]!.text : ''))) return null;
  // "XXVIIe Sommet franco-espagnol" / "Perpignan, 9 octobre 2025" / "Déclaration finale": a
  // bare naming of the text's kind is no headline; the occasion named first is the title.
  if (kinds[0] === 'name' && GENERIC_NAMING.test(headline.text)) return null;
  // A name line over an issuer is the letterhead's state; the one right above the headline, a
  // place; the others a rubric, then notes.
  const facts = kinds.map((kind, i): HeaderFact => {
    if (kind === 'addressee') return 'addressee';
    if (kind !== 'name') return kind;
    // (A town hall's or an issuer's name opening a letter's masthead is its issuer: "MAIRIE DE TOURCOING".)
    const text = blocks[i]!.type === 'text' ? blocks[i]!.text : '';
    if (i === 0 && kinds.includes('addressee') && (ISSUER.test(text) || /^(?:mairie|ville|commune|municipalit[ée])\s+(?:de|du|d['’])/iu.test(text))) return 'authorLines';
    if (kinds[i + 1] === 'authorLines') return 'authorLines';
    // (An office under its directorate, with its acronym: "Direction nationale … (DNPJ)" /
    // "Office anti-stupéfiants (OFAST)"; not an assembly's committee, "Sénat" / "Commission des lois".)
    if (kinds[i - 1] === 'authorLines' && BODY_LINE.test(text) && /\(\p{Lu}[\p{Lu}\d&-]{1,9}\)$/u.test(text)) return 'authorLines';
    if (i === kinds.length - 1 && i > 0 && PLACE.test(blocks[i]!.text) && !BODY_LINE.test(blocks[i]!.text)) return 'placeLine';
    // (A seat in capitals under its issuer: "AMBASSADE DE BELGIQUE" / "PARIS".)
    if (kinds[i - 1] === 'authorLines' && i > 0 && /^(?:(?:LA|LE|LES)\s)?\p{Lu}[\p{Lu}'’-]{2,30}$/u.test(text) && PLACE.test(text) && !BODY_LINE_ANY_CASE.test(text)) return 'placeLine';
    return kinds.slice(0, i).includes('name') ? 'notes' : 'rubric';
  });
  return { headline: k, facts, untitled: false };
}

/** A line of the Official Journal's masthead: its name, language, series, the act's number, the day of publication. */
const JOURNAL_LINE = new RegExp(String.raw`^(?:Journal officiel(?: de l['’]Union européenne)?|de l['’]Union européenne|[A-Z]{2}|Série [LC]|(?:[LC]\/)?\d{4}\/\d{1,5}|\d{1,2}\.\d{1,2}\.\d{4}|(?:JORF|Journal [Oo]fficiel de la [Rr]épublique [Ff]rançaise|JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE)(?:\s*[-–—]?\s*[Nn][°o]\s*\d+)?(?:\s+du\s+(?:${WEEKDAY_NAME}\s+)?\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4})?|Texte n[°o]\s*\d+(?:\s+sur\s+\d+)?)$`, 'u');
/**
 * A national act's title with its number and date: "Décret n° 2026-436 du 22 mai 2026 portant
 * publication de l'accord … signé à Tournai le 9 octobre 2025 (1)", "Arrêté du 3 mars 2025
 * relatif à …", "LOI n° 2026-512 du 22 mai 2026 relative à …" (its inner abbreviations, "L.
 * 114-1", "M. Jean DUPONT", kept). As the Official Journal prints it, one line that may run
 * past the length of a headline; the date after "du" is the act's own.
 */
const NATIONAL_ACT = new RegExp(String.raw`^(?:D[ée]cret|DÉCRET|Arr[êe]t[ée]|ARRÊTÉ|Loi|LOI|Ordonnance|ORDONNANCE|R[èe]glement grand-ducal|RÈGLEMENT GRAND-DUCAL)(?:\s+(?:royal|minist[ée]riel|interminist[ée]riel|pr[ée]fectoral|grand-ducal|organique))?(?:\s+n[°o]\s*[\d-]+)?\s+du\s+(\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4})\s+\p{Ll}[^;!?]*(?<![.;])$`, 'u');
/** A closing that gives its day first: "Fait le 22 mai 2026.", "Fait le vendredi 22 mai 2026 à Tournai, en deux exemplaires …". */
const SIGNED_DAY_FIRST = new RegExp(String.raw`^[Ff]ait le\s+(?:${WEEKDAY_NAME}\s+)?(\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4})(?:\s+à\s+(\p{Lu}[\p{L}'’ -]{1,40}?))?\s*(?:,[^;]*)?\.?$`, 'u');
/** The title of an act of the Union: "DÉCISION (UE) 2026/518 DU CONSEIL", "RÈGLEMENT D'EXÉCUTION (UE) …", "RECOMMANDATION DU CONSEIL". */
const EU_ACT = /^(?:D[ÉE]CISION|R[ÈE]GLEMENT|DIRECTIVE|RECOMMANDATION)(?:\s+(?:D['’]EX[ÉE]CUTION|D[ÉE]L[ÉE]GU[ÉE]E?))?(?:\s+\((?:UE|CE|UE,\s*Euratom)\)|\s+(?:DU CONSEIL|DE LA COMMISSION)(?![\p{L}]))/iu;
/** An act's own day in its title: "RECOMMANDATION DU CONSEIL du 12 juin 2026 relative à …". */
const ACT_DAY_IN_TITLE = new RegExp(String.raw`^[^()]{0,60}?\sdu\s+(\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4})`, 'u');
/** A month or a limit in time ("AVANT JUIN", "D'ICI", "EN 2027"): an action item's, no section title's. */
const A_TIME = new RegExp(String.raw`(?<![\p{L}])(?:${MONTH_NAME}|avant|d['’]ici|dès|en \d{4})(?![\p{L}])`, 'iu');
/** A word that joins a line of a title in capitals to the line above: "DU …", "ET DU …", "RELATIVE AU …". */
const TITLE_JOIN = /^(?:DU|DE|DES|D['’]|ET|ENTRE|RELATI(?:F|VE|FS|VES)|SUR|POUR|EN|CONCERNANT|PORTANT|VISANT|À|AU|AUX|CONTRE|DANS|AVEC)(?![\p{L}])/u;
/** A signatory's formula at the head of a signature's column: "Pour le Gouvernement …", "Au nom de …", "Fait à …". */
const SIGNATORY = /^(?:pour|au nom d[eu'’]|par|for|on behalf of|fait à|donn[ée] à|sign[ée] à)(?![\p{L}])/iu;
/** A closing formula right above signatures: "Bien cordialement,", "… l'expression de ma haute considération." */
const CLOSING_FORMULA = /(?:cordialement|salutations(?: \p{L}+)?|(?:haute|tr[èe]s haute|parfaite|meilleure|distingu[ée]e) consid[ée]ration(?: distingu[ée]e)?|respectueusement|sentiments? [^.]{0,40}distingu[ée]s|^(?:bien )?[àa] vous)\s*[,.!]?$/iu;
/** The blocks that `signatureColumns` made of a signature block's columns. */
const signatories = new WeakSet<TextBlock | ItemBlock>();

/**
 * The cells of a line set apart by tabs or by four spaces or more (a PDF's columns), each
 * trimmed, with where it starts and ends in the line; empty ones left out.
 */
function tabCells(text: string): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(/(?:[^\t ]| {1,3}(?=[^\t ]))+/gu)].flatMap((m) => {
    const trimmed = m[0].trim();
    if (trimmed === '') return [];
    const start = m.index + m[0].length - m[0].trimStart().length;
    return [{ text: trimmed, start, end: start + trimmed.length }];
  });
}

/** The map of the part `start`–`end` of a block's text, placed at offset `at`. */
function sliceMap(map: SourceMap, start: number, end: number, at: number): SourceMap {
  return [[at, toSource(map, start)], ...map.filter(([t]) => t > start && t < end).map(([t, from]): [number, number] => [at + t - start, from])];
}

/**
 * Signatures set side by side with tabs, as a word processor aligns them under "Fait à …"
 * ("Pour le Gouvernement⇥⇥Pour le Gouvernement" / "de la République française⇥⇥du Royaume
 * de Belgique" / "Laurent Nuñez⇥⇥Annelies Verlinden"), are no table: each column is a
 * signatory. Their lines are read column after column, each signatory's in turn, a line that
 * goes on in lower case ("de la République française") joined to the one above it. Only
 * rows of two to four short cells without figures (but a place and date), as many in each,
 * under a closing "Fait à …" line or formula, or whose first row opens each column with a
 * signatory's formula ("Pour …", "Au nom de …"): a table's rows are left as they are.
 */
function signatureColumns(blocks: Array<TextBlock | ItemBlock>): Array<TextBlock | ItemBlock> {
  const out: Array<TextBlock | ItemBlock> = [];
  let signing = false;
  const row = (block: TextBlock | ItemBlock | undefined) => {
    if (block?.type !== 'text' || block.span !== 1 || block.quoted || !hasInnerCells(block.text)) return null;
    const cells = tabCells(block.text);
    const short = cells.every((cell) => cell.text.length <= 100 && (!/\d/u.test(cell.text) || CLOSING_PLACE.test(cell.text) || placeDate(cell.text) !== null));
    return cells.length >= 2 && cells.length <= 4 && short ? cells : null;
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const first = row(block);
    const above = blocks[i - 1];
    const closed = signing || (above?.type === 'text' && CLOSING_FORMULA.test(above.text));
    // (A table's header row under the signatures, "Nom⇥Fonction", is one word a cell.)
    if (!first || !((closed && first.every((cell) => /\S\s+\S/u.test(cell.text))) || first.every((cell) => SIGNATORY.test(cell.text)))) {
      if (block.type === 'text' && CLOSING_PLACE.test(block.text)) signing = true;
      if (block.type === 'text' && block.span === 1 && (headingRank(block.text)?.label != null || /^annexes?(?![\p{L}])/iu.test(block.text))) signing = false;
      out.push(block);
      continue;
    }
    // The rows of the block, their cells read once: as many cells in each as in the first.
    const cells = [first];
    for (let next = row(blocks[i + 1]); next !== null && next.length === first.length; next = row(blocks[i + cells.length])) cells.push(next);
    const end = i + cells.length;
    const rows = blocks.slice(i, end) as TextBlock[];
    for (let c = 0; c < first.length; c++) {
      let open: TextBlock | null = null;
      rows.forEach((r, k) => {
        const cell = cells[k]![c]!;
        // A line that goes on in lower case, or after a word no line ends with ("Pour le
        // Gouvernement du" / "Grand-Duché de Luxembourg"), right under the one above, is the same line.
        if (open && k > 0 && !r.afterBlank && (/^\p{Ll}/u.test(cell.text) || DANGLING.test(open.text)) && !/[.;:!?]$/u.test(open.text)) {
          open.map.push(...sliceMap(r.map, cell.start, cell.end, open.text.length + 1));
          open.text += ` ${cell.text}`;
          return;
        }
        open = { type: 'text', text: cell.text, line: r.line, span: 1, afterBlank: k === 0 ? r.afterBlank : true, map: sliceMap(r.map, cell.start, cell.end, 0) };
        signatories.add(open);
        out.push(open);
      });
    }
    i = end - 1;
  }
  return out;
}

/** Read a decoded text as a document. `file` names it in warnings. */
export function structure(text: string, file: string): StructuredText {
  const { blocks, removed } = splitBlocks(text);
  const warnings: string[] = [];
  const header: HeaderFacts = { published: null, dateLine: null, placeLine: null, authorLines: [], disclaimers: [], notes: [], subtitle: null, rubric: null, addressee: [], subjectLine: null };
  let date: string | null = null;
  let place: string | null = null;

  let index = 0;
  if (!blocks[0]) throw new SourceError(file, undefined, 'no text besides web page furniture (share buttons, related links)');
  // A press release opens with its issuer, "Communiqué de presse" and a date, then its
  // headline: the headline is the title, the lines before it header lines.
  // A web page may print its breadcrumb trail above the headline: a header note.
  let crumbs = 0;
  while (blocks[crumbs + 1] && blocks[crumbs]!.type === 'text' && BREADCRUMB.test(blocks[crumbs]!.text)) crumbs++;
  /**
   * The headline after one to three header lines from block `from` (each passing
   * `isHeader`): its index, or null when there are none, more, or the block after them
   * cannot be a headline.
   */
  const headlineAfter = (from: number, isHeader: (text: string) => boolean): number | null => {
    let k = from;
    while (k < from + 4 && blocks[k]?.type === 'text' && isHeader(blocks[k]!.text)) k++;
    const headline = blocks[k];
    return k > from && k < from + 4 && headline?.type === 'text' && headline.text.length <= 250 ? k : null;
  };
  // After a breadcrumb, date and publication lines before the headline are header lines.
  let opening = crumbs > 0 ? (headlineAfter(crumbs, (text) => ['published', 'dateLine', 'placeDate'].includes(headerFact(text) ?? '')) ?? crumbs) : crumbs;
  // The Official Journal's masthead over an act ("Journal officiel de l'Union européenne" /
  // "FR" / "Série L" / "2026/518" / "19.3.2026") is header notes and the publication date:
  // the act's title comes under it.
  let journal = 0;
  if (opening === 0) {
    while (journal < 6 && blocks[journal + 1] && blocks[journal]!.type === 'text' && JOURNAL_LINE.test(blocks[journal]!.text)) journal++;
    if (blocks.slice(0, journal).some((b) => b.type === 'text' && /^(?:Journal officiel|Série [LC]|JORF)/iu.test(b.text)) && blocks.slice(0, journal).some((b) => b.type === 'text' && !/^Texte n/iu.test(b.text))) opening = journal;
    else journal = 0;
  }
  const top = blocks[opening]!;
  // The issuer's name over the release's label, whatever it is ("Europol" / "Communiqué de
  // presse", "Conseil de l'UE" / "Communiqué de presse"): a short line, no sentence.
  const below = blocks[crumbs + 1];
  const namedIssuer =
    opening === crumbs &&
    top.type === 'text' &&
    below?.type === 'text' &&
    RELEASE.test(below.text) &&
    top.text.length <= 120 &&
    !/[.;:!?,]$/u.test(top.text) &&
    !FINITE_VERB.test(top.text) &&
    !TITLE_WORD.test(top.text) &&
    // A name, not a date line ("Paris, le 3 mars 2026") nor a headline ("Réunion des
    // ministres de l'Intérieur du G7"): five words at most, or a name in capitals.
    !['placeDate', 'dateLine', 'published'].includes(headerFact(top.text) ?? '') &&
    (top.text.split(/\s+/u).length <= 5 || mostlyCapitals(top.text));
  let releaseIssuer = false;
  let stateAbove = false;
  // (A state's name may head the issuer's: "RÉPUBLIQUE FRANÇAISE" / "MINISTÈRE DE LA JUSTICE" / date / "Communiqué de presse".)
  const state = opening === crumbs && top.type === 'text' && STATE_NAME.test(top.text) && blocks[crumbs + 2] ? 1 : 0;
  const issuer = blocks[crumbs + state]!;
  if (opening === crumbs && issuer.type === 'text' && issuer.text.length <= 160 && (ISSUER.test(issuer.text) || RELEASE.test(issuer.text) || SERIES.test(issuer.text) || namedIssuer)) {
    const k = headlineAfter(namedIssuer ? crumbs + 1 : crumbs + state, (text) => headerFact(text) !== null);
    // Only with the words "Communiqué de presse" (or the like, or a series: "Policy Brief n°
    // 7") among them: a title that starts with "Présidence …" or "Ministère …" stays the title.
    if (k !== null && blocks.slice(crumbs, k).some((b) => b.type === 'text' && (RELEASE.test(b.text) || SERIES.test(b.text)))) {
      opening = k;
      releaseIssuer = namedIssuer;
      stateAbove = state === 1;
    }
  }
  // A draft's marking over its title: "PROJET – version 3 du 12 mars 2026 – Diffusion
  // restreinte", "DOCUMENT DE TRAVAIL".
  if (opening === crumbs && top.type === 'text' && DRAFT_MARK.test(top.text) && blocks[opening + 1]?.type === 'text') opening++;
  // A body's name over a short line that names the text, no verb or clause in it ("Centre
  // de coopération policière et douanière de Luxembourg" / "Rapport d'activité 2024"), or
  // over a headline the next line dates: its issuer, then its title.
  // (The issuer's division may follow on a line in lower case: "CONSEIL D'ÉTAT" / "section de
  // législation" / "AVIS 78.412/2 DU 14 MARS 2026".)
  const division = blocks[opening + 1]?.type === 'text' && /^\p{Ll}[\p{L}'’ -]{3,60}$/u.test((blocks[opening + 1] as TextBlock).text) && BODY_LINE_ANY_CASE.test(top.type === 'text' ? top.text : '') ? 1 : 0;
  const second = blocks[opening + 1 + division];
  const issuerAbove =
    opening === crumbs &&
    top.type === 'text' &&
    (BODY_LINE.test(top.text) || (division === 1 && mostlyCapitals(top.text))) &&
    top.text.length <= 120 &&
    !/[.;:!?,]$/u.test(top.text) &&
    !FINITE_VERB.test(top.text) &&
    !top.text.includes(':') &&
    second?.type === 'text' &&
    ((second.text.length <= 120 && !/[,;]/u.test(second.text) && !FINITE_VERB.test(second.text.split(':')[0]!) && TITLE_WORD.test(second.text)) ||
      // … or over a headline that a line naming the text's kind dates ("Observatoire citoyen
      // … (OCFI)" / "Contrôler sans protéger : les droits …" / "Rapport d'observation publié
      // à Paris … le 17 juin 2025").
      (second.text.length <= 200 && !/[.;,]$/u.test(second.text) && blocks[opening + 2]?.type === 'text' && SELF_PUBLISHED.test(blocks[opening + 2]!.text)));
  if (issuerAbove) opening += 1 + division;
  const read = opening === 0 ? readMasthead(blocks) : null;
  // (A headline is no field: over "Notre référence : …" and an "Objet :" line, the subject is the title.)
  const headlineBlock = read ? blocks[read.headline] : undefined;
  const masthead = read && !(headlineBlock?.type === 'text' && LETTER_FIELD.test(headlineBlock.text)) ? read : null;
  if (masthead) opening = masthead.headline;
  // An administrative text's "Objet :" line a few short lines down is its title, the lines
  // above it header lines: a deliberation's town, register, sitting, number and attendance
  // ("VILLE D'HALLUIN" / "Séance du 26 septembre 2024" / "Délibération n° 2024-087" / …).
  let subjectBelow = false;
  if (opening === 0 && !masthead && !TITLE_LABEL.test(top.type === 'text' ? top.text : '')) {
    const k = blocks.slice(0, 14).findIndex((b) => b.type === 'text' && TITLE_LABEL.test(b.text));
    const above = blocks.slice(0, Math.max(k, 0)).map((b) => (b.type === 'text' ? b.text : ''));
    // Only over header lines: an issuer, a body's or an addressee's line, a line in capitals or
    // a header fact — not a headline ("Ce que contient la circulaire envoyée aux préfets").
    // (A text that opens on a forwarded message's separator is that message: its fields are its header.)
    const evidence = (line: string) => isForwardSeparator(line) || ISSUER.test(line) || BODY_LINE.test(line) || ADDRESSEE.test(line) || MAIL_FIELD.test(line) || isUpperLine(line) || referenceLine(line) || headerFact(line) !== null;
    if (k > 0 && blocks.slice(0, k).every((b) => b.type === 'text' && b.text.length <= 200 && !/[.!?]$/u.test(b.text)) && evidence(above[0]!) && !FINITE_VERB.test(above[0]!)) {
      opening = k;
      subjectBelow = true;
    }
  }
  // A publication's bracketed reference is no title: the title comes under it.
  while (opening + 1 < blocks.length && blocks[opening]!.type === 'text' && BRACKETED_REFERENCE.test(blocks[opening]!.text)) opening++;
  // A chapter's label over its title, as a report's chapter printed alone opens ("Chapitre
  // III" / "Les centres de coopération policière et douanière : …"), is its rubric.
  const headline = (block: TextBlock | ItemBlock | undefined) => block?.type === 'text' && block.text.length <= 250 && !/[.;!?]$/u.test(block.text);
  const chapter = opening === 0 && blocks[0]?.type === 'text' && CHAPTER_LABEL.test(blocks[0].text) && headline(blocks[1]);
  if (chapter) opening = 1;
  const first = blocks[opening]!;
  let title: string;
  let titleMap: SourceMap | null = null;
  const headerLines: StructuredText['headerLines'] = [];
  /** The block right under the title, which may run over several lines. */
  let afterTitle = opening + 1;
  const act = first.type === 'text' && first.text.length <= 600 ? NATIONAL_ACT.exec(first.text) : null;
  /** The act's own date, from its title: over the Official Journal's date above it, under a date line below it (a release about the act). */
  const actDate = act ? findFullDate(act[1]!) : null;
  if (masthead?.untitled) {
    // (A letter with no subject line: "Lettre à Monsieur Julien VANDEWALLE, Député, Assemblée
    // nationale", from its addressee's lines but the address; the salutation stays in the body.)
    const addressee = blocks
      .slice(0, opening)
      .filter((b, i) => masthead.facts[i] === 'addressee' && b.type === 'text' && !POSTAL.test(b.text))
      .slice(0, 3)
      .map((b) => b.text.replace(/[,.]$/u, '').replace(/^(?:Note\s+)?[àÀA]\s+l['’]attention\s+(?:de\s+|du\s+|des\s+|d['’])/u, ''))
      .filter(Boolean);
    title = addressee.length > 0 ? `Lettre à ${addressee.join(', ')}` : 'Lettre';
    index = opening;
    afterTitle = opening;
  } else if (first.type === 'text' && (first.text.length <= 250 || act)) {
    title = first.text;
    titleMap = first.map;
    index = opening + 1;
    // A title broken after its colon goes on in lower case on the next line ("Les centres …
    // douanière :" / "un outil de proximité dont le pilotage reste à construire").
    /** Take the next block into the title, after a space. */
    const goOn = (next: TextBlock | ItemBlock, separator = ' ') => {
      titleMap = [...(titleMap ?? []), ...next.map.map(([at, from]): [number, number] => [at + title.length + separator.length, from])];
      title = `${title}${separator}${next.text}`;
      index++;
    };
    const rest = blocks[index];
    if (/\s:$/u.test(title) && headline(rest) && /^\p{Ll}/u.test(rest!.text) && rest!.text.length <= 200) goOn(rest!);
    // A title in capitals set over several lines goes on over the next ones in capitals that
    // open with a word joining them to it ("DÉCLARATION CONJOINTE" / "DU GOUVERNEMENT DE LA
    // RÉPUBLIQUE FRANÇAISE" / "ET DU GOUVERNEMENT DU GRAND-DUCHÉ …" / "RELATIVE AU …").
    while (mostlyCapitals(title) && blocks[index]?.type === 'text' && !blocks[index]!.afterBlank && headline(blocks[index]) && mostlyCapitals(blocks[index]!.text) && TITLE_JOIN.test(blocks[index]!.text) && title.length + blocks[index]!.text.length < 300) {
      goOn(blocks[index]!);
    }
    // A parliamentary report's title page sets its title over blank lines ("RAPPORT" / "FAIT" /
    // "AU NOM DE LA COMMISSION DES LOIS … SUR LE PROJET DE LOI relatif à …"); a non-paper's or
    // an aide-mémoire's kind stands over its headline ("NON-PAPER" / "Recrutement de mineurs
    // …": "NON-PAPER — Recrutement de mineurs …").
    const next = blocks[index];
    const after = blocks[index + 1];
    if (/^(?:RAPPORT|AVIS)(?:\s+D['’]INFORMATION)?$/u.test(title) && next?.type === 'text' && /^FAIT$/u.test(next.text) && after?.type === 'text' && /^AU NOM D/u.test(after.text) && after.text.length <= 400) {
      goOn(next);
      goOn(after);
    } else if (/^(?:NON-PAPER|NON-PAPIER|AIDE-M[ÉE]MOIRE|Non-paper|Non-papier|Aide-mémoire)$/u.test(title) && next?.type === 'text' && headline(next) && next.text.length <= 200 && headerFact(next.text) === null) {
      goOn(next, ' — ');
    }
    // An act of the Union goes on with its date and its object on lines of their own
    // ("DÉCISION (UE) 2026/518 DU CONSEIL" / "du 16 mars 2026" / "autorisant certains États
    // membres à conclure …"): one title, dated by its "du …" line.
    const dated = blocks[index];
    const actDate = EU_ACT.test(title) && dated?.type === 'text' && /^du\s/iu.test(dated.text) && dated.text.length <= 40 ? findFullDate(dated.text) : null;
    if (actDate) {
      date = actDate;
      goOn(dated!);
      const object = blocks[index];
      if (object?.type === 'text' && /^\p{Ll}/u.test(object.text) && object.text.length <= 400 && !/[.;!?]$/u.test(object.text)) goOn(object);
    } else if (EU_ACT.test(title)) {
      // Its "du …" line already joined to the title ("RECOMMANDATION DU CONSEIL" / "du 12 juin
      // 2026" / "relative à …"): dated by it all the same, not by the Journal's issue.
      const own = ACT_DAY_IN_TITLE.exec(title);
      const ownDate = own ? findFullDate(own[1]!) : null;
      if (ownDate) date = ownDate;
    }
    afterTitle = index;
  } else {
    title = first.text.length > 120 ? `${first.text.slice(0, 117).trimEnd()}…` : first.text;
    warnings.push(formatWarning(file, first.line, 'no title line: the first line is too long or is a list item, so the title is shortened from it'));
  }
  // A letter's subject line, "Objet : sécurité des ports", is a header line, and what follows
  // its label the title ("Sécurité des ports").
  const labelled = TITLE_LABEL.exec(title);
  if (labelled && titleMap && title.length > labelled[0].length) {
    header.subjectLine = title;
    // An e-mail's subject loses its reply and forward marks ("RE: TR: Patrouilles …").
    const label = labelled[0].length + (REPLY_MARKS.exec(title.slice(labelled[0].length))?.[0].length ?? 0);
    title = upperFirst(title.slice(label).replace(/(?<!\.)\.$/u, ''));
    titleMap = dropStart(titleMap, label);
  }
  // An open letter titled by its kind alone ("LETTRE OUVERTE") names its subject on an "Objet :"
  // line under its addressees: "LETTRE OUVERTE — projet de « … » (STAF)". That line stays in
  // the body, where it is.
  if (/^lettre(?:\s+ouverte)?$/iu.test(title)) {
    const below = blocks.slice(index, index + 14);
    const at = below.findIndex((b) => b.type === 'text' && TITLE_LABEL.test(b.text));
    const subject = below[at];
    if (subject && below.slice(0, at).every((b) => b.type !== 'text' || !/[.!?]$/u.test(b.text))) {
      title = `${title} — ${subject.text.slice(TITLE_LABEL.exec(subject.text)![0].length).replace(/(?<!\.)\.$/u, '')}`;
      titleMap = null;
    }
  }
  const titleLine = first.line;

  // Header facts directly under the title.
  const takeFact = (text: string, fact: NonNullable<ReturnType<typeof headerFact>>): boolean => {
    if (fact === 'placeDate') {
      if (header.dateLine !== null) return false;
      header.dateLine = text;
      place ??= placeDate(text)?.[1]!.trim() ?? adoptedAt(text);
      date ??= findFullDate(text);
    } else if (fact === 'authorLines' || fact === 'disclaimers' || fact === 'notes' || fact === 'addressee') {
      header[fact].push(text);
    } else if (header[fact] === null) {
      header[fact] = text;
      if (fact === 'placeLine') place ??= text;
      else if (fact === 'dateLine') date = findFullDate(text) ?? date;
      else if (fact === 'published') date ??= findFullDate(text);
    } else {
      return false;
    }
    return true;
  };
  // Over a subject line under an addressee, the addressee's lines run to the first date line.
  const firstDateLine = blocks.slice(0, opening).findIndex(datingLine);
  const addresseeEnd = subjectBelow && blocks[0]?.type === 'text' && ADDRESSEE.test(blocks[0].text) ? (firstDateLine === -1 ? opening : firstDateLine) : 0;
  blocks.slice(0, opening).forEach((block, i) => {
    // Over a subject line, the first line is the issuer ("VILLE D'HALLUIN"), not a place; an
    // addressee's lines ("Monsieur Jean Dupont" / "Maire de Halluin" / "59250 Halluin") are
    // the addressee's, up to a date line.
    const read = masthead?.facts[i] ?? (subjectBelow ? mailFact(block.text) ?? (referenceLine(block.text) ? 'notes' : null) : null) ?? headerFact(block.text);
    const addressed = i < addresseeEnd;
    const fact = journal > 0 ? (findFullDate(block.text) ? 'published' : 'notes') : chapter && i === 0 ? 'rubric' : (releaseIssuer || stateAbove) && i === crumbs ? 'authorLines' : isForwardSeparator(block.text) ? 'notes' : addressed ? 'addressee' : (subjectBelow || issuerAbove) && i === 0 && (read === null || read === 'placeLine') ? 'authorLines' : (read ?? (issuerAbove ? 'authorLines' : subjectBelow ? 'notes' : null));
    if (block.type !== 'text') return;
    // A line above the title is never lost: a fact already taken (a second date line) is a note.
    if (!(fact && takeFact(block.text, fact))) takeFact(block.text, 'notes');
    headerLines.push({ text: block.text, map: block.map });
  });
  const datedAbove = date;
  /** Where a title page's lines over its date line end (see below). */
  let titlePageEnd = -1;
  for (; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type !== 'text') break;
    let fact = headerFact(block.text);
    // An e-mail's fields under its subject, as some mail programs print them ("Objet : …" /
    // "À : …"), are its header lines too.
    if (fact === null && header.subjectLine !== null && headerLines.some((line) => MAIL_FIELD.test(line.text))) fact = mailFact(block.text);
    // "Déclaration finale" under the occasion's title and its date line names the text: a subtitle.
    if (GENERIC_NAMING.test(block.text) && header.subtitle === null && headerLines.length > 0) fact = 'subtitle';
    // A line right under the title that says when the text itself was published ("Rapport
    // d'observation publié à Paris … le 17 juin 2025, avec …") is its publication line.
    if (index === afterTitle && !/[.!?]$/u.test(block.text) && SELF_PUBLISHED.test(block.text)) fact = 'published';
    // A lone capitalised word is a place only among other header facts ("Paris" between
    // the author lines and the date line), never a heading ("Préambule", "Article premier").
    // Two capitalised words joined right under the title name its subject, not a place: "NOTE
    // DE POLITIQUE GÉNÉRALE" / "Sécurité et Intérieur".
    if (fact === 'placeLine' && index === afterTitle && header.subtitle === null && /\s(?:et|&)\s/u.test(block.text) && block.text.split(/\s+/u).some((word) => PORTFOLIO.test(word))) fact = 'subtitle';
    if (fact === 'placeLine') {
      const next = blocks[index + 1];
      // A line over a list is its heading ("Prochaines étapes" over its bullets), no place.
      if (next?.type === 'item') fact = null;
      const nextFact = next?.type === 'text' ? headerFact(next.text) : null;
      const among = headerLines.length > 0 || (nextFact !== null && nextFact !== 'placeLine');
      if (!among || headingRank(block.text) !== null) fact = null;
    }
    // A subtitle between the title and the date line ("Sommet franco-italo-espagnol sur la
    // protection civile"): a short line, not a sentence, right above a date; or the rest of
    // the title on a line of its own, starting in lower case ("MÉMORANDUM D'ENTENTE" /
    // "entre le Royaume des Pays-Bas et … relatif à l'échange de données PNR"). A second
    // such line before the date is a note ("Réunion n° 9" / "Genève, Centre de coopération
    // policière et douanière (CCPD)" / "Jeudi 13 octobre 2022, 9 h 30 – 16 h 00").
    if (!fact && (index === afterTitle || (index === afterTitle + 1 && header.subtitle !== null)) && block.text.length <= 300 && !/[.;:!?]$/u.test(block.text) && headingRank(block.text) === null) {
      let j = index + 1;
      if (index === afterTitle && blocks[j]?.type === 'text' && shortLine(blocks[j]!.text) && headerFact(blocks[j]!.text) === null) j++;
      // Its authors' or presenters' lines may stand between it and the date.
      while (j < index + 4 && blocks[j]?.type === 'text' && headerFact(blocks[j]!.text) === 'authorLines') j++;
      const next = blocks[j];
      const dated = datingLine(next);
      // (In capitals too: "AVIS 78.412/2 DU 14 MARS 2026" / "SUR UN AVANT-PROJET DE LOI « … »".)
      const continuesTitle = index === afterTitle && (/^(?:entre|relatif|relative|portant|concernant|sur|en matière|pour|visant|tendant)(?![\p{L}])/u.test(block.text) || (/^(?:ENTRE|RELATIF|RELATIVE|PORTANT|CONCERNANT|SUR|EN MATIÈRE|POUR|VISANT|TENDANT)\s+\p{Lu}{2,}(?:[\s'’-]+\p{Lu}{2,})+(?![\p{Ll}])/u.test(block.text)));
      if ((shortLine(block.text) && dated) || (continuesTitle && !FINITE_VERB.test(block.text) && !LEAD_VERB.test(block.text))) {
        fact = index === afterTitle ? 'subtitle' : 'notes';
      }
    }
    // A title page's lines over its date line, when nothing has dated the text yet: a paper's
    // series, mission, programme and extract ("ANNEXE – MISSION « SÉCURITÉS »" / "PROJET
    // ANNUEL DE PERFORMANCES" / "Programme n° 176 : Police nationale" / "Document déposé sur
    // le bureau de l'Assemblée nationale le 6 octobre 2026"): two short lines or more, no
    // sentence, the date line among the next five. (One line is a subtitle or a byline: see
    // above.)
    if (!fact && index < titlePageEnd) fact = 'notes';
    else if (!fact && date === null && index <= afterTitle + 5) {
      let j = index;
      while (j < index + 5 && titlePageLine(blocks[j])) j++;
      if (j > index + 1 && datingLine(blocks[j])) {
        titlePageEnd = j;
        fact = index === afterTitle && header.subtitle === null ? 'subtitle' : 'notes';
      }
    }
    if (!fact || !takeFact(block.text, fact)) break;
    headerLines.push({ text: block.text, map: block.map });
  }
  // An act's title dates it, unless a line under the title dates the text otherwise (a
  // release about the act): the Official Journal's date above it is the day it was printed.
  if (actDate !== null && date === datedAbove) date = actDate;
  // Press pages often print the byline and publication line under the lead paragraph.
  const late = new Set<number>();
  for (let i = index; i < Math.min(blocks.length, index + 4); i++) {
    const block = blocks[i]!;
    if (block.type !== 'text' || !LATE_HEADER.test(block.text)) continue;
    const fact = headerFact(block.text);
    if (fact && takeFact(block.text, fact)) {
      late.add(i);
      headerLines.push({ text: block.text, map: block.map });
    }
  }
  // A web page's last line, "Mis à jour le 14 novembre 2024" or "Publié le …", under its body:
  // the page's publication line, when its header gave none.
  const last = blocks.length - 1;
  const lastBlock = blocks[last];
  if (last >= index && lastBlock?.type === 'text' && header.published === null && TRAILING_PUBLISHED.test(lastBlock.text) && findFullDate(lastBlock.text) && takeFact(lastBlock.text, 'published')) {
    late.add(last);
    headerLines.push({ text: lastBlock.text, map: lastBlock.map });
  }

  const body: BodyNode[] = [];
  let pendingItems: ItemBlock[] = [];
  const flushItems = () => {
    if (pendingItems.length) body.push(buildList(pendingItems));
    pendingItems = [];
  };
  const rest = signatureColumns(blocks.slice(index).filter((_, i) => !late.has(i + index)));
  /** Whether the signatures have begun. */
  let signing = false;
  rest.forEach((block, i) => {
    const next = rest[i + 1];
    const previous = rest[i - 1];
    if (block.type === 'item') {
      // A short numbered title between paragraphs ("2. Champ d'application") is a heading.
      // So is one over a list of dashes or bullets after a blank line, a report's section
      // ("1. Situation" / "- Incendie déclaré …"): a short noun phrase, no action of its own.
      // Not an action with its details ("1. Création d'une équipe commune d'enquête" / "-
      // basée à Lille"), nor the points a lead introduces ("Les ministres décident :").
      const underLead = () => {
        const lastText = rest.slice(0, i).findLast((b) => b.type === 'text');
        return lastText !== undefined && /:\s*$/u.test(lastText.text);
      };
      const overDashes =
        block.afterBlank &&
        next?.type === 'item' &&
        next.marker.family !== 'number' &&
        !next.afterBlank &&
        block.text.length <= 50 &&
        block.text.split(/\s+/u).length <= 6 &&
        !opensWithInfinitive(block.text) &&
        !OPENS_WITH_ACTION_NOUN.test(block.text) &&
        !FINITE_VERB.test(block.text) &&
        !underLead();
      const headingLike =
        block.marker.family === 'number' &&
        block.text.length <= 70 &&
        /^\p{Lu}/u.test(block.text) &&
        !/[.;,:]$/u.test(block.text) &&
        ((next?.type === 'text' && previous?.type !== 'item') ||
          overDashes ||
          // A numbered section title in capitals after a list of another marker ("– désigner …"
          // / "" / "4. ENQUÊTER ET RÉAGIR"): the list's items do not number it. Four words at
          // most, and no time: "3. DÉSIGNER UN POINT DE CONTACT UNIQUE AVANT JUIN" is an item.
          (next?.type === 'text' &&
            block.afterBlank &&
            isUpperLine(block.text) &&
            block.text.split(/\s+/u).length <= 4 &&
            !A_TIME.test(block.text) &&
            !pendingItems.some((item) => item.marker.family === block.marker.family)));
      if (!headingLike) {
        // A quoted list is not the list of the reply around it.
        if (pendingItems.length > 0 && Boolean(pendingItems[0]!.quoted) !== Boolean(block.quoted)) flushItems();
        // After a blank line, items of another marker at the same indent start a list of
        // their own ("• Selon la police …" after "– renforcer …"), not a sub-list.
        const last = pendingItems.at(-1);
        if (
          last &&
          block.afterBlank &&
          !/:\s*$/u.test(last.text) &&
          !pendingItems.some((item) => item.marker.family === block.marker.family) &&
          block.marker.indent <= pendingItems[0]!.marker.indent
        ) {
          flushItems();
        }
        pendingItems.push(block);
        return;
      }
      flushItems();
      const offset = block.marker.marker.length + 1;
      const map: SourceMap = [
        [0, block.map[0]![1] - offset],
        ...block.map.map(([t, s]): [number, number] => [t + offset, s]),
      ];
      body.push({ type: 'heading', text: `${block.marker.marker} ${block.text}`, subtitle: null, line: block.line, rank: 6, level: 2, label: null, map, subtitleMap: null });
      return;
    }
    flushItems();
    // A line of a carried message's header ("De : …", "Objet : TR: …") is shown as printed:
    // no heading, no lead.
    if (block.header) {
      body.push({ type: 'paragraph', text: block.text, line: block.line, lead: false, map: block.map, quoted: true, header: true });
      return;
    }
    // A signatory's lines read from a signature block's column are a paragraph, whatever their shape.
    if (signatories.has(block)) {
      body.push({ type: 'paragraph', text: block.text, line: block.line, lead: false, map: block.map });
      return;
    }
    // A short label on a line of its own between blank lines ("Points abordés", "Décisions /
    // actions", "Participants"): a heading of minutes and reports.
    // One of the usual section words alone ("Résumé", "Recommandations", "Notes") heads what
    // follows even without a blank line under it.
    const label =
      block.span === 1 && block.afterBlank && ((next?.afterBlank === true && SECTION_LABEL.test(block.text) && !FINITE_VERB.test(block.text) && !SPOKEN.test(block.text)) || (next !== undefined && SECTION_WORD.test(block.text)))
        ? { rank: 6, label: null }
        : null;
    // A run-in article heading: "Article 1er – Des patrouilles mixtes … sont organisées …" is the
    // article's heading, then its first paragraph — a sentence: it opens with a determiner or
    // a pronoun, has a verb, or is long (a short "Article 3 – Champ d'application", "Article
    // 1er – Objet." stays a heading with its title).
    const runIn = RUN_IN_ARTICLE.exec(block.text);
    const runInText = runIn ? block.text.slice(runIn[0].length) : '';
    const sentence = /^(?:Les?|La|L['’]|Un|Une|Des|Chaque|Tout|Toute|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|\(\d+\))(?![\p{L}])/u.test(runInText) || FINITE_VERB.test(runInText) || runInText.split(/\s+/u).length > 8;
    if (runIn && (block.text.length > 160 || (/[.;!?»]$/u.test(block.text) && sentence))) {
      const rank = headingRank(runIn[1]!)!;
      body.push({ type: 'heading', text: runIn[1]!, subtitle: null, line: block.line, rank: rank.rank, level: 2, label: rank.label, map: block.map, subtitleMap: null });
      body.push({ type: 'paragraph', text: runInText, line: block.line, lead: isLead(runInText), map: dropStart(block.map, runIn![0].length) });
      return;
    }
    // Under "Fait à …" / "Donné à …", lines in capitals are the signatories' names ("PHILIPPE",
    // "B. QUINTIN") and "Par le Roi :", not headings.
    // A structural heading after them ("ANNEXE") opens text again.
    if (block.type === 'text' && CLOSING_PLACE.test(block.text)) signing = true;
    const ranked = block.span === 1 ? headingRank(block.text) : null;
    if (ranked?.label != null || /^annexes?(?![\p{L}])/iu.test(block.text)) signing = false;
    // A Markdown "##" heading is one by its mark, whatever its shape ("## Les décisions arrêtées.").
    const marked = block.type === 'text' && block.heading ? { rank: block.heading, label: ranked?.label ?? null } : null;
    const heading = marked ?? (block.span === 1 ? ((signing && ranked?.label === null ? null : ranked) ?? label) : null);
    if (heading) {
      // "TITRE I" / "DISPOSITIONS GÉNÉRALES": a capitalised title line under a structural heading.
      const last = body.at(-1);
      if (last?.type === 'heading' && last.label !== null && last.subtitle === null && heading.label === null && heading.rank !== 6) {
        last.subtitle = block.text;
        last.subtitleMap = block.map;
        return;
      }
      body.push({ type: 'heading', text: block.text, subtitle: null, line: block.line, rank: heading.rank, level: 2, label: heading.label, map: block.map, subtitleMap: null });
      return;
    }
    const last = body.at(-1);
    if (
      last?.type === 'heading' &&
      last.label !== null &&
      last.subtitle === null &&
      !block.afterBlank &&
      block.text.length <= 80 &&
      !/[.;:,!?]$/u.test(block.text) &&
      next !== undefined
    ) {
      last.subtitle = block.text;
      last.subtitleMap = block.map;
      return;
    }
    body.push({ type: 'paragraph', text: block.text, line: block.line, lead: isLead(block.text), map: block.map, ...(block.type === 'text' && block.quoted ? { quoted: true } : {}) });
  });
  flushItems();
  // One to three words in capitals that end the text head nothing: a signature ("MARCILLAC"
  // under a telegram). They stay a line of the text.
  const closing = body.at(-1);
  if (closing?.type === 'heading' && closing.label === null && closing.subtitle === null && /^\p{Lu}[\p{Lu}'’-]*(?:\s+\p{Lu}[\p{Lu}'’-]*){0,2}$/u.test(closing.text)) {
    body[body.length - 1] = { type: 'paragraph', text: closing.text, line: closing.line, lead: false, map: closing.map };
  }
  assignLevels(body);

  // A closing "Fait à Luxembourg, le 14 mars 2019, …" gives place and date when the header did not.
  if (date === null || place === null) {
    for (const node of body) {
      if (node.type !== 'paragraph') continue;
      // (Or the day first, with or without a place: a decree's "Fait le 22 mai 2026.", "Fait le
      // 22 mai 2026 à Tournai, en deux exemplaires …".)
      const dayFirst = SIGNED_DAY_FIRST.exec(node.text);
      const signedAt = dayFirst ? (dayFirst[2]?.trim() ?? null) : /^fait\s/iu.test(node.text) ? adoptedAt(node.text) : null;
      if (!dayFirst && !signedAt) continue;
      // A signature from before the text's own date is another instrument's: the treaty annexed
      // to the decree that publishes it was signed elsewhere ("Fait à Tournai, le 9 octobre
      // 2025"), the decree not (a deliberation signed days after its sitting is its own).
      const signedOn = findFullDate(dayFirst ? dayFirst[1]! : node.text);
      if (date !== null && signedOn !== null && signedOn < date) continue;
      if (signedAt) place ??= signedAt;
      date ??= signedOn;
    }
  }

  // A signature that ends on its place and date ("Nathalie Schaack / Coordinatrice du centre /
  // Luxembourg, le 14 mars 2025", under an editorial or a letter).
  // The last one that does; a field's value is no signature ("Prochaine réunion : Bruxelles,
  // le 3 juin 2025").
  if (date === null) {
    for (const node of [...body].reverse()) {
      const signed = node.type === 'paragraph' && node.text.length <= 200 && !node.text.includes(':') ? SIGNED_AT.exec(node.text) : null;
      const signedDate = signed ? findFullDate(signed[2]!) : null;
      if (!signed || signedDate === null) continue;
      date = signedDate;
      place ??= signed[1]!;
      break;
    }
  }

  // A date alone on its line, as a note or a non-paper signs off ("27 mai 2026" over its
  // annex): the last such line.
  if (date === null) {
    const at = body.findLastIndex((node) => node.type === 'paragraph' && BARE_DATE.test(node.text));
    const annex = body.findIndex((node, i) => i > at && (node.type === 'heading' || node.type === 'paragraph') && /^annexe/iu.test(node.text));
    // (Only at the end or over an annex: not a timeline's last event, a next meeting's date.)
    const closing = at !== -1 && (annex === at + 1 || body.slice(at + 1).every((node) => node.type === 'paragraph' && node.text.length <= 80 && !/[.!?:]$/u.test(node.text)));
    if (closing) date = findFullDate((body[at] as ParagraphNode).text);
  }

  // A period in the header and no other date: its first day ("12 mars – 14 mars 2025").
  if (date === null) {
    const period = header.notes.map((note) => PERIOD.exec(note)).find((m) => m !== null);
    if (period) date = findFullDate(`${period[0].split(/\s*(?:[–—-]|au)\s/u)[0]!.replace(/^du\s+/iu, '')} ${period[1]}`);
  }

  // Still no date: the latest of the text's own publication lines, the title's included
  // ("Réponse du Ministère … publiée dans le JO Sénat du 27/06/2024 - page 2815": a written
  // question's date is its answer's); else one the title gives ("Compte rendu du Conseil
  // des ministres du mercredi 30 août 2023").
  // A notice's own sending date, in its field ("VI.5) Date d'envoi du présent avis" / "02/02/2027").
  if (date === null) {
    const paragraphs = body.flatMap((node) => (node.type === 'paragraph' ? [node.text] : []));
    const field = paragraphs.findIndex((text) => OWN_NOTICE_DATE.test(text));
    if (field !== -1) date = findFullDate(paragraphs[field]!.replace(OWN_NOTICE_DATE, '')) ?? (paragraphs[field + 1] && paragraphs[field + 1]!.length <= 40 ? findFullDate(paragraphs[field + 1]!) : null);
  }
  if (date === null) {
    const lines = [title, ...body.flatMap((node) => (node.type === 'paragraph' ? [node.text] : []))];
    for (const line of lines) {
      if (!line || line.length > 200 || /[.!?]$/u.test(line) || !PUBLICATION_LINE.test(line)) continue;
      const published = findFullDate(line);
      if (published && (date === null || published > date)) date = published;
    }
    if (date === null && title) date = findFullDate(title);
    // Else a line near the top that says when the text itself was published ("Rapport
    // d'observation publié à Paris et à Bruxelles le 17 juin 2025, avec …"): it opens on a
    // kind of text, and is a line, not a sentence.
    for (const node of body.slice(0, 3)) {
      if (date !== null || node.type !== 'paragraph' || /[.!?]$/u.test(node.text) || !SELF_PUBLISHED.test(node.text)) continue;
      date = findFullDate(node.text);
    }
    // Else the day a web page says it was updated ("Mis à jour le 28 octobre 2024"), or a
    // line near the top says a table was ("Comité de pilotage – tableau de suivi mis à jour
    // le 14 mars 2025, à Perpignan").
    for (const note of header.notes) if (date === null && (/^mis à jour le/iu.test(note) || DRAFT_MARK.test(note) || VERSION_LINE.test(note))) date = findFullDate(note);
    for (const node of body.slice(0, 3)) {
      if (date !== null || node.type !== 'paragraph') continue;
      // Or labelled anywhere in such a paragraph: "… Dernière mise à jour : 14 avril 2026, après …".
      const labelled = /(?<![\p{L}])derni[èe]re mise à jour\s*(?::|le)\s*([^,;.]{6,40})/iu.exec(node.text);
      if (labelled) date = findFullDate(labelled[1]!);
      if (date !== null || node.text.length > 200 || /[.!?]$/u.test(node.text) || !/(?<![\p{L}])mise?s? à jour le\s/iu.test(node.text)) continue;
      date = findFullDate(node.text);
    }
    // Else a date line among the short lines under the title, below others that are no
    // header facts ("France – Belgique – Luxembourg" / "27e réunion plénière" / "Longwy, hôtel
    // de ville" / "Jeudi 16 octobre 2025 – 9 h 30"), or under a record's heading in capitals
    // ("COMPTE RENDU INTÉGRAL" / "Commission de l'Intérieur …" / "Mercredi 16 novembre 2022").
    for (const node of body.slice(0, 5)) {
      if (date === null && node.type === 'heading' && node.level <= 2 && node.text.length <= 80) continue;
      if (date !== null || node.type !== 'paragraph' || node.text.length > 120 || /[.!?]$/u.test(node.text)) break;
      if (['dateLine', 'placeDate'].includes(headerFact(node.text) ?? '')) date = findFullDate(node.text);
    }
    // Else the day its opening sentence says it was adopted.
    date ??= adoptionDate(body.find((node) => node.type === 'paragraph')?.text ?? '');
    // Else its closing adoption line, without a place, among its last three: "Adoptée le 26
    // novembre 2025 par 128 voix pour, 3 contre et 11 abstentions." — nothing after its date
    // but its votes (not "Signé le 5 mars 2013 à Tournai, l'accord … organise …").
    for (const node of body.slice(-3).reverse()) {
      if (date !== null || node.type !== 'paragraph') continue;
      const adopted = /^(?:adopt[ée]e?s?|approuv[ée]e?s?)(?:\s+à l['’]unanimité)?\s+le\s+(\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})(?:\s+(?:par\s+\d[^;]{0,80}|à l['’]unanimité))?\.?$/iu.exec(node.text);
      if (adopted) date = findFullDate(adopted[1]!);
    }
  }

  // A wire's dateline, "LA HAYE (Belga) –" or "Rome, 8 févr. 2023 (AFP) –", gives the place
  // when the header did not; news briefs datelined in several cities give none.
  if (place === null) {
    const datelined = new Set(body.flatMap((node) => (node.type === 'paragraph' ? [WIRE_DATELINE.exec(node.text)?.[1]] : [])).filter((p) => p !== undefined).map(placeName));
    if (datelined.size === 1) place = [...datelined][0]!;
  }

  const kind = inferKind(title, header, body);
  if (body.length === 0) warnings.push(formatWarning(file, undefined, 'the text has a title but no body'));
  return { title, titleLine, titleMap, header, headerLines, date, place, kind, body, removed, warnings };
}

