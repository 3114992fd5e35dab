/**
 * Shapes the fifth blind round brought (a wire with a time stamp, a newspaper page with
 * its masthead, an op-ed, a joint letter, a press-conference transcript, minutes with
 * numbered actions, a ministerial forum's declaration): each case failed before its rule.
 * The texts are written for the tests, not copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { ActorAnnotator } from '../../scripts/lib/annotate/actors.ts';
import { sentenceCommitments } from '../../scripts/lib/commitments.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { structure } from '../../scripts/lib/structure.ts';

const registry = loadRegistry();
/** Actor mentions of a text, as "text=id", and the unreviewed actors' roles. */
function actors(text: string): { mentions: string[]; roles: Record<string, string[]> } {
  const annotator = new ActorAnnotator(registry);
  annotator.discover([text]);
  const mentions = annotator.annotate(text).map((h) => `${text.slice(h.start, h.end)}=${h.id}`);
  const roles = Object.fromEntries([...annotator.actors.values()].filter((a) => !a.reviewed && a.kind === 'person').map((a) => [a.id, a.roles]));
  return { mentions, roles };
}
const doc = (text: string) => ingestDocument({ file: 'x.txt', bytes: new TextEncoder().encode(text) }).data;
const commitments = (text: string) => doc(text).commitments.map((c) => [c.kind, c.text]);

describe('mastheads above the headline', () => {
  test('a wire’s time stamp dates it; the headline is the title', () => {
    const d = structure('17/03/2025 09:12\n\nCybercriminalité : Paris et Berlin créent une cellule commune\n\nBERLIN (AFP) - Les deux pays ont signé lundi un accord.\n', 'w.txt');
    expect([d.title, d.date, d.header.dateLine]).toEqual(['Cybercriminalité : Paris et Berlin créent une cellule commune', '2025-03-17', '17/03/2025 09:12']);
  });

  test('a newspaper’s name, date and place above the headline', () => {
    const d = structure('Ouest-France\nMardi 4 juin 2024\n\nSAINT-MALO\nPêche illégale : Français et Britanniques renforcent leurs contrôles\n\nLes garde-côtes ont inspecté trente navires.\n', 'n.txt');
    expect([d.title, d.date, d.header.rubric, d.header.placeLine, d.place]).toEqual([
      'Pêche illégale : Français et Britanniques renforcent leurs contrôles',
      '2024-06-04',
      'Ouest-France',
      'SAINT-MALO',
      'SAINT-MALO',
    ]);
  });

  test('an op-ed: newspaper and rubric above a quoted headline, confirmed by the byline under the standfirst', () => {
    const d = structure('Libération\nMonde – Tribune\n\n« Il faut frapper les réseaux au portefeuille »\n\nDeux ministres proposent un plan.\n\nPar Anne Martin et Pedro Ruiz\n\nPublié le 3 mars 2022 à 10h00\n\nLes réseaux prospèrent.\n', 't.txt');
    expect([d.title, d.date, d.header.rubric, d.header.notes]).toEqual(['« Il faut frapper les réseaux au portefeuille »', '2022-03-03', 'Libération', ['Monde – Tribune']]);
  });

  test('an issuer in capitals above a transcript’s title; a press conference is its speakers’ own text', () => {
    const d = structure('MINISTÈRE DE L’INTÉRIEUR\n\nConférence de presse de M. Jean Dupont, ministre de l’Intérieur\n\nParis, place Beauvau – jeudi 5 mai 2022\n\nM. DUPONT. – Bonjour à tous.\n', 'c.txt');
    expect([d.title, d.date, d.place, d.kind, d.header.authorLines]).toEqual(['Conférence de presse de M. Jean Dupont, ministre de l’Intérieur', '2022-05-05', 'Paris', 'declaration', ['MINISTÈRE DE L’INTÉRIEUR']]);
  });

  test('a joint letter: letterheads, a place-date line for several cities, the addressee, and its subject line as its title', () => {
    const text =
      'Royaume des Pays-Bas\nMinistère de la Justice et de la Sécurité\n\nGrand-Duché de Luxembourg\nMinistère de la Sécurité intérieure\n\nLa Haye et Luxembourg, le 2 février 2023\n\nMonsieur Margaritis Schinas\nVice-président de la Commission européenne\n\nObjet : sécurité des ports européens\n\nMonsieur le Vice-président,\n\nNous vous demandons de proposer une stratégie européenne pour les ports.\n';
    const d = structure(text, 'l.txt');
    expect([d.title, d.date, d.place, d.kind]).toEqual(['Sécurité des ports européens', '2023-02-02', 'La Haye et Luxembourg', 'declaration']);
    // The subject line as printed is kept among the header lines; its label is not the title's.
    expect(d.header.subjectLine).toBe('Objet : sécurité des ports européens');
    expect(structure('Ministère de l’Intérieur\n\nBruxelles, le 3 mars 2023\n\nConcerne : patrouilles mixtes\n\nMonsieur le Ministre,\n\nNous proposons des patrouilles.\n', 'c.txt').title).toBe('Patrouilles mixtes');
    expect(d.header.authorLines).toHaveLength(4);
    expect(d.header.addressee).toEqual(['Monsieur Margaritis Schinas', 'Vice-président de la Commission européenne']);
    expect(commitments(text)).toEqual([['call', 'Nous vous demandons de proposer une stratégie européenne pour les ports.']]);
  });

  test('a short title above a date line stays the title when no headline follows', () => {
    expect(structure('Déclaration de Luxembourg\n\nLuxembourg, le 5 mars 2019\n\nLes ministres ont décidé :\n\n- de renforcer les patrouilles ;\n', 'd.txt').title).toBe('Déclaration de Luxembourg');
    expect(structure('Sécurité routière\n\nParis, le 3 mars 2020\n\nLe ministre a présenté le bilan.\n', 's.txt').title).toBe('Sécurité routière');
  });
});

