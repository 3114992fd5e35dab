/**
 * What the seventeenth blind round's shapes exposed, on invented texts of those shapes: an
 * act of the Union under the Official Journal's masthead, a wiki page exported as Markdown
 * without links, a follow-up table with pending actions named by their noun, a ministry's
 * progress report under its directorate, an encyclopedia page dated by its last change, and
 * the reported calls, requests and scheduled steps of such texts.
 */
import { describe, expect, test } from 'vitest';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, dates, ingest, openings, said } from '../support/engine.ts';

describe('an act of the Union under the Official Journal\'s masthead', () => {
  const act = [
    'Journal officiel de l’Union européenne',
    'FR',
    'Série L',
    '2027/1044',
    '12.5.2027',
    '',
    'RÈGLEMENT D’EXÉCUTION (UE) 2027/1044 DE LA COMMISSION',
    '',
    'du 9 mai 2027',
    '',
    'établissant les spécifications techniques du registre central des armes à feu',
    '',
    'LA COMMISSION EUROPÉENNE,',
    '',
    'Article premier',
    '',
    'Les États membres transmettent au registre central les données visées à l’annexe au plus tard le 1er janvier 2028.',
    '',
    'Article 2',
    '',
    'Les États membres sont destinataires du présent règlement.',
  ].join('\n');

  test('the masthead is header notes; the title runs over its date and object lines, and the act is dated by its "du …" line', () => {
    const doc = structure(act, 'oj.txt');
    expect(doc.title).toBe('RÈGLEMENT D’EXÉCUTION (UE) 2027/1044 DE LA COMMISSION du 9 mai 2027 établissant les spécifications techniques du registre central des armes à feu');
    expect(doc.date).toBe('2027-05-09');
    expect(doc.header.notes).toEqual(['Journal officiel de l’Union européenne', 'FR', 'Série L', '2027/1044']);
    expect(doc.header.published).toBe('12.5.2027');
    expect(doc.place).toBe(null);
  });

  test('its addressees\' article binds no one; its obligation does', () => {
    expect(openings(act)).toEqual(['Les États membres transmettent']);
  });

  test('a lone "Série L" over an act is its masthead too, no rubric', () => {
    const doc = structure('Série L\n\nDÉCISION (UE) 2027/3 DU CONSEIL\n\ndu 2 février 2027\n\nrelative à la position de l’Union\n\nArticle premier\n\nLa position est approuvée.\n', 'l.txt');
    expect([doc.title, doc.header.rubric, doc.header.notes]).toEqual(['DÉCISION (UE) 2027/3 DU CONSEIL du 2 février 2027 relative à la position de l’Union', null, ['Série L']]);
  });
});

describe('Markdown without links, and dates of update', () => {
  test('a page with "#" headings and a pipe table is Markdown: its title loses its "#", and its update line dates it', () => {
    const page = [
      '# Plan d’action Belgique–Pays-Bas contre le trafic de drogue : suivi',
      '',
      'Page du secrétariat conjoint. Dernière mise à jour : 3 février 2027, après la réunion de Breda.',
      '',
      '## Mesures',
      '',
      '| N° | Mesure | Pilote | État |',
      '|---|---|---|---|',
      '| 1 | Élaboration d’un tableau commun des saisies portuaires | Douanes | En cours |',
      '| 2 | Désignation d’un magistrat de liaison à Rotterdam | Parquet fédéral | Réalisé |',
      '| 3 | Renforcer les contrôles des conteneurs à Anvers | AGDA | À lancer |',
    ].join('\n');
    const doc = ingest(page);
    expect([doc.title, doc.date]).toEqual(['Plan d’action Belgique–Pays-Bas contre le trafic de drogue : suivi', '2027-02-03']);
    // A pending action named by its noun is one; a done one is not.
    expect(doc.commitments.map((c) => c.text.split(/\s+/u).slice(0, 3).join(' '))).toEqual(['Élaboration d’un tableau', 'Renforcer les contrôles']);
  });

  test('a table of figures names no action, whatever its nouns', () => {
    const page = '# Bilan\n\n## Chiffres\n\n| Poste | 2025 | 2026 |\n|---|---|---|\n| Création de postes d’enquêteurs | 12 | 18 |\n';
    expect(ingest(page).commitments).toEqual([]);
  });

  test('an encyclopedia page is dated by its last change, time included', () => {
    const page = 'Réseau Aquapol\n\nLe réseau Aquapol regroupe les polices fluviales européennes.\n\nHistorique\n\nIl est créé en 2002.\n\nDernière modification de cette page le 14 janvier 2027 à 09:12.\n';
    expect(structure(page, 'w.txt').date).toBe('2027-01-14');
  });
});

