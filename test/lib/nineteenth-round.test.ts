/**
 * What the nineteenth blind round's shapes exposed, on invented texts of those shapes: a
 * diplomatic telegram's fields and its numbered date line, a mixed commission's meeting line
 * under its name on two lines, a decree printed under the Official Journal's masthead with
 * the treaty it publishes annexed, a parliamentary mission's filing and registration lines,
 * and an administrative convention's tables set out in columns.
 */
import { describe, expect, test } from 'vitest';
import { ingest, openings, said } from '../support/engine.ts';

const dated = (text: string) => ingest(text).dates.map((d) => `${d.text}=${d.iso}`);

describe('a diplomatic telegram', () => {
  const cable = [
    'TÉLÉGRAMME DIPLOMATIQUE',
    '',
    'DE : AMBASSADE DE FRANCE AUX PAYS-BAS (LA HAYE)',
    'A : DIPLOMATIE PARIS',
    'OBJET : PAYS-BAS – LUTTE CONTRE LE TRAFIC DE DROGUE DANS LE PORT DE ROTTERDAM',
    'RÉF. : TD LA HAYE 0112 DU 05/01/2027',
    'CLASSEMENT : DIFFUSION RESTREINTE',
    'N° 0412 DU 02/04/2027 – 09 H 30',
    'DIFFUSION : DUE – OFAST',
    '',
    'RÉSUMÉ : Le gouvernement néerlandais a présenté mardi un plan pour le port de Rotterdam.',
    '',
    '1. Le ministre de la Justice présentera le texte au Parlement le 20 avril.',
  ].join('\n');
  test('its numbered date line dates it, under its classification and over its distribution fields', () => {
    const doc = ingest(cable);
    expect(doc.date).toBe('2027-04-02');
    expect(doc.header.dateLine).toBe('N° 0412 DU 02/04/2027 – 09 H 30');
    expect(doc.header.notes).toEqual(expect.arrayContaining(['CLASSEMENT : DIFFUSION RESTREINTE', 'DIFFUSION : DUE – OFAST']));
  });
  test('so its relative dates resolve', () => {
    expect(dated(cable)).toEqual(expect.arrayContaining(['mardi=2027-03-30', 'le 20 avril=2027-04-20']));
  });
});

describe('a mixed commission\'s record of decisions', () => {
  const record = [
    'COMITÉ MIXTE FRANCO-BELGE',
    'POUR LA PRÉVENTION DES CRISES',
    '',
    'Cinquième réunion',
    'Réunion du mardi 9 février 2027 à Mons',
    'Réf. : CMFB/2027-02',
    '',
    'RELEVÉ DE DÉCISIONS',
    '',
    'Décision n° 1 – Le comité organisera un exercice commun en juin.',
  ].join('\n');
  test('the meeting line under a name set on two lines dates it, the line above it is a subtitle', () => {
    const doc = ingest(record);
    expect(doc.date).toBe('2027-02-09');
    expect(doc.header.dateLine).toBe('Réunion du mardi 9 février 2027 à Mons');
    expect(doc.header.subtitle).toBe('Cinquième réunion');
    expect(dated(record)).toContain('juin=2027-06');
  });
  test('a record of decisions is its authors\' own text', () => {
    expect(ingest('RELEVÉ DE DÉCISIONS du comité de pilotage\n\nLe comité organisera un exercice commun en juin 2027.').kind).toBe('declaration');
  });
});

