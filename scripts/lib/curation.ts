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
 * Could two names be one person? The same last word (the surname), and given names that
 * agree from the first, word for word, each one equal to the other's or a short form or an
 * initial of it ("Ferd" / "Ferdinand", "F." / "Ferdinand"); a middle name on one side only
 * is allowed ("Jan Jambon" / "Jan Peter Jambon"). Different given names ("Marc" / "Luc"),
 * or a surname alone, are not.
 */
export function maybeSamePerson(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.length < 2 || y.length < 2 || x.at(-1) !== y.at(-1)) return false;
  const shorter = Math.min(x.length, y.length) - 1;
  for (let i = 0; i < shorter; i++) {
    const [p, q] = x[i]!.length <= y[i]!.length ? [x[i]!, y[i]!] : [y[i]!, x[i]!];
    if (!q.startsWith(p)) return false;
  }
  return true;
}

/**
 * Pairs of people, at least one of them unreviewed, that may be one person: each pair once,
 * in a stable order (by id).
 */
export function samePersonHints(people: readonly Person[]): Array<[Person, Person]> {
  // Only names that share their last word can pair: compare within those groups.
  const bySurname = new Map<string, Person[]>();
  for (const person of new Map(people.map((p) => [p.id, p])).values()) {
    const key = words(person.name).at(-1) ?? '';
    bySurname.set(key, [...(bySurname.get(key) ?? []), person]);
  }
  const pairs: Array<[Person, Person]> = [];
  for (const group of bySurname.values()) {
    group.sort((a, b) => (a.id < b.id ? -1 : 1));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i]!, group[j]!];
        if ((!a.reviewed || !b.reviewed) && maybeSamePerson(a.name, b.name)) pairs.push([a, b]);
      }
    }
  }
  return pairs.sort(([a, b], [c, d]) => (a.id < c.id ? -1 : a.id > c.id ? 1 : b.id < d.id ? -1 : 1));
}
