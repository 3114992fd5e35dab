/**
 * What the twenty-third blind round's shapes exposed, on invented texts of those shapes: a
 * non-paper of several states, a police zone's security plan, a committee's report on a bill,
 * a Commissioner's letter to ministers, a court report.
 */
import { describe, expect, test } from 'vitest';
import { ingest, said } from '../support/engine.ts';

describe('a non-paper of several states', () => {
  const paper = [
    'NON-PAPER',
    '',
    'Trafics de stupéfiants dans les ports : pour une réponse européenne',
    '',
    'Contribution de la Belgique, de la France, du Luxembourg et des Pays-Bas en vue du Conseil JAI des 12 et 13 juin 2026',
    '',
    '1. Propositions',
    '',
    'Les États signataires invitent la Commission à présenter un état des lieux.',
    '',
    'Ils proposent en outre :',
    '▪ l’inscription des ports parmi les priorités du cycle EMPACT ;',
    '▪ la création, au sein d’Europol, d’une cellule d’analyse dédiée.',
    '',
    'Les signataires soutiennent également :',
    '– une formation commune de CEPOL destinée aux douaniers ;',
    '– la diffusion d’un guide à l’usage des ports.',
    '',
    '27 mai 2026',
    '',
    'Annexe – Points de contact',
    '',
    'Belgique : SPF Intérieur – M. Pieter Claeys',
    '',
  ].join('\n');
  const doc = ingest(paper);

  test('the line naming the meeting it prepares does not date it; its date alone on a line does', () => {
    expect(doc.date).toBe('2026-05-27');
    expect(doc.header.dateLine).toBeNull();
  });

  test('the items under "Ils proposent :" and "Les signataires soutiennent :" are their calls and support', () => {
    expect(doc.commitments.map((c) => [c.kind, c.text.split(/\s+/u).slice(0, 3).join(' ')])).toEqual([
      ['call', 'Les États signataires'],
      ['call', 'l’inscription des ports'],
      ['call', 'la création, au'],
      ['support', 'une formation commune'],
      ['support', 'la diffusion d’un'],
    ]);
  });
});

describe('a police zone’s security plan', () => {
  const plan = [
    'ZONE DE POLICE DES DEUX RIVES (5340)',
    '',
    'PLAN ZONAL DE SÉCURITÉ 2026-2031',
    '',
    'Estaimpuis, le 15 décembre 2025',
    '',
    'Analyse',
    '',
    'Atouts',
    '- recrutement de dix inspecteurs en 2025 ;',
    'Menaces',
    '- recrutement de jeunes de la région comme « transporteurs ».',
    '',
    'OS 3.1 – Une frontière moins perméable aux cambrioleurs',
    '',
    'OO 3.1.1 – Réduire de 15 % les cambriolages dans les habitations d’ici 2031',
    '',
    'Indicateur : nombre de cambriolages (2024 : 412)',
    '',
  ].join('\n');
  const doc = ingest(plan);

  test('it is its zone’s own text', () => {
    expect(doc.kind).toBe('declaration');
  });

  test('an operational objective with its infinitive commits; a strategic one and a SWOT’s quarters do not', () => {
    expect(doc.commitments.map((c) => c.text)).toEqual(['Réduire de 15 % les cambriolages dans les habitations d’ici 2031']);
  });

  test('a budget’s "Objectif 2 :" with its infinitive is no commitment of the authors', () => {
    const annex = ingest('PROJET ANNUEL DE PERFORMANCES 2027\n\nParis, le 6 octobre 2026\n\nObjectif 2 : Renforcer l’efficacité de la lutte contre l’immigration irrégulière\n\nIndicateur 2.1 : taux d’éloignement\n');
    expect(annex.commitments).toEqual([]);
  });
});

describe('a committee’s report on a bill', () => {
  test('its rapporteur’s recommendations under "il recommande :" are calls; the rapporteur and the committee act', () => {
    const doc = ingest('RAPPORT\n\nParis, le 11 mars 2026\n\nLe rapporteur salue un texte attendu. Au-delà du vote du texte, il recommande :\n\n1. de conclure avec la Belgique un arrangement technique ;\n2. d’associer Europol à l’évaluation des patrouilles.\n\nLe rapporteur déposera en séance un amendement.\n\nLa commission a décidé d’entendre la semaine prochaine les représentants de la CNIL.\n');
    expect(doc.commitments.map((c) => [c.kind, c.text.split(/\s+/u).slice(0, 3).join(' ')])).toEqual([
      ['call', 'de conclure avec'],
      ['call', 'd’associer Europol à'],
      ['announcement', 'Le rapporteur déposera'],
      ['decision', 'La commission a'],
    ]);
  });

  test('the European Commission’s past decision is still no decision of the report’s authors', () => {
    expect(said('La Commission a décidé de proposer un règlement.')).toEqual([]);
  });
});

describe('a Commissioner’s letter to ministers', () => {
  test.each([
    ['Comme je l’ai indiqué jeudi lors de notre visioconférence, la Commission présentera une évaluation.', 'announcement'],
    ['À cet égard, je vous saurais gré de me communiquer les chiffres.', 'call'],
    ['Dans l’intervalle, mes services organiseront à Aix-la-Chapelle un atelier technique.', 'announcement'],
    ['Enfin, j’entends soumettre au Collège, à l’automne, une proposition révisée.', 'announcement'],
    ['Mon administration, le SPF Intérieur, publiera le rapport.', 'announcement'],
  ])('%s', (text, kind) => {
    expect(said(text)).toEqual([kind]);
  });

  test.each(['Mon objectif sera de réduire les délais.', 'J’entends dire que les contrôles sont inefficaces.', 'Lorsque la Commission présentera son rapport, nous l’examinerons.'])('%s commits to nothing', (text) => {
    expect(said(text)).toEqual([]);
  });
});

describe('a crisis centre’s messages', () => {
  test('a governor’s call on the mayors', () => {
    expect(said('La gouverneure demande aux bourgmestres d’Estaimpuis et de Mouscron de fermer les écoles.')).toEqual(['call']);
  });
});

describe('titles seen on the round’s pages', () => {
  test('a non-paper is titled by its kind and its headline, its kind no acronym', () => {
    const doc = ingest('NON-PAPER\n\nRecrutement de mineurs : pour une réponse européenne\n\nLes signataires proposent de créer un point de contact.\n\n27 mai 2026\n');
    expect(doc.title).toBe('NON-PAPER — Recrutement de mineurs : pour une réponse européenne');
    expect(doc.kind).toBe('declaration');
    expect(doc.mentions.filter((m) => m.type === 'term').map((m) => m.text)).toEqual([]);
  });

  test('a parliamentary report’s title page gives its whole title', () => {
    const doc = ingest('ASSEMBLÉE NATIONALE\n\nEnregistré à la Présidence de l’Assemblée nationale le 11 mars 2026.\n\nRAPPORT\n\nFAIT\n\nAU NOM DE LA COMMISSION DES LOIS, SUR LE PROJET DE LOI relatif aux patrouilles (n° 1402),\n\nPAR M. Bertrand LEMAIRE\n\nINTRODUCTION\n\nLe texte transpose la directive.\n');
    expect(doc.title).toBe('RAPPORT FAIT AU NOM DE LA COMMISSION DES LOIS, SUR LE PROJET DE LOI relatif aux patrouilles (n° 1402),');
    expect(doc.sections.map((s) => s.title)).not.toContain('FAIT');
  });
});
