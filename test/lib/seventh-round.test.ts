/**
 * Shapes the seventh blind round brought (a parliamentary report's recommendations, a
 * committee hearing, a ministry's newsletter, a Benelux decision, a prefecture's release,
 * an action plan in a table): each case failed before its rule. The texts are written for
 * the tests, not copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { ActorAnnotator } from '../../scripts/lib/annotate/actors.ts';
import { opensWithInfinitive, sentenceCommitments } from '../../scripts/lib/commitments.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { structure } from '../../scripts/lib/structure.ts';

const registry = loadRegistry();
/** Actor mentions of a text, as "text=id". */
function actors(text: string): string[] {
  const annotator = new ActorAnnotator(registry);
  annotator.discover([text]);
  return annotator.annotate(text).map((h) => `${text.slice(h.start, h.end)}=${h.id}`);
}
const doc = (text: string) => ingestDocument({ file: 'x.txt', bytes: new TextEncoder().encode(text) }).data;
const commitments = (text: string) => doc(text).commitments.map((c) => [c.kind, c.text]);
const inSentence = (text: string) => sentenceCommitments(text, 0, text.length, 2025, 'article').map((c) => text.slice(c.start, c.end));

describe('a parliamentary report', () => {
  const report =
    'Assemblée nationale — Commission des affaires étrangères\n\nRapport d’information sur la coopération transfrontalière en matière de sécurité civile\n\nSYNTHÈSE\n\nRéunie le mardi 4 juin 2024 sous la présidence de Mme A. Martin, la commission a adopté le rapport de M. Paul Morel. Les rapporteurs ont entendu vingt personnes.\n\nRecommandation n° 1 : Conclure, avant la fin de l’année, un accord d’assistance mutuelle avec l’Espagne.\n\nConstat : les exercices communs restent rares.\n\nRecommandation n° 2 : La mission recommande au Gouvernement de doubler le nombre d’exercices communs.\n';

  test('the assembly over the title is its issuer; a report is its authors’ own text, dated by its adoption', () => {
    const d = structure(report, 'r.txt');
    expect([d.title, d.kind, d.date, d.header.authorLines]).toEqual([
      'Rapport d’information sur la coopération transfrontalière en matière de sécurité civile',
      'declaration',
      '2024-06-04',
      ['Assemblée nationale — Commission des affaires étrangères'],
    ]);
  });

  test('a numbered recommendation is the authors’ call, as is "recommande au Gouvernement de"; a finding is none', () => {
    expect(commitments(report)).toEqual([
      ['call', 'Conclure, avant la fin de l’année, un accord d’assistance mutuelle avec l’Espagne.'],
      // (From its subject on, as the first from its infinitive on: the label is no part of the call.)
      ['call', 'La mission recommande au Gouvernement de doubler le nombre d’exercices communs.'],
    ]);
  });

  test('only the opening sentence dates a text by its adoption, only if it adopts the text, by the date nearest the verb', () => {
    const date = (body: string) => structure(`Rapport sur les prisons\n\n${body}\n`, 'r.txt').date;
    expect(date('La commission s’est réunie le 3 mars 2024. Elle a adopté le rapport le 5 mars 2024.')).toBeNull();
    expect(date('Le 3 mars 2024, les rapporteurs se sont rendus à Fresnes.')).toBeNull();
    expect(date('Saisie le 3 janvier 2024 par le Gouvernement, la commission des lois a adopté le 15 mai 2024 le rapport de M. Paul.')).toBe('2024-05-15');
    expect(date('Le 14 juin 1985, cinq États ont signé à Schengen l’accord relatif aux frontières.')).toBeNull();
    expect(date('La police fédérale a arrêté le 12 mars 2024 trois passeurs.')).toBeNull();
  });

  test('an assembly is an issuer on a line of its own (and its committee a rubric), not at the start of a headline', () => {
    const d = structure('Sénat\nCommission des lois\n\nRapport d’information sur les prisons\n\nRéunie le 15 mai 2024, la commission a adopté le rapport de M. Paul.\n', 'r.txt');
    expect([d.title, d.header.authorLines, d.header.rubric, d.place, d.date]).toEqual(['Rapport d’information sur les prisons', ['Sénat'], 'Commission des lois', null, '2024-05-15']);
    const headline = structure('Actualités\n\nAssemblée nationale et Sénat divisés sur le calendrier\n\nLe texte a été adopté hier.\n', 'a.txt');
    expect([headline.header.authorLines, headline.date, headline.body.length]).toEqual([[], null, 2]);
    // A report of another body, with no byline, is still reported.
    expect(structure('Rapport de la Cour des comptes sur les centres de rétention\n\nLe ministre a promis de créer 3 000 places.\n', 'c.txt').kind).toBe('article');
  });
});

