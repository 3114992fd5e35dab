/**
 * A fresh reader's counter-examples to the twentieth round's rules (see
 * `twentieth-round.test.ts`), on invented texts: treaty clauses the new field, opinion and
 * past-tense rules dropped, colon leads and their lists, invitations that are no calls,
 * statistics under a caption, a glossary's acronym lines, the Cour des comptes' phrasing,
 * quantities that look like years, an agenda under a title.
 */
import { describe, expect, test } from 'vitest';
import { actors, dates, ingest } from '../support/engine.ts';

const kinds = (text: string) => ingest(text).commitments.map((c) => `${c.kind}: ${c.text.split(/\s+/u).slice(0, 3).join(' ')}`);

describe('treaty clauses still bind', () => {
  const treaty = [
    'ACCORD ENTRE LE GOUVERNEMENT DE LA RÉPUBLIQUE FRANÇAISE ET LE GOUVERNEMENT DU ROYAUME DE BELGIQUE RELATIF À LA COOPÉRATION POLICIÈRE',
    '',
    'Article 1er',
    'Quand une demande a été transmise oralement, la Partie requise la confirme par écrit dans les trois jours.',
    '',
    'Article 2',
    'Toute personne concernée a droit à l’information sur les données la concernant.',
    '',
    'Article 3',
    'Chaque Partie relève les empreintes digitales des personnes interpellées lors des patrouilles communes.',
    '',
    'Article 4',
    'Délai de réponse : la Partie requise répond dans un délai de huit heures.',
    '',
    'Article 5',
    'Les Parties considèrent les infractions énumérées à l’annexe comme des infractions graves.',
  ].join('\n');
  test('a perfect in a "quand" clause, "a droit à", "relève les empreintes", a label before a norm, "considèrent … comme"', () => {
    expect(kinds(treaty)).toEqual([
      'engagement: Quand une demande',
      'engagement: Toute personne concernée',
      'engagement: Chaque Partie relève',
      'engagement: Délai de réponse',
      'engagement: Les Parties considèrent',
    ]);
  });
});

describe('colon leads and their lists', () => {
  test('"Les objectifs du plan sont :" heads its infinitives again; "… sera suivie par :" announces nothing', () => {
    const plan = ['Plan d’action franco-luxembourgeois', 'Luxembourg, le 4 mars 2026', '', 'Les objectifs du plan sont :', '– renforcer les patrouilles communes ;', '– échanger les données des plaques.', '', 'La mise en œuvre sera suivie par :', '– le comité mixte ;', '– les préfets.'].join('\n');
    expect(kinds(plan)).toEqual(['decision: renforcer les patrouilles', 'decision: échanger les données']);
  });
  test('a passive invitation with an adverb, "est appelée à :", "sont priés de :" lead calls', () => {
    const text = [
      'Conclusions de la réunion',
      'Bruxelles, le 4 mars 2026',
      '',
      'Les États membres sont en outre invités à :',
      '– renforcer les patrouilles ;',
      '– échanger leurs données.',
      '',
      'La Commission est appelée à :',
      '– publier un rapport ;',
      '',
      'Les délégations sont priées de :',
      '– désigner un point de contact.',
    ].join('\n');
    expect(kinds(text)).toEqual(['call: renforcer les patrouilles', 'call: échanger leurs données.', 'call: publier un rapport', 'call: désigner un point']);
  });
  test('those invited to a meeting, or the public to a visit, are not called to act', () => {
    const minutes = ['Compte rendu du comité de pilotage franco-belge', 'Lille, le 4 mars 2026', '', 'Sont invités à la prochaine réunion :', '– le préfet du Nord ;', '– le gouverneur de la province de Hainaut ;', '– la procureure de Lille.'].join('\n');
    expect(kinds(minutes)).toEqual([]);
  });
});

