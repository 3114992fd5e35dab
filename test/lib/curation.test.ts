import { describe, expect, test } from 'vitest';
import { maybeSamePerson, samePersonHints } from '../../scripts/lib/curation.ts';

describe('maybeSamePerson', () => {
  test.each([
    ['Ferd Grapperhaus', 'Ferdinand Grapperhaus', true],
    ['F. Grapperhaus', 'Ferdinand Grapperhaus', true],
    ['Pieter De Crem', 'P. De Crem', true],
    ['Jan Jambon', 'Jan Peter Jambon', true],
    ['Édouard PHILIPPE', 'Edouard Philippe', true],
    // A second surname on one side, as Spanish names run.
    ['Fernando Grande-Marlaska', 'Fernando GRANDE-MARLASKA Gómez', true],
    ['F. Grande-Marlaska', 'Fernando Grande-Marlaska Gómez', true],
    ['Ana García', 'Luis Pérez García', false],
    ['María García', 'Ana Pérez García', false],
    // Different given names, different surnames, a surname alone.
    ['Marc Dupont', 'Luc Dupont', false],
    ['Charles Michel', 'Louis Michel', false],
    ['Jan Jambon', 'Jan Janssens', false],
    ['Grapperhaus', 'Ferdinand Grapperhaus', false],
    // A feminine given name is not a long form of the masculine one.
    ['Paul Martin', 'Paula Martin', false],
    ['Paul Martin', 'Pauline Martin', false],
    ['Jean Dupont', 'Jeanne Dupont', false],
    ['Michel Durand', 'Michèle Durand', false],
    ['Christian Lambert', 'Christiane Lambert', false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(maybeSamePerson(a, b)).toBe(same);
    expect(maybeSamePerson(b, a)).toBe(same);
  });
});

describe('samePersonHints', () => {
  test('pairs each likely duplicate once, at least one side unreviewed, in id order', () => {
    const people = [
      { id: 'ferdinand-grapperhaus', name: 'Ferdinand Grapperhaus', reviewed: false },
      { id: 'charles-michel', name: 'Charles Michel', reviewed: true },
      { id: 'ferd-grapperhaus', name: 'Ferd Grapperhaus', reviewed: false },
      { id: 'c-michel', name: 'C. Michel', reviewed: false },
      { id: 'louis-michel', name: 'Louis Michel', reviewed: true },
      { id: 'l-michel', name: 'L Michel', reviewed: true },
      { id: 'fernando-grande-marlaska-gomez', name: 'Fernando Grande-Marlaska Gómez', reviewed: true },
      { id: 'fernando-grande-marlaska', name: 'Fernando Grande-Marlaska', reviewed: false },
      { id: 'paula-michel', name: 'Paula Michel', reviewed: false },
      { id: 'paul-michel', name: 'Paul Michel', reviewed: false },
      // The same actor from two documents counts once.
      { id: 'ferd-grapperhaus', name: 'Ferd Grapperhaus', reviewed: false },
    ];
    expect(samePersonHints(people).map(([a, b]) => `${a.id} ${b.id}`)).toEqual([
      'c-michel charles-michel',
      'ferd-grapperhaus ferdinand-grapperhaus',
      'fernando-grande-marlaska fernando-grande-marlaska-gomez',
    ]);
  });
});
