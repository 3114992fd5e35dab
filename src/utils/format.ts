/** French display helpers. */

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2018-06-11" → "11 juin 2018" ("1er" for the first of the month). */
export function frenchDate(iso: string): string {
  const text = LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
  return text.replace(/^1 /, '1er ');
}

/** French label of a document kind. */
export const KIND_LABEL: Record<string, string> = {
  declaration: 'Déclaration',
  'joint-communique': 'Communiqué conjoint',
  treaty: 'Traité, accord ou acte juridique',
  article: 'Article de presse',
};

/** French label of a commitment kind. */
export const COMMITMENT_KIND_LABEL: Record<string, string> = {
  decision: 'décision',
  engagement: 'engagement',
  call: 'appel',
  support: 'soutien',
  announcement: 'annonce',
};

/** French typography: narrow no-break spaces before ; ! ? and no-break spaces before : and inside « ». */
export function frenchTypography(text: string): string {
  return text
    .replace(/\s+([;!?])/gu, '\u202f$1')
    .replace(/\s+:/gu, '\u00a0:')
    .replace(/«\s*/gu, '«\u00a0')
    .replace(/\s*»/gu, '\u00a0»');
}

/** "3 sections", "1 section": a count and its noun joined by a no-break space. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${frenchNumber(count)}\u00a0${count > 1 ? pluralForm : singular}`;
}

const NUMBER = new Intl.NumberFormat('fr-FR');
/** A number as French writes it: thousands grouped by a narrow no-break space ("8 654"). */
export function frenchNumber(n: number): string {
  return NUMBER.format(n);
}

/** Shorten a text to at most `max` characters at a word boundary, with "…". */
export function truncateWords(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1).replace(/\s+\S*$/u, '').replace(/[\s,;:«(]+$/u, '');
  // Never leave an opening guillemet without its closing one.
  const balanced = (cut.match(/«/gu) ?? []).length > (cut.match(/»/gu) ?? []).length ? cut.replace(/\s*«[^«]*$/u, '') : cut;
  return `${balanced}\u00a0…`;
}

/** A heading as a table-of-contents label: without its closing colon. */
export function tocLabel(title: string): string {
  return title.replace(/\s*:\s*$/u, '');
}

/** A section in a nested table of contents, with the sections under it. */
export interface TocEntry<T extends { level: number }> {
  section: T;
  children: Array<TocEntry<T>>;
}

/**
 * Sections in reading order nested by their level, so that each level of the table of
 * contents is a list of its own, numbered from 1 ("1. Synthèse" / "1. Contexte", not
 * "2. Contexte" under it). A section deeper than the one before hangs under it, however
 * many levels it skips.
 */
export function nestSections<T extends { level: number }>(sections: T[]): Array<TocEntry<T>> {
  const root: Array<TocEntry<T>> = [];
  const open: Array<TocEntry<T>> = [];
  for (const section of sections) {
    while (open.length > 0 && open.at(-1)!.section.level >= section.level) open.pop();
    const entry: TocEntry<T> = { section, children: [] };
    (open.at(-1)?.children ?? root).push(entry);
    open.push(entry);
  }
  return root;
}

const MONTH_YEAR = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A normalised date in French at its precision: "29 mai 2018", "mars 2020", "2016", "25–26 avril 2018". */
export function frenchIso(iso: string, precision: string): string {
  if (precision === 'range') {
    const [from, to] = iso.split('/') as [string, string];
    const [a, b] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
    if (a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth()) return `${a.getUTCDate() === 1 ? '1er' : a.getUTCDate()}–${frenchDate(to)}`;
    return `du ${frenchDate(from)} au ${frenchDate(to)}`;
  }
  if (precision === 'month') return MONTH_YEAR.format(new Date(`${iso}-01T00:00:00Z`));
  if (precision === 'year') return iso;
  return frenchDate(iso);
}

/** French label of an actor kind. */
export const ACTOR_KIND_LABEL: Record<string, string> = {
  person: 'Personne',
  institution: 'Institution',
  country: 'Pays',
  party: 'Parti',
  organisation: 'Organisation',
  place: 'Lieu',
  'armed-group': 'Groupe armé',
};

/** French plural of an actor kind, for headings. */
export const ACTOR_KIND_PLURAL: Record<string, string> = {
  person: 'Personnes',
  institution: 'Institutions',
  country: 'Pays',
  party: 'Partis',
  organisation: 'Organisations',
  place: 'Lieux',
  'armed-group': 'Groupes armés',
};