describe('minutes', () => {
  const minutes =
    'GROUPE DE TRAVAIL FRANCO-ALLEMAND\n\nRéunion n° 4\nBâle, Centre de coopération\nMardi 7 mars 2023, 10 h – 12 h\n\nRELEVÉ DE CONCLUSIONS\n\nPoints abordés\n\nLa délégation allemande rappelle que les contrôles ont repris en 2022.\n\nDécisions / actions\n\nAction n° 1 : Établir un calendrier commun des patrouilles — Responsable : CCPD — Échéance : fin avril 2023\n\nIl est convenu que la partie allemande présentera un bilan des saisies.\n\nLa réunion n° 5 se tiendra le 3 octobre 2023 à Bâle.\n';

  test('lines between the title and the date line are its subtitle and notes; "RELEVÉ DE CONCLUSIONS" makes it the authors’ text', () => {
    const d = structure(minutes, 'm.txt');
    expect([d.date, d.kind, d.header.subtitle, d.header.notes]).toEqual(['2023-03-07', 'declaration', 'Réunion n° 4', ['Bâle, Centre de coopération']]);
  });

  test('section labels on their own line are headings; numbered actions, "il est convenu que" and the next meeting commit', () => {
    const d = doc(minutes);
    expect(d.sections.map((s) => s.title)).toContain('Décisions / actions');
    expect(d.commitments.map((c) => [c.kind, c.section, c.text.slice(0, 30)])).toEqual([
      ['decision', 'decisions-actions', 'Établir un calendrier commun d'],
      ['decision', 'decisions-actions', 'Il est convenu que la partie a'],
      ['announcement', 'decisions-actions', 'La réunion n° 5 se tiendra le '],
    ]);
  });

  test('a name or a place alone on its line is no section label', () => {
    const d = structure('Accord de coopération\n\nLe texte entre en vigueur demain.\n\nGérald Darmanin\n\nLes Parties coopèrent.\n\nParis\n\nFin du texte.\n', 'a.txt');
    expect(d.body.filter((n) => n.type === 'heading')).toEqual([]);
  });
});

