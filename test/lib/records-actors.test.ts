/**
 * Actors of parliamentary records and press conferences: the minister a question is put to,
 * addressed as "Madame la ministre"; the speaker of a transcript's turn, who is not the
 * minister they speak of; a counterpart's "vice-Premier ministre" office; a committee's name
 * that lists its complements; one plural article shared by two nouns of a body's name.
 * Invented texts, of the shapes of a Chamber's full record and a joint press conference.
 */
import { describe, expect, test } from 'vitest';
import { actors, ingest } from '../support/engine.ts';

describe('a vocative names the one minister it can name', () => {
  test('in a record, "Madame la ministre" is the minister the question is put to', () => {
    expect(
      actors(
        '01 Question de M. Pieter Verhulst à Annelies Verlinden (Intérieur) sur « Les patrouilles mixtes à la frontière »',
        '01.01 M. Pieter Verhulst (Open Vld): Madame la ministre, les patrouilles mixtes ont-elles repris à Menin ?',
      ),
    ).toContain('la ministre=annelies-verlinden');
  });

  test('with two ministers before it, the vocative names no one', () => {
    const found = actors(
      'Conférence de presse de M. Laurent Vasseur, ministre de l’Intérieur, et de M. Jan Peeters, vice-Premier ministre et ministre de l’Intérieur de Belgique.',
      'QUESTION. – Monsieur le ministre, quand les patrouilles reprendront-elles ?',
    );
    expect(found.filter((m) => m.startsWith('le ministre='))).toEqual([]);
  });

  test('a greeting that names the one it greets names them there, not the minister before', () => {
    const found = actors('Monsieur le ministre, cher Matteo Piantedosi,', 'Monsieur le ministre, cher Nello Musumeci,');
    expect(found.filter((m) => m.startsWith('le ministre='))).toEqual([]);
  });
});

describe('a transcript\'s speaker is not the minister they speak of', () => {
  test('"M. VASSEUR. – Comme l\'a rappelé le ministre" is his Belgian counterpart, whose office is "vice-Premier ministre"', () => {
    const found = actors(
      'Conférence de presse de M. Laurent VASSEUR, ministre de l’Intérieur, et de M. Jan PEETERS, vice-Premier ministre et ministre de l’Intérieur du Royaume de Belgique.',
      'M. PEETERS. – Nous renforcerons les patrouilles.',
      'M. VASSEUR. – Comme l’a rappelé le ministre, tout commence dans les ports.',
    );
    expect(found).toContain('le ministre=jan-peeters');
  });
});

describe('a body\'s name with listed complements', () => {
  test.each([
    ["La Commission de l'Intérieur, de la Sécurité, de la Migration et des Matières administratives s'est réunie mercredi.", "Commission de l'Intérieur, de la Sécurité, de la Migration et des Matières administratives=commission-de-l-interieur-de-la-securite-de-la-migration-et-des-matieres-administratives"],
    ['Le dossier est suivi par l’Administration générale des Douanes et Accises (AGDA) à Anvers.', 'Administration générale des Douanes et Accises=administration-generale-des-douanes-et-accises'],
  ])('%s', (sentence, mention) => {
    expect(actors(sentence)).toContain(mention);
  });

  test('a list of bodies stays a list: a head noun or a known actor starts a new body', () => {
    const found = actors('Le Ministère de l’Intérieur, de la Police fédérale et d’Europol ont signé la convention.');
    expect(found.some((m) => m.includes('Police fédérale et'))).toBe(false);
    expect(found).toContain('Europol=europol');
  });
});

describe('Belgian and European bodies of the registry', () => {
  test('"SPF Intérieur" is the Belgian ministry, its "SPF" a term; the federal prosecutor and ENISA are known', () => {
    const doc = ingest('Note\n\nLe SPF Intérieur et le parquet fédéral ont saisi l’ENISA de l’attaque du 3 mars 2026.\n');
    expect(doc.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['service-public-federal-interieur', 'parquet-federal', 'enisa']));
    expect(doc.terms.map((t) => t.id)).toEqual(expect.arrayContaining(['spf', 'enisa']));
  });
});
