/**
 * The shapes the sixteenth blind round brought (a ministry's press kit with its calendar, a
 * Council meeting's outcome release, a Belgian Chamber committee's full record, a
 * grand-ducal regulation, a memorandum drafted in clauses, a Senate committee's summary
 * record): each case failed before its rule. The texts are written for the tests, not copied
 * from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { actors, said, ingest } from '../support/engine.ts';

const commitments = (text: string) => ingest(text).commitments.map((c) => `${c.kind}: ${c.text}`);

describe('a memorandum drafted in clauses', () => {
  const memorandum = [
    'Protocole d’entente entre la Police fédérale belge et la Police grand-ducale',
    '',
    'Bruxelles, le 4 mars 2024',
    '',
    'Clause 1 – Objet',
    '',
    '1.1 Le présent protocole a pour objet de renforcer la coopération dans les gares frontalières.',
    '',
    'Clause 2 – Patrouilles',
    '',
    '2.1 Les Participants organiseront des patrouilles mixtes dans les trains Luxembourg–Arlon.',
    '2.2 Chaque Participant désigne un officier de coordination pour ces patrouilles.',
  ].join('\n');

  test('"Clause 2 – …" is an article: its normative sentences are the Participants\' commitments, not what speaks of the text', () => {
    const found = commitments(memorandum);
    expect(found.some((c) => c.includes('Les Participants organiseront des patrouilles mixtes'))).toBe(true);
    expect(found.some((c) => c.includes('Chaque Participant désigne un officier'))).toBe(true);
    expect(found.some((c) => c.includes('a pour objet'))).toBe(false);
  });
});

describe('a grand-ducal regulation', () => {
  const regulation = [
    'Règlement grand-ducal du 3 juin 2022 relatif aux patrouilles mixtes',
    '',
    'Nous Henri, Grand-Duc de Luxembourg, Duc de Nassau,',
    '',
    'Arrêtons :',
    '',
    'Art. 1er. Le présent règlement fixe les modalités des patrouilles mixtes avec la Belgique.',
    '',
    'Art. 2. (1) La Police grand-ducale organise au moins une patrouille mixte par mois avec la police belge.',
    '',
    '(2) Les agents détachés portent leur uniforme et leur arme de service.',
    '',
    'Palais de Luxembourg, le 3 juin 2022.',
  ].join('\n');

  test('"Art. 2. (1) …" is the article\'s heading, then its text; what the regulation says of itself and its signature\'s place and date are no norms', () => {
    const found = commitments(regulation);
    expect(found.some((c) => c.includes('La Police grand-ducale organise au moins une patrouille'))).toBe(true);
    expect(found.some((c) => c.includes('Les agents détachés portent leur uniforme'))).toBe(true);
    expect(found.some((c) => c.includes('Le présent règlement fixe'))).toBe(false);
    expect(found.some((c) => c.includes('Palais de Luxembourg'))).toBe(false);
  });
});

describe('a press kit\'s calendar', () => {
  test('the lines of a "Calendrier" from the document\'s date on are decisions; the steps already taken are not', () => {
    const kit = [
      'DOSSIER DE PRESSE',
      '',
      'Plan franco-espagnol contre le narcotrafic',
      '',
      'Perpignan, le 15 avril 2024',
      '',
      'Calendrier',
      '',
      '3 avril 2024 : signature de la feuille de route à Madrid',
      'Mai 2024 : installation de la cellule commune au Perthus',
      'Septembre 2024 : premier comité de suivi à Barcelone',
    ].join('\n');
    expect(commitments(kit)).toEqual(['decision: Mai 2024 : installation de la cellule commune au Perthus', 'decision: Septembre 2024 : premier comité de suivi à Barcelone']);
  });
});

describe('records of debates', () => {
  test('a summary record\'s "Article 1er" headings name the bill\'s articles: it is no treaty, what a minister announces is reported', () => {
    const record = [
      'SÉNAT',
      'Commission des lois',
      'Compte rendu analytique',
      'Mercredi 9 octobre 2024',
      '',
      'Article 1er',
      '',
      'Mme Claire Petit présente l’amendement COM-3, qui étend le contrôle aux ports secondaires.',
      '',
      'Article 2',
      '',
      'Le ministre annonce que le Gouvernement déposera un amendement en séance.',
    ].join('\n');
    const doc = ingest(record);
    expect(doc.kind).toBe('article');
    expect(doc.commitments.map((c) => c.text)).toEqual(['Le ministre annonce que le Gouvernement déposera un amendement en séance.']);
  });

  test('a full record\'s date under its heading in capitals is the document\'s date', () => {
    const criv = ['CHAMBRE DES REPRÉSENTANTS DE BELGIQUE', '', 'COMPTE RENDU INTÉGRAL', '', 'Commission de l’Intérieur', '', 'Mercredi 16 novembre 2022', '', 'Après-midi', '', 'La réunion est ouverte à 14 h 12.', ''].join('\n');
    expect(ingest(criv).date).toBe('2022-11-16');
  });
});

describe('a meeting\'s outcome release', () => {
  test('in a communiqué, what its participants adopted or supported at the meeting are its decisions', () => {
    expect(said('Les ministres ont adopté des conclusions sur la lutte contre le trafic de drogue.', 'joint-communique')).toEqual(['decision']);
    expect(said('Les ministres ont soutenu la prolongation de la protection temporaire.', 'joint-communique')).toEqual(['support']);
    expect(said('Le Conseil a approuvé la prolongation, jusqu’en 2026, du mandat de la mission.', 'joint-communique')).toEqual(['decision']);
    // Not in a press article, nor what was adopted years ago.
    expect(said('Les ministres ont adopté des conclusions sur la lutte contre le trafic de drogue.', 'article')).toEqual([]);
    expect(said('En 2019, le Conseil a adopté une stratégie sur les armes à feu.', 'joint-communique')).toEqual([]);
  });
});

describe('terms', () => {
  test('an amendment\'s number ("COM-12") and a title\'s word after its elision ("PROTOCOLE D\'ENTENTE") are no acronyms; "L\'ANSSI" is one', () => {
    const doc = ingest('PROTOCOLE D’ENTENTE\nrelatif à la coopération portuaire\n\nBruxelles, le 4 mars 2024\n\nLa commission adopte l’amendement COM-12 de M. Dupont. L’ANSSI sera associée.\n');
    expect(doc.mentions.filter((m) => m.type === 'term').map((m) => m.text)).toEqual(['ANSSI']);
  });
});

describe('places', () => {
  test('a place after another place and "des" is a place ("le Piémont des Hautes-Alpes"), not part of a name', () => {
    expect(actors('les cols enneigés qui séparent le Piémont des Hautes-Alpes')).toEqual(['Piémont=piemont', 'Hautes-Alpes=hautes-alpes']);
    expect(actors('selon La Voix du Nord, lundi')).toEqual([]);
  });
});
