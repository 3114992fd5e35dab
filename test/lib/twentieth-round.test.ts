/**
 * What the twentieth blind round's shapes exposed, on invented texts of those shapes: a
 * cross-border security contract with its action sheets, a Council recommendation under the
 * Official Journal's C-series masthead, a Cour des comptes référé with the minister's answer,
 * a police union's leaflet, and a budget paper's title page.
 */
import { describe, expect, test } from 'vitest';
import { actors, ingest, openings } from '../support/engine.ts';

describe('a security contract and its action sheets', () => {
  const contract = [
    'CONTRAT LOCAL DE SÉCURITÉ TRANSFRONTALIER',
    'Wervik / Wervicq-Sud',
    '',
    'Article 1er – Objet',
    '',
    'Le présent contrat fixe les engagements des signataires contre la délinquance transfrontalière.',
    '',
    'Article 2 – Signataires',
    '',
    'Le contrat est conclu entre :',
    '– le préfet du Nord ;',
    '– la procureure de la République près le tribunal judiciaire de Lille ;',
    '– la commune de Wervicq-Sud, représentée par son maire en exercice ;',
    '',
    'Article 3 – Diagnostic',
    '',
    'Le CCPD de Tournai a traité, la même année, 940 demandes relatives au secteur. Les signataires estiment que ces faits appellent une réponse commune.',
    '',
    'Article 4 – Fiches actions',
    '',
    'Fiche action n° 1 : Patrouilles mixtes le long de la Lys',
    'Action : au moins deux patrouilles mixtes par mois, associant gendarmes et policiers belges.',
    'Pilote : groupement de gendarmerie départementale du Nord',
    'Calendrier : à compter du 1er septembre 2026',
    'Constat : les cambriolages sont commis des deux côtés de la frontière par les mêmes équipes.',
    'Indicateurs : nombre de patrouilles ; cambriolages élucidés',
    '',
    'Article 5 – Réunions',
    '',
    'Le comité de pilotage se réunit deux fois par an. L’exercice commun a lieu chaque année en juin.',
  ].join('\n');
  const found = openings(contract);
  test('a sentence that introduces a list with its verb is no heading: the parties it lists bind no one', () => {
    const doc = ingest(contract);
    expect(doc.sections.map((s) => s.title)).not.toContain('Le contrat est conclu entre :');
    expect(found).not.toContain('la procureure de la République');
    expect(found).not.toContain('la commune de Wervicq-Sud,');
  });
  test('what the contract says of itself, a fact told in the past and an opinion are no obligations', () => {
    expect(found).not.toContain('Le présent contrat fixe');
    expect(found).not.toContain('Le CCPD de Tournai');
    expect(found).not.toContain('Les signataires estiment que');
  });
  test('an action sheet\'s fields are not obligations, its action is', () => {
    for (const field of ['Fiche action n° 1', 'Pilote : groupement de', 'Calendrier : à compter', 'Constat : les cambriolages', 'Indicateurs : nombre de'])
      expect(found, field).not.toContain(field);
    expect(found).toContain('au moins deux patrouilles');
  });
  test('a norm in the present still binds, "a lieu" included', () => {
    expect(found).toEqual(expect.arrayContaining(['Le comité de pilotage', 'L’exercice commun a lieu']));
  });
});

