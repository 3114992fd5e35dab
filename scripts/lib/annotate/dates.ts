/**
 * Dates in French text, normalised to ISO with a precision and a type. chrono-node's
 * French parser reads day dates, ranges ("25-26 avril 2018") and "aujourd'hui"; the
 * rules here add what it misses: month + year ("mars 2020"), a bare month ("le Conseil de
 * mars"), years ("en 2015", "2016 et 2017"), the end of a year ("d'ici la fin de
 * l'année"), semesters, seasons, "l'année prochaine", "le 12 mars dernier" (in the past),
 * and a bare weekday ("mardi"), resolved only against a known document date.
 */
import * as chrono from 'chrono-node';
import type { DateMention } from '../../../src/schemas/document.ts';
import { MONTH_NAME, MONTH_NAMES, WEEKDAY_NAME, WEEKDAY_NAMES } from '../french-date.ts';

/** A date found in a text. */
export interface DateHit {
  start: number;
  end: number;
  iso: string;
  precision: DateMention['precision'];
  type: DateMention['type'];
}

const MONTH = `(${MONTH_NAME})`;
const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const monthIndex = (name: string) => {
  const folded = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return MONTH_NAMES.findIndex((m) => m.normalize('NFD').replace(/\p{M}/gu, '') === folded) + 1;
};
const DEADLINE_BEFORE = /(?:d'ici|avant|au plus tard|jusqu'au|jusqu'à|d'ici à|d'ici au|au cours du|au cours de|dans le courant du|dans le courant de|[ée]ch[ée]ance\s*:)\s*(?:le |la |l'|au |à |du |de )?$/iu;
/** A month's name as a word. */
const MONTH_WORD = new RegExp(`(?<![\\p{L}])${MONTH}(?![\\p{L}])`, 'giu');
/** A range of days with their weekdays and hours (see its rule in `findDates`). */
const HOUR = String.raw`(?:\s+(?:à|a)\s+\d{1,2}\s*(?:h|heures?)(?:\s*\d{2})?)?`;
const WEEKDAY_WORD = String.raw`(?:${WEEKDAY_NAME}\s+)?`;
/** A weekday's name opening a phrase ("samedi 17 et dimanche 18 janvier"). */
const OPENING_WEEKDAY = new RegExp(`^${WEEKDAY_NAME}`, 'iu');
const DAYS_WITH_HOURS = new RegExp(`(?<![\\p{L}])du\\s+${WEEKDAY_WORD}(\\d{1,2})(?:er)?(?:\\s+${MONTH}(?:\\s+(\\d{4}))?)?${HOUR}\\s+au\\s+${WEEKDAY_WORD}(\\d{1,2})(?:er)?\\s+${MONTH}(?:\\s+(\\d{4}))?${HOUR}(?![\\d\\p{L}])`, 'giu');
const DASHED_PERIOD = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:er)?\\s+${MONTH}(?:\\s+(\\d{4}))?\\s*[–—]\\s*(\\d{1,2})(?:er)?\\s+${MONTH}\\s+(\\d{4})(?![\\d\\p{L}])`, 'giu');
// Seasons as month-day bounds (astronomical, northern hemisphere).
const SEASONS: Record<string, [number, number, number, number]> = {
  printemps: [3, 21, 6, 20],
  ete: [6, 21, 9, 22],
  automne: [9, 23, 12, 20],
  hiver: [12, 21, 3, 20],
};

/**
 * Words without which chrono-node's French parsers find no calendar date that
 * `findDates` keeps: digits, month and weekday names and their abbreviations,
 * "aujourd'hui", "demain", "hier", "maintenant", "cette nuit", "la veille", parts of the
 * day, and the time units of relative dates ("dans une semaine", "le mois dernier").
 * A text with none of them skips chrono-node, the costliest step of finding dates.
 */
export const CHRONO_CUE = new RegExp(
  [
    '\\d|',
    '(?<!\\p{L})(?:',
    [
      // months and their abbreviations
      'janvier|f[ée]vrier|avril|mai|juillet|septembre|octobre|novembre|d[ée]cembre|janv?|f[ée]vr?|mars?|avr|juin|juil|jun|jul|ao[uû]t|sept?|oct|nov|d[ée]c',
      // weekdays and their abbreviations
      'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mer|jeu|ven|sam|dim',
      // casual references
      "aujourd['’]hui|demain|hier|maintenant|nuit|veille|cette\\s*nuit|la\\s*veille|matin|soir|midi|minuit|aprem|apr[èe]s-midi",
      // time units of relative dates
      'secs?|secondes?|mins?|minutes?|h|hrs?|heures?|jours?|semaines?|mois|trimestres?|an|ans|ann[ée]es?',
    ].join('|'),
    ')(?!\\p{L})',
  ].join(''),
  'iu',
);

/**
 * chrono-node's French casual parser, with each parser's inner pattern built once.
 * chrono-node 2.x builds a new RegExp for the inner pattern on every call and, comparing
 * it by identity with the cached one, recompiles the full pattern every time: most of its
 * time went there. The French parsers' patterns do not depend on the parsing context.
 */
const frenchParser = (() => {
  const parser = chrono.fr.casual.clone();
  for (const p of parser.parsers as Array<{ innerPattern?: (context: unknown) => RegExp }>) {
    const build = p.innerPattern?.bind(p);
    if (!build) continue;
    let pattern: RegExp | undefined;
    p.innerPattern = (context) => (pattern ??= build(context));
  }
  return parser;
})();

/** A date written out with its year: "16 octobre 2020", "mars 2019". */
const DAY_MONTH_YEAR = new RegExp(`(?:(\\d{1,2})(?:er)?\\s+)?${MONTH}\\s+((?:19|20)\\d{2})(?!\\d)`, 'giu');
/**
 * The last date a text names before `index` ("le 16 octobre 2020", "le 20/12/2024", "en
 * mars 2019"): the last date already found before it, else one written out in full.
 */
function lastDateBefore(text: string, index: number, found: DateHit[]): { year: number; month: number; day: number } | null {
  const hit = found.filter((h) => h.end <= index).sort((a, b) => b.start - a.start)[0];
  const iso = hit ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/u.exec(hit.iso) : null;
  if (iso) return { year: Number(iso[1]), month: Number(iso[2] ?? 1), day: Number(iso[3] ?? 1) };
  let last: { year: number; month: number; day: number } | null = null;
  for (const m of text.slice(0, index).matchAll(DAY_MONTH_YEAR)) {
    last = { year: Number(m[3]), month: monthIndex(m[2]!), day: m[1] ? Number(m[1]) : 1 };
  }
  return last;
}

/** Which semester or quarter an ordinal names ("premier", "2e"; "dernier" is the last one). */
function periodOrdinal(word: string, period: string): number {
  const n = ORDINALS[word.toLowerCase()];
  return n ?? (period.toLowerCase() === 'semestre' ? 2 : 4);
}
const ORDINALS: Record<string, number> = { premier: 1, '1er': 1, second: 2, deuxième: 2, '2e': 2, troisième: 3, '3e': 3, quatrième: 4, '4e': 4 };

/** A count of time units: a duration, not a date ("de trois mois", "dans deux semaines"). */
const DURATION = /(?<![\p{L}])(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quelques|plusieurs)\s+(?:jours?|semaines?|mois|ans|années)(?![\p{L}])/iu;

/**
 * The tense of the clause before `at` (from the sentence's or clause's start): "past" for
 * a passé composé or pluperfect ("a été reportée", "s'est tenue", "se sont réunis") or a
 * past participle right before the date ("le décret adopté en janvier"), "future" for a
 * future or conditional ("se retrouveront", "sera présenté", "devrait être adopté", "va
 * présenter"), the last one found deciding; null when the clause says neither. A
 * reporting verb ("a annoncé une conférence en mars", "a promis que …") tells nothing of
 * the date it introduces.
 */
export function tenseBefore(text: string, at: number): 'past' | 'future' | null {
  const clause = text.slice(0, at).split(/[.;:!?»«]|,\s+(?=(?:mais|et|alors|tandis)\s)/u).at(-1) ?? '';
  let tense: 'past' | 'future' | null = null;
  for (const m of clause.matchAll(TENSE)) tense = m[1] ? 'future' : m[2] ? null : 'past';
  return tense;
}
/**
 * The tense of a date's clause: the verb before the date, or, for a date that opens its
 * clause ("En avril, une opération … a permis"), the first verb after it.
 */
export function tenseOfClause(text: string, start: number, end: number): 'past' | 'future' | null {
  const before = tenseBefore(text, start);
  // Opening its clause: nothing but a preposition before it since the last comma ("Par
  // ailleurs, en avril, …").
  if (before !== null || /[\p{L}\d]/u.test((text.slice(0, start).split(/[.;:!?»«,]/u).at(-1) ?? '').replace(/(?:(?:^|\s)(?:en|au|dès|depuis|le|la|l'|du|début|fin|à partir|à compter|jusqu'au|jusqu'à))+\s*$/iu, ''))) return before;
  // The verbs after it, to the end of the sentence; a future anywhere wins over a past in a
  // relative clause ("En juin, les ministres qui se sont réunis à Rome adopteront un plan").
  const verbs = [...(text.slice(end).split(/[.;:!?»«]/u)[0] ?? '').matchAll(TENSE_AFTER)];
  // A reporting verb first is the clause's own ("Le 3 mars, le préfet a indiqué que les
  // contrôles seront renforcés"): what it reports has its own tense.
  // (Unless it speaks in the first person, of what it did then: "En juin, j'ai demandé à
  // l'inspection un rapport"; not of what it planned or promised for then, "En septembre,
  // nous avons prévu d'inaugurer …".)
  if (verbs[0]?.[2]) return /^(?:ai|avons)\s+(?:demandé|indiqué|affirmé|assuré|déclaré|annoncé|décidé|convenu)/u.test(verbs[0][2]) ? 'past' : null;
  if (verbs.some((m) => m[1])) return 'future';
  return verbs.some((m) => !m[2]) ? 'past' : null;
}
const FUTURE_AUX = String.raw`(?:ser|aur|ir|fer|devr|pourr|viendr|tiendr|prendr)(?:a|ai|ont|ons|ez|ait|aient)|devrai(?:t|ent)|pourrai(?:t|ent)|doi(?:t|vent)|(?:va|vont|allons)`;
/** A promise, decision or engagement in the past, then what it is to: "s'est engagé à", "ont décidé de". */
const PROMISED = String.raw`(?:a|ont|s['’]est|se sont)\s+(?:(?:aussi|également|notamment|donc|enfin|par ailleurs)\s+)?(?:engagée?s?|promis|décidé|convenu|accepté|prévu|proposé|annoncé|résolu)\s+(?:de|d['’]|à)\s*(?:s['’]|se\s+|l['’]|les?\s+|la\s+|leur\s+|y\s+|en\s+)?\p{L}+(?:er|ir|re)`;
const PARTICIPLE = String.raw`\p{L}+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|t|te|ts|tes)`;
const TENSE_PARTS = [
    // future: "sera (présenté)", "devrait être adopté", "-eront", "-iront", "va" + infinitive;
    // and what someone promised, decided or engaged to do: "a promis de s'entretenir
    // jeudi", "se sont engagés à saisir … le Conseil de juin"
    String.raw`(?<![\p{L}])(${PROMISED}|${FUTURE_AUX}(?:\s+être)?(?:\s+${PARTICIPLE})?|\p{Ll}{2,}(?:eront|iront|dront|tront|eras?|iras?|dras?)|(?:va|vont|allons)\s+\p{L}+(?:er|ir|re))(?![\p{L}])`,
    // a reporting verb: neither
    String.raw`(?<![\p{L}])((?:a|ont|ai|avons|avait|avaient|avais|avions)\s+(?:annoncé|promis|prévu|décidé|convenu|proposé|demandé|souhaité|indiqué|affirmé|assuré|déclaré))(?![\p{L}])`,
    // past: "a/ont/avait (été) + participle", "s'est tenue", "se sont réunis", an imperfect
    // "était(ent)", "avai(en)t"
    String.raw`(?<![\p{L}])(?:(?:(?:a|ont|ai|avons|avez|avait|avaient|avais|avions|était|étaient|fut|furent)\s+(?:été\s+)?|(?:s['’]est|se sont|s['’]était|s['’]étaient)\s+)${PARTICIPLE}|était|étaient|avait|avaient)(?![\p{L}])`,
    // … and the passé composé of verbs of motion and change, with "être" ("sont tombées",
    // "est survenu"; not a passive's "sont organisées", which may be of any time, nor "le
    // moment est venu de", "est venue annoncer", "sont parties à la convention")
    String.raw`(?<![\p{L}])(?:est|sont)\s+(?:(?:déjà|aussi|également|ensuite|alors)\s+)?(?:(?:tomb|arriv|ven|part|entr|sort|pass|all|mont|descend|retourn|décéd)(?:ée?s?|ue?s?|ie?s?)|(?:devenu|survenu|intervenu)e?s?)(?![\p{L}])(?!\s+(?:de\s|d['’]|à\s|prenantes?|\p{Ll}+(?:er|ir|re)(?![\p{L}])))`,
    // a past participle right before the date, after no auxiliary of the future
    String.raw`(?<![\p{L}])(?<!(?:${FUTURE_AUX}|être)\s+)\p{L}{3,}(?:é|ée|és|ées)\s*$`,
    // what happened: "la réforme mise en place en janvier", "la décision prise en mars",
    // "l'attaque survenue lundi", "l'attaque de mardi", "les inondations de janvier"
    String.raw`(?<![\p{L}])(?<!(?:${FUTURE_AUX}|être)\s+)(?:mise?s?(?:\s+en\s+(?:place|œuvre|oeuvre|service))?|prise?s?|survenue?s?|intervenue?s?|commise?s?|perpétrée?s?|ouverte?s?|faite?s?)(?:\s+(?:en|le|la|ce|cette|dès))?\s*$`,
    String.raw`(?<![\p{L}])(?:attaque|attaques|attentat|attentats|inondations?|incendies?|tempête|séisme|explosion|fusillade|agression|meurtre|assassinat|émeutes?|naufrage)(?:\s+(?:de|du|d['’]))?\s*$`,
];
const TENSE = new RegExp(TENSE_PARTS.join('|'), 'gu');
/** The same, for the words after a date: only the verbs, not the shapes anchored on the date (the first four). */
const TENSE_AFTER = new RegExp(TENSE_PARTS.slice(0, 4).join('|'), 'gu');

interface Context {
  /** The document's date, ISO, or null. */
  date: string | null;
  /** True for header lines, whose dates are the text's own publication date. */
  header: boolean;
}

/**
 * The rest of a list of months that ends on a dated one, from right after a month: ", avril
 * et mai 2026", " et en décembre 2024", " ou novembre 2025". Groups: the last month, its year.
 */
const DATED_LIST_END = new RegExp(`^(?:\\s*,\\s*(?:en\\s+|de\\s+|d')?${MONTH_NAME})*\\s*(?:,|et|ou)\\s+(?:en\\s+|de\\s+|d')?${MONTH}\\s+(\\d{4})(?!\\d)`, 'iu');
/** Dates in one text. */
export function findDates(original: string, context: Context): DateHit[] {
  // Read without what would cut a date or pass for one, each replaced by as many spaces or
  // letters (offsets stay): a footnote's call glued to it ("du 23 juin 2008[2]"), and a
  // newspaper named after a time of day ("Le Soir, 20 octobre 2001" is no evening).
  const text = original
    .replace(/[’‘]/gu, "'")
    .replace(/(?<=[\p{L}\d.,;)»])\[\d{1,3}\]/gu, (call) => ' '.repeat(call.length))
    .replace(/(?<=(?<![\p{L}])L[ea] )(?:Soir|Matin|Midi)(?![\p{L}])/gu, (name) => 'x'.repeat(name.length));
  const ref = context.date ? new Date(`${context.date}T12:00:00Z`) : null;
  const year = ref?.getUTCFullYear() ?? null;
  const hits: DateHit[] = [];
  const free = (start: number, end: number) => !hits.some((h) => h.start < end && start < h.end);
  const add = (start: number, end: number, iso: string, precision: DateHit['precision'], deadline = false) => {
    if (!free(start, end)) return;
    const type = context.header ? 'publication' : deadline || DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ? 'deadline' : 'event';
    hits.push({ start, end, iso, precision, type });
  };
  const rule = (pattern: RegExp, handle: (m: RegExpMatchArray) => void) => {
    for (const m of text.matchAll(pattern)) handle(m);
  };

  // "d'ici la fin de l'année", "avant la fin de l'année 2018".
  // (Not the complement of a seasonal noun: "les fêtes de fin d'année", "la prime de fin
  // d'année".)
  // "la fin de l'année prochaine", "la fin de l'an dernier": the next or the last year's.
  rule(/(?<!(?:fêtes|fête|prime|primes|congés|vacances|bilan|soirée|repas|examens?|réveillon)\s+de\s+)(?:(d'ici(?: à)?|avant|au plus tard(?: à)?|jusqu'à)\s+)?(?:la\s+)?fin\s+(?:(?:de l'année|de l'an)(?:\s+(prochaine?|suivante?|derni(?:è|e)re?|passée?|précédente?))?(?![\p{L}])|d'année|(?=(?:de\s+)?\d{4}))(?:\s*(?:de\s+)?(\d{4}))?/giu, (m) => {
    const shift = !m[2] ? 0 : /^(?:prochain|suivant)/iu.test(m[2]) ? 1 : -1;
    const y = m[3] ? Number(m[3]) : year === null ? null : year + shift;
    if (y !== null) add(m.index!, m.index! + m[0].length, ymd(y, 12, 31), 'day', Boolean(m[1]));
  });
  // "d'ici ce soir", "avant ce soir": the document's day, as a limit.
  rule(/(?:d'ici(?: à)?|avant|jusqu'à)\s+ce\s+soir(?![\p{L}])/giu, (m) => {
    if (context.date) add(m.index!, m.index! + m[0].length, context.date, 'day', true);
  });
  // "d'ici la fin du mois": the last day of the document's month.
  // Only as a limit or in a future clause, and not after a month the sentence names ("En
  // mars, …; à la fin du mois, le réseau était démantelé").
  // "d'ici la fin du mois prochain": the next month's last day.
  rule(/(?:(d'ici(?: à)?|avant|au plus tard(?: à)?|jusqu'à|pour)\s+)?(?:la\s+)?fin du mois (?:prochain|suivant)(?![\p{L}])/giu, (m) => {
    if (!ref) return;
    const [y, mo] = ref.getUTCMonth() === 11 ? [ref.getUTCFullYear() + 1, 1] : [ref.getUTCFullYear(), ref.getUTCMonth() + 2];
    add(m.index!, m.index! + m[0].length, ymd(y, mo, new Date(Date.UTC(y, mo, 0)).getUTCDate()), 'day', Boolean(m[1]));
  });
  rule(/(?:(d'ici(?: à)?|avant|au plus tard(?: à)?|jusqu'à|pour)\s+)?(?:la\s+)?fin du mois(?!\s+(?:de|d'|prochain|suivant|dernier|précédent)|[\p{L}])/giu, (m) => {
    if (!ref) return;
    if (!m[1] && tenseOfClause(text, m.index!, m.index! + m[0].length) !== 'future') return;
    // A month of another than the document's named before it, in its sentence, is that month's.
    const sentenceStart = Math.max(text.slice(0, m.index!).search(/[.!?]\s+[^.!?]*$/u), text.lastIndexOf('\n', m.index!)) + 1;
    const named = [...text.slice(sentenceStart, m.index!).matchAll(MONTH_WORD)].map((n) => monthIndex(n[1]!));
    if (!m[1] && named.some((month) => month !== ref.getUTCMonth() + 1)) return;
    const [y, mo] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
    add(m.index!, m.index! + m[0].length, ymd(y, mo, new Date(Date.UTC(y, mo, 0)).getUTCDate()), 'day', Boolean(m[1]));
  });
  // The end of a semester or quarter: its last day ("d'ici à la fin du premier trimestre 2024").
  rule(/(?:(d'ici(?: à)?|avant|au plus tard(?: à)?|jusqu'à)\s+)?(?:la\s+)?fin du\s+(premier|1er|second|deuxième|2e|troisième|3e|quatrième|4e)\s+(semestre|trimestre)(?:\s+(?:de l'année\s+|de\s+)?(\d{4}))?/giu, (m) => {
    const y = m[4] ? Number(m[4]) : year;
    if (y === null) return;
    const last = periodOrdinal(m[2]!, m[3]!) * (m[3]!.toLowerCase() === 'semestre' ? 6 : 3);
    add(m.index!, m.index! + m[0].length, ymd(y, last, new Date(Date.UTC(y, last, 0)).getUTCDate()), 'day', Boolean(m[1]));
  });
  // Semesters and quarters.
  rule(/(?:(au cours du|durant le|pendant le|dans le courant du|d'ici la fin du|avant la fin du|au)\s+)?(premier|1er|second|deuxième|2e|troisième|3e|quatrième|4e|dernier)\s+(semestre|trimestre)(?:\s+(?:de l'année\s+)?(\d{4}))?/giu, (m) => {
    const y = m[4] ? Number(m[4]) : year;
    if (y === null) return;
    const ordinal = periodOrdinal(m[2]!, m[3]!);
    const months = m[3]!.toLowerCase() === 'semestre' ? 6 : 3;
    const first = (ordinal - 1) * months + 1;
    const last = first + months - 1;
    const lastDay = new Date(Date.UTC(y, last, 0)).getUTCDate();
    add(m.index!, m.index! + m[0].length, `${ymd(y, first, 1)}/${ymd(y, last, lastDay)}`, 'range', Boolean(m[1]) && !/^au$/iu.test(m[1]!));
  });
  // Quarters and semesters written short, as plans and tables print them: "T2 2025" (the
  // second quarter), "S2 2025" (the second half), "Q3 2025"; after a limit word ("d'ici T4
  // 2025"), deadlines (see DEADLINE_BEFORE).
  rule(/(?<![\p{L}\d])([TQS])([1-4])\s+(\d{4})(?!\d)/gu, (m) => {
    const semester = m[1] === 'S';
    const ordinal = Number(m[2]);
    if (semester && ordinal > 2) return;
    const y = Number(m[3]);
    const months = semester ? 6 : 3;
    const first = (ordinal - 1) * months + 1;
    const last = first + months - 1;
    add(m.index!, m.index! + m[0].length, `${ymd(y, first, 1)}/${ymd(y, last, new Date(Date.UTC(y, last, 0)).getUTCDate())}`, 'range');
  });
  // Seasons: "au printemps 2020" (a range), "avant l'été" / "d'ici l'été" (a deadline: the
  // season's first day, as "d'ici la fin de l'année" is the year's last).
  // A season needs an article or a year: "a été" is a verb.
  rule(/(?:(avant|d'ici|au|à partir du|dès le|pour|en|à|depuis|de)\s+)?(l'|le\s+|cet\s+|ce\s+|au\s+|en\s+)?(printemps|été|automne|hiver)(?:\s+(\d{4})|\s+(prochain|dernier))?(?![\p{L}])/giu, (m) => {
    if (!m[1] && !m[2] && !m[4]) return;
    const key = m[3]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    const [sm, sd, em, ed] = SEASONS[key]!;
    let y = m[4] ? Number(m[4]) : null;
    if (y === null && ref) {
      y = ref.getUTCFullYear();
      // "pour le printemps" names a target, whatever the clause's tense ("la livraison est
      // annoncée pour le printemps").
      if (/^depuis$/iu.test(m[1] ?? '') || (!m[5] && !/^(?:avant|d'ici|pour)$/iu.test(m[1] ?? '') && tenseOfClause(text, m.index!, m.index! + m[0].length) === 'past')) {
        // "depuis le printemps", "Cet été, la police a mené …": the last such season begun by
        // the document's date.
        if (new Date(Date.UTC(y, sm - 1, sd)) > ref) y--;
      } else if (/^dernier$/iu.test(m[5] ?? '')) {
        // "l'été dernier": the last such season over by the document's date.
        const endYear = (first: number) => (em < sm ? first + 1 : first);
        if (new Date(Date.UTC(endYear(y), em - 1, ed)) >= ref) y--;
        if (new Date(Date.UTC(endYear(y), em - 1, ed)) >= ref) y--;
      } else {
        if (new Date(Date.UTC(y, em - 1, ed)) < ref) y++;
        // "au printemps prochain": not the season about to start or under way, the next one.
        if (m[5] && new Date(Date.UTC(y, sm - 1, sd)).getTime() - ref.getTime() < 60 * 86_400_000) y++;
      }
    }
    if (y === null) return;
    const start = new Date(Date.UTC(y, sm - 1, sd));
    if (/^(?:avant|d'ici)$/iu.test(m[1] ?? '')) {
      add(m.index!, m.index! + m[0].length, ymd(start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate()), 'day', true);
    } else {
      add(m.index!, m.index! + m[0].length, `${ymd(y, sm, sd)}/${ymd(em < sm ? y + 1 : y, em, ed)}`, 'range');
    }
  });
  // "l'année prochaine", "l'an prochain", "cette année", "l'an dernier", "l'année passée".
  rule(/(?:(?:au |dès le |début de |au début de |dans le courant de )?l'année prochaine|l'an prochain|cette année|l'an (?:dernier|passé)|l'année (?:dernière|passée))/giu, (m) => {
    if (year === null) return;
    add(m.index!, m.index! + m[0].length, String(/cette/iu.test(m[0]) ? year : /derni|pass/iu.test(m[0]) ? year - 1 : year + 1), 'year');
  });
  // "la semaine prochaine", "cette semaine", "la semaine dernière": Monday to Sunday of that
  // week; "ce mois-ci": the document's month.
  rule(/(?<![\p{L}])(?:la semaine (prochaine|dernière|derniere|passée|passee)|cette semaine)(?![\p{L}])/giu, (m) => {
    if (!ref) return;
    const shift = m[1] ? (/^prochaine$/iu.test(m[1]) ? 7 : -7) : 0;
    const monday = new Date(ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 86_400_000 + shift * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    const day = (d: Date) => ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    add(m.index!, m.index! + m[0].length, `${day(monday)}/${day(sunday)}`, 'range');
  });
  // "mardi prochain", "lundi dernier": the next or the last such weekday from the text's date
  // (on a Thursday, "jeudi prochain" is a week later); only with a known date.
  // Not "vendredi dernier délai" (at the latest), nor before the date itself ("mardi prochain
  // 25 mars", "lundi dernier, 3 mars"), which chrono-node reads.
  rule(new RegExp(`(?<![\\p{L}])(${WEEKDAY_NAME})\\s+(prochain|dernier)(?![\\p{L}])(?!\\s+d[ée]lai)(?!,?\\s+(?:le\\s+)?\\d)`, 'giu'), (m) => {
    if (!ref) return;
    const target = WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase());
    const today = ref.getUTCDay();
    const step = m[2]!.toLowerCase() === 'prochain' ? ((target - today + 7) % 7 || 7) : -((today - target + 7) % 7 || 7);
    const day = new Date(ref.getTime() + step * 86_400_000);
    add(m.index!, m.index! + m[0].length, ymd(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()), 'day');
  });
  rule(/(?<![\p{L}])ce mois-ci(?![\p{L}])/giu, (m) => {
    if (ref) add(m.index!, m.index! + m[0].length, `${ref.getUTCFullYear()}-${pad(ref.getUTCMonth() + 1)}`, 'month');
  });
  // "Entre le 1er janvier et le 30 septembre 2022", "entre le 1/09 et le 31/10": a range; the
  // first day takes the year of the second (or the document's).
  const DAY_OF = String.raw`(\d{1,2})(?:er)?(?:\s+${MONTH}|\/(\d{1,2}))`;
  rule(new RegExp(`(?<![\\p{L}])entre\\s+le\\s+${DAY_OF}\\s+et\\s+le\\s+${DAY_OF}(?:\\s+(\\d{4}))?(?![\\d\\p{L}/])`, 'giu'), (m) => {
    const month = (name: string | undefined, number: string | undefined) => (name ? monthIndex(name) : Number(number));
    const [d1, m1, d2, m2] = [Number(m[1]), month(m[2], m[3]), Number(m[4]), month(m[5], m[6])];
    const y2 = m[7] ? Number(m[7]) : year;
    if (y2 === null || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return;
    const y1 = m1 > m2 || (m1 === m2 && d1 > d2) ? y2 - 1 : y2;
    if (d1 > new Date(Date.UTC(y1, m1, 0)).getUTCDate() || d2 > new Date(Date.UTC(y2, m2, 0)).getUTCDate()) return;
    add(m.index!, m.index! + m[0].length, `${ymd(y1, m1, d1)}/${ymd(y2, m2, d2)}`, 'range');
  });
  // A period with a dash: "1er juillet – 31 décembre 2025".
  rule(DASHED_PERIOD, (m) => {
    const [m1, m2] = [monthIndex(m[2]!), monthIndex(m[5]!)];
    const y2 = Number(m[6]);
    const y1 = m[3] ? Number(m[3]) : m1 > m2 ? y2 - 1 : y2;
    const [d1, d2] = [Number(m[1]), Number(m[4])];
    if (m1 === 0 || m2 === 0 || d1 > new Date(Date.UTC(y1, m1, 0)).getUTCDate() || d2 > new Date(Date.UTC(y2, m2, 0)).getUTCDate()) return;
    add(m.index!, m.index! + m[0].length, `${ymd(y1, m1, d1)}/${ymd(y2, m2, d2)}`, 'range');
  });
  // "du vendredi 13 juin 2025 à 6 heures au dimanche 15 juin 2025 à 20 heures": a range of
  // days with weekdays and hours (the first day takes the second's month and year if it has
  // none, the month before when its day comes later: "du vendredi 30 au lundi 2 juin").
  rule(DAYS_WITH_HOURS, (m) => {
    if (!/\d\s*(?:h|heures?)/iu.test(m[0]) && !/(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)/iu.test(m[0])) return;
    const m2 = monthIndex(m[5]!);
    const y2 = m[6] ? Number(m[6]) : year;
    const m1 = m[2] ? monthIndex(m[2]) : Number(m[1]) > Number(m[4]) ? (m2 === 1 ? 12 : m2 - 1) : m2;
    const y1 = m[3] ? Number(m[3]) : m1 > m2 ? (y2 ?? 0) - 1 : y2;
    const [d1, d2] = [Number(m[1]), Number(m[4])];
    if (y1 === null || y2 === null || m1 === 0 || m2 === 0) return;
    if (d1 > new Date(Date.UTC(y1, m1, 0)).getUTCDate() || d2 > new Date(Date.UTC(y2, m2, 0)).getUTCDate()) return;
    add(m.index!, m.index! + m[0].length, `${ymd(y1, m1, d1)}/${ymd(y2, m2, d2)}`, 'range');
  });
  // A span of months: "de janvier à mars 2024", "entre avril et juin", "d'avril à juin 2025"
  // (the first month takes the year of the second, or the one before when it comes later).
  // The first may have its own year: "entre septembre 2025 et janvier 2026".
  // (With its own year, the first month makes a span only with "à" or "entre … et": "les
  // sommets de juin 2023 et juin 2024" are two. The second month without a year follows the
  // first: "De janvier 2025 à mars".)
  rule(new RegExp(`(?<![\\p{L}])(de|d'|entre)\\s*${MONTH}(?:\\s+(\\d{4}))?\\s+(à|a|et)\\s+${MONTH}(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'giu'), (m) => {
    const [m1, m2] = [monthIndex(m[2]!), monthIndex(m[5]!)];
    if (m[3] && /^(?:de|d')$/iu.test(m[1]!) && /^et$/iu.test(m[4]!)) return;
    const y2 = m[6] ? Number(m[6]) : m[3] ? (m2 > monthIndex(m[2]!) ? Number(m[3]) : Number(m[3]) + 1) : year;
    if (y2 === null || m1 === 0 || m2 === 0 || (m1 === m2 && !m[3])) return;
    const y1 = m[3] ? Number(m[3]) : m1 > m2 ? y2 - 1 : y2;
    if (y1 > y2 || (y1 === y2 && m1 >= m2)) return;
    add(m.index!, m.index! + m[0].length, `${ymd(y1, m1, 1)}/${ymd(y2, m2, new Date(Date.UTC(y2, m2, 0)).getUTCDate())}`, 'range');
  });
  // The end of a month: its last day ("d'ici fin mars", "Échéance : fin janvier 2023"); without
  // a year, the next such month (or the current one).
  rule(new RegExp(`(?<![\\p{L}])(?:(d'ici(?:\\s+à)?|avant|au plus tard)\\s+)?(?:la\\s+)?fin\\s+(?:du mois d(?:e\\s+|')|de\\s+|d')?${MONTH}(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'giu'), (m) => {
    const month = monthIndex(m[2]!);
    let y = m[3] ? Number(m[3]) : year;
    if (y === null || month === 0) return;
    if (!m[3] && ref && month < ref.getUTCMonth() + 1) y++;
    add(m.index!, m.index! + m[0].length, ymd(y, month, new Date(Date.UTC(y, month, 0)).getUTCDate()), 'day', Boolean(m[1]));
  });
  // Days of one month: "les 8 et 9 décembre 2022", "des 8, 9 et 10 décembre", "samedi 17 et
  // dimanche 18 janvier" (a range).
  rule(new RegExp(`(?<![\\d\\p{L}])${WEEKDAY_WORD}(\\d{1,2})(?:er)?(?:\\s*,\\s*${WEEKDAY_WORD}\\d{1,2})*\\s+(?:et|au)\\s+${WEEKDAY_WORD}(\\d{1,2})\\s+${MONTH}(?:\\s+(\\d{4}))?(?![\\d\\p{L}])`, 'giu'), (m) => {
    const month = monthIndex(m[3]!);
    const [a, b] = [Number(m[1]), Number(m[2])];
    // Without a year, the weekdays it names pick it: the document's year, the next or the last.
    const weekday = OPENING_WEEKDAY.exec(m[0])?.[0].toLowerCase();
    const fits = (y: number) => weekday === undefined || WEEKDAY_NAMES[new Date(Date.UTC(y, month - 1, a)).getUTCDay()] === weekday;
    const y = m[4] ? Number(m[4]) : year === null ? null : ([year, year + 1, year - 1].find(fits) ?? year);
    if (y === null || month === 0 || a >= b || b > new Date(Date.UTC(y, month, 0)).getUTCDate()) return;
    add(m.index!, m.index! + m[0].length, `${ymd(y, month, a)}/${ymd(y, month, b)}`, 'range');
  });
  // A span of years: "le plan d'action 2020-2025", "De 2023 à 2025" (but "entre 2022 et
  // 2023" compares two years: two dates; and "passé de 2023 à 2025 unités" counts).
  rule(/(?<![\d/.,-])(?<!n°\s?|no\s)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?![\d/])|(?<![\p{L}])(?<!(?:pass|évolu|augment|diminu|recul|grimp|chut|mont)\p{L}*\s+)[Dd]e\s+((?:19|20)\d{2})\s+à\s+((?:19|20)\d{2})(?![\d/]|\s*(?:euros|€|km|tonnes|kilos|kg|personnes|habitants|agents|unités|postes|policiers|dossiers|cas))/gu, (m) => {
    const [from, to] = m[1] ? [m[1], m[2]!] : [m[3]!, m[4]!];
    if (Number(to) > Number(from)) add(m.index!, m.index! + m[0].length, `${from}-01-01/${to}-12-31`, 'range');
  });
  // A session or season over two years with a slash: "(2024/2025)", "session 2025/2026" (not
  // an act's or a file's number: "règlement (UE) 2024/1689", "la directive 2019/2020").
  rule(/(?<![\d/.,-])(?<!(?:\((?:UE|CE|UE, Euratom)\)|n°|no|nº)\s?)(?<!(?:directive|règlement|décision|décision-cadre|recommandation|dossier|affaire|arrêt|avis|loi|décret)\s+)((?:19|20)\d{2})\/((?:19|20)\d{2})(?![\d/])/giu, (m) => {
    if (Number(m[2]) === Number(m[1]) + 1) add(m.index!, m.index! + m[0].length, `${m[1]}-01-01/${m[2]}-12-31`, 'range');
  });
  // Month and year, not after a day number: "mars 2020", "en juin 2018".
  rule(new RegExp(`(?<!\\d(?:er)?\\s?)(?<![\\p{L}])(?:(début|mi-?)\\s*)?${MONTH}\\s+(\\d{4})(?!\\d)`, 'giu'), (m) => {
    const month = monthIndex(m[2]!);
    if (month > 0) add(m.index!, m.index! + m[0].length, `${m[3]}-${pad(month)}`, 'month');
  });

  // chrono-node for day dates, ranges, "aujourd'hui", weekdays.
  const reference = ref ?? new Date(Date.UTC(2000, 0, 1, 12));
  const results = CHRONO_CUE.test(text) ? frenchParser.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false }) : [];
  for (const result of results) {
    let start = result.index;
    let end = start + result.text.length;
    while (end > start && /[\s,;.]/u.test(text[end - 1]!)) end--;
    // A time of day that chrono-node reads only in part ("à 10" in "jeudi 23 octobre à 10 h",
    // "à 14" in "à 14 h 30" or "à 14 heures", "vers 22" in "vers 22 h 40"): the span keeps
    // the whole time.
    // After "à", the hour may be written in words ("à 14 heures"); after a comma only as "h"
    // ("mardi 18 novembre 2025, 12 h 30"): "Le 3 juin, 12 heures de garde à vue" is a duration.
    const clock = /(?:(?<![\p{L}])(à|vers)|,)\s*\d{1,2}$/u.exec(text.slice(start, end));
    const hour = clock ? (clock[1] ? /^\s?(?:h(?:\s?\d{2})?|heures?(?:\s\d{2})?)(?![\p{L}\d])/u : /^\s?h(?:\s?\d{2})?(?![\p{L}\d])/u).exec(text.slice(end)) : null;
    if (hour) end += hour[0].length;
    const s = result.start;
    const relative = /aujourd'hui|demain|hier/iu.test(result.text);
    // A weekday needs its full name ("mer" is the sea, not "mercredi").
    const weekdayOnly =
      s.isCertain('weekday') && !s.isCertain('day') && !s.isCertain('month') && /^(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|midi|après-midi|soir))?$/iu.test(result.text.trim().replace(/[,;.]$/u, ''));
    // Only calendar dates: not times, durations ("en quelques heures") or "maintenant".
    if (!s.isCertain('month') && !relative && !weekdayOnly) continue;
    // Without the document's date, only a date that gives its year can be placed ("les
    // prochains jours" in an undated text is no day of January 2000).
    if (ref === null && !/\d{4}/u.test(result.text)) continue;
    if (/maintenant|actuellement|heure|minute|seconde|instant/iu.test(result.text)) continue;
    // A time of day alone is no date ("point précédent : N° 3 de 08 h 00", "les mesures de 17 h").
    if (/^(?:(?:de|à|vers|dès|avant|après)\s+)?\d{1,2}\s*h(?:\s*\d{2})?$/iu.test(result.text.trim())) continue;
    // A duration is not a date ("dans un délai de trois mois", "dans deux semaines"), nor the
    // eve of an event ("à la veille d'un Conseil"); a week is read by its own rule above, as
    // a range.
    if (DURATION.test(result.text) || /semaine/iu.test(result.text)) continue;
    if (/veille/iu.test(result.text) && /^\s*(?:(?:de|du|des)(?![\p{L}])|d')/iu.test(text.slice(end))) continue;
    if (text[start - 1] === '/' || text[end] === '/') continue; // "2012/29/UE"
    // "le mois suivant" / "l'année suivante" follow the event just told, not the text's date
    // ("le premier jour du mois suivant la date de votre réponse").
    if (/(?:mois|année|an|jour|semaine)\s+suivante?s?\s*$/iu.test(result.text.trim())) continue;
    // French numeric dates are day/month: "1/15" is not 15 January, and an opinion or a case
    // number ("l'avis 1/15 de la Cour") is not a date at all.
    const numeric = /^(?:le\s+)?(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?$/iu.exec(result.text.trim());
    // Nor a thread's post number on a line of its own ("1/8": the post's rank, then the count).
    const alone = /^[ \t]*$/u.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)) && /^[ \t]*(?:\n|$)/u.test(text.slice(end));
    if (numeric && (Number(numeric[2]) > 12 || /(?:avis|arrêt|affaire|décision|n°|no|articles?|art\.)\s*$/iu.test(text.slice(Math.max(0, start - 12), start)) || (alone && Number(numeric[1]) <= Number(numeric[2])))) continue;
    // Not inside a word: chrono-node's boundary treats accented letters as non-letters
    // ("dans quelques h" in "dans quelques hôtels").
    if (/\p{L}/u.test(text[end] ?? '') || /\p{L}/u.test(text[start - 1] ?? '')) continue;
    if ((relative || weekdayOnly || !s.isCertain('year')) && !ref) continue; // needs a document date
    let y = s.get('year')!;
    let mo = s.get('month')!;
    let d = s.get('day')!;
    if (weekdayOnly && ref) {
      // A bare weekday in a report is the last such day on or before the document date; in
      // a clause in the future tense ("seront réunis jeudi"), the next one on or after it.
      const gap = (s.get('weekday')! - ref.getUTCDay() + 7) % 7;
      // "dès lundi", "à partir de jeudi", "d'ici vendredi" look ahead, unless the clause is in
      // the past ("Dès lundi, les forces de l'ordre ont été déployées").
      const tense = tenseOfClause(text, start, end);
      const ahead = /(?:dès|à partir de|d'ici|jusqu'à)\s+(?:ce\s+)?$/iu.test(text.slice(Math.max(0, start - 16), start)) && tense !== 'past';
      const shift = ahead || tense === 'future' ? gap : -((7 - gap) % 7);
      const day = new Date(ref.getTime() + shift * 86_400_000);
      [y, mo, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    }
    // A day without its year: chrono-node takes the nearest; a limit ("jusqu'au 31 octobre",
    // "à compter du 1er avril") or a future clause looks ahead, a past clause back.
    if (!weekdayOnly && !relative && ref && !s.isCertain('year') && s.isCertain('day')) {
      const candidate = Date.UTC(y, mo - 1, d, 12);
      const ahead = /(?:jusqu'(?:au|à)|d'ici (?:le|au)|avant le|au plus tard le|à partir du|à compter du|dès le)\s*$/iu.test(text.slice(Math.max(0, start - 22), start));
      const tense = tenseOfClause(text, start, end);
      if (((ahead && tense !== 'past') || tense === 'future') && candidate < ref.getTime()) y++;
      else if (tense === 'past' && !ahead && candidate > ref.getTime()) y--;
    }
    // "suivant" before a determiner is a preposition ("le 5 janvier suivant la procédure").
    const after = /^\s+(dernier|dernière|prochain|prochaine|suivante?(?!\s+(?:la|le|les|l'|un|une|des|du|ce|cet|cette|ces|leurs?|son|sa|ses)(?![\p{L}])))(?![\p{L}])/iu.exec(text.slice(end));
    if (after && ref && !s.isCertain('year')) {
      const candidate = new Date(Date.UTC(y, mo - 1, d, 12));
      if (/^derni/iu.test(after[1]!) && candidate >= ref) y--;
      if (/^prochain/iu.test(after[1]!) && candidate <= ref) y++;
      // "le 16 octobre 2020 … Le 2 novembre suivant": after the last date the text named.
      if (/^suivant/iu.test(after[1]!)) {
        const before = lastDateBefore(text, start, hits);
        if (before) y = before.year + (mo < before.month || (mo === before.month && d <= before.day) ? 1 : 0);
      }
      end += after[0].length;
    }
    if (/^le\s$/iu.test(text.slice(start - 3, start))) start -= 3;
    if (result.end && (result.end.isCertain('day') || result.end.isCertain('month'))) {
      add(start, end, `${ymd(y, mo, d)}/${ymd(result.end.get('year')!, result.end.get('month')!, result.end.get('day')!)}`, 'range');
    } else if (s.isCertain('day') || relative || weekdayOnly) {
      add(start, end, ymd(y, mo, d), 'day');
    } else {
      add(start, end, `${y}-${pad(mo)}`, 'month');
    }
  }

  // A bare month after a preposition: "le Conseil JAI de mars" (the next such month);
  // "en novembre dernier", in a clause in the past tense ("le décret adopté en janvier"),
  // or one or two months before the document's in the present ("le bilan de mars
  // montre …" in April), the last such month on or before the document's.
  rule(new RegExp(`(?<![\\p{L}])(?:en\\s+|de\\s+|d'|au mois de\\s+|mois d'|dès\\s+|d'ici\\s+|avant\\s+|depuis\\s+(?:le mois de\\s+|le mois d')?|le mois de\\s+)${MONTH}(?![\\p{L}])(?!\\s+\\d)(\\s+(?:dernier|prochain))?`, 'giu'), (m) => {
    if (!ref) return;
    const month = monthIndex(m[1]!);
    const current = ref.getUTCMonth() + 1;
    // "depuis janvier": since the last January.
    const tense = tenseOfClause(text, m.index!, m.index! + m[0].length);
    // In the present, a month just gone is that one ("le bilan de mars montre …" in April).
    const gone = (current - month + 12) % 12;
    const justGone = tense === null && gone >= 1 && gone <= 2;
    const past = m[2] ? /dernier/iu.test(m[2]) : /^depuis/iu.test(m[0]) || tense === 'past' || justGone;
    let y = past ? (month <= current ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1) : month >= current ? ref.getUTCFullYear() : ref.getUTCFullYear() + 1;
    // A month coordinated with a dated one takes its year: "en novembre et en décembre 2024",
    // "en octobre ou novembre 2025" (the year before when it comes later: "en décembre et
    // en janvier 2025").
    const next = DATED_LIST_END.exec(text.slice(m.index! + m[0].length));
    if (next && !m[2] && monthIndex(next[1]!) > 0) y = Number(next[2]) - (month > monthIndex(next[1]!) ? 1 : 0);
    const word = m[0].lastIndexOf(m[1]!);
    add(m.index! + (m[2] ? 0 : word), m.index! + m[0].length, `${y}-${pad(month)}`, 'month');
  });
  // A month inside such a list, with no preposition of its own: "avril" in "de mars, avril et
  // mai 2026".
  rule(new RegExp(`(?<=,\\s*)${MONTH}(?![\\p{L}])(?=${DATED_LIST_END.source.slice(1)})`, 'giu'), (m) => {
    const next = DATED_LIST_END.exec(text.slice(m.index! + m[0].length))!;
    const [month, last] = [monthIndex(m[1]!), monthIndex(next[1]!)];
    if (month > 0 && last > 0) add(m.index!, m.index! + m[0].length, `${Number(next[2]) - (month > last ? 1 : 0)}-${pad(month)}`, 'month');
  });
  // A year alone: "en 2015", "2016 et 2017"; not a number of a legal act ("2012/29/UE") or
  // of a Commission document ("COM(2025)0148").
  rule(/(?<![\d/.,-]|(?<![\p{L}])(?:COM|SWD|JOIN|SEC|C)\()(?:(?:en|depuis|dès|de|d'ici|avant|après)\s+)?(1[89]\d{2}|20\d{2})(?![\d/]|\)\s?\d|\s*[-–]\s*\d|\s*(?:euros|€|km|tonnes|personnes|habitants|agents))/giu, (m) => {
    const at = m.index! + m[0].lastIndexOf(m[1]!);
    if (!free(at, at + 4)) return;
    add(m.index!, m.index! + m[0].length, m[1]!, 'year');
  });

  return hits.sort((a, b) => a.start - b.start);
}