describe('a decree under the Official Journal\'s masthead, with the treaty it publishes', () => {
  const title =
    'Décret n° 2027-118 du 12 février 2027 portant publication de l’accord entre le Gouvernement de la République française et le Gouvernement du Grand-Duché de Luxembourg relatif à la coopération en matière de sécurité civile dans la région frontalière, signé à Luxembourg le 3 juin 2026 (1)';
  const decree = [
    'JORF n° 0037 du 14 février 2027',
    '',
    title,
    '',
    'NOR : EAEJ2702001D',
    '',
    'Article 1er',
    '',
    'L’accord entre le Gouvernement de la République française et le Gouvernement du Grand-Duché de Luxembourg relatif à la coopération en matière de sécurité civile, signé à Luxembourg le 3 juin 2026, sera publié au Journal officiel de la République française.',
    '',
    'Article 2',
    '',
    'Le Premier ministre et le ministre de l’Europe et des affaires étrangères sont chargés de l’exécution du présent décret.',
    '',
    'Fait le 12 février 2027.',
    '',
    '(1) Le présent accord est entré en vigueur le 1er janvier 2027.',
    '',
    'ANNEXE',
    '',
    'ACCORD ENTRE LE GOUVERNEMENT DE LA RÉPUBLIQUE FRANÇAISE ET LE GOUVERNEMENT DU GRAND-DUCHÉ DE LUXEMBOURG RELATIF À LA COOPÉRATION EN MATIÈRE DE SÉCURITÉ CIVILE',
    '',
    'Le Gouvernement de la République française et le Gouvernement du Grand-Duché de Luxembourg, ci-après dénommés « les Parties »,',
    '',
    'Considérant les inondations qui ont frappé la région frontalière en 2024 ;',
    '',
    'Sont convenus de ce qui suit :',
    '',
    'Article 1er',
    '',
    'Les Parties se prêtent mutuellement assistance en cas de catastrophe dans la région frontalière.',
    '',
    'Article 2',
    '',
    'La direction des opérations de secours relève de la Partie sur le territoire de laquelle l’intervention a lieu.',
    '',
    'Fait à Luxembourg, le 3 juin 2026, en deux exemplaires originaux en langue française.',
  ].join('\n');
  test('the decree is its title, however long, and its own date dates it (not the masthead\'s, nor the treaty\'s signature)', () => {
    const doc = ingest(decree);
    expect(doc.title).toBe(title);
    expect(doc.date).toBe('2027-02-12');
    expect(doc.header.published).toBe('JORF n° 0037 du 14 février 2027');
    // The treaty's "Fait à Luxembourg, le 3 juin 2026" places the treaty, not the decree.
    expect(doc.place).toBe(null);
  });
  test('its publication clause, its entry into force, the annex\'s title and preamble and a rule of command bind no one; the treaty\'s obligation does', () => {
    expect(openings(decree)).toEqual(['Les Parties se prêtent']);
  });
  test('"Fait le …" without a place dates a decree printed without its masthead and title date', () => {
    expect(ingest('Décret relatif à la sécurité civile\n\nArticle 1er\n\nLe préfet organise chaque année un exercice transfrontalier.\n\nFait le 12 février 2027.').date).toBe('2027-02-12');
  });
});

describe('a parliamentary mission\'s report', () => {
  const report = [
    'ASSEMBLÉE NATIONALE',
    'DIX-SEPTIÈME LÉGISLATURE',
    '',
    'RAPPORT D’INFORMATION N° 2104',
    '',
    'déposé en application de l’article 145 du Règlement par la commission des lois constitutionnelles, de la législation et de l’administration générale de la République, en conclusion des travaux d’une mission d’information sur la coopération pénitentiaire',
    '',
    'Enregistré à la Présidence de l’Assemblée nationale le 3 février 2027',
    '',
    'SYNTHÈSE',
    '',
    'Proposition n° 1 : Créer d’ici la fin de l’année un réseau d’officiers de liaison pénitentiaires.',
  ].join('\n');
  test('its filing line is a header note, its registration line dates it, and it is its authors\' own text', () => {
    const doc = ingest(report);
    expect(doc.date).toBe('2027-02-03');
    expect(doc.header.notes.some((n) => n.startsWith('déposé en application'))).toBe(true);
    expect(doc.kind).toBe('declaration');
    expect(openings(report)).toEqual(['Créer d’ici la fin']);
  });
});

describe('an administrative convention\'s tables and term', () => {
  const convention = [
    'CONVENTION DE SUBVENTION',
    '',
    'Article 1er – Budget',
    '',
    'Le Ministère octroie au Bénéficiaire une subvention de 50 000,00 € pour l’année 2027.',
    'Le budget du projet est ventilé comme suit :',
    '',
    '  Poste                                          Montant',
    '  A. Personnel : un coordinateur de prévention      30 000,00 €',
    '  B. Campagne de prévention dans les écoles         20 000,00 €',
    '',
    'Article 2 – Indicateurs',
    '',
    '  Indicateur                                       Cible',
    '  Élèves sensibilisés dans les écoles frontalières    1 200',
    '',
    'Article 3 – Durée',
    '',
    'Elle prend fin le 31 décembre 2027, sauf si des montants restent à rembourser à cette date.',
    'Le Bénéficiaire transmet au Ministère un rapport final au plus tard le 31 mars 2028.',
  ].join('\n');
  test('rows set out in columns and its term bind no one; its obligations do', () => {
    expect(openings(convention)).toEqual(['Le Ministère octroie au', 'Le Bénéficiaire transmet au']);
  });
});

