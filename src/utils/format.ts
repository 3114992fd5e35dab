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
  treaty: 'Traité ou accord',
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
  return `${count}\u00a0${count > 1 ? pluralForm : singular}`;
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