describe('demands and statistics', () => {
  const leaflet = (caption: string) =>
    ['SYNDICAT LIBRE DE LA POLICE', 'Namur, le 3 mars 2027', '', 'PATROUILLES MIXTES : LE COMPTE N’Y EST PAS !', '', 'Les ministres ont présenté lundi un plan sans concertation.', '', caption, '➢ L’ouverture immédiate d’une concertation ;', '➢ Une prime de mission de 30 euros par prestation ;', '➢ Le recrutement de 80 inspecteurs d’ici 2028.'].join('\n');
  test.each(['NOS 3 REVENDICATIONS :', 'NOUS EXIGEONS :', 'Nous réclamons :'])('the items under %j are calls', (caption) => {
    expect(kinds(leaflet(caption))).toEqual(['call: L’ouverture immédiate d’une', 'call: Une prime de', 'call: Le recrutement de']);
  });
  test('a report\'s "Demandes :" over figures asks nothing', () => {
    const report = ['Rapport d’activité 2025 du CCPD de Tournai', 'Tournai, le 3 mars 2026', '', 'Le centre a été très sollicité en 2025.', '', 'Demandes :', '– identifications de véhicules : 4 200 ;', '– vérifications d’identité : 2 100 ;', '– entraide judiciaire : 340.'].join('\n');
    expect(kinds(report)).toEqual([]);
  });
  test('"Je demande au Parlement de bien vouloir adopter …" calls', () => {
    const speech = ['Discours du ministre de l’Intérieur', 'Paris, le 4 mars 2026', '', 'Je demande au Parlement de bien vouloir adopter ce projet avant l’été.'].join('\n');
    expect(kinds(speech)).toEqual(['call: Je demande au']);
  });
  test('polling stations closing are no body\'s announcement', () => {
    const release = ['Déclaration du gouvernement', 'Bruxelles, le 4 mars 2026', '', 'Les bureaux de vote fermeront à 18 heures.'].join('\n');
    expect(kinds(release)).toEqual([]);
  });
});

describe('actors', () => {
  test('a glossary\'s acronym lines name things, not bodies', () => {
    expect(actors('ETP – Équivalent temps plein', 'LAPI – Lecture automatisée des plaques d’immatriculation', 'SIS – SYSTÈME D’INFORMATION SCHENGEN', 'JO – JEUX OLYMPIQUES : LES POLICIERS MOBILISÉS')).toEqual([]);
  });
  test('"au ministère de l\'intérieur de mettre en place …" names the ministry only; "le ministère de tutelle" none', () => {
    expect(actors('La Cour recommande au ministère de l’intérieur de mettre en place un outil commun.')).toEqual(['ministère de l’intérieur=ministere-de-l-interieur']);
    expect(actors('Selon le ministère de tutelle, rien ne change.')).toEqual([]);
  });
  test('a ministry named in both cases is one body, both forms mentions', () => {
    expect(actors('Le ministère de l’Intérieur a publié un bilan. Le ministère de l’intérieur le confirme.')).toEqual([
      'ministère de l’Intérieur=ministere-de-l-interieur',
      'ministère de l’intérieur=ministere-de-l-interieur',
    ]);
  });
  test('an elided particle is no initial: "PLAN D\'ACTION TRANSFRONTALIER (PAT)" is no person\'s party', () => {
    expect(actors('PLAN D’ACTION TRANSFRONTALIER (PAT)')).toEqual([]);
  });
});

describe('dates and title pages', () => {
  test('a count that goes "de 2023 à 2025 unités" is no range of years', () => {
    expect(dates('Le nombre d’agents est passé de 2023 à 2025 unités.', '2026-05-10')).not.toContain('de 2023 à 2025=2023-01-01/2025-12-31');
  });
  test('an agenda\'s points under the title stay sections, not a title page', () => {
    const agenda = ['Réunion du comité mixte franco-belge', '', 'Ordre du jour', 'Point 1 – Bilan des patrouilles', 'Point 2 – Calendrier', 'Tournai, le 4 mars 2026'].join('\n');
    expect(ingest(agenda).sections.map((s) => s.title)).toEqual(expect.arrayContaining(['Point 1 – Bilan des patrouilles', 'Point 2 – Calendrier']));
  });
});