describe('a record\'s and a report\'s own words', () => {
  test.each([
    // The record's co-chairs and participants speak for the authors.
    ['Les co-présidents conviennent de proposer aux ministres une rencontre en juin.', 'declaration', ['decision']],
    ['Les participants conviennent de se réunir à nouveau en octobre à Metz.', 'declaration', ['decision']],
    // A body that entrusts a task decides it; what a minister entrusted someone with is reported.
    ['Elle confie à un groupe d’experts des deux parties le soin d’examiner les conditions d’un échange.', 'declaration', ['decision']],
    ['Le ministre lui a confié la mission de réformer la police.', 'declaration', []],
    // A party's proposal in the past, where "échange" is a noun after its determiner, binds no one.
    ['La partie française avait proposé un échange automatisé des données des caméras.', 'declaration', []],
    ['Les deux parties échangent les informations utiles à la prévention des infractions.', 'treaty', ['engagement']],
    // What a minister announced that his country would do, in a report of it.
    ['M. Vermeersch a par ailleurs annoncé que la Belgique proposerait, lors du Conseil JAI de juin, d’étendre la priorité EMPACT.', 'article', ['announcement']],
  ] as const)('%s (%s)', (sentence, kind, kinds) => {
    expect(said(sentence, kind)).toEqual(kinds);
  });

  test('a numbered section title in capitals after a dash list heads what follows, and commits to nothing', () => {
    const text = [
      'Plan d’action contre le sabotage',
      '',
      '3. PRÉVENIR ET DÉTECTER',
      '',
      'Les États membres sont invités à :',
      '– désigner, d’ici la fin de l’année, un point de contact unique.',
      '',
      '4. ENQUÊTER ET RÉAGIR',
      '',
      'Les exécutants et leurs commanditaires opèrent souvent depuis l’étranger.',
    ].join('\n');
    expect(openings(text)).toEqual(['désigner, d’ici la fin']);
  });
});

describe('a telegram\'s paragraph labels', () => {
  test('a French word in capitals opening its paragraph before a colon is no acronym; an acronym there stays one', () => {
    const doc = ingest('Note\n\nRÉSUMÉ : Le gouvernement a présenté un plan.\n\nSYNTHÈSE : Ce plan marque un changement.\n\nOCAM : la menace reste élevée.\n\nEUROJUST : les équipes communes seront renforcées.');
    expect(doc.terms.map((t) => t.term).sort()).toEqual(['EUROJUST', 'OCAM']);
  });
});

describe('what ends a text', () => {
  test('a telegram\'s signature in capitals heads nothing', () => {
    const doc = ingest('Note\n\nCOMMENTAIRE :\n\nLe poste organisera une visite au printemps 2027.\n\nMARCILLAC');
    expect(doc.sections.map((s) => s.title)).toEqual(['COMMENTAIRE :']);
  });
  test('a deliberation signed days after its sitting keeps the signature\'s place', () => {
    const doc = ingest('VILLE DE HALLUIN\n\nSéance du 26 septembre 2024\n\nObjet : partenariat local de sécurité\n\nLe conseil municipal décide d’adhérer au partenariat.\n\nFait à Halluin, le 30 septembre 2024');
    expect([doc.date, doc.place]).toEqual(['2024-09-26', 'Halluin']);
  });
});

describe('a convention\'s contents', () => {
  test('its parties\' "ENTRE :" and "ET :", its "IL EST CONVENU CE QUI SUIT :" and a budget row head nothing; its articles do', () => {
    const doc = ingest([
      'CONVENTION DE PARTENARIAT',
      '',
      'ENTRE :',
      'La Ville de Mons, ci-après « la Ville »,',
      'ET :',
      'La zone de police de Mons-Quévy, ci-après « la Zone »,',
      '',
      'IL EST CONVENU CE QUI SUIT :',
      '',
      'Article 1er – Objet',
      '',
      'La présente convention organise des patrouilles communes.',
      '',
      'Article 2 – Budget',
      '',
      '  A. Personnel : deux agents de prévention      30 000,00 €',
      '  C. Équipement : deux caméras mobiles           12 000,00 €',
      '',
      'La Ville verse à la Zone une participation annuelle avant le 31 mars 2027.',
    ].join('\n'));
    expect(doc.sections.map((s) => s.title)).toEqual(['Article 1er – Objet', 'Article 2 – Budget']);
  });
});
