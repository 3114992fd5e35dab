/**
 * A fresh reader's counter-examples to the eighteenth round's rules, each a case the first
 * version of a rule got wrong: treaty obligations in a relative clause, reported
 * conditionals of things and negations, forecasts in "devrait", "PRISE EN CHARGE" as a lead,
 * a press rubric as a series, headings read as signatories, a name in parentheses read as an
 * acronym, another instrument's signature date, and a numbered heading under a title.
 */
import { describe, expect, test } from 'vitest';
import { isTreatyNorm } from '../../scripts/lib/commitments.ts';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, ingest, said } from '../support/engine.ts';

describe('a treaty\'s obligations stay', () => {
  test.each([
    'Chaque Partie transmet à l’autre un rapport sur les saisies qu’elle a effectuées l’année dernière.',
    'Les Parties, qui ont constaté au cours des dernières années une hausse des trafics, renforcent leur coopération opérationnelle.',
    'Une Partie dont l’exemption cesse de s’appliquer en informe sans délai l’autre Partie.',
    'Les dispositions du présent article cessent de s’appliquer aux agents détachés, qui regagnent leur service d’origine dans un délai de trente jours.',
    'Le droit de poursuite s’exerce dans les limites suivantes : les agents poursuivants ne pénètrent dans aucun domicile.',
  ])('%s', (sentence) => {
    expect(isTreatyNorm(sentence)).toBe(true);
  });
});

describe('reported conditionals and "devrait" that commit to nothing', () => {
  test.each([
    ['Le ministre a confirmé que le retrait des patrouilles mixtes était achevé.', 'article'],
    ['Le porte-parole a précisé qu’il ne s’agirait pas d’une fermeture de la frontière.', 'article'],
    ['Elle a expliqué que la mesure permettrait de réduire les délais.', 'article'],
    ['Il a souligné que sans accord, la situation se dégraderait rapidement.', 'article'],
    ['Il a indiqué que la Belgique ne participerait pas à la mission.', 'article'],
    ['Le Royaume-Uni devrait quitter le programme Prüm à la fin de l’année.', 'declaration'],
    ['En théorie, chaque État membre devrait disposer d’un point de contact unique, mais ce n’est pas le cas.', 'declaration'],
    ['Les États membres devraient recevoir une enveloppe de 2 milliards d’euros.', 'declaration'],
    ['La Commission devrait présenter sa proposition au printemps, selon plusieurs diplomates.', 'declaration'],
    ['« Les États membres devraient renforcer l’échange de données », a estimé la directrice d’Europol.', 'declaration'],
  ] as const)('%s', (sentence, kind) => {
    expect(said(sentence, kind)).toEqual([]);
  });

  test('a recommendation with a comma-enclosed adverb is still one', () => {
    expect(said('Les États membres devraient, à terme, créer un registre commun.')).toEqual(['call']);
  });
});

describe('leads, series and headings', () => {
  test('"PRISE EN CHARGE DES VICTIMES :" over facts leads no calls', () => {
    const doc = ingest('Plan national\n\nPRISE EN CHARGE DES VICTIMES :\n- un numéro d’assistance unique existe depuis 2019 ;\n- les associations partenaires accueillent les victimes.\n');
    expect(doc.commitments).toEqual([]);
  });

  test('a newspaper\'s rubric numbered like a series leaves a press page a press page', () => {
    const doc = ingest('Le Monde – Analyse n° 12\n\nPourquoi la coopération policière franco-belge patine\n\nPar Jean Martin\n\nPublié le 12 mars 2025\n\nSelon un diplomate, les ministres devraient annoncer la création d’un centre commun.\n');
    expect([doc.kind, doc.commitments.length]).toEqual(['article', 0]);
  });

  test('"Recommandation n° 1" under a title heads its part, no header note', () => {
    const doc = structure('Rapport sur les ports\n\nRecommandation n° 1\n\nRenforcer les contrôles.\n\nRecommandation n° 2\n\nFormer les agents.\n', 'r.txt');
    expect(doc.header.notes).toEqual([]);
  });

  test('another instrument\'s signature in the closing lines does not date the text', () => {
    const doc = structure('Note sur la coopération policière franco-belge\n\nLa coopération repose sur plusieurs instruments.\n\nSigné le 5 mars 2013 à Tournai, l’accord de Tournai II organise les patrouilles mixtes.\n', 'n.txt');
    expect(doc.date).toBe(null);
  });
});

describe('persons', () => {
  test('a heading over a role is no signatory, two names side by side are not one person', () => {
    expect(actors('Contact Presse', 'Attachée de presse du ministre de l’Intérieur')).toEqual([]);
    expect(actors('Fait à Trieste, le 8 octobre 2025.', 'Lorenzo Bassani Katrien Peeters', 'Ministre de l’Intérieur Ministre de l’Intérieur').filter((m) => m.includes('bassani-katrien'))).toEqual([]);
  });

  test('a surname in capitals in parentheses in minutes is still that person\'s', () => {
    expect(actors('Lorenzo BASSANI présente le bilan des patrouilles mixtes.', 'Action : transmettre la liste des agents (BASSANI) – échéance : 15 mars.')).toEqual(['Lorenzo BASSANI=lorenzo-bassani', 'BASSANI=lorenzo-bassani']);
  });
});
