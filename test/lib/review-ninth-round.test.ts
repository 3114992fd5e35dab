/**
 * A fresh reader's counter-examples to the ninth round's rules (each misfired before its
 * fix): headlines and lead sentences taken for issuers, "À l'attention d'…", vetoes and
 * legal clauses too broad, a signature's date, section words, channels, names after a
 * kind of text, bills laid out otherwise.
 */
import { describe, expect, test } from 'vitest';
import { speaksOfItself } from '../../scripts/lib/commitments.ts';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, said } from '../support/engine.ts';

describe('header lines', () => {
  test('a headline that starts with a body’s noun stays the headline under a ministry', () => {
    const doc = structure('Ministère de l’Intérieur\n\nCentre de rétention administrative de Mayotte : ouverture d’une nouvelle aile\n\nPublié le 3 mars 2025\n\nLa nouvelle aile accueillera quarante places.\n', 'a.txt');
    expect(doc.title).toBe('Centre de rétention administrative de Mayotte : ouverture d’une nouvelle aile');
  });

  test('a lead sentence is no title under a body’s name', () => {
    const doc = structure('Conseil Justice et affaires intérieures à Luxembourg\n\nProgramme chargé pour les ministres, qui se retrouvent jeudi pour deux jours.\n\nLes ministres examineront le pacte.\n', 'b.txt');
    expect(doc.title).toBe('Conseil Justice et affaires intérieures à Luxembourg');
  });

  test('"À l’attention d’Olivier Brunet" is an addressee', () => {
    const doc = structure('Paris, le 4 mars 2025\n\nÀ l’attention d’Olivier Brunet\n\nObjet : renfort des effectifs\n\nJe vous demande de renforcer les effectifs.\n', 'c.txt');
    expect([doc.title, doc.header.addressee, doc.kind]).toEqual(['Renfort des effectifs', ['À l’attention d’Olivier Brunet'], 'declaration']);
  });

  test('the signature dates the text, not a field’s value in its body', () => {
    const doc = structure('Relevé de décisions\n\nLes participants conviennent de se revoir.\n\nProchaine réunion : Bruxelles, le 3 juin 2025\n\nPaul Martin\nSecrétaire général\nParis, le 2 avril 2025\n', 'd.txt');
    expect([doc.date, doc.place]).toEqual(['2025-04-02', 'Paris']);
  });

  test('section words are no place', () => {
    for (const word of ['Résumé', 'Bilan', 'Remerciements', 'Chronologie', 'Méthodologie', 'Glossaire']) {
      expect(structure(`Rapport annuel\n\nPublié le 3 mars 2025\n\n${word}\n\nL’Office a traité 300 demandes.\n`, 'e.txt').place, word).toBeNull();
    }
  });

  test('a government bill’s "présenté au nom de …" and an Assembly bill’s referral are header lines', () => {
    const government = structure('PROJET DE LOI\n\nrelatif à la sécurité des ports,\n\nprésenté au nom de M. Paul Durand, Premier ministre, par M. Luc Morel, ministre de l’Intérieur\n\nEXPOSÉ DES MOTIFS\n\nMesdames, Messieurs,\n', 'f.txt');
    expect(government.header.authorLines).toEqual(['présenté au nom de M. Paul Durand, Premier ministre, par M. Luc Morel, ministre de l’Intérieur']);
    const assembly = structure('PROPOSITION DE LOI\n\nvisant à renforcer la coopération,\n\n(Renvoyée à la commission des lois constitutionnelles)\n\nprésentée par Mme Anne LEROUX, députée.\n\nEXPOSÉ DES MOTIFS\n', 'g.txt');
    expect([assembly.header.notes, assembly.header.authorLines]).toEqual([['(Renvoyée à la commission des lois constitutionnelles)'], ['présentée par Mme Anne LEROUX, députée.']]);
  });

  test('a line ends on a preposition only in a sentence: "Voix pour" over a figure and a lone "à" stay lines', () => {
    const doc = structure('Procès-verbal\n\nVoix pour\n40\n\nLe texte est adopté.\n', 'h.txt');
    expect(doc.body.map((n) => (n.type === 'paragraph' ? n.text : ''))).toContain('Voix pour');
    const circular = structure('Paris, le 5 octobre 2023\nLe ministre de l’Intérieur\nà\nMesdames et Messieurs les préfets\n\nObjet : Patrouilles.\n\nJe vous demande de doubler les patrouilles.\n', 'i.txt');
    expect(circular.header.addressee).toContain('Mesdames et Messieurs les préfets');
  });

  test('"Accord de gouvernement à gouvernement" is a treaty', () => {
    expect(structure('Accord de gouvernement à gouvernement entre la République française et le Royaume du Maroc\n\nLes Parties coopèrent.\n', 'j.txt').kind).toBe('treaty');
  });
});