describe('a report under its ministry and directorate', () => {
  test('the directorate over a title that names its kind of text is an author line; the report\'s title is the title', () => {
    const doc = structure('Ministère de l’Intérieur\nDirection générale des étrangers en France (DGEF)\n\nRapport d’étape sur la mise en œuvre du plan d’action franco-italien du 4 avril 2026 relatif à la frontière alpine\n\nParis, le 6 avril 2027\n\nLe plan comportait huit mesures.\n', 'r.txt');
    expect(doc.title).toMatch(/^Rapport d’étape sur la mise en œuvre/u);
    expect(doc.header.authorLines).toEqual(['Ministère de l’Intérieur', 'Direction générale des étrangers en France (DGEF)']);
    expect(doc.date).toBe('2027-04-06');
  });
});

describe('reported calls, requests and scheduled steps', () => {
  test.each([
    // A press report's past call, the speaker named in the sentence before.
    ['Il a en outre appelé les États membres à garantir un financement pérenne des unités.', 'article', ['call']],
    ['La commissaire a invité les ministres à adopter le plan avant l’été.', 'article', ['call']],
    // Not a call of years before, nor someone being invited.
    ['En 2019, la Commission a encouragé les États membres à coopérer davantage.', 'article', []],
    ['Il a été invité à présenter son rapport.', 'article', []],
    // A request to someone to act.
    ['Le comité demande aux administrations centrales de désigner un correspondant unique.', 'article', ['call']],
    ['La demande à la Commission de clarifier les règles a été rejetée.', 'article', []],
    // A step scheduled ahead, not one of a year before, nor one called off.
    ['Sa signature est prévue lors du prochain sommet franco-espagnol, à l’automne.', 'declaration', ['announcement']],
    ['La réunion était prévue en 2019 mais n’a jamais eu lieu.', 'declaration', []],
    ['Aucune réunion n’est prévue avant l’été.', 'declaration', []],
  ])('%s (%s)', (sentence, kind, kinds) => {
    expect(said(sentence, kind as 'article' | 'declaration')).toEqual(kinds);
  });

  test.each(['les sapeurs-pompiers', 'les secouristes', 'les garde-côtes'])('in a declaration, %s act: their future is a commitment', (subject) => {
    expect(said(`D’ici là, ${subject} des deux départements mèneront un exercice conjoint en juin 2027.`, 'declaration')).toEqual(['announcement']);
  });
});