/** Readable name of a commitment id: "engagement-3" → "n° 3", others as they are ("terrorisme-4"). */
export function commitmentName(id: string): string {
  const n = /^engagement-(\d+)$/.exec(id);
  return n ? `n°\u00a0${n[1]}` : id;
}

/** A paragraph as readers name it: "p-6" → "paragraphe 6"; other ids as they are. */
export function blockName(id: string): string {
  const m = /^p-(\d+)$/.exec(id);
  return m ? `paragraphe\u00a0${m[1]}` : id;
}

/** French label of a date type. */
export const DATE_TYPE_LABEL: Record<string, string> = { event: 'événement', deadline: 'échéance', publication: 'publication' };

/** Precision of a normalised date from its shape ("2018" year, "2018-05" month, "a/b" range). */
export function isoPrecision(iso: string): 'day' | 'month' | 'year' | 'range' {
  return iso.includes('/') ? 'range' : iso.length === 4 ? 'year' : iso.length === 7 ? 'month' : 'day';
}

/** An anchor id for a normalised date ("2018-04-25/2018-04-26" → "date-2018-04-25--2018-04-26"). */
export function dateAnchor(iso: string): string {
  return `date-${iso.replace('/', '--')}`;
}

/** JSON for an inline `<script type="application/ld+json">`: "<" escaped so no text can close the element. */
export function jsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * A window of `sentence` around the first occurrence of `hit`, at most `max` characters,
 * cut at word boundaries with "…": [before, hit, after] for emphasis on the hit.
 */
export function excerpt(sentence: string, hit: string, max = 240): [string, string, string] {
  const at = sentence.indexOf(hit);
  if (at === -1) return [truncateWords(sentence, max), '', ''];
  const room = Math.max(0, max - hit.length);
  let start = Math.max(0, at - Math.floor(room / 2));
  let end = Math.min(sentence.length, at + hit.length + (room - (at - start)));
  start = Math.max(0, Math.min(start, end - max));
  if (start > 0) start = sentence.indexOf(' ', start) + 1 || start;
  if (end < sentence.length) end = Math.max(at + hit.length, sentence.lastIndexOf(' ', end));
  const before = `${start > 0 ? '…\u00a0' : ''}${sentence.slice(start, at)}`;
  const after = `${sentence.slice(at + hit.length, end)}${end < sentence.length ? '\u00a0…' : ''}`;
  return [before, hit, after];
}

/**
 * The other forms of a name worth showing a reader: the aliases that differ from the name
 * and from each other other than by case or accents ("Jan JAMBON", "JAMBON" add nothing to
 * "Jan Jambon" and "Jambon"), first form kept, in their order.
 */
export function distinctForms(name: string, aliases: readonly string[]): string[] {
  const key = (form: string) => form.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/\s+/gu, ' ').trim();
  const seen = new Set([key(name)]);
  return aliases.filter((alias) => {
    const k = key(alias);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * One line that says what a document is: "Déclaration, Paris, 11 juin 2018 : 22 engagements
 * annotés" ("1 engagement annoté", "aucun engagement relevé"). The document page's
 * description and its entry in the feed.
 */
export function documentSummary(doc: { kind: string; place: string | null; date: string | null; commitments: readonly unknown[] }): string {
  const n = doc.commitments.length;
  const count = n === 0 ? 'aucun engagement relevé' : `${plural(n, 'engagement')} annoté${n > 1 ? 's' : ''}`;
  return `${KIND_LABEL[doc.kind] ?? doc.kind}${doc.place ? `, ${doc.place}` : ''}${doc.date ? `, ${frenchDate(doc.date)}` : ''}\u00a0: ${count}.`;
}

/**
 * A letter's addressee lines as one line: "Madame Ursula von der Leyen, Présidente de la
 * Commission européenne"; a circular's lone "à" runs into the line after it ("à Mesdames et
 * Messieurs les préfets …").
 */
export function addresseeLine(lines: readonly string[]): string {
  return lines.reduce((shown, line, i) => (i === 0 ? line : `${shown}${/^[àÀ]$/u.test(lines[i - 1]!) ? ' ' : ', '}${line}`), '');
}

/**
 * A subtitle as a line of its own: without the comma that ran it into the next header line
 * ("visant à renforcer la coopération …," over "présentée par …").
 */
export function subtitleLine(subtitle: string): string {
  return subtitle.replace(/\s*,$/u, '');
}