describe('a Council recommendation in the Official Journal\'s C series', () => {
  const recommendation = [
    'Journal officiel',
    'de l’Union européenne',
    'Série C',
    'C/2027/1180',
    '14.5.2027',
    '',
    'RECOMMANDATION DU CONSEIL',
    'du 6 mai 2027',
    'relative à la formation commune des garde-frontières',
    '(C/2027/1180)',
    '',
    'LE CONSEIL DE L’UNION EUROPÉENNE,',
    '',
    'considérant ce qui suit :',
    '',
    '(1) De 2022 à 2025, les formations communes ont doublé.',
    '',
    'A ADOPTÉ LA PRÉSENTE RECOMMANDATION :',
    '',
    '1. La présente recommandation vise à renforcer la formation commune des garde-frontières.',
    '',
    '2. Les États membres qui disposent de centres de formation frontaliers devraient, dans le respect de leurs règles nationales de recrutement, ouvrir ces centres aux agents de leurs voisins.',
    '',
    '3. Les États membres sont invités à :',
    'a) désigner un point de contact pour la formation ;',
    'b) échanger leurs programmes de formation.',
  ].join('\n');
  test('the masthead is header notes, the act its title, dated by its own day, not the issue\'s', () => {
    const doc = ingest(recommendation);
    expect(doc.title).toMatch(/^RECOMMANDATION DU CONSEIL du 6 mai 2027 relative à la formation/u);
    expect(doc.date).toBe('2027-05-06');
    expect(doc.header.notes).toEqual(expect.arrayContaining(['Série C', 'C/2027/1180']));
    expect(doc.kind).toBe('declaration');
  });
  test('"De 2022 à 2025" is a range of years', () => {
    expect(ingest(recommendation).dates.map((d) => `${d.text}=${d.iso}`)).toContain('De 2022 à 2025=2022-01-01/2025-12-31');
  });
  test('its points are calls, what "should" be done with a long insertion included; not its purpose', () => {
    const found = openings(recommendation);
    expect(found).not.toContain('La présente recommandation vise');
    expect(found).toEqual(expect.arrayContaining(['Les États membres qui', 'désigner un point de', 'échanger leurs programmes de']));
    expect(ingest(recommendation).commitments.find((c) => c.text.startsWith('Les États membres qui'))?.kind).toBe('call');
  });
});

describe('a Cour des comptes référé and the minister\'s answer', () => {
  const referral = [
    'Le Premier président',
    'Paris, le 10 février 2027',
    '',
    'Référé – La coopération douanière franco-belge',
    '',
    'Recommandation n° 1 (ministère de l’intérieur, DGDDI) : Rétablir, au plus tard le 31 décembre 2027, une permanence douanière continue au CCPD de Tournai.',
    '',
    'Réponse du ministre de l’Intérieur',
    '',
    'La ministre et moi-même sommes convenus de confier la conception de l’outil à une équipe commune. Je demande toutefois au directeur général des douanes d’inscrire un indicateur dans le projet annuel de performances.',
  ].join('\n');
  const found = openings(referral);
  test('a numbered recommendation naming whom it addresses in parentheses is a call, from its infinitive', () => {
    expect(found).toContain('Rétablir, au plus tard');
  });
  test('the minister agreeing with a counterpart decides, and asking a director calls', () => {
    expect(found).toEqual(expect.arrayContaining(['La ministre et moi-même', 'Je demande toutefois au']));
    const kinds = Object.fromEntries(ingest(referral).commitments.map((c) => [c.text.split(/\s+/u)[0], c.kind]));
    expect(kinds).toMatchObject({ La: 'decision', Je: 'call' });
  });
});

describe('a police union\'s leaflet', () => {
  const leaflet = [
    'SYNDICAT LIBRE DE LA POLICE',
    'Namur, le 3 mars 2027',
    '',
    'PATROUILLES MIXTES : LE COMPTE N’Y EST PAS !',
    '',
    'Les ministres ont présenté lundi un plan de patrouilles mixtes sans en discuter avec les agents.',
    '',
    'NOS REVENDICATIONS :',
    '➢ L’ouverture immédiate d’une concertation avant tout déploiement !',
    '➢ Une prime de mission transfrontalière de 30 euros par prestation ;',
    '➢ Le recrutement de 80 inspecteurs pour les zones frontalières d’ici la fin de 2028.',
  ].join('\n');
  test('each item under the authors\' demands is a call', () => {
    const doc = ingest(leaflet);
    const calls = doc.commitments.filter((c) => c.kind === 'call').map((c) => c.text.split(/\s+/u).slice(0, 3).join(' '));
    expect(calls).toEqual(['L’ouverture immédiate d’une', 'Une prime de', 'Le recrutement de']);
  });
});