describe('commitments', () => {
  test('a closing formula is known by its object; a request in the same words still asks', () => {
    expect(said('Je vous prie de recevoir, avant le 30 juin, les organisations syndicales.')).toEqual(['call']);
    expect(said('Je vous prie d’accepter, Madame, l’expression de ma haute considération.')).toEqual([]);
    expect(said('Je vous prie de trouver ci-joint le rapport de la mission.')).toEqual([]);
  });

  test('passing a text commits to nothing only when the assembly is asked to pass this one', () => {
    expect(said('Les ministres demandent au Conseil d’adopter ce projet de règlement avant l’été.')).toEqual(['call']);
    expect(said('La France s’engage à proposer au Conseil d’adopter la présente déclaration.')).toEqual(['engagement']);
    expect(said('Telles sont les raisons pour lesquelles nous vous demandons d’adopter la présente proposition de loi.')).toEqual([]);
  });

  test('the gage and the decree clause are the law’s own mechanics, not any compensation or decree', () => {
    expect(speaksOfItself('Les charges résultant pour les communes de ces missions sont compensées par l’État chaque année.')).toBe(false);
    expect(speaksOfItself('Les préfets arrêtent un plan départemental, dont les modalités d’application sont fixées par arrêté.')).toBe(false);
    expect(speaksOfItself('La charge pour l’État résultant de la présente loi est compensée, à due concurrence, par une taxe additionnelle.')).toBe(true);
    expect(speaksOfItself('Les modalités d’application du présent article sont fixées par décret.')).toBe(true);
  });

  test('"les auteurs de l’agression" are no authors of the text; "J’ai demandé à … de" needs an infinitive', () => {
    expect(said('Les auteurs de l’agression demandent une rançon de 10 000 euros.', 'article')).toEqual([]);
    expect(said('J’ai demandé aux habitants de Mamoudzou ce qu’ils attendaient de l’État.')).toEqual([]);
  });
});

describe('actors', () => {
  test('a channel is no country; a table’s row is', () => {
    expect(actors('Il l’a dit sur France 24 puis sur France 2.')).toEqual([]);
    expect(actors('France             4 905     5 521')).toEqual(['France=france']);
  });

  test('after any kind of text, the author’s name; "Désormais" is no place', () => {
    expect(actors('Audition de Laurent Vasseur, ministre de l’Intérieur')).toEqual(['Laurent Vasseur=laurent-vasseur']);
    expect(actors('Déclaration de Laurent Vasseur, ministre de l’Intérieur')).toEqual(['Laurent Vasseur=laurent-vasseur']);
    expect(actors('Désormais, à Hendaye, les patrouilles sont mixtes.')).toEqual(['Hendaye=hendaye']);
  });

  test('"à" and an infinitive in "-re" make a sentence, not a body’s name', () => {
    expect(actors('inviter la Commission européenne à mettre en œuvre le Fonds pour la sécurité intérieure (FSI) dès 2026')).toEqual(['Commission européenne=commission-europeenne']);
  });
});