describe('a subtitle file', () => {
  const srt = [
    'Transcription – message vidéo publié le 2 avril 2027',
    '',
    '1',
    '00:00:00,500 --> 00:00:03,100',
    'Bonjour à toutes et à tous.',
    '',
    '2',
    '00:00:03,300 --> 00:00:07,800',
    'Nous allons renforcer les patrouilles de la Police aux frontières (PAF)',
    '',
    '3',
    '00:00:08,000 --> 00:00:11,900',
    'et de la Guardia Civil d’ici l’été, sur toute la frontière :',
    '',
    '4',
    '00:00:12,100 --> 00:00:15,000',
    'du Perthus jusqu’à Hendaye.',
    '',
    '5',
    '00:00:15,200 --> 00:00:18,000',
    '[Ana Ruiz, ministre de l’Intérieur]',
    '',
    '6',
    '00:00:18,200 --> 00:00:21,000',
    'Merci. L’Espagne installera des caméras à Irun.',
  ].join('\n');

  test('its cue numbers and time codes are set aside; a sentence runs on over its cues, not over a speaker\'s name', () => {
    const doc = ingest(srt);
    expect(doc.removed.filter((r) => r.reason === 'time-code')).toHaveLength(12);
    expect(doc.commitments.map((c) => c.text)).toEqual([
      'Nous allons renforcer les patrouilles de la Police aux frontières (PAF) et de la Guardia Civil d’ici l’été, sur toute la frontière : du Perthus jusqu’à Hendaye.',
      'L’Espagne installera des caméras à Irun.',
    ]);
  });

  test('two time codes are no subtitle file', () => {
    const doc = ingest('Note\n\n1\n00:00:00,500 --> 00:00:03,100\nTexte.\n\n2\n00:00:03,300 --> 00:00:07,800\nSuite.\n');
    expect(doc.removed.filter((r) => r.reason === 'time-code')).toEqual([]);
  });
});

describe('a crisis cell\'s situation report', () => {
  const sitrep = [
    'PRÉFECTURE DU NORD',
    'Centre opérationnel départemental (COD) – Lille',
    '',
    'POINT DE SITUATION N° 2 – 18 h 00',
    'Mardi 9 mars 2027',
    '',
    '1. Situation',
    '- Crue de la Lys : niveau stable depuis 14 h 00 à Armentières.',
    '',
    '2. Actions réalisées',
    '- 10 h 30 : ouverture d’un centre d’hébergement à Comines.',
    '',
    '3. Actions en cours / à venir',
    '- Maintien de la fermeture du pont de Comines jusqu’à 20 h 00 au moins.',
    '- Poursuite des relevés par le SDIS 59 et Atmo Hauts-de-France ; résultats transmis au COZ Est.',
    '- Envoi d’un officier de liaison à Courtrai d’ici ce soir.',
    '- Prochain point de situation (N° 3) à 08 h 00.',
  ].join('\n');

  test('its title is the report\'s, its numbered sections are headings, and what is to come commits — not what was done', () => {
    const doc = ingest(sitrep);
    expect(doc.title).toBe('POINT DE SITUATION N° 2 – 18 h 00');
    expect(doc.sections.map((s) => s.title)).toEqual(['1. Situation', '2. Actions réalisées', '3. Actions en cours / à venir']);
    expect(doc.commitments.map((c) => c.text.split(/\s+/u)[0])).toEqual(['Maintien', 'Poursuite', 'Envoi', 'Prochain']);
  });

  test('"d\'ici ce soir" is the day\'s limit; a time of day alone is no date', () => {
    expect(dates('Envoi d’un officier de liaison d’ici ce soir.', '2027-03-09')).toEqual(['d’ici ce soir=2027-03-09']);
    expect(dates('Point précédent : N° 1 de 08 h 00 ; mesures de 17 h.', '2027-03-09')).toEqual([]);
  });

  test('a numbered item over its own sub-items stays a list when it acts', () => {
    const doc = ingest('Plan\n\n1. Renforcer les patrouilles mixtes\n- à Menin\n- à Comines\n');
    expect(doc.sections).toEqual([]);
  });
});

describe('dates and acronyms of these shapes', () => {
  test.each([
    // A footnote's call glued to the year.
    ['la décision 2008/617/JAI du Conseil du 23 juin 2008[2]. Il compte', '2026-02-02', ['23 juin 2008=2008-06-23']],
    // A newspaper named after a time of day.
    ['↑ Jean Dufresne, « Les unités d’élite », Le Soir, 20 octobre 2001.', '2026-02-02', ['20 octobre 2001=2001-10-20']],
    // A month just gone, in the present.
    ['Le bilan de mars montre une hausse des vols.', '2026-04-14', ['mars=2026-03']],
    ['Le Conseil de juin examinera le texte.', '2026-04-14', ['juin=2026-06']],
  ])('%s', (text, date, found) => {
    expect(dates(text, date)).toEqual(found);
  });

  test('an act\'s title in capitals with its number and "(UE)" holds no acronyms but the glossary\'s', () => {
    const doc = ingest('DÉCISION (UE) 2027/3 DU CONSEIL\n\ndu 2 février 2027\n\nrelative à la position de l’Union\n\nArticle premier\n\nLa position est approuvée.\n');
    expect(doc.terms.map((t) => t.id)).toEqual(['ue']);
  });
});

