/** French calendar words, and full calendar dates in header lines (read with chrono-node's French parser). */
import * as chrono from 'chrono-node';

/** The months, in order. */
export const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** The months' names as written, with or without their accents. */
export const MONTH_WORDS = [...MONTH_NAMES, 'fevrier', 'aout', 'decembre'];
/** A month's name, with or without its accent (regex source, no group). */
export const MONTH_NAME = `(?:${MONTH_WORDS.join('|')})`;
/** The weekdays, in the order of `Date.getUTCDay` (Sunday first). */
export const WEEKDAY_NAMES = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
/** A weekday's name (regex source, no group). */
export const WEEKDAY_NAME = `(?:${WEEKDAY_NAMES.join('|')})`;

/** A day, its month in words and a year: "14 mai 2025", "1er juin 2024". */
const DAY_MONTH_YEAR = new RegExp(String.raw`(?<![\p{L}\d])\d{1,2}(?:er)?\s+${MONTH_NAME}\s+\d{4}(?!\d)`, 'giu');

/**
 * The first date in `text` whose day, month and year are all written out, as ISO; or null.
 * Where chrono-node reads nothing in the whole line (it gives up on "14 mai 2025,
 * 24-85.317", a court's date before a case number), each "day month year" is read alone.
 */
export function findFullDate(text: string): string | null {
  return fullDate(text) ?? [...text.matchAll(DAY_MONTH_YEAR)].map((m) => fullDate(m[0])).find((d) => d !== null) ?? null;
}

function fullDate(text: string): string | null {
  // The reference date only matters for incomplete dates, which are rejected anyway.
  for (const result of chrono.fr.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    // Written out, not relative: chrono-node counts "hier" and "dans 3 jours" as certain days.
    if (!/(?:1[89]|20)\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/u.test(result.text)) continue;
    const year = start.get('year')!;
    const month = start.get('month')!;
    const day = start.get('day')!;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}