describe('a budget paper\'s title page', () => {
  const paper = [
    'RÉPUBLIQUE FRANÇAISE',
    '',
    'PROJET DE LOI DE FINANCES POUR 2028',
    '',
    'ANNEXE – MISSION « SÉCURITÉS »',
    'PROJET ANNUEL DE PERFORMANCES',
    'Programme n° 152 : Gendarmerie nationale',
    'Document déposé sur le bureau de l’Assemblée nationale le 5 octobre 2027',
    '',
    'Dans la perspective des Jeux, attendus à l’été 2028, la direction générale de la gendarmerie nationale formera 900 réservistes. L’antenne de Lille de l’Office anti-stupéfiants recevra trois enquêteurs supplémentaires.',
  ].join('\n');
  test('the state\'s name is the letterhead, the bill the title, the filing line dates it over the title page\'s lines', () => {
    const doc = ingest(paper);
    expect(doc.header.rubric).toBe('RÉPUBLIQUE FRANÇAISE');
    expect(doc.title).toBe('PROJET DE LOI DE FINANCES POUR 2028');
    expect(doc.date).toBe('2027-10-05');
    expect(doc.header.notes).toContain('PROJET ANNUEL DE PERFORMANCES');
  });
  test('a body\'s future after an opening phrase and a participle\'s is the paper\'s announcement, an antenna acts', () => {
    expect(openings(paper)).toEqual(expect.arrayContaining(['Dans la perspective des', 'L’antenne de Lille de']));
  });
});

describe('actors of the round\'s shapes', () => {
  test('a body\'s acronym, a dash and its name spelled out name one body, its acronym after it too', () => {
    const found = actors('SLP – SYNDICAT LIBRE DE LA POLICE\nTract syndical', 'Le SLP déposera un préavis.');
    expect(found).toEqual(['SLP=syndicat-libre-de-la-police', 'SYNDICAT LIBRE DE LA POLICE=syndicat-libre-de-la-police', 'SLP=syndicat-libre-de-la-police']);
    // Not when the initials do not spell it: a subject line's country and topic.
    expect(actors('OBJET : BELGIQUE – SÉCURITÉ DU PORT')).toEqual(['BELGIQUE=belgique']);
  });
  test('a thing named by its acronym is no person', () => {
    expect(actors('Code NUTS : FRE11', 'Lot 2 – Caméras LAPI et plateforme de supervision')).toEqual([]);
    expect(actors('Réseau ATLAS et Koenraad DIERICKX')).toEqual(['Réseau ATLAS=reseau-atlas', 'Koenraad DIERICKX=koenraad-dierickx']);
  });
  test('Belgian police zones and gendarmerie groupings are local bodies', () => {
    expect(actors('avec la zone de police Comines-Warneton et le groupement de gendarmerie départementale du Nord')).toEqual([
      'zone de police Comines-Warneton=zone-de-police-comines-warneton',
      'groupement de gendarmerie départementale du Nord=groupement-de-gendarmerie-departementale-du-nord',
    ]);
  });
  test('a ministry in the Cour des comptes\' lower case, in parentheses too; not "au ministère de lui transmettre"', () => {
    expect(actors('Recommandation n° 2 (ministère de l’intérieur) : déployer un outil.')).toEqual(['ministère de l’intérieur=ministere-de-l-interieur']);
    expect(actors('Elle demande au ministère de lui transmettre le rapport.')).toEqual([]);
  });
  test('two bodies joined by "et de l\'Administration …" are two', () => {
    expect(actors('les agents de la police fédérale et de l’Administration générale des Douanes et Accises (AGD&A) assurent')).toEqual([
      'police fédérale=police-federale',
      'Administration générale des Douanes et Accises (AGD&A)=administration-generale-des-douanes-et-accises',
    ]);
  });
});