describe('a forum’s declaration', () => {
  const text =
    'FORUM DES MINISTRES\n\nLes ministres de l’Intérieur, réunis à Vienne le 3 mai 2024,\n\nAdoptent la déclaration suivante :\n\n1. Les ministres rappellent que le Forum a été créé en 2000.\n\n2. Les ministres s’engagent à renforcer les contrôles et conviennent d’échanger leurs plans nationaux. Ils invitent la Commission à agir.\n\n3. Ils s’engagent à alimenter systématiquement le SIS et à tester les liaisons radio.\n\n4. Les ministres chargent la présidence de présenter la présente déclaration au Conseil.\n';

  test('"Adoptent la déclaration suivante :" does not make its paragraphs decisions: each is read on its own', () => {
    expect(commitments(text).map(([kind, t]) => [kind, t!.slice(0, 40)])).toEqual([
      ['engagement', 'Les ministres s’engagent à renforcer les'],
      ['decision', 'et conviennent d’échanger leurs plans na'],
      ['call', 'Ils invitent la Commission à agir.'],
      ['engagement', 'Ils s’engagent à alimenter systématiquem'],
      ['engagement', 'et à tester les liaisons radio.'],
      ['call', 'Les ministres chargent la présidence de '],
    ]);
  });

  test('a line in capitals that names the text under the header makes it a declaration', () => {
    expect(structure('FORUM DE VIENNE\nConférence ministérielle\nVienne, 3 mai 2024\n\nDÉCLARATION FINALE\n\n1. Les ministres s’engagent à agir.\n', 'f.txt').kind).toBe('declaration');
  });
});

describe('reported announcements', () => {
  test('"a pour sa part annoncé que" reports a measure', () => {
    const s = 'Van Dam a pour sa part annoncé que les Pays-Bas détacheraient un officier de liaison à Bruxelles.';
    expect(sentenceCommitments(s, 0, s.length, 2024, 'article').map((c) => c.kind)).toEqual(['announcement']);
  });
});

describe('actors', () => {
  test('a prefect and a governor named after their office; "du Nord" is no person', () => {
    const found = actors('Le préfet du Nord, Bertrand Gaume, et le gouverneur du Hainaut, Tommy Leclercq, ont signé. Selon Leclercq, tout est prêt.');
    // The province is a place of the registry; the office does not hide it.
    expect(found.mentions).toEqual(['Bertrand Gaume=bertrand-gaume', 'Hainaut=hainaut', 'Tommy Leclercq=tommy-leclercq', 'Leclercq=tommy-leclercq']);
    expect(found.roles).toEqual({ 'bertrand-gaume': ['préfet du Nord'], 'tommy-leclercq': ['gouverneur du Hainaut'] });
  });

  test('a verb before an acronym is no person’s name; a known body’s acronym opens no name', () => {
    // (The MPC, Switzerland's federal prosecutor, is a registry body: its acronym is its mention.)
    expect(actors('Action n° 7 : Saisir le MPC de l’opportunité d’une enquête.').mentions).toEqual(['MPC=ministere-public-de-la-confederation']);
    expect(actors('M. Thomas GIRAUD, CCPD de Genève, chef de la partie française').mentions).toEqual(['Thomas GIRAUD=thomas-giraud', 'CCPD=ccpd', 'Genève=geneve', 'française=france']);
  });
});

describe('terms', () => {
  test('"FR-Alert" is one term, "UE-Turquie" an acronym and a country; a transcript’s "QUESTION. –" is no acronym', () => {
    const terms = (text: string) => doc(`Titre du texte\n\n${text}\n`).mentions.filter((m) => m.type === 'term').map((m) => `${m.text}=${m.id}`);
    expect(terms('Le système FR-Alert sera relié à BE-Alert.')).toEqual(['FR-Alert=fr-alert', 'BE-Alert=be-alert']);
    expect(terms('La déclaration UE-Turquie a été signée.')).toEqual(['UE=ue']);
    expect(terms('QUESTION. – Que ferez-vous ?')).toEqual([]);
  });
});