describe('an action plan', () => {
  test('"Adopté à Bruxelles le 5 juin 2025 par …" under the title dates and places it, without a comma before "le"', () => {
    const d = structure('Plan d’action conjoint contre le trafic de migrants\n\nAdopté à Bruxelles le 5 juin 2025 par les ministres de l’intérieur\n\nAction 1.1 — Constituer une équipe commune d’enquête\nCalendrier : d’ici la fin de l’année\n', 'p.txt');
    expect([d.date, d.place, d.header.dateLine]).toEqual(['2025-06-05', 'Bruxelles', 'Adopté à Bruxelles le 5 juin 2025 par les ministres de l’intérieur']);
    // A sentence of the body is no adoption line; a place is capitalised words.
    const article = structure('La France et la Belgique renforcent l’échange de données\n\nSigné à Tournai le 3 mars 2025 par les deux ministres, l’accord prévoit que les polices échangeront leurs données.\n', 'a.txt');
    expect([article.header.dateLine, article.body.length]).toEqual([null, 1]);
    expect(structure('Plan d’action\n\nAdopté à Bruxelles par le Comité de ministres le 5 juin 2025\n\nLes ministres décident de renforcer les patrouilles.\n', 'p.txt').place).toBeNull();
    // A closing "Fait à … le …" without a comma dates and places the text.
    const closing = structure('Déclaration commune\n\nLes ministres décident de renforcer les patrouilles.\n\nFait à Bruxelles le 5 juin 2025, en trois exemplaires.\n', 'd.txt');
    expect([closing.date, closing.place]).toEqual(['2025-06-05', 'Bruxelles']);
    // With a comma, the place may hold words in lower case; a closing line in capitals counts.
    const council = structure('Accord\n\nLes Parties décident de coopérer.\n\nFait à Conseil de l’Union européenne, le 1er janvier 2010, en deux exemplaires.\n', 'c.txt');
    expect([council.date, council.place]).toEqual(['2010-01-01', 'Conseil de l’Union européenne']);
    const capitals = structure('Déclaration\n\nLes ministres décident de renforcer les patrouilles.\n\nFAIT À PARIS, LE 3 MARS 2024.\n', 'd.txt');
    expect([capitals.date, capitals.place]).toEqual(['2024-03-03', 'PARIS']);
  });
});

describe('a prefecture’s press release', () => {
  test('the prefect’s name in capitals is the issuer, the Republic’s motto under it is furniture', () => {
    const text = 'PRÉFET DU NORD\nLiberté\nÉgalité\nFraternité\n\nCOMMUNIQUÉ DE PRESSE\n\nLille, le 3 mars 2025\n\nPatrouilles communes : le Nord et la Flandre occidentale signent un accord\n\nLe préfet a signé lundi un accord.\n';
    const d = structure(text, 'p.txt');
    expect([d.title, d.date, d.place, d.header.authorLines]).toEqual(['Patrouilles communes : le Nord et la Flandre occidentale signent un accord', '2025-03-03', 'Lille', ['PRÉFET DU NORD', 'COMMUNIQUÉ DE PRESSE']]);
    expect(d.removed.map((r) => r.text)).toEqual(['Liberté', 'Égalité', 'Fraternité']);
    // One word of the motto on its own line is text.
    const speech = structure('Discours\n\nNotre devise tient en trois mots.\n\nLiberté.\n\nC’est d’abord la liberté d’aller et venir.\n\nÉgalité.\n', 's.txt');
    expect([speech.removed, speech.body.length]).toEqual([[], 4]);
  });
});

describe('actors', () => {
  test('a country code in parentheses is no body’s acronym: its letter starts none of the name’s words', () => {
    expect(actors('M. Strik, du groupe des Verts (NL), a voté contre ; les élus (NL) se sont abstenus.')).toEqual(['Strik=strik']);
  });

  test('bodies before their acronym: an organisation, a group, a high commission, a court, a numbered service', () => {
    expect(actors('avec l’Organisation internationale pour les migrations (OIM), le Groupe antiterroriste (GAT) et le Haut-Commissariat à la protection nationale (HCPN). Le GAT se réunira.')).toEqual([
      'Organisation internationale pour les migrations (OIM)=organisation-internationale-pour-les-migrations',
      'Groupe antiterroriste (GAT)=groupe-antiterroriste',
      'Haut-Commissariat à la protection nationale (HCPN)=haut-commissariat-a-la-protection-nationale',
      'GAT=groupe-antiterroriste',
    ]);
    expect(actors('le service départemental d’incendie et de secours de la Moselle (SDIS 57) interviendra')).toEqual([
      'service départemental d’incendie et de secours de la Moselle (SDIS 57)=service-departemental-d-incendie-et-de-secours-de-la-moselle',
    ]);
  });

  test('a known body’s acronym names it in the rest of the text', () => {
    expect(actors('Le Centre de crise national (NCCN) a coordonné un exercice. Le NCCN publiera un rapport.')).toEqual([
      'Centre de crise national (NCCN)=centres-de-crise',
      'NCCN=centres-de-crise',
    ]);
  });

  test('no name right after a preposition or "du": "La ministre à Arlon", "le ministre du Land de Sarre"', () => {
    expect(actors('La ministre à Arlon avec son homologue')).toEqual(['Arlon=arlon']);
    expect(actors('le ministre de l’Intérieur du Land de Sarre, Markus Feldmann, a signé.')).toEqual(['Land de Sarre=sarre', 'Markus Feldmann=markus-feldmann']);
  });

  test('"la préfète" is the prefect the text named', () => {
    expect(actors('La préfète Hélène Marchetti a signé un accord. « Nous doublerons les patrouilles », a annoncé la préfète.')).toEqual([
      'Hélène Marchetti=helene-marchetti',
      'la préfète=helene-marchetti',
    ]);
  });
});

