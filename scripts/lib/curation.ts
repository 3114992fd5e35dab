/**
 * Hints for the curator of the registry. Unreviewed people are found document by
 * document, each under the name its text gives: the same minister can come out as "Ferd
 * Grapperhaus" in one press report and "Ferdinand Grapperhaus" in another, two actors with
 * two pages. The ingest does not merge them on a guess (an id, once published, is a link
 * that must keep working); it names the pairs that look like one person, so that the
 * curator adds one name to `content/registry/actors.yaml` with the other as an alias.
 */
import { foldSameLength } from './fold.ts';

export interface Person {
  id: string;
  name: string;
  reviewed: boolean;
}

/** Words of a name, folded, without the dots of initials: "F. Grapperhaus" → ["f", "grapperhaus"]. */
const words = (name: string) =>
  foldSameLength(name)
    .replace(/\./gu, ' ')
    .split(/[\s]+/u)
    .filter(Boolean);

/**
 * What is left of a given name after its short form, when it only makes the feminine of
 * it: "Paul" is not a short "Paula" or "Pauline", nor "Jean" a short "Jeanne", nor
 * "Michel" a short "Michèle" (folded "michele").
 */
const FEMININE_REST = /^(?:[nlt])?(?:a|e|ette|ine|iane|ienne)$/u;

/** One given name equal to the other, or a short form or an initial of it ("Ferd" / "Ferdinand", "F." / "Ferdinand"). */
function sameGivenName(a: string, b: string): boolean {
  const [p, q] = a.length <= b.length ? [a, b] : [b, a];
  if (!q.startsWith(p)) return false;
  return p.length === q.length || p.length === 1 || !FEMININE_REST.test(q.slice(p.length));
}

/**
 * Could two names be one person? The shorter name's surname (its last word) ends the
 * longer name, or comes just before a second surname ("Fernando Grande-Marlaska" /
 * "Fernando Grande-Marlaska Gómez", as Spanish names run); and the given names agree from
 * the first, word for word, each one equal to the other's or a short form or an initial
 * of it ("Ferd" / "Ferdinand", "F." / "Ferdinand", but not "Paul" / "Paula"); a middle
 * name on one side only is allowed ("Jan Jambon" / "Jan Peter Jambon"). Different given
 * names ("Marc" / "Luc"), or a surname alone, are not.
 */
export function maybeSamePerson(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)].sort((m, n) => m.length - n.length) as [string[], string[]];
  if (x.length < 2) return false;
  const surname = x.at(-1)!;
  // Where the surname stands in the longer name: last, or before one more (second) surname.
  const at = y.at(-1) === surname ? y.length - 1 : y.length >= 3 && y.at(-2) === surname ? y.length - 2 : -1;
  if (at < 1) return false;
  const given = Math.min(x.length - 1, at);
  for (let i = 0; i < given; i++) if (!sameGivenName(x[i]!, y[i]!)) return false;
  return true;
}

/**
 * Pairs of people, at least one of them unreviewed, that may be one person: each pair once,
 * in a stable order (by id).
 */
export function samePersonHints(people: readonly Person[]): Array<[Person, Person]> {
  // Only names that share a surname can pair: compare within the groups of each of the
  // last two words (a second surname may follow the shared one).
  const bySurname = new Map<string, Person[]>();
  for (const person of new Map(people.map((p) => [p.id, p])).values()) {
    for (const key of new Set(words(person.name).slice(1).slice(-2))) bySurname.set(key, [...(bySurname.get(key) ?? []), person]);
  }
  const pairs: Array<[Person, Person]> = [];
  const seen = new Set<string>();
  for (const group of bySurname.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        const key = `${a.id} ${b.id}`;
        if (seen.has(key) || (a.reviewed && b.reviewed) || !maybeSamePerson(a.name, b.name)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs.sort(([a, b], [c, d]) => (a.id < c.id ? -1 : a.id > c.id ? 1 : b.id < d.id ? -1 : 1));
}