describe('terms on a form\'s field lines', () => {
  test('a field line with codes does not shout: its acronym is a term', () => {
    const terms = (text: string) => ingest(text).terms.map((t) => t.id);
    expect(terms('Avis de marché\n\nCode NUTS : FRE11 Nord\n')).toContain('nuts');
    // A line in capitals still shouts: its words are no acronyms.
    expect(terms('Avis de marché\n\nLES ÉQUIPES SERONT MOBILISÉES PARTOUT\n')).toEqual([]);
  });
});

describe('what the round\'s pages showed', () => {
  test('a procurement notice is dated by its own sending date, not by the prior notice it cites', () => {
    const notice = [
      'Avis de marché',
      'Fournitures',
      'Base juridique : Directive 2014/24/UE',
      '',
      'Section I : Pouvoir adjudicateur',
      '',
      'Nom officiel : Ministère de l’intérieur – SGAMI Nord',
      'Ville : Lille Cedex',
      '',
      'Section II : Objet',
      '',
      'II.1.4) Description succincte :',
      'Acquisition de scanners mobiles destinés au centre de coopération policière et douanière de Tournai.',
      '',
      'IV.2.1) Publication antérieure relative à la présente procédure',
      'Avis de préinformation publié au JOUE le 18 novembre 2026 (numéro 2026/S 223-712345)',
      'IV.2.2) Date limite de réception des offres',
      'Date : 15/03/2027 - Heure locale : 12:00',
      '',
      'Section VI : Renseignements complémentaires',
      '',
      'VI.4.1) Instance chargée des procédures de recours',
      'Tribunal administratif de Lille, 5 rue Nationale, 59014 Lille Cedex, France',
      'VI.5) Date d’envoi du présent avis',
      '02/02/2027',
    ].join('\n');
    const doc = ingest(notice);
    expect(doc.date).toBe('2027-02-02');
    // "Cedex" is a postal word, not a place.
    expect(doc.actors.map((a) => a.id)).not.toContain('cedex');
  });
  test('a title\'s acronym spelled by its words in capitals is no person\'s party', () => {
    expect(actors('CONTRAT DE SÉCURITÉ INTÉGRÉE TRANSFRONTALIER (CSIT)')).toEqual([]);
  });
  test('a shouted phrase opening a paragraph holds no acronyms', () => {
    const terms = ingest('Tract\n\nPIRE : AUCUNE CONCERTATION ! Le comité de négociation n’a même pas été convoqué, et le SNPI rappelle que la loi impose une négociation préalable.\n').terms.map((t) => t.id);
    expect(terms).not.toContain('pire');
    expect(terms).not.toContain('aucune');
    expect(terms).toContain('snpi');
  });
  test('an action sheet\'s title heads its fields, inside the article that holds it', () => {
    const contract = [
      'CONTRAT LOCAL DE SÉCURITÉ',
      '',
      'Article 4 – Fiches actions',
      '',
      'Fiche action n° 1 : Patrouilles mixtes le long de la Lys',
      'Action : au moins deux patrouilles mixtes par mois, associant gendarmes et policiers belges.',
      'Pilote : groupement de gendarmerie départementale du Nord',
      '',
      'Article 5 – Durée',
      '',
      'Le présent contrat, conclu pour trois ans, peut être modifié par avenant.',
    ].join('\n');
    const doc = ingest(contract);
    expect(doc.sections.map((section) => section.id)).toContain('fiche-1');
    expect(doc.commitments.map((c) => c.text)).toEqual(['au moins deux patrouilles mixtes par mois, associant gendarmes et policiers belges.']);
  });
  test('a table\'s column heading is no person ("2026 Prévision PAP")', () => {
    expect(actors('| Unité | 2025 Réalisation | 2026 Prévision PAP | 2027 Prévision |')).toEqual([]);
  });
});