describe('bodies of these shapes', () => {
  test('"le ministère de l\'Intérieur de la Sarre", in lower case as French writes it, is a body', () => {
    expect(actors('Le COZ Est a informé le ministère de l’Intérieur de la Sarre à 02 h 00.')).toContain('ministère de l’Intérieur de la Sarre=ministere-de-l-interieur-de-la-sarre');
  });

  test('"la Commission d\'ici à la fin de l\'année" names no "Commission d\'ici"', () => {
    expect(actors('Une visite d’évaluation sera organisée par la Commission d’ici à la fin de l’année 2027.').some((m) => m.includes('ici'))).toBe(false);
  });
});

describe('what the pages showed', () => {
  test('an encyclopedia\'s one-word sections ("Historique", "Fonctionnement", "Critiques") are headings', () => {
    const doc = ingest('Réseau Aquapol\n\nLe réseau Aquapol regroupe les polices fluviales.\n\nHistorique\n\nIl est créé en 2002.\n\nFonctionnement\n\nSa présidence tourne.\n\nCritiques\n\nSon budget est jugé faible.\n');
    expect(doc.sections.map((s) => s.title)).toEqual(['Historique', 'Fonctionnement', 'Critiques']);
  });

  test('"vers 22 h 40" stays whole in its date', () => {
    expect(dates('Incendie déclaré mercredi 19 novembre 2025 vers 22 h 40 dans un entrepôt.', '2025-11-20')).toEqual(['mercredi 19 novembre 2025 vers 22 h 40=2025-11-19']);
  });
});

describe('a given name alone where one greets or thanks', () => {
  test('"Merci, Marc." is the one Marc the text named; with two, no one', () => {
    expect(actors('Réunion de M. Marc Delaunay et de Mme Carmen Ortega.', 'Merci, Marc. Je veux saluer nos policiers.', '- Merci, Carmen.')).toEqual(['Marc Delaunay=marc-delaunay', 'Carmen Ortega=carmen-ortega', 'Marc=marc-delaunay', 'Carmen=carmen-ortega']);
    expect(actors('Réunion de M. Marc Delaunay et de M. Marc Dupuis.', 'Merci, Marc.')).toEqual(['Marc Delaunay=marc-delaunay', 'Marc Dupuis=marc-dupuis']);
  });
});

describe('the kind of a body\'s own report or message', () => {
  test.each([
    ['POINT DE SITUATION N° 2 – 18 h 00\n\nMardi 9 mars 2027\n\nLa crue est stable.\n'],
    ['Transcription – message vidéo publié le 2 avril 2027\n\nBonjour à toutes et à tous.\n'],
  ])('%s is the body\'s own text, not a press article', (text) => {
    expect(ingest(text).kind).toBe('declaration');
  });
});

describe('a foreign body opening an item', () => {
  test('"Technisches Hilfswerk (THW) : …" at an item\'s start is one body, its acronym with it', () => {
    expect(actors('Technisches Hilfswerk (THW) : 1 module de pompage en pré-alerte.')).toEqual(['Technisches Hilfswerk (THW)=technisches-hilfswerk']);
  });
});

test('a Roman numeral after a name is no surname in capitals: "règlement Prüm II" names no person', () => {
  expect(actors('Le règlement Prüm II prévoit l’échange de données avec Christophe CASTANER.')).toEqual(['Christophe CASTANER=christophe-castaner']);
});
