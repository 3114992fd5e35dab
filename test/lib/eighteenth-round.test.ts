/**
 * What the eighteenth session's work exposed, on invented texts: an acronym written as a
 * common noun is no surname in capitals.
 */
import { describe, expect, test } from 'vitest';
import { actors } from '../support/engine.ts';

describe('an acronym the text writes after an article or in parentheses is no surname', () => {
  test.each([
    // "une CMIC", "(CMIC)": the word after "Mesures" is the units' acronym, not a surname.
    [['Mesures CMIC : aucun dépassement des seuils.', 'Deux cellules mobiles d’intervention chimique (CMIC) ; renfort d’une CMIC de la Meuse.'], []],
    [['Relevés LAPI : 40 véhicules signalés.', 'Les LAPI des deux pays seront reliés.'], []],
    // A surname in capitals stays one, even where another acronym is written with an article.
    [['Christophe CASTANER a reçu le SGDSN.', 'Le rapport du SGDSN sera publié.'], ['Christophe CASTANER=christophe-castaner']],
    // Without the article or the parentheses nothing says the word is an acronym: a name.
    [['Compte rendu de Marc DELORME.'], ['Marc DELORME=marc-delorme']],
  ])('%j → %j', (texts, expected) => {
    expect(actors(...texts).filter((m) => !/=(?:meuse|sgdsn|secretariat)/u.test(m))).toEqual(expected);
  });
});
