/**
 * A fresh reader's counter-examples to the twenty-third round's rules: what they wrongly took
 * in other texts (each test names the shape it guards).
 */
import { describe, expect, test } from 'vitest';
import { ingest, said } from '../support/engine.ts';

describe('leads and proposals', () => {
  test('a body that offers or funds something over a list is describing, not proposing', () => {
    const doc = ingest('Mouscron : un centre pour les jeunes\nPar Jeanne Martin\nPublié le 3 mars 2025\n\nLe centre propose :\n- des cours de français ;\n- un accompagnement scolaire.\n\nLe fonds européen soutient depuis 2021 :\n- la formation des éducateurs.\n');
    expect(doc.commitments).toEqual([]);
  });

  test('"Les ministres adoptent les propositions suivantes :" decides', () => {
    const doc = ingest('Déclaration commune\n\nBruxelles, le 3 mars 2026\n\nLes ministres adoptent les propositions suivantes :\n- créer un centre commun d’analyse ;\n- renforcer les patrouilles mixtes.\n');
    expect(doc.commitments.map((c) => c.kind)).toEqual(['decision', 'decision']);
  });

  test.each(['Ils proposent des traversées à 3 000 euros.', 'Ils ne proposent aucune solution.', 'Les études et les sondages suggèrent une hausse.', 'La boulangerie et la pâtisserie proposent des gâteaux.'])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe('subjects that act', () => {
  test.each([
    'L’Otan a décidé de renforcer sa présence.',
    'La commission de l’agence immobilière s’élèvera à 3 %.',
    'En septembre, mon fils partira étudier à Lille.',
    'Mon successeur présentera le bilan.',
    'J’entends venir les critiques.',
    'Je vous saurais gré de votre compréhension.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  test('a report’s own committee decides and announces', () => {
    expect(said('La commission a décidé d’entendre la semaine prochaine la CNIL.')).toEqual(['decision']);
    expect(said('La commission des lois entendra en octobre le ministre.')).toEqual(['announcement']);
  });
});

describe('dates and kinds', () => {
  test('a date alone on a line dates a text only where it signs it: not a timeline’s last event', () => {
    const doc = ingest('Chronologie de la coopération\n\nLes étapes de la coopération franco-belge.\n\n12 mars 2024\n\nSignature de l’accord.\n\n3 juin 2025\n\nPremière patrouille commune, à Tournai, avec vingt agents des deux pays.\n');
    expect(doc.date).toBeNull();
  });

  test('a place-date line with words between stays one', () => {
    const doc = ingest('Déclaration commune\n\nBruxelles, en marge de la réunion informelle des ministres, le 12 juin 2026\n\nLes ministres décident de créer un centre commun.\n');
    expect(doc.date).toBe('2026-06-12');
  });

  test('a press headline on a national plan is a press page', () => {
    const doc = ingest('Plan national canicule déclenché dans douze départements\n\nLe ministre a appelé jeudi les maires à ouvrir des salles rafraîchies.\n');
    expect(doc.kind).toBe('article');
  });

  test('a lone "Forces" caption hides no decision; an objective reported met is no decision', () => {
    const doc = ingest('Plan d’action 2026\n\nParis, le 3 mars 2026\n\nForces\n- déployer deux escadrons supplémentaires d’ici juin 2026.\n\nOO 2.1 – Réduire de 10 % les délais : objectif atteint en 2024.\n');
    expect(doc.commitments.map((c) => c.text)).toEqual(['déployer deux escadrons supplémentaires d’ici juin 2026.']);
  });
});
