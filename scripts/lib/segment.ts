/**
 * Third pass: find the units that get permanent ids (headings, paragraphs, list
 * items, commitments) and the quotations. Items under a decision lead are
 * commitments that keep the lead as their context; elsewhere, sentences that commit
 * ("Nous nous engageons à …") are marked inside their paragraph.
 */
import type { CommitmentKind, DocumentKind } from '../../src/schemas/document.ts';
import { ACTION_NOUN, OPENS_WITH_ACTION_NOUN, actsAsSubject, isTreatyNorm, opensWithInfinitive, sentenceCommitments, speaksOfItself } from './commitments.ts';
import { foldSameLength } from './fold.ts';
import { MONTH_NAME, MONTH_WORDS } from './french-date.ts';
import { collapseSpace } from './normalise.ts';
import { otherLanguage, type OtherLanguage } from './language.ts';
import { findQuotes } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import type { SourceMap } from './blocks.ts';
import { ARTICLE_RANK, OPENING_CHARGE, isLead, type BodyNode, type ItemNode, type ListNode, type ParagraphNode, type StructuredText } from './structure.ts';
import { sectionKey } from './slug.ts';

/** An annex's title on a line of its own: "ANNEXE", "Annexe II", "Annexe – Liste des points de contact". */
const ANNEX_LINE = /^annexe(?:\s*$|\s+[IVX\d]+\b|\s*[–—:-])/iu;
/** An annex that holds a draft act: "ANNEXE — Projet d'arrangement administratif entre …". */
const ANNEXED_ACT = /^annexe(?:\s+[IVX\d]+)?\s*[–—:-]\s*(?:texte\s+du\s+|projet\s+d['’]|projet\s+de\s+)?(?:arrangement|accord|convention|protocole|m[ée]morandum|avenant)(?![\p{L}])(?![^:]*(?:\s:\s|bilan|état|mise en (?:œuvre|oeuvre)|extraits?|rapport))/iu;
/** A clause's heading inside an act: "1. Champ d'application", "a) …", "Article 3", "Point 2". */
const CLAUSE_HEADING = /^(?:\d+(?:\.\d+)*[.)]?\s|[a-z]\)\s|(?:article|clause|point|paragraphe)\s)/iu;
import { wordRegex } from './word-regex.ts';

/**
 * The label of a numbered action: "Action n° 3 :", "Mesure 2 –", "Action 1.2 :", an operational
 * objective "OO 3.1.2 –" (not a strategic one, nor a budget's "Objectif 2 :"); or of a
 * report's numbered recommendation, a call: "Recommandation n° 1 :", "Proposition 4 –",
 * "R15." — the label in bold or not ("**Recommandation 14.** Fusionner …"), and whom it
 * addresses in parentheses ("Recommandation n° 1 (ministère de l'intérieur, DGDDI) : …").
 */
