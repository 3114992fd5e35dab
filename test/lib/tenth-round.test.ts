/**
 * Shapes the tenth blind round brought (a prefect's order, a European Parliament
 * resolution, a town council's deliberation, a minister's thread of posts, a letter of
 * intent, a local police zone's press release): each case failed before its rule. The texts
 * are written for the tests, not copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, dates, ingest, said } from '../support/engine.ts';

describe('a prefect’s order', () => {
  const order = [
    'PRÉFET DU NORD',
    'Arrêté n° 2025-12 du 3 mars 2025 portant organisation de patrouilles mixtes',
    'Le préfet du Nord,',
    'Vu le code de la sécurité intérieure ;',
    'Considérant que la menace terroriste demeure élevée ;',
    'ARRÊTE :',
    'Article 1er – Des patrouilles mixtes franco-belges sont organisées du vendredi 14 mars 2025 à 6 heures au dimanche 16 mars 2025 à 20 heures.',
    'Article 2 – Les organisateurs transmettent au cabinet du préfet la liste des personnes accréditées.',
    'Article 3 – Le directeur de cabinet et le commandant du groupement de gendarmerie sont chargés, chacun en ce qui le concerne, de l’exécution du présent arrêté.',
    'Fait à Lille, le 3 mars 2025',
  ].join('\n\n');

  test('an order is a legal act; its run-in articles head their text; its execution article binds no one', () => {
    const doc = ingest(order);
    expect(doc.kind).toBe('treaty');
    expect(doc.commitments.map((c) => c.text.slice(0, 28))).toEqual(['Des patrouilles mixtes franc', 'Les organisateurs transmette']);
    const structured = structure(order, 'a.txt');
    expect(structured.body.filter((n) => n.type === 'heading').map((n) => n.text)).toEqual(['Article 1er', 'Article 2', 'Article 3']);
    // A short article title stays its heading's.
    expect(structure('Accord\n\nArticle 1er – Objet\n\nLes Parties coopèrent.\n', 'b.txt').body[0]).toMatchObject({ type: 'heading', text: 'Article 1er – Objet' });
  });

  test('a range of days with weekdays and hours is one range', () => {
    expect(dates('du vendredi 13 juin 2025 à 6 heures au dimanche 15 juin 2025 à 20 heures', '2025-06-04')).toEqual(['du vendredi 13 juin 2025 à 6 heures au dimanche 15 juin 2025 à 20 heures=2025-06-13/2025-06-15']);
  });
});

describe('a European Parliament resolution', () => {
  test('its paragraphs open with the verb in lower case: calls, support and engagements, not welcomes, regrets or sending the text on', () => {
    expect(said('demande à la Commission de présenter, d’ici la fin de l’année, un programme ;')).toEqual(['call']);
    expect(said('invite les États membres à mettre pleinement en œuvre le règlement ;')).toEqual(['call']);
    expect(said('soutient l’intention de la Commission de proposer un renforcement du mandat d’Europol ;')).toEqual(['support']);
    expect(said('s’engage à organiser, avant l’été 2026, une audition publique ;')).toEqual(['engagement']);
    expect(said('se félicite de la mise en place du pôle de connaissances ;')).toEqual([]);
    expect(said('regrette que les échanges d’informations restent inégaux ;')).toEqual([]);
    expect(said('charge sa présidente de transmettre la présente résolution au Conseil et à la Commission.')).toEqual([]);
    expect(said('CHARGE son président de transmettre la présente résolution au Conseil.')).toEqual([]);
    // A noun is no verb, and a press report is not written so.
    expect(said('demande d’asile déposée en 2024 ;')).toEqual([]);
    expect(said('demande à la Commission de présenter un programme ;', 'article')).toEqual([]);
  });

  test('a Commission document’s number is no year, and "la Commission du 1er avril 2025" is the European one', () => {
    expect(dates('intitulée « ProtectEU » (COM(2025)0148)', '2025-10-23')).toEqual([]);
    expect(actors('Résolution du Parlement européen', 'vu la communication de la Commission du 1er avril 2025 intitulée « ProtectEU »,')).toEqual([
      'Parlement européen=parlement-europeen',
      'Commission=commission-europeenne',
    ]);
  });

  test('"la Commission de proposer …" and "la Commission de faire pleinement …" are no bodies', () => {
    expect(actors('soutient l’intention de la Commission de proposer, en 2026, un renforcement du mandat d’Europol ;', 'demande à la Commission de faire pleinement usage de ses pouvoirs ;')).toEqual(['Europol=europol']);
  });
});

describe('a town council’s deliberation', () => {
  const deliberation = [
    'VILLE DE WATTRELOS',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Séance du 12 mai 2025\nDélibération n° 2025-031',
    'Date de convocation : 5 mai 2025',
    'Objet : Convention de patrouilles communes avec la zone de police de Mouscron',
    'Monsieur le Maire expose que la délinquance ne s’arrête pas à la frontière.',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité,',
    'DÉCIDE :',
    '1° D’approuver la convention de patrouilles communes ;\n2° De créer deux postes de policier municipal ;',
    'AUTORISE le Maire à signer la convention ;',
    'DIT que les crédits sont inscrits au budget de l’exercice 2025.',
    'Fait à Wattrelos, le 14 mai 2025',
  ].join('\n\n');

  test('its subject line is its title, every line above it a header line, and it is the council’s own text', () => {
    const doc = structure(deliberation, 'd.txt');
    expect([doc.title, doc.kind, doc.date, doc.place, doc.header.authorLines, doc.header.dateLine]).toEqual([
      'Convention de patrouilles communes avec la zone de police de Mouscron',
      'declaration',
      '2025-05-12',
      'Wattrelos',
      ['VILLE DE WATTRELOS'],
      'Séance du 12 mai 2025',
    ]);
    // No line above the title is lost, the second date line included.
    expect(doc.header.notes).toEqual(['EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', 'Délibération n° 2025-031', 'Date de convocation : 5 mai 2025']);
  });

  test('"DÉCIDE :" leads its points; "AUTORISE …" and "DIT que …" decide', () => {
    const doc = ingest(deliberation);
    expect(doc.commitments.map((c) => [c.text.slice(0, 20), c.kind])).toEqual([
      ['D’approuver la conve', 'decision'],
      ['De créer deux postes', 'decision'],
      ['AUTORISE le Maire à ', 'decision'],
      ['DIT que les crédits ', 'decision'],
    ]);
    expect(said('DIT non à la réforme, a titré le journal.', 'article')).toEqual([]);
  });

  test('a season in a past clause is the last one: "Cet été, la police a mené …" after the summer', () => {
    expect(dates('Cet été, la police municipale et la Police nationale ont mené des patrouilles.', '2024-09-26')).toEqual(['Cet été=2024-06-21/2024-09-22']);
    expect(dates('Cet été, nous mènerons des patrouilles.', '2024-09-26')).toEqual(['Cet été=2025-06-21/2025-09-22']);
  });
});

describe('a thread of posts', () => {
  test('"Fil publié le …" dates it; a post number on its own line is no date', () => {
    const doc = structure('REVUE DES RÉSEAUX SOCIAUX\n\nFil publié le jeudi 20 mars 2025\n\nGérald Vasseur (@GeraldVasseur)\n\n1/8\n\nNous lançons une cellule commune.\n', 't.txt');
    expect(doc.date).toBe('2025-03-20');
    expect(dates('1/8', '2025-03-20')).toEqual([]);
    expect(dates('réunion le 1/09 à Bruxelles', '2025-03-20')).toEqual(['le 1/09=2025-09-01']);
  });

  test('a day without its year looks ahead after "jusqu’au" or in a future clause, back in a past one', () => {
    expect(dates('Les contrôles sont prolongés jusqu’au 31 octobre.', '2025-03-20')).toEqual(['31 octobre=2025-10-31']);
    expect(dates('Mardi, je serai à Dunkerque avec le préfet.', '2025-03-20')).toEqual(['Mardi=2025-03-25']);
  });

  test('a visit announced and a future with an object pronoun commit', () => {
    expect(said('Mardi, je serai à Dunkerque avec le préfet du Nord.', 'article')).toEqual(['announcement']);
    expect(said('Je serai à vos côtés.', 'article')).toEqual([]);
    expect(said('Nous les étendrons d’ici l’été à la frontière espagnole.')).toEqual(['announcement']);
  });
});

describe('a letter of intent and a police zone’s release', () => {
  test('"Fait en deux exemplaires originaux à Bruxelles, le …" dates a letter of intent, its parties’ own text', () => {
    const doc = structure('LETTRE D’INTENTION\n\nentre l’École nationale supérieure de la police et l’Académie nationale de police\n\n1 - Les Parties conviennent de coopérer.\n\nFait en deux exemplaires originaux à Bruxelles, le 14 novembre 2024.\n', 'l.txt');
    expect([doc.kind, doc.date, doc.place]).toEqual(['declaration', '2024-11-14', 'Bruxelles']);
  });

  test('an academy before its acronym is a body', () => {
    expect(actors('L’Académie nationale de police (ANPA) de la police fédérale belge. L’ANPA accueillera deux élèves.')).toContain('ANPA=academie-nationale-de-police');
  });

  test('a police zone over its release is the issuer; its place-date line with the hour dates it', () => {
    const doc = structure('Zone de police de Mouscron\nCommuniqué de presse\nMouscron, le mardi 8 octobre 2024 – 11 h 30\n\nOpération transfrontalière : 412 véhicules contrôlés\n\nLa zone de police a mené une opération.\n', 'r.txt');
    expect([doc.title, doc.date, doc.place, doc.header.authorLines]).toEqual(['Opération transfrontalière : 412 véhicules contrôlés', '2024-10-08', 'Mouscron', ['Zone de police de Mouscron', 'Communiqué de presse']]);
  });

  test('a zone and its chief act; "d’ici la fin du mois" is the month’s last day; "les fêtes de fin d’année" is no date', () => {
    expect(said('La zone de police de Mouscron détachera deux inspecteurs au CCPD de Tournai.', 'joint-communique')).toEqual(['announcement']);
    expect(said('Le chef de corps demandera au parquet un suivi des dossiers.', 'joint-communique')).toEqual(['announcement']);
    expect(dates('Un bilan sera publié d’ici la fin du mois.', '2024-10-08')).toEqual(['d’ici la fin du mois=2024-10-31']);
    expect(dates('pendant les fêtes de fin d’année, du 20 décembre au 5 janvier', '2024-10-08')).toEqual(['20 décembre au 5 janvier=2024-12-20/2025-01-05']);
  });
});
