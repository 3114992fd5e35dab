/**
 * Earlier instruments and events a text refers to: a declaration, communication,
 * agreement, directive, conference, summit or attack named with its date, its quoted
 * name (« No Money For Terror ») or its number (2012/29/UE). Each becomes a linkable
 * entry whose id is built from its kind, name or place, and date.
 */
import { asciiSlug } from '../slug.ts';
import type { DateHit } from './dates.ts';

/** A reference found in a text. */
export interface ReferenceHit {
  start: number;
  end: number;
  id: string;
  kind: 'instrument' | 'event';
  label: string;
  date: string | null;
}

const HEADS =
  /(?<![\p{L}])(déclaration(?: conjointe| commune)?|communication|conférence|accord|traité|convention|directive|règlement|décision|sommet|réunion|attaque(?: terroriste)?|attentats?|protocole|résolution|stratégie|plan d['’]action)(?![\p{L}])/giu;
const EVENTS = /^(?:conférence|sommet|réunion|attaque|attentat)/iu;
const NUMBER = /(?:\((?:UE|CE)\)\s*)?(?:n°\s*)?\d{2,4}\/\d{1,4}(?:\/(?:UE|CE|JAI|PESC))?/u;

/** References in one text; `dates` are the dates found in it, `places` the place names. */
export function findReferences(text: string, dates: DateHit[], places: Array<{ start: number; end: number; slug: string }>): ReferenceHit[] {
  const hits: ReferenceHit[] = [];
  const heads = [...text.matchAll(HEADS)];
  for (const [k, m] of heads.entries()) {
    const start = m.index!;
    const head = m[1]!.toLowerCase();
    // The rest of the clause: up to the end of the sentence, 160 characters at most.
    const clauseEnd = Math.min(text.length, start + 160, ...[/[.;](?:\s|$)/u.exec(text.slice(start))].filter(Boolean).map((x) => start + x!.index + 1));
    const clause = text.slice(start, clauseEnd);
    const quoted = /«\s*([^»]{3,80}?)\s*»/u.exec(clause);
    const number = NUMBER.exec(clause.slice(0, 60));
    // The reference's own date: a day date (or a range) in the clause, not a deadline.
    const date = dates.find((d) => d.start > start && d.start < clauseEnd && (d.precision === 'day' || d.precision === 'range') && d.type !== 'deadline');
    if (!quoted && !number && !date) continue;
    // The nearest head before what identifies the reference owns it: in "attentats …,
    // dont la récente attaque … le 29 mai", the date belongs to "attaque".
    const identified = Math.min(...[quoted ? start + quoted.index : Infinity, number ? start + number.index : Infinity, date ? date.start : Infinity]);
    const nextHead = heads[k + 1];
    if (nextHead && nextHead.index! < identified) continue;
    // Stop the reference at whatever identifies it last.
    const ends = [quoted ? start + quoted.index + quoted[0].length : 0, number ? start + number.index + number[0].length : 0, date ? date.end : 0];
    const end = Math.max(...ends);
    if (hits.some((h) => h.start < end && start < h.end)) continue;
    const iso = date ? date.iso.split('/')[0]! : null;
    const place = places.find((p) => p.start > start && p.end <= end);
    const name = quoted ? asciiSlug(quoted[1]!) : number ? asciiSlug(number[0].replace(/\//gu, '-')) : place ? place.slug : '';
    const id = [asciiSlug(head), name, iso].filter(Boolean).join('-');
    hits.push({ start, end, id, kind: EVENTS.test(head) ? 'event' : 'instrument', label: text.slice(start, end), date: iso });
  }
  return hits;
}