const ACTION_LINE = /^(?:\*\*|__)?(?:action|mesure|d[ée]cision|t[âa]che|activit[ée]|chantier|objectif\s+op[ée]rationnel|OO|(recommandation|proposition|r(?=\d)))\s*(?:n[°o]\s*)?(?!(?:19|20)\d\d(?!\d))\d+(?:\.\d+)*(?:\*\*|__)?(?:\s*\([^()\n]{1,120}\))?\s*[:.–—-]\s*(?:\*\*|__)?\s*/iu;
/** A plan's title: its activities are what its authors will do ("PROGRAMME DE TRAVAIL 2026", "Plan d'action …", "Feuille de route …"). */
const PLAN_TITLE = /^(?:programme|plan|feuille de route|contrat|strat[ée]gie|sch[ée]ma|agenda|calendrier)(?![\p{L}])/iu;
/** An action reported done: "achevé", "réalisée", "objectif atteint", "a été remise". */
const DONE = /(?<![\p{L}])(?:achev[ée]e?s?|r[ée]alis[ée]e?s?|termin[ée]e?s?|atteinte?s?|a été|ont été|finalis[ée]e?s?)(?![\p{L}])/iu;
/** A plan's field under an action: its deadline, period or deliverable ("Échéance : T2 2026", "Livrable : …"). */
const PLAN_FIELD = /(?:^|\s)(?:[ée]ch[ée]ance|calendrier|p[ée]riode|livrables?|d[ée]lai)\s*:\s*\S/iu;
/** The label of an action sheet's field that holds the action: "Action : au moins deux patrouilles …". */
const ACTION_FIELD = /^(?:actions?|mesures?)\s?:\s+/iu;
/** Whom a recommendation addresses, before its colon: "Aux autorités françaises et belges :". */
const ADDRESSED = /^(?:à|au|aux|à la|à l['’])\s[^:.;]{2,160}?\s:\s*/iu;
/** A subject and its colon over a list of its verbs: "En 2027, la DJSOC :", "Le ministère de l'Intérieur :". */
const SUBJECT_INTRO = /(?:^|[,;]\s*)((?:le|la|les|l['’])\s*\p{L}[^,:;.!?]{0,80}?)\s*:\s*$/iu;
/** An item that opens on its subject's verb in the future: "– publiera au printemps …", "– se réunira …". */
const FUTURE_OPENING = /^(?:(?:y|en|se|s['’]|le|la|les|l['’]|leur|lui)\s*)?\p{Ll}{2,}(?:era|ira|dra|tra|rra|vra|eront|iront|dront|tront|rront|vront)(?![\p{L}])/u;
/**
 * A recommendation's text, under its label on a line of its own ("R1 – Gouvernement
 * fédéral" / "Porter à 250 … le nombre d'enquêteurs …"): what its first sentence asks, by an
 * infinitive, a "should" or "it would be fitting to" ("La création de chambres … devrait être
 * décidée", "Il conviendrait de proposer …"); not a forecast ("devrait doubler", "devrait
 * paraître"), a manner of speaking ("Il conviendrait de noter") or what someone else says
 * ("selon la chancellerie").
 */
const RECOMMENDS = new RegExp(
  String.raw`^(?:[^.;!?]*?(?<![\p{L}])devrai(?:en)?t(?:\s+(?:donc|aussi|également|notamment|en outre|par ailleurs|rapidement|prioritairement))?\s+(?:(?:se|s['’]|y|en|leur|lui|les|la|le|l['’])\s*)?(?:être\s+\p{Ll}+(?:ée?s?|ie?s?|ue?s?|te?s?)|(?!(?:être|avoir|pouvoir|paraître|rester|demeurer|devenir|augmenter|baisser|diminuer|doubler|tripler|progresser|croître|reculer|évoluer|atteindre|durer|coûter|intervenir|aboutir|arriver|suffire)(?![\p{L}]))\p{Ll}+(?:er|ir|re|oir))(?![\p{L}])|\s*il\s+(?:conviendrait|convient|importe(?:rait)?|est recommandé|serait (?:souhaitable|utile|opportun|nécessaire))\s+(?:de\s+|d['’])(?!(?:noter|rappeler|souligner|préciser|constater|observer|signaler|relever)(?![\p{L}]))|\s*il\s+faudrait\s+(?:(?:se|s['’]|y|en)\s*)?\p{Ll}+(?:er|ir|re|oir)(?![\p{L}]))`,
  'iu',
);
/** An office a speaker's label may give instead of, or before, a name ("M. le président …"). */
const LABEL_OFFICE = String.raw`(?:président|présidente|ministre|rapporteur|rapporteure|commissaire|directeur|directrice|secrétaire d['’]État)`;
/** Capitalised words that open a sentence, not a name ("Pour la France : …", "Donc …"). */
const NOT_A_NAME = String.raw`(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Dd]es|LES?|LA|UNE?|DES|Pour|Par|En|Dans|Sur|Avec|Selon|Après|Avant|Pendant|Depuis|Donc|Mais|Et|Ou|Enfin|Ensuite|Puis|Alors|Ainsi|Premièrement|Deuxièmement|Troisièmement)`;
/**
 * A speaker's label opening a paragraph of a transcript: a name and a colon ("Vincent
 * Dehaene : "), or a name and a full stop before a dash ("M. DUPOND-MORETTI. – "), the name
 * perhaps after an office ("M. le président Jean Castelnau. –") and before an apposition
 * ("M. Paul Vernier, directeur général … –", "Mme Sophie Marchand (groupe …). –"); or an
 * office alone ("Mme la présidente. –", "Le ministre :"); in the Belgian Chamber's record,
 * after the turn's number ("01.02 Annelies Verlinden, ministre: "). Never a sentence's subject ("La
 * France – et la Belgique – s'engagent …", "Pour la France : …"); every word of the name a
 * capital, but for a particle ("Donc je le dis clairement : …" is no label).
 */
const SPEAKER_LABEL = new RegExp(
  String.raw`^(?:\d{2}(?:\.\d{2})+\s+)?((?:M\.|Mme)\s+(?:le|la)\s+${LABEL_OFFICE}(?!\s+\p{Lu})|(?:Le|La)\s+${LABEL_OFFICE}(?!\s+\p{Lu})|(?!${NOT_A_NAME}\s)(?:(?:M\.|Mme)\s+)?(?:(?:le|la)\s+${LABEL_OFFICE}\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|van|von|der|den|da|di|del|le|la)\s+)?\p{Lu}[\p{L}'’-]*){0,3})(?:\s*\([^()]{1,80}\)|,\s+\p{Ll}[^.:;!?()]{1,100}?)?\s*(?::|\.\s*[–—]\s)\s*`,
  'u',
);
/**
 * The National Assembly's record labels a turn with the honorific, the name or office and a
 * full stop, the speech following on the same line: "M. Jean Carrouget. Monsieur le
 * ministre, …", "M. Laurent Mérignac, ministre de l'intérieur. Monsieur le député, …",
 * "Mme la présidente. La parole est à …". Only with the honorific, an office without a
 * comma or a verb, and in a house record (see HOUSE_RECORD).
 */
const HOUSE_LABEL = new RegExp(
  String.raw`^((?:M\.|Mme)\s+(?:(?:le|la)\s+${LABEL_OFFICE}|\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|van|von|der|den|da|di|del|le|la)\s+)?\p{Lu}[\p{L}'’-]*){0,3}))(?:,\s+(?!(?:[^.,]*\s)?(?:a|ont|est|sont|avait|était)\s)\p{Ll}[^.,:;!?()]{1,100}?)?\.\s+(?=\p{Lu})`,
  'u',
);
/** A house record: its chair hands the floor ("Mme la présidente. La parole est à …"). */
const HOUSE_RECORD = /^(?:M\.|Mme)\s+(?:le|la)\s+(?:président|présidente)\.\s|(?<![\p{L}])[Ll]a parole est à(?![\p{L}])/u;
/** Labels that name no one: the journalist's questions, a document's field labels. */
const NOT_SPEAKER = /(?<![\p{L}])(?:journaliste|question|q|r|réponse|objet|responsable|échéance|action|mesure|décision|article|annexe|point|note|contexte|source|lieu|date|calendrier|traité|union|conseil|commission)(?![\p{L}])/iu;
/** A label that hands the floor to no one in particular: the journalist, a question from the floor. */
const ASKS = /^(?:(?:le |la )?journaliste|question|q|réponse|r)\s*(?::|\.\s*[–—]\s)/iu;
/** The speaker a paragraph's label names, if it is a person (see SPEAKER_LABEL). */
function labelSpeaker(text: string, house = false): string | null {
  const label = SPEAKER_LABEL.exec(text)?.[1] ?? (house ? HOUSE_LABEL.exec(text)?.[1] : undefined);
  if (!label || NOT_SPEAKER.test(label)) return null;
  // A person: an honorific, two words or more, or a surname in capitals — not a bullet's
  // label ("Sanctions : la Commission présentera …").
  const named = /^(?:M\.|Mme)\s/u.test(label) || /\s/u.test(label) || /^\p{Lu}{3,}(?:-\p{Lu}+)*$/u.test(label);
  if (!named) return null;
  // "M. le président Jean Castelnau" is Jean Castelnau; "Mme la présidente" her office.
  return label.replace(/^(?:M\.|Mme)\s+/u, '').replace(new RegExp(String.raw`^(?:le|la)\s+${LABEL_OFFICE}\s+(?=\p{Lu})`, 'u'), '');
}
/** A sentence that goes on about the one before: "Ces patrouilles …", "Il ne se substitue pas …". */
const ANAPHORIC = /^(?:ce|cet|cette|ces|il|elle|ils|elles)(?![\p{L}])/iu;
/** A lead that adopts or declares a text: "Adoptent la déclaration suivante :", "… déclarent ce qui suit :". */
const INTRODUCES_TEXT = /(?:(?:adopt|approuv)\p{L}*\s+(?:la|les|le)\s+(?:d[ée]claration|conclusions|texte|communiqu[ée]|r[ée]solution)\s+suivante?s?|d[ée]clar\p{L}*\s+ce qui suit)\s*:\s*$/iu;
/**
 * A heading over the actions still to come ("Prochaines étapes (1/3)", "À venir", "Actions à
 * mener", "Suites à donner", "Calendrier"; not "Prochaines étapes : bilan"): it governs the items of its lists
 * that open with an infinitive ("• Déployer deux patrouilles mixtes … d'ici le 1er septembre"),
 * as a lead would; not its other items ("– Pilote : PAF").
 */
const NEXT_STEPS = /^(?:\d+(?:\.\d+)*\.?\s+|[IVX]+\.\s+)?(?:prochaines? [ée]tapes?|[àa] venir|actions?(?: en cours\s*(?:[/,&]|et|ou)\s*)? [àa] (?:mener|venir|engager|conduire)|actions? en cours\s*(?:[/,&]|et|ou)\s*[àa] venir|mesures? [àa] (?:prendre|venir)|suites? [àa] donner|prochaines? [ée]ch[ée]ances?|calendrier(?: (?:de mise en (?:œuvre|oeuvre)|pr[ée]visionnel))?)(?![\p{L}])(?![^:]*:\s*\p{L})/iu;
/**
 * A heading or a slide's title over what is done or only considered ("Pistes à l'étude (non
 * arbitrées)", "Bilan", "Actions menées", "Réalisations"): the actions listed under it, in
 * a table or not, are no one's decisions.
 */
const UNDECIDED = /(?<![\p{L}])(?:pistes?|[àa] l['’][ée]tude|non arbitr[ée]e?s|options?|bilan|r[ée]alisations?|r[ée]alis[ée]e?s|actions? men[ée]es|[ée]tat d['’]avancement|rappels?)(?![\p{L}])/iu;

/**
 * A step named by a noun rather than a verb, with its time: "Renfort du CCPD : + 4 ETP dès
 * janvier 2026", "Bilan d'étape présenté au comité stratégique de décembre". Under a heading
 * over next steps, such a top-level item is a decision too.
 */
const STEP_NOUN = /^\p{Lu}\p{Ll}+(?![\p{L}])/u;
const STEP_TIME = new RegExp(String.raw`(?<![\p{L}])(?:${MONTH_NAME}|printemps|été|automne|hiver|semestre|trimestre|d['’]ici|dès)(?![\p{L}])`, 'iu');
/** A remark's label ("Rappel :", "Point d'attention :") or a finite verb: a statement, not a step. */
const REMARK_LABEL = /^(?:rappel|point d['’]attention|attention|nb|n\.b\.|note|remarque|pour m[ée]moire|constat|contexte)\s*:/iu;
/** A finite "avoir" or "être", in lower case: "Grand Est", "la zone Est" are names. */
const BE_OR_HAVE = /(?<![\p{L}\d])(?:a|ont|est|sont|était|étaient|avait|avaient|n['’]est|n['’]a)(?![\p{L}\d])/u;
const notAStep = (text: string) => REMARK_LABEL.test(text) || BE_OR_HAVE.test(text);
/** A telegraphic item that says what is (a remark's label, a finite verb), not what is to be done. */
const statement = (text: string) => notAStep(text) || FINITE_VERB_INSIDE.test(text);
/** Whether a text names a year before the document's (or any year, when its own is unknown). */
const pastYear = (text: string, year: number | null) => [...text.matchAll(/(?<!\d)(20\d\d)(?!\d)/gu)].some((y) => year === null || Number(y[1]) < year);
/**
 * Whether a nominal item names its time, ahead: a month, a season, "d'ici", "dès", and no
 * year before the text's ("Renfort du CCPD : + 4 ETP dès janvier 2026", not "Création d'une
 * cellule commune en mars 2022" in a text of 2025); nor a statement ("Rappel : le comité de
 * janvier 2025 a validé …").
 */
const datedStep = (text: string, year: number | null) => {
  if (!STEP_NOUN.test(text) || notAStep(text) || pastYear(text, year)) return false;
  return /(?<!\d)20\d\d(?!\d)/u.test(text) || STEP_TIME.test(text);
};

/** A time gone by: "hier soir", "depuis 6 h ce matin", "de la nuit dernière" — what it dates is done. */
const PAST_TIME = /(?<![\p{L}])(?:hier|avant-hier|depuis|ce matin|cette nuit|la veille|(?:la |cette )?nuit derni[èe]re|(?:la )?semaine derni[èe]re|le mois dernier)(?![\p{L}])/iu;
/** Captions over facts, figures, a SWOT's quarters ("Menaces") or what is not to be said: nothing under them is announced. */
const NOT_ANNOUNCED = /(?<![\p{L}])(?:contexte|chiffres?(?: cl[ée]s)?|rappels?|historique|chronologie|ne pas dire|constats?|difficult[ée]s|actions? (?:engag[ée]es|accomplies)|acquis|moyens engag[ée]s)(?![\p{L}])|^(?:menaces?|faiblesses?|opportunit[ée]s|atouts?)\s*:?$/iu;
/**
 * The kind of a telegraphic item that names an action by its noun (see `ACTION_NOUN`), with
 * no finite verb and no year before the text's; null for any other item.
 */
const nominalStep = (text: string, year: number | null): CommitmentKind | null => {
  const m = ACTION_NOUN.exec(text);
  if (!m || statement(text) || pastYear(text, year) || PAST_TIME.test(text)) return null;
  return m[2] ? 'call' : m[3] ? 'support' : 'decision';
};
/** An item's end that announces the means of its action: "…, en particulier par :", "notamment :", "au moyen de :". */
const MEANS_FOLLOW = /(?<![\p{L}])(?:par|notamment|en particulier|au moyen d[e'’]|gr[âa]ce [àa]|via|moyennant)\s*:\s*$/iu;
/**
 * A caption over the measures a text announces or decides ("Parmi les mesures annoncées :",
 * "Les principales mesures", "Mesures retenues", "Engagements") — each item of the lists
 * right under it, up to the next paragraph, is one of them, whatever its form: "la
 * création, d'ici la fin de l'année, d'une équipe commune", "des patrouilles mixtes dans les
 * ports", "une cellule commune d'analyse". Not someone else's ("Décisions de la Cour de
 * cassation"). Under the authors' demands or proposals ("NOS REVENDICATIONS :", "Nos
 * propositions"), each item is a call.
 */
const MEASURES = /^(?:parmi\s+)?(?:(?:les\s+)?(?:principales\s+|nouvelles\s+)?(?:mesures|engagements|d[ée]cisions)|(?:nos|notre)\s+(?:\d+\s+|principales\s+)?(?:revendications|demandes|propositions|exigences))(?:\s+(?:annonc[ée]es|pr[ée]vues|retenues|d[ée]cid[ée]es|arr[êe]t[ée]es|adopt[ée]es|phares|cl[ée]s|principales))?\s*:?\s*$/iu;
/** The kind of an item under a caption over measures (see `MEASURES`); null for a fact or a figure. */
const measureStep = (caption: string, text: string, year: number | null): CommitmentKind | null => {
  if (statement(text) || pastYear(text, year) || /^\d/u.test(text)) return null;
  return /annonc/iu.test(caption) ? 'announcement' : /revendications|demandes|propositions|exigences/iu.test(caption) ? 'call' : 'decision';
};
/** A calendar's line: "Mai 2024 : installation de l'unité …", "12 juin 2024 : premier comité", "Juillet-août 2024 : …". */
const CALENDAR_LINE = new RegExp(String.raw`^(?:(\d{1,2})(?:er)?\s+)?(${MONTH_NAME})(?:\s*[-–]\s*${MONTH_NAME})?\s+(\d{4})\s*:\s*\S`, 'iu');
/**
 * A calendar's line under a heading over what is to come ("Calendrier", "Prochaines étapes")
 * that dates a step on or after the document's date, named without a finite verb: a decision
 * ("Mai 2024 : installation de l'unité", not "3 avril 2024 : signature …" in a text of 15
 * April, nor "Juin 2024 : la réunion a été reportée").
 */
const calendarStep = (text: string, date: string | null): boolean => {
  const m = CALENDAR_LINE.exec(text);
  if (!m || date === null || statement(text)) return false;
  const month = MONTH_WORDS.indexOf(m[2]!.toLowerCase()) % 12 + 1;
  const when = `${m[3]}-${String(month).padStart(2, '0')}-${m[1] ? m[1].padStart(2, '0') : '31'}`;
  return when >= date;
};
/** A telegraphic item that opens with a bare infinitive ("Renforcer le renseignement commun …"). */
const infinitiveStep = (text: string, year: number | null) => opensWithInfinitive(text) && !notAStep(text) && !pastYear(text, year);
/**
 * The lead of a provision an amendment or a bill inserts or rewrites, naming it: "Après
 * l'article 12, insérer l'article suivant :", "L'alinéa 2 est ainsi rédigé :" (not a press
 * article's "Et d'ajouter :" before a quotation).
 */
const INSERTS = /(?:ins[ée]rer|ajouter|compl[ée]t[ée]e? par|ainsi r[ée]dig[ée]e?s?|r[ée]dig[ée]e?s? comme suit|remplac[ée]e?s? par)[^.;]{0,80}:\s*$/iu;
const PROVISION = /(?<![\p{L}])(?:articles?|alin[ée]as?|paragraphes?|phrases?|mots|dispositions?|sections?|chapitres?|titres?|[IVX]+\s+de\s+l['’]article)(?![\p{L}])/iu;
/** A finite verb inside a telegraphic item makes it a sentence ("… a été signée", "… seront"; "été" after an auxiliary only: not the summer, "d'ici l'été", "Été 2026 :"). */
const FINITE_VERB_INSIDE = /(?<![\p{L}])(?:sera|seront|serait|seraient|(?<=(?:a|ont|avait|avaient|aura|auront|aurait|auraient|avoir|ayant)\s+(?:\p{L}+\s+)?)été|fut|furent|avons|avez|ont|vont|va|doit|doivent|peut|peuvent)(?![\p{L}])/iu;

/** A table cell that says an action is still to be done. */
const PENDING_STATUS = /^(?:en cours|à lancer|à venir|à engager|à programmer|prévue?s?|planifiée?s?|programmée?s?|en préparation|non (?:engagée?|commencée?|démarrée?|lancée?))(?![\p{L}])/iu;
/** A table cell that says an action is done or dropped. */
const ROW_STATUS = /^(?:r[ée]alis[ée]e?s?|fait|faite|termin[ée]e?|achev[ée]e?|abandonn[ée]e?|report[ée]e?|clos|close|sans objet)(?![\p{L}])/iu;
/**
 * The action of a table row, written with pipes as tables look once copied out of a document
 * or written in Markdown ("| 2.1 | Constituer une équipe commune d'enquête … | OFAC / FCCU |
 * T3 2025 |"), or with tabs as a spreadsheet exports them: from the first cell that opens
 * with an infinitive to the end of the row's last filled cell. Null for a header row, a
 * separator ("|---|---|"), a row going on from the one above ("|     | entre les trois
 * centres … | CIRCL | |") and any other paragraph.
 */
export function actionCell(text: string): { start: number; end: number } | null {
  if (!isTableRow(text) || isPipeDelimiter(text)) return null;
  const cells = tableCells(text);
  // A status column says the action is done or dropped ("Réalisé en 2023", "Abandonné").
  if (cells.some((cell) => ROW_STATUS.test(cell.text))) return null;
  // An action named by its noun ("Élaboration d'une analyse conjointe …") is one when the row
  // says it is still to be done ("En cours", "À lancer"), not in a table of figures.
  const pending = cells.some((cell) => PENDING_STATUS.test(cell.text));
  for (const cell of cells) {
    // The action is the row's first text: only its number may come before it.
    if (!(opensWithInfinitive(cell.text) || (pending && OPENS_WITH_ACTION_NOUN.test(cell.text))) || cell.text.split(/\s+/u).length < 3) {
      if (/^(?:[\dA-Za-z]{0,3}(?:[.)-]\d{1,3})*[.)]?)$/u.test(cell.text)) continue;
      return null;
    }
    const last = cells.findLast((c) => c.text !== '')!;
    return { start: cell.start, end: last.end };
  }
  return null;
}

/** A paragraph that is a row of a table written with pipes: "| 1.1 | Créer … | T2 2025 |". */
export const isPipeRow = (text: string): boolean => /^\|.*\|\s*$/u.test(text);
/** A paragraph that is a row of a table exported with tabs: "1\tCréer …\tANSSI\tT2 2025" (three cells or more). */
export const isTabRow = (text: string): boolean => /\t[^\t]*\t/u.test(text);
/** A row of a table, written with pipes or with tabs. */
export const isTableRow = (text: string): boolean => isPipeRow(text) || isTabRow(text);
/** A table's delimiter row: "|---|:---:|". */
export const isPipeDelimiter = (text: string): boolean => /^[|\s:-]+$/u.test(text);
/** The cells of a table row: each one's text, trimmed, and where that text starts and ends in the row. */
export function tableCells(row: string): Array<{ text: string; start: number; end: number }> {
  // Between the bars of a pipe row; between the tabs, and the row's ends, of a tab row.
  const bounds = isPipeRow(row) ? [...row.matchAll(/\|/gu)].map((m) => m.index!) : [-1, ...[...row.matchAll(/\t/gu)].map((m) => m.index!), row.length];
  return bounds.slice(0, -1).map((bound, i) => {
    const raw = row.slice(bound + 1, bounds[i + 1]!);
    const start = bound + 1 + (raw.length - raw.trimStart().length);
    return { text: raw.trim(), start, end: start + raw.trim().length };
  });
}

/** Something that receives a permanent id. */
export interface Unit {
  type: 'heading' | 'paragraph' | 'commitment';
  /** Prefix for a new id ("terrorisme", "p"). */
  key: string;
  /** Text used to recognise it again after edits. */
  text: string;
  /** Heading of the section it sits in: a commitment's id takes the section's id as prefix. */
  section: Unit | null;
}

/** An inline range of a paragraph or item: a commitment or a quotation. */
export type InlineSpan =
  | { type: 'commitment'; start: number; end: number; unit: Unit; kind: CommitmentKind; lead: string | null; speaker: string | null }
  | { type: 'quote'; start: number; end: number; speaker: string | null; text: string };

/** A heading with its unit. */
export interface HeadingOut {
  type: 'heading';
  unit: Unit;
  text: string;
  subtitle: string | null;
  level: number;
  line: number;
  map: SourceMap;
  subtitleMap: SourceMap | null;
}

/** A paragraph with its unit and inline spans. */
export interface ParagraphOut {
  type: 'paragraph';
  unit: Unit;
  text: string;
  line: number;
  spans: InlineSpan[];
  section: Unit | null;
  map: SourceMap;
  /** The lead paragraph's text when this is a decision lead. */
  lead: boolean;
  /** Quoted with ">": an e-mail's quoted message, a Markdown quotation; or a message an e-mail forwards. */
  quoted?: boolean;
  /** A line of a quoted or forwarded message's header ("De : …", "Objet : TR: …", "… a écrit :"). */
  header?: boolean;
  /** Written in another language than French (a bilingual text's other version). */
  lang?: OtherLanguage;
}

/** A list item: a commitment as a whole, or a plain item with inline spans. */
export interface ItemOut {
  unit: Unit;
  marker: string;
  text: string;
  line: number;
  spans: InlineSpan[];
  /** Set when the whole item is a commitment. */
  commitment: { kind: CommitmentKind; lead: string | null; speaker: string | null } | null;
  section: Unit | null;
  children: ListOut | null;
  map: SourceMap;
  /** Quoted (see `ParagraphOut.quoted`). */
  quoted?: boolean;
  /** Written in another language than French (see `ParagraphOut.lang`). */
  lang?: OtherLanguage;
}

/** A list. */
export interface ListOut {
  type: 'list';
  ordered: boolean;
  items: ItemOut[];
}

/** A body node after segmentation. */
export type NodeOut = HeadingOut | ParagraphOut | ListOut;

/** A segmented document: its body and its units in reading order. */
export interface SegmentedText {
  body: NodeOut[];
  units: Unit[];
}

/** A word processor's comment anchor opening a line: "[CM1]", "[JD2]", "[AS3]". */
const COMMENT_ANCHOR = /^\[\p{Lu}{1,4}\d{1,3}\]\s/u;

/** Kind of the items under a lead, from the lead's verb. */
function leadKind(lead: string): CommitmentKind {
  const folded = foldSameLength(lead);
  if (wordRegex(/\bs'engag|\bengageons\b/).test(folded)) return 'engagement';
  // (A resolution's "CHARGE le Secrétaire général :" asks too; "chargé de" in a lead does not.)
  if (wordRegex(/\bappel|\binvit|\bdemand|\bexhort|\bencourag|\brecommand|\bprie|\bexig|\breclam|\brevendiqu|\bincite/).test(folded) || OPENING_CHARGE.test(lead)) return 'call';
  // (A proposal is a call, unless what it proposes is agreed: "… de vous proposer que nos deux
  // Gouvernements conviennent de ce qui suit :".)
  if (wordRegex(/\bpropos(?:e|ent|ons)\b|\bsugger(?:e|ent|ons)\b/).test(folded) && !wordRegex(/\bconvien|\bdecid|\barret|\badopt/).test(folded)) return 'call';
  if (wordRegex(/\bsouti|\bappui/).test(folded)) return 'support';
  return 'decision';
}

/**
 * Segment a structured text. `year` is the document's year, if known; `kind` its kind
 * (a treaty's articles state obligations; a press report reports measures);
 * `otherParty` whether a subject names someone other than the text's speakers (see
 * `sentenceCommitments`).
 */
export function segment(doc: StructuredText, year: number | null, kind: DocumentKind = doc.kind, otherParty: (subject: string) => boolean = () => false): SegmentedText {
  // A transcript: two paragraphs or more open with a speaker's label.
  // The Assembly's short labels ("M. Jean Carrouget. …") only in a house record.
  const house = doc.body.some((node) => node.type === 'paragraph' && HOUSE_RECORD.test(node.text));
  const transcript = doc.body.filter((node) => node.type === 'paragraph' && labelSpeaker(node.text, house) !== null).length >= 2;
  const units: Unit[] = [];
  const unit = (type: Unit['type'], key: string, text: string): Unit => {
    const made: Unit = { type, key, text, section: type === 'commitment' ? section : null };
    units.push(made);
    return made;
  };
  let section: Unit | null = null;
  let lead: string | null = null;
  /** The heading over next steps that leads the lists under it, if any. */
  let headingLead: string | null = null;
  /** The paragraph before was a recommendation's label alone ("R1 – Gouvernement fédéral"). */
  /** Whether the paragraph being read has a plan's fields under it ("Échéance : T2 2026"). */
  let fieldsBelow = false;
  let underRecommendation = false;
  /** The list being read comes right under such a label: its items are what it recommends. */
  let recommendedList = false;
  /** The paragraph over the list being read names its subject and a colon (see `SUBJECT_INTRO`). */
  let subjectOver = false;
  /** The last heading or title-like line (a slide's title), for what it says of the actions under it. */
  let caption: string | null = null;
  /** The caption over measures (see `MEASURES`) whose lists come next, if any. */
  let measures: string | null = null;
  /** Read a heading or a slide's title: the caption of what follows, and a lead if it is over next steps or measures. */
  const readCaption = (text: string) => {
    caption = text;
    headingLead = NEXT_STEPS.test(text) ? text : null;
    measures = MEASURES.test(text) ? text : null;
  };
  /** Marker family of the first list under the current lead. */
  let leadFamily: string | null = null;
  /** Marker families of lists outside any lead. */
  const freeFamilies = new Set<string>();
  // Inside an article of a treaty, every normative paragraph is an obligation.
  let inArticle = false;
  /**
   * Inside an annex that holds a draft act ("ANNEXE — Projet d'arrangement administratif
   * entre …"): its clauses bind as a treaty's articles do, whatever the text around it (a
   * note verbale, a letter that proposes the arrangement).
   */
  let annexedAct = false;
  /** An annex's title ends the articles, and opens an annexed act's clauses if it names one. */
  const enterAnnex = (title: string) => {
    inArticle = false;
    annexedAct = ANNEXED_ACT.test(title);
  };
  const planText = PLAN_TITLE.test(doc.title);
  /** Under "… insérer l'article suivant :" or "… est ainsi rédigé :", up to the next unquoted passage. */
  let inserting = false;
  let lastSpeaker: string | null = null;
  /** In a transcript, whose turn it is: the last speaker's label, until a heading. */
  let turnSpeaker: string | null = null;
  /** Who speaks the commitments read now: in a transcript, whose turn it is. */
  const turn = () => (transcript ? turnSpeaker : null);
  let context = '';

  /** Inline spans of a paragraph-like text: quotations, then sentence commitments. */
  const inline = (text: string, withCommitments: boolean, leadFrom = text.length): InlineSpan[] => {
    const found = findQuotes(text, lastSpeaker, context);
    lastSpeaker = found.lastSpeaker;
    context += ` ${text}`;
    const spans: InlineSpan[] = found.quotes.map((q) => ({ type: 'quote', start: q.start, end: q.end, speaker: q.speaker, text: q.text }));
    // In a transcript, a speaker's label ("Vincent Dehaene : …", "M. DUPOND-MORETTI. – …")
    // says who commits, in its paragraph and the following ones (a lead and its list
    // included) up to the next speaker, question or heading; a field label ("Premièrement :")
    // does not take the floor.
    if (transcript) {
      const named = labelSpeaker(text, house);
      if (named !== null || ASKS.test(text)) turnSpeaker = named;
    }
    if (!withCommitments) return spans;
    const before = spans.length;
    const speaker = turn();
    for (const sentence of splitSentences(text)) {
      // (A lead's own sentence commits to nothing: its list does.)
      if (sentence.start >= leadFrom) continue;
      for (const c of sentenceCommitments(text, sentence.start, sentence.end, year, kind, otherParty)) {
        // Quoted speech followed by its attribution: the commitment is the quoted words.
        const quote = found.quotes.find((q) => q.start <= c.start && c.start < q.end);
        if (quote && c.end > quote.end) {
          c.end = quote.end - 1;
          while (c.end > c.start && /[\s,"”»]/u.test(text[c.end - 1]!)) c.end--;
        }
        spans.push({
          type: 'commitment',
          start: c.start,
          end: c.end,
          kind: c.kind,
          lead: c.lead,
          speaker: quote?.speaker ?? speaker,
          unit: unit('commitment', section?.key ?? 'engagement', text.slice(c.start, c.end)),
        });
      }
    }
    // A numbered action of minutes or a plan: "Action n° 3 : Transmettre … — Responsable : …
    // — Échéance : …" is the authors' decision, from its infinitive on. A report's numbered
    // recommendation is their call in any kind of text, and may name whom it addresses
    // before its colon: "Recommandation 4 — Aux autorités françaises et belges : remettre
    // …" (from the addressee on).
    const numbered = ACTION_LINE.exec(text);
    const addressed = numbered?.[1] ? ADDRESSED.exec(text.slice(numbered[0].length)) : null;
    // A plan's activity may name its action by a noun ("Activité 1.2 — Déploiement d'une
    // plateforme …") or by its subject, with the plan's fields under it ("Échéance : T2 2026").
    const labelled = numbered ? text.slice(numbered[0].length + (addressed?.[0].length ?? 0)) : '';
    if (spans.length === before && numbered && (kind === 'declaration' || numbered[1]) && !(DONE.test(text) && !numbered[1]) && (opensWithInfinitive(labelled) || (!numbered[1] && kind === 'declaration' && planText && labelled.split(/\s+/u).length >= 4 && (OPENS_WITH_ACTION_NOUN.test(labelled) || PLAN_FIELD.test(labelled) || fieldsBelow)))) {
      const start = numbered[0].length;
      spans.push({ type: 'commitment', start, end: text.length, kind: numbered[1] ? 'call' : 'decision', lead: null, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', text.slice(start)) });
    }
    // A sentence under an action's label commits from its subject on: "Activité 1.3 — L'Office arrêtera …".
    if (numbered) {
      for (const [i, span] of spans.entries()) {
        if (i >= before && span.type === 'commitment' && span.start === 0 && span.end > numbered[0].length) {
          spans[i] = { ...span, start: numbered[0].length, unit: unit('commitment', section?.key ?? 'engagement', text.slice(numbered[0].length, span.end)) };
        }
      }
    }
    // A row of a table of actions ("| 1.1 | Créer un point de contact … | ANSSI / CCB | T2 2025 |",
    // or the same with tabs):
    // the authors' decision, from the cell that opens with an infinitive to the row's end
    // (its owners and its deadline with it).
    const action = spans.length === before && !(caption !== null && UNDECIDED.test(caption)) ? actionCell(text) : null;
    if (action !== null) {
      spans.push({ type: 'commitment', start: action.start, end: action.end, kind: 'decision', lead: null, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', text.slice(action.start, action.end)) });
    }
    // (Not a definition it inserts: "« 3° BNG : la banque de données nationale générale …".)
    const definition = /^[«“]\s*(?:[IVX]+\.\s*[–—-]\s*)?(?:\d+°|[a-z]\))?\s*[^:;.]{1,60}\s:\s/u.test(text);
    if (spans.length === before && !definition && (((kind === 'treaty' && inArticle) || (annexedAct && !ANNEX_LINE.test(text))) || (inserting && /^[«“]/u.test(text)))) {
      // Each normative sentence of an article is an obligation of the Parties; so is each of a
      // provision an amendment or a bill inserts, quoted under "… insérer l'article suivant :".
      // (An action sheet's "Action : …" field binds from its value on.)
      for (const { start: from, end } of splitSentences(text)) {
        const start = from + (ACTION_FIELD.exec(text.slice(from, end))?.[0].length ?? 0);
        const sentence = text.slice(start, end);
        if (isTreatyNorm(sentence)) {
          spans.push({ type: 'commitment', start, end, kind: 'engagement', lead: null, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', sentence) });
        }
      }
    }
    return spans.sort((a, b) => a.start - b.start || b.end - a.end);
  };

  /**
   * The lead of a nested list: its parent's, unless the list is in a marker the text used
   * for a list of its own outside any lead ("• Selon la police fédérale …" right after the
   * "– …" items of "Les signataires s'engagent à :").
   */
  const underLead = (node: ListNode, itemLead: string | null): string | null => (governs(node) ? itemLead : null);
  /** Whether the current lead governs a list: one in its first list's marker, or in a marker no list of facts used. */
  const governs = (node: ListNode): boolean => {
    const family = node.items[0]!.marker.family;
    return family === leadFamily || !freeFamilies.has(family);
  };

  /**
   * Whether a paragraph or an item quoted in a block quotation repeats, word for word and
   * under the same lead, one read before: a reply that quotes the letter it answers ("votre
   * lettre ainsi rédigée : « … »") repeats its commitments, it makes no new ones. A block
   * quotation opens with a passage that starts with « and does not close it. The same words said again outside a quotation, or under another heading or
   * lead ("La France et le Luxembourg ont décidé : – de renforcer …"), are commitments of
   * their own. Quotation marks at the ends, apostrophes' shapes and spacing aside; only
   * passages of some length. Every passage read is recorded, so call it once per passage.
   */
  const readBefore = new Set<string>();
  let quoting = false;
  const normal = (text: string) => collapseSpace(text.replace(/[’‘]/gu, "'").replace(/^[«"“]\s*|\s*[»"”]$/gu, ''));
  const quotedRepeat = (text: string, itemLead: string | null): boolean => {
    const trimmed = text.trim();
    const opens = /^[«“]/u.test(trimmed);
    const inside = quoting || opens;
    if (opens && !/[»”]/u.test(trimmed)) quoting = true;
    else if (quoting && /[»”]$/u.test(trimmed)) quoting = false;
    const passage = normal(text);
    if (passage.length < 60) return false;
    const key = `${normal(itemLead ?? '')}\n${passage}`;
    const seen = readBefore.has(key);
    readBefore.add(key);
    return inside && seen;
  };
  /**
   * Whether a paragraph or an item quoted with ">" is an excerpt of a passage the text holds
   * in full elsewhere: a reply that quotes, line by line, the message it answers, which the
   * thread carries further down, quoted or forwarded ("> Nous proposons de concentrer les
   * patrouilles mixtes sur les" / "> vendredis …, du 28 novembre 2025 au 3 janvier 2026,"),
   * or quotes a whole paragraph or point of it (then the message is the one further down).
   * Its commitments are the message's, read there. Only excerpts of some length.
   */
  const passages: Array<{ node: ParagraphNode | ItemNode; text: string }> = [];
  const gather = (nodes: Array<BodyNode | ItemNode>) => {
    for (const node of nodes) {
      if ('type' in node && node.type === 'heading') continue;
      if ('type' in node && node.type === 'list') gather(node.items);
      else {
        passages.push({ node, text: normal(node.text) });
        if (!('type' in node) && node.children) gather(node.children.items);
      }
    }
  };
  gather(doc.body);
  const excerpt = (node: ParagraphNode | ItemNode): boolean => {
    if (!node.quoted) return false;
    const passage = normal(node.text).replace(/[,;:]$/u, '');
    const at = passages.findIndex((p) => p.node === node);
    return passage.length >= 40 && passages.some((p, i) => i !== at && p.text.includes(passage) && (p.text.length > passage.length + 1 || i > at));
  };
  // Items introduced by a clause ending in ":" (a definition, a list of authorities) are
  // parts of that clause, not norms of their own. `depth`: 0 for a list of the body.
  const list = (node: ListNode, itemLead: string | null, introduced = false, depth = 0): ListOut => ({
    type: 'list',
    ordered: node.ordered,
    items: node.items.map((item) => {
      // An item in another language (a bilingual text's other version) says which.
      const lang = otherLanguage(item.text);
      const out = listItem(item, itemLead, introduced, depth, lang !== null);
      return lang ? { ...out, lang } : out;
    }),
  });

  const listItem = (item: ItemNode, itemLead: string | null, introduced: boolean, depth: number, foreign: boolean): ItemOut => {
    // An item that ends with ":" and has sub-items is itself the lead of those sub-items.
    const endsWithColon = item.children !== null && /:\s*$/u.test(item.text);
    // "Les deux ministres déclarent :" governs what they declare they will do ("1 - Renforcer
    // …"), not what they declare to be so ("– que la menace demeure élevée", "– leur
    // attachement à Schengen"), nor what witnesses declare ("– avoir vu deux hommes").
    if (itemLead !== null && /d[ée]clar(?:ent|ons)\s*:\s*$/u.test(itemLead)) {
      const authors = /(?<![\p{L}])(?:ministres|pays|gouvernements|parties|signataires|délégations|états|chefs|nous)(?![\p{L}])/iu.test(itemLead) || /^(?:la|le|l['’])\s*\p{Lu}/u.test(itemLead);
      if (!authors || !opensWithInfinitive(item.text) || /^(?:avoir|être)(?![\p{L}])/iu.test(item.text)) itemLead = null;
    }
    // "Adoptent la déclaration suivante :" introduces a text, not decisions: its items that
    // are sentences of their own ("1. Les ministres rappellent que …", "2. M. X a présenté
    // …") are read as such; only items that open with an infinitive are the lead's.
    if (itemLead !== null && INTRODUCES_TEXT.test(itemLead) && !opensWithInfinitive(item.text)) itemLead = null;
    // A repeated item, or one in another language (a bilingual text's other version), commits
    // to nothing: neither under the lead nor of its own.
    const repeated = quotedRepeat(item.text, itemLead) || foreign || excerpt(item);
    if (repeated) itemLead = null;
    if (itemLead !== null && itemLead === headingLead && !opensWithInfinitive(item.text) && !(depth === 0 && datedStep(item.text, year))) itemLead = null;
    // An item under a lead that opens with the infinitive the lead governs and announces its
    // means by name ("INVITE les États membres à : a) intensifier l'échange d'informations …,
    // en particulier par : i) l'introduction … ii) …") is the lead's commitment, and its
    // sub-items are details of it, not commitments of their own. Sub-items that are actions
    // themselves ("1. de renforcer la coopération : a) en créant des patrouilles … b) en
    // désignant …") are the commitments; an item that is a lead itself leads its sub-items.
    const actionsBelow = () => item.children!.items.some((child) => opensWithInfinitive(child.text) || /^en\s+\p{L}+ant(?![\p{L}])/iu.test(child.text));
    const ownsDetails = endsWithColon && itemLead !== null && MEANS_FOLLOW.test(item.text) && opensWithInfinitive(item.text) && !isLead(item.text) && !actionsBelow();
    const isSubLead = endsWithColon && !ownsDetails;
    // (Not a point that speaks of the text itself: "1. La présente recommandation vise à …",
    // "2. Aux fins de la présente recommandation, on entend par …"; a treaty's is read
    // sentence by sentence below.)
    if (itemLead !== null && !isSubLead && !(kind !== 'treaty' && speaksOfItself(item.text))) {
      // An item that goes on with a commitment of its own ("2 - Protéger … : l'ANSSI et le BSI
      // échangeront … Ils proposeront en outre …"): the lead's commitment is its first part.
      // Only an item that opens with the infinitive its lead governs: one that opens with a
      // statement ("L'entrée en vigueur … constitue une avancée. … nous appelons à …") is one
      // commitment as a whole.
      const sentences = splitSentences(item.text);
      const infinitive = opensWithInfinitive(item.text);
      // In a treaty or an arrangement, a point that is a sentence of its own ("2 - Les
      // Participants organisent …") is read sentence by sentence: its first sentence is the
      // lead's decision unless it speaks of the text itself ("Le présent arrangement fixe les
      // modalités …"); each further norm binds ("… Le CCPD assure une permanence 24 heures sur
      // 24"), not what elaborates on the sentence before ("Ces patrouilles prolongent …", "Il
      // ne se substitue pas …").
      const pointByPoint = kind === 'treaty' && !infinitive && sentences.length > 0;
      const binds = (s: { start: number; end: number }) => isTreatyNorm(item.text.slice(s.start, s.end));
      const firstBinds = !pointByPoint || !speaksOfItself(item.text.slice(sentences[0]!.start, sentences[0]!.end));
      // A point that opens with a commitment of its own ("1. Les deux ministres décident de
      // renforcer … . La Police grand-ducale y affectera de son côté un analyste …") goes on
      // with commitments of their own as well, read as any sentence is (one that opens with a
      // statement stays one commitment, as above).
      const opensCommitting = kind === 'declaration' && sentences.length > 1 && sentenceCommitments(item.text, sentences[0]!.start, sentences[0]!.end, year, kind, otherParty).length > 0;
      const further: Array<{ start: number; end: number; kind: CommitmentKind }> = infinitive || opensCommitting
        ? sentences.slice(1).flatMap((s) => sentenceCommitments(item.text, s.start, s.end, year, kind, otherParty))
        : pointByPoint
          ? sentences.slice(1).filter((s) => binds(s) && !ANAPHORIC.test(item.text.slice(s.start, s.end))).map((s) => ({ start: s.start, end: s.end, kind: leadKind(itemLead!) }))
          : [];
      if (further.length > 0 || !firstBinds) {
        const own = unit('paragraph', 'p', item.text);
        const quotes = inline(item.text, false);
        let firstEnd = further[0]?.start ?? item.text.length;
        while (firstEnd > 0 && /\s/u.test(item.text[firstEnd - 1]!)) firstEnd--;
        const spans: InlineSpan[] = [
          ...quotes,
          ...(firstBinds ? [{ type: 'commitment' as const, start: 0, end: firstEnd, kind: leadKind(itemLead), lead: itemLead, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', item.text.slice(0, firstEnd)) }] : []),
          ...further.map((c): InlineSpan => ({ type: 'commitment', start: c.start, end: c.end, kind: c.kind, lead: null, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', item.text.slice(c.start, c.end)) })),
        ];
        return {
          unit: own,
          marker: item.marker.marker,
          text: item.text,
          line: item.line,
          spans: spans.sort((a, b) => a.start - b.start || b.end - a.end),
          commitment: null,
          section,
          children: item.children ? list(item.children, ownsDetails ? null : underLead(item.children, itemLead), /:\s*$/u.test(item.text), depth + 1) : null,
          map: item.map,
          ...(item.quoted ? { quoted: true } : {}),
        };
      }
      const quotes = inline(item.text, false);
      return {
        unit: unit('commitment', section?.key ?? 'engagement', item.text),
        marker: item.marker.marker,
        text: item.text,
        line: item.line,
        spans: quotes,
        commitment: { kind: leadKind(itemLead), lead: itemLead, speaker: turn() },
        section,
        children: item.children ? list(item.children, ownsDetails ? null : underLead(item.children, itemLead), /:\s*$/u.test(item.text), depth + 1) : null,
        map: item.map,
        ...(item.quoted ? { quoted: true } : {}),
      };
    }
    // Outside a lead, an item is a commitment when one of its sentences commits.
    const probe = repeated ? [] : splitSentences(item.text).flatMap((s) => sentenceCommitments(item.text, s.start, s.end, year, kind, otherParty));
    if (probe.length === 0 && ((kind === 'treaty' && inArticle) || annexedAct) && !isSubLead && !introduced && isTreatyNorm(item.text)) {
      probe.push({ start: 0, end: item.text.length, kind: 'engagement', lead: null });
    }
    // A telegraphic item that announces an action by its noun ("Signature ce jour d'une
    // feuille de route …", "Appel conjoint à la Commission …", "Brigade mixte au CCPD :
    // ouverture au premier semestre 2026"), or by a bare infinitive ("Renforcer le
    // renseignement commun …"), outside facts, figures and what is only considered.
    // Under "En 2027, la DJSOC :", an item that opens on its verb in the future ("– publiera
    // au printemps …") is that subject's announcement.
    if (probe.length === 0 && !repeated && introduced && subjectOver && depth === 0 && item.children === null && FUTURE_OPENING.test(item.text)) {
      probe.push({ start: 0, end: item.text.length, kind: 'announcement', lead: null });
    }
    // Under a recommendation's label ("R1 – Gouvernement fédéral :" / "– Porter à 250 … ;"), an
    // item that opens with an infinitive is what it recommends.
    if (probe.length === 0 && !repeated && recommendedList && depth === 0 && opensWithInfinitive(item.text)) {
      probe.push({ start: 0, end: item.text.length, kind: 'call', lead: null });
    }
    if (probe.length === 0 && !repeated && !isSubLead && !introduced && item.children === null && !(caption !== null && (UNDECIDED.test(caption) || NOT_ANNOUNCED.test(caption)))) {
      const announced = nominalStep(item.text, year) ?? (infinitiveStep(item.text, year) ? 'decision' : null) ?? (measures !== null ? measureStep(measures, item.text, year) : null);
      if (announced) probe.push({ start: 0, end: item.text.length, kind: announced, lead: null });
    }
    // An item that holds several commitments, or one that starts further in ("SE FÉLICITE de
    // …, et INVITE la Commission à …"), is a paragraph with its commitments inside.
    const whole = probe.length === 1 && item.text.slice(0, probe[0]!.start).trim() === '';
    const ownUnit = probe.length > 0 && !isSubLead && (whole || kind === 'treaty') ? unit('commitment', section?.key ?? 'engagement', item.text) : unit('paragraph', 'p', item.text);
    return {
      unit: ownUnit,
      marker: item.marker.marker,
      text: item.text,
      line: item.line,
      spans: inline(item.text, ownUnit.type === 'paragraph' && probe.length > 0 && !isSubLead),
      commitment: ownUnit.type === 'commitment' ? { kind: probe[0]!.kind, lead: null, speaker: turn() } : null,
      section,
      children: item.children ? list(item.children, isSubLead && isLead(item.text) ? item.text : ownsDetails ? null : itemLead, /:\s*$/u.test(item.text), depth + 1) : null,
      map: item.map,
      ...(item.quoted ? { quoted: true } : {}),
    };
  };

  /**
   * A recommendation's label alone, naming whom it addresses: "R1 – Gouvernement fédéral",
   * "Recommandation 3 – Ministère de la Justice :" ("R1 – …" only in a part on
   * recommendations: not a meeting room's "R1 – Salle Jean Monnet").
   */
  const recommendationLabel = (text: string) => {
    const label = ACTION_LINE.exec(text);
    const coded = label?.[1] !== undefined && (!/^r$/iu.test(label[1]) || /recommand/iu.test(`${section?.key ?? ''} ${caption ?? ''}`));
    return coded && text.length <= 160 && !/[.;!?]$/u.test(text) && !opensWithInfinitive(text.slice(label![0].length));
  };

  const body: NodeOut[] = [];
  const nodes = doc.body as BodyNode[];
  for (const [index, node] of nodes.entries()) {
    if (node.type === 'heading') {
      // A structural heading ("Article 2", "ANNEXE") closes a decision lead's run of items.
      if (node.label !== null) {
        lead = null;
        // A memorandum's "Clause 2 – Domaines de coopération" is an article; a heading ranked
        // below an article ("Fiche action n° 3 : …") stays in the article that holds it.
        if (!(inArticle && node.rank > ARTICLE_RANK)) inArticle = node.label.startsWith('article-') || node.label.startsWith('clause-');
      }
      // So does an annex's heading ("ANNEXE" over the treaty a decree publishes).
      if (ANNEX_LINE.test(node.text)) enterAnnex(node.text);
      else if (annexedAct && !CLAUSE_HEADING.test(node.text)) {
        // A heading that is no clause of the annexed act ends it ("Perspectives pour 2025").
        annexedAct = false;
      }
      // A heading over next steps leads the lists under it; the next heading ends that.
      if (lead !== null && lead === headingLead) lead = null;
      readCaption(node.text);
      if (headingLead !== null) {
        lead = headingLead;
        leadFamily = null;
      }
      underRecommendation = recommendationLabel(node.text);
      section = unit('heading', sectionKey(node.text, node.label), [node.text, node.subtitle].filter(Boolean).join(' '));
      turnSpeaker = null;
      body.push({ type: 'heading', unit: section, text: node.text, subtitle: node.subtitle, level: node.level, line: node.line, map: node.map, subtitleMap: node.subtitleMap });
    } else if (node.type === 'paragraph') {
      // A provision inserted or rewritten, quoted after its lead.
      inserting = (inserting && /^[«“]/u.test(node.text)) || (INSERTS.test(node.text) && PROVISION.test(node.text));
      // An annex's title on a line of its own ("Annexe – Liste des points de contact") ends the articles.
      if (ANNEX_LINE.test(node.text)) enterAnnex(node.text);
      // A slide's title over its bullets ("Prochaines étapes (1/3)") is a paragraph: a short
      // line over next steps leads the lists under it as such a heading does.
      // (A calendar's line, "Mai 2024 : installation …", keeps the heading over it.)
      if (CALENDAR_LINE.test(node.text)) measures = null;
      else if (node.text.length <= 80 && !/[.;!?|]$/u.test(node.text)) readCaption(node.text);
      else {
        headingLead = null;
        measures = null;
      }
      // A lead over a list of questions ("Nous vous demandons de répondre aux questions
      // suivantes :" / "1. Sur quelle base … ?") asks for answers: it commits of itself, and the
      // questions are not its calls.
      const next = nodes[index + 1];
      const isLeadHere = node.lead && !(next?.type === 'list' && next.items.every((item) => /\?\s*["»”]?$/u.test(item.text)));
      lead = isLeadHere ? node.text : headingLead;
      leadFamily = null;
      const own = unit('paragraph', 'p', node.text);
      // A passage in another language (a bilingual text's other version) commits to nothing.
      const lang = otherLanguage(node.text);
      // A quoted or forwarded message's header line ("Objet : TR: …") commits to nothing.
      // Nor a draft's reviewer comment, listed under its anchor ("[CM1] Carlos Martín (…) : nous
      // proposons d'ajouter …"): it discusses the text.
      // A lead paragraph's sentences before the lead itself may commit: "Le ministre a décidé de
      // généraliser … d'ici l'été 2026. À cette fin, le Centre de crise national :".
      const leadFrom = isLeadHere ? (splitSentences(node.text).at(-1)?.start ?? 0) : node.text.length;
      // (The plan's fields may stand on lines of their own under an activity's label.)
      // (Fields that say it is done, "Calendrier : achevé en décembre 2024", make it a report's.)
      const fields = [1, 2].map((d) => nodes[index + d]).filter((below): below is ParagraphNode => below?.type === 'paragraph' && PLAN_FIELD.test(below.text.slice(0, 40)) && /^\p{L}[\p{L} ]{0,25}:/u.test(below.text));
      fieldsBelow = fields.length > 0 && !fields.some((field) => DONE.test(field.text) || pastYear(field.text, year));
      const spans = inline(node.text, !quotedRepeat(node.text, null) && (!isLeadHere || leadFrom > 0) && !excerpt(node) && lang === null && !node.header && !COMMENT_ANCHOR.test(node.text), leadFrom);
      /** The paragraph's first sentence asks what its recommendation's label announced. */
      const recommends = () => {
        const first = node.text.slice(0, splitSentences(node.text)[0]?.end ?? node.text.length);
        return opensWithInfinitive(node.text) || (RECOMMENDS.test(first) && !/(?<![\p{L}])(?:selon|d['’]après)(?![\p{L}])/iu.test(first));
      };
      if (underRecommendation && !spans.some((span) => span.type === 'commitment') && recommends()) {
        spans.push({ type: 'commitment', start: 0, end: node.text.length, kind: 'call', lead: null, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', node.text) });
      }
      underRecommendation = recommendationLabel(node.text);
      if (headingLead !== null && !spans.some((span) => span.type === 'commitment') && calendarStep(node.text, doc.date)) {
        spans.push({ type: 'commitment', start: 0, end: node.text.length, kind: 'decision', lead: null, speaker: turn(), unit: unit('commitment', section?.key ?? 'engagement', node.text) });
      }
      body.push({ type: 'paragraph', unit: own, text: node.text, line: node.line, spans, section, map: node.map, lead: isLeadHere, ...(node.quoted ? { quoted: true } : {}), ...(node.header ? { header: true } : {}), ...(lang ? { lang } : {}) });
    } else {
      const previous = body.at(-1);
      // A lead governs the lists of its run, whatever their markers, except in a marker the
      // text used for a list of its own, outside any lead: "• En 2022, 110 tonnes ont été
      // saisies …" before "Les signataires s'engagent à : – …", then "• Selon la police …".
      const family = node.items[0]!.marker.family;
      if (lead !== null) leadFamily ??= family;
      const governed = lead !== null && governs(node);
      // A list of facts: full sentences, not the items of an "Étaient présents :" or "Vu :".
      const facts = node.items.every((item) => /[.!?…]\s*$/u.test(item.text)) && !(previous?.type === 'paragraph' && /:\s*$/u.test(previous.text));
      if (!governed && facts) freeFamilies.add(family);
      // (A subject that acts: "la DJSOC", not "la criminalité organisée" whose future is a forecast.)
      const subject = previous?.type === 'paragraph' ? SUBJECT_INTRO.exec(previous.text)?.[1] : undefined;
      subjectOver = subject !== undefined && actsAsSubject(subject);
      recommendedList = underRecommendation;
      underRecommendation = false;
      body.push(list(node, governed ? lead : null, previous?.type === 'paragraph' && /:\s*$/u.test(previous.text)));
    }
  }
  return { body, units };
}
