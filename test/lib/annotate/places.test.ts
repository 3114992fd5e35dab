import { describe, expect, test } from 'vitest';
import { ActorAnnotator } from '../../../scripts/lib/annotate/actors.ts';
import { loadRegistry } from '../../../scripts/lib/registry.ts';

const registry = loadRegistry();

/** Place mentions of a text (after discovery over the same text), as [text, id]. */
function places(text: string): Array<[string, string]> {
  const annotator = new ActorAnnotator(registry);
  annotator.discover([text]);
  return annotator
    .annotate(text)
    .filter((h) => annotator.actors.get(h.id)?.kind === 'place')
    .map((h): [string, string] => [text.slice(h.start, h.end), h.id]);
}

describe('the gazetteer of places', () => {
  test.each([
    // Départements and régions, without a preposition to reveal them.
    ['Les patrouilles mixtes couvrent les Alpes-Maritimes et la Haute-Savoie.', [['Alpes-Maritimes', 'alpes-maritimes'], ['Haute-Savoie', 'haute-savoie']]],
    ['Le Bas-Rhin, le Haut-Rhin et l’Île-de-France seront concernés.', [['Bas-Rhin', 'bas-rhin'], ['Haut-Rhin', 'haut-rhin'], ['Île-de-France', 'ile-de-france']]],
    // A border crossing written with its article contracted ("au Perthus").
    ['Les contrôles au Perthus ont été renforcés, comme à Hendaye.', [['Perthus', 'le-perthus'], ['Hendaye', 'hendaye']]],
    // Rivers and ranges of the borders.
    ['Les crues du Rhin et de l’Escaut ; la frontière des Pyrénées.', [['Rhin', 'rhin'], ['Escaut', 'escaut'], ['Pyrénées', 'pyrenees']]],
    // The longest name wins: a département inside a région's name is not named.
    ['Le Nord-Pas-de-Calais et les Bouches-du-Rhône.', [['Nord-Pas-de-Calais', 'nord-pas-de-calais'], ['Bouches-du-Rhône', 'bouches-du-rhone']]],
  ])('%j', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  test('a valley, a bay or a tunnel named after a place is a place of its own', () => {
    expect(places('Les secours sont intervenus dans la vallée de la Roya et dans la baie de Somme.')).toEqual([
      ['vallée de la Roya', 'vallee-de-la-roya'],
      ['baie de Somme', 'baie-de-somme'],
    ]);
    expect(places('Le tunnel du Fréjus a été fermé.')).toEqual([['tunnel du Fréjus', 'tunnel-du-frejus']]);
  });

  test('a place inside the name of a newspaper or a body, or after an office, is not named on its own', () => {
    expect(places('selon La Voix du Nord, lundi')).toEqual([]);
    // (An acronym is no such name: "le SDIS du Nord", "la sénatrice PS de la Somme" name the département.)
    expect(places('Le SDIS du Nord a mobilisé 40 pompiers.')).toEqual([['Nord', 'nord']]);
    expect(places('La sénatrice PS de la Somme et les élus RN du Var.')).toEqual([['Somme', 'somme'], ['Var', 'var']]);
    expect(places('Mardi, je serai à Dunkerque avec le préfet du Nord, Bertrand Gaume.')).toEqual([['Dunkerque', 'dunkerque']]);
  });

  test('a cardinal point before its complement is a direction', () => {
    expect(places('Les ports du Nord de l’Europe ont renforcé leurs contrôles.')).toEqual([['Europe', 'europe']]);
    expect(places('Les inondations ont touché le Nord, puis la Somme.')).toEqual([['Nord', 'nord'], ['Somme', 'somme']]);
  });

  test('a capitalised common word is not an overseas département ("Réunion n° 9")', () => {
    expect(places('Réunion trilatérale des ministres de l’Intérieur')).toEqual([]);
    expect(places('Les renforts envoyés à La Réunion et à Mayotte.')).toEqual([['La Réunion', 'la-reunion'], ['Mayotte', 'mayotte']]);
  });
});