describe('verbs', () => {
  test('an infinitive in "-re" or "-oir" opens an action whatever follows; a noun in "-re" does not', () => {
    expect(opensWithInfinitive('Conclure, avant le 31 décembre 2024, un protocole d’échange.')).toBe(true);
    expect(opensWithInfinitive('Conclure avant le 31 décembre un accord.')).toBe(true);
    expect(opensWithInfinitive('Promouvoir avec la Belgique un accord.')).toBe(true);
    expect(opensWithInfinitive('Octobre, bilan à mi-parcours présenté aux ministres.')).toBe(false);
    expect(opensWithInfinitive('Périmètre, moyens et gouvernance du centre commun.')).toBe(false);
    expect(opensWithInfinitive('Notre, avant tout, priorité.')).toBe(false);
  });

  test('a recommendation commits in the present and a main clause only', () => {
    const said = (t: string) => sentenceCommitments(t, 0, t.length, 2025, 'declaration').map((c) => c.kind);
    expect(said('Nous recommandons d’étendre le mandat d’Eurojust.')).toEqual(['call']);
    expect(said('La Cour des comptes a recommandé de fusionner les deux offices.')).toEqual([]);
    expect(said('Le rapport Dupont avait déjà recommandé de fusionner les deux offices, sans succès.')).toEqual([]);
    expect(said('Ce que le rapport recommande de faire reste flou.')).toEqual([]);
  });

  test('"nous entendons" commits only with an infinitive', () => {
    const said = (t: string) => sentenceCommitments(t, 0, t.length, 2025, 'declaration').map((c) => c.kind);
    expect(said('Nous entendons M. Martin, directeur général.')).toEqual([]);
    expect(said('Nous entendons renforcer les patrouilles.')).toEqual(['engagement']);
  });

  test('a body’s call, "X invite … à + infinitive", when X acts; a committee or a police station acts too', () => {
    const release = (t: string) => sentenceCommitments(t, 0, t.length, 2024, 'joint-communique').map((c) => [c.kind, t.slice(c.start, c.end)]);
    expect(release('La préfète invite par ailleurs les maires des communes frontalières à désigner un référent sécurité.')).toEqual([
      ['call', 'La préfète invite par ailleurs les maires des communes frontalières à désigner un référent sécurité.'],
    ]);
    expect(release('Le CCB appelle chaque commune à relayer la campagne.')).toEqual([['call', 'Le CCB appelle chaque commune à relayer la campagne.']]);
    expect(release('Ce constat invite à la prudence.')).toEqual([]);
    expect(release('La situation appelle à agir vite.')).toEqual([]);
    expect(release('Un comité de suivi se réunira la semaine prochaine à Metz.').map(([kind]) => kind)).toEqual(['announcement']);
    expect(release('Un commissariat commun ouvrira à Forbach en 2025.').map(([kind]) => kind)).toEqual(['announcement']);
    expect(release('La situation se dégradera encore.')).toEqual([]);
    // The first "à" after the object, with an infinitive; a mayor calls, a town does not act.
    expect(release('Le maire invite les habitants à une réunion publique à partir de 18 heures.')).toEqual([]);
    expect(release('Le préfet appelle les automobilistes à la prudence à compter de lundi.')).toEqual([]);
    expect(release('Le maire invite les habitants à signaler tout comportement suspect.').map(([kind]) => kind)).toEqual(['call']);
    expect(release('Les communes frontalières souffriront de la fermeture.')).toEqual([]);
    expect(release('Les groupes criminels profiteront de cette faille.')).toEqual([]);
  });

  test('a prefix that ends like a future is no future: "les vols intra-européens"', () => {
    expect(inSentence('Mais la CJUE, par son arrêt du 21 juin 2022, a restreint l’exploitation des données PNR pour les vols intra-européens.')).toEqual([]);
    expect(inSentence('Europol mettra en place une cellule commune.')).toEqual(['Europol mettra en place une cellule commune.']);
  });
});
