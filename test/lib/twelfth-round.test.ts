/**
 * The shapes the twelfth blind round brought (an exchange of letters, a Belgian royal
 * decree, a podcast transcript, a slide deck's exported text, a ministry's chronology, a
 * roadmap in pipe tables): each case failed before its rule. The texts are written for the
 * tests, not copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { isPageMarker, runningLines } from '../../scripts/lib/boilerplate.ts';
import { isTreatyNorm } from '../../scripts/lib/commitments.ts';
import { structure } from '../../scripts/lib/structure.ts';
import { findDates } from '../../scripts/lib/annotate/dates.ts';
import { DomainScorer } from '../../scripts/lib/annotate/domains.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { actors, dates, ingest } from '../support/engine.ts';

const scorer = new DomainScorer(loadRegistry().domains);

const FOOTER = 'Conseil franco-belge de sécurité – 12 mai 2025 – Usage interne';
/** A presentation's exported text: a slide marker and a footer on every slide. */
const deck = [
  'Diapositive 1 / 4',
  'Coopération policière franco-belge',
  'Bilan 2024 et orientations',
  "Direction de la coopération internationale de sécurité (DCIS) – ministère de l'Intérieur",
  'Claire Vasseur, sous-directrice de la coopération opérationnelle',
  'Lille, 12 mai 2025',
  FOOTER,
  '',
  'Diapositive 2 / 4',
  'Contexte',
  '• Hausse des vols de fret commis par des équipes itinérantes le long de l’autoroute A27',
  '• Montée en puissance du trafic de drogue par les trains de nuit entre les deux pays',
  FOOTER,
  '',
  'Diapositive 3 / 4',
  'Prochaines étapes',
  '• Déployer deux patrouilles mixtes supplémentaires dans les gares frontalières d’ici le 1er septembre 2025',
  '– Pilote : PAF / police fédérale',
  '• Constituer une équipe commune d’enquête sur les vols de fret au second semestre 2025',
  '– Pilote : OCLDI / parquet fédéral',
  '• Renfort du CCPD de Tournai : deux enquêteurs de plus dès janvier 2026',
  FOOTER,
  '',
  'Diapositive 4 / 4',
  'Messages clés',
  '• Une coopération jugée exemplaire par les deux délégations',
  FOOTER,
  '',
].join('\n');

describe('slide decks and page furniture', () => {
  test('page and slide numbers on a line of their own are furniture; a thread’s "1/8" opening a post is not', () => {
    for (const line of ['Diapositive 3 / 12', 'Slide 4', 'Page 2 sur 5', '– 7 –', 'p. 12']) expect(isPageMarker(line)).toBe(true);
    for (const line of ['1/8 Aujourd’hui, nous lançons la brigade.', 'Page d’accueil du ministère', 'Article 3']) expect(isPageMarker(line)).toBe(false);
  });

  test('a header or footer repeated at every page’s edge is set aside; a refrain and a repeated heading stay', () => {
    const lines = deck.split('\n');
    const markersOf = (text: string[]) => new Set(text.flatMap((line, i) => (isPageMarker(line) ? [i] : [])));
    expect([...runningLines(lines, markersOf(lines))].map((i) => lines[i])).toEqual([FOOTER, FOOTER, FOOTER, FOOTER]);
    // A slide's title repeated over its bullets is no footer.
    const titles = ['Diapositive 1 / 3', 'Feuille de route commune', '• Déployer deux patrouilles', '', 'Diapositive 2 / 3', 'Feuille de route commune', '• Finaliser l’avenant', '', 'Diapositive 3 / 3', 'Feuille de route commune', '• Saisir Europol', ''];
    expect(runningLines(titles, markersOf(titles)).size).toBe(0);
    // Without pages, nothing is a running line: a refrain, a heading over each point's actions.
    const speech = ['Nous ne céderons rien', '', 'La menace est là.', '', 'Nous ne céderons rien', '', 'Les services veillent.', '', 'Nous ne céderons rien', ''];
    expect(runningLines(speech, markersOf(speech)).size).toBe(0);
    const minutes = ['Point 1', 'Les patrouilles.', 'Suites à donner aux travaux', '', '- Étendre les patrouilles.', '', 'Point 2', 'Les ports.', 'Suites à donner aux travaux', '', '- Renforcer les contrôles.', '', 'Point 3', 'Les trains.', 'Suites à donner aux travaux', '', '- Former les agents.', ''];
    expect(runningLines(minutes, markersOf(minutes)).size).toBe(0);
    expect(isPageMarker('— 2024 —')).toBe(false);
    const { removed } = splitBlocks(deck);
    expect(removed.map((r) => r.reason)).toEqual(['page-marker', 'running-line', 'page-marker', 'running-line', 'page-marker', 'running-line', 'page-marker', 'running-line']);
  });

  test('the first slide is the header: title, subtitle, the issuing body, the presenter and the date line', () => {
    const doc = structure(deck, 'deck.txt');
    expect(doc.title).toBe('Coopération policière franco-belge');
    expect(doc.header.subtitle).toBe('Bilan 2024 et orientations');
    expect(doc.header.authorLines).toEqual(['Claire Vasseur, sous-directrice de la coopération opérationnelle']);
    expect(doc.date).toBe('2025-05-12');
    // A long bullet over the next one is no hard-wrapped line: the bullets stay apart.
    expect(splitBlocks(deck).blocks.filter((b) => b.type === 'item')).toHaveLength(8);
    // A sentence naming a person and an office is no presenter's line.
    expect(structure('Coopération policière franco-belge\n\nClaire Vasseur, sous-directrice de la coopération opérationnelle, a présenté le bilan.\n', 'x.txt').header.authorLines).toEqual([]);
  });

  test('a slide over next steps leads its bullets: actions and dated steps, not their owners', () => {
    const doc = ingest(deck);
    expect(doc.commitments.map((c) => [c.kind, c.text.slice(0, 30)])).toEqual([
      ['decision', 'Déployer deux patrouilles mixt'],
      ['decision', 'Constituer une équipe commune '],
      ['decision', 'Renfort du CCPD de Tournai : d'],
    ]);
    // Under another heading, the same bullets are no one's decisions; nor facts under next steps.
    expect(ingest(deck.replace('Prochaines étapes', 'Actions menées en 2024')).commitments).toEqual([]);
    expect(ingest('Bilan\n\nÀ venir\n• Les résultats sont encourageants.\n• Hausse des saisies de 18 % en 2024\n').commitments).toEqual([]);
  });
});

describe('roadmaps in pipe tables', () => {
  const roadmap = [
    'Plan d’action franco-espagnol contre le trafic d’armes à feu',
    '',
    'Madrid, le 3 mars 2025',
    '',
    'Le tableau ci-dessous récapitule les actions du plan.',
    '',
    '| N° | Action | Pilote | Échéance |',
    '|---|---|---|---|',
    '| 1 | Créer une cellule commune d’analyse des saisies d’armes | OCLCO / Guardia Civil | T2 2025 |',
    '| 2 | Former les douaniers des ports de Barcelone et de Marseille au repérage des pièces détachées | DGDDI / AEAT | S2 2025 |',
    '|   | et des kits de conversion | | |',
    '| 3 | Bilan annuel | Cabinets | en continu |',
    '',
  ].join('\n');

  test('a row’s action, from its infinitive to the row’s end, is the authors’ decision; other rows are not', () => {
    const doc = ingest(roadmap);
    expect(doc.commitments.map((c) => [c.kind, c.text])).toEqual([
      ['decision', 'Créer une cellule commune d’analyse des saisies d’armes | OCLCO / Guardia Civil | T2 2025'],
      ['decision', 'Former les douaniers des ports de Barcelone et de Marseille au repérage des pièces détachées | DGDDI / AEAT | S2 2025'],
    ]);
    expect(doc.commitments[0]!.deadline).toBe(null);
    expect(doc.commitments[0]!.dates).toEqual(['2025-04-01/2025-06-30']);
  });

  test('quarters and semesters written short are ranges; with a limit word, deadlines', () => {
    expect(dates('Échéance : T2 2025 ; puis S2 2025 et Q1 2026.', '2025-03-03')).toEqual(['T2 2025=2025-04-01/2025-06-30', 'S2 2025=2025-07-01/2025-12-31', 'Q1 2026=2026-01-01/2026-03-31']);
    expect(findDates('Livraison d’ici T4 2025.', { date: '2025-03-03', header: false }).map((d) => [d.iso, d.type])).toEqual([['2025-10-01/2025-12-31', 'deadline']]);
    // No semester beyond the second; no quarter inside a code.
    expect(dates('Lot S3 2025 et dossier PST2 2025.', '2025-03-03')).toEqual(['2025=2025', '2025=2025']);
  });
});

describe('exchanges of letters', () => {
  const proposal = 'Les services de police des deux pays organiseront, dès l’entrée en vigueur du présent accord, des patrouilles mixtes à bord des trains reliant Lille à Tournai.';
  const letters = [
    'Échange de lettres relatif aux patrouilles mixtes',
    '',
    'Paris, le 3 mars 2025',
    '',
    'Son Excellence Monsieur Pieter de Jong',
    'Ambassadeur du Royaume de Belgique',
    '',
    'Excellence,',
    '',
    `J’ai l’honneur de vous proposer ce qui suit. ${proposal}`,
    '',
    'Cet accord entre en vigueur le premier jour du mois suivant la date de votre réponse.',
    '',
    'Bruxelles, le 20 mars 2025',
    '',
    'J’ai l’honneur d’accuser réception de votre lettre ainsi rédigée :',
    '',
    `« J'ai l'honneur de vous proposer ce qui suit. ${proposal.replace(/’/gu, "'")} »`,
    '',
    'J’ai l’honneur de vous faire savoir que ces propositions recueillent l’agrément de mon Gouvernement.',
    '',
    'Pieter de Jong',
    '',
  ].join('\n');

  test('a reply that quotes the letter it answers repeats its commitments, it makes no new ones', () => {
    const doc = ingest(letters);
    expect(doc.commitments.map((c) => c.text.slice(0, 40))).toEqual(['Les services de police des deux pays org']);
  });

  test('"le mois suivant" follows the event told, not the text’s date', () => {
    expect(dates('Cet accord entre en vigueur le premier jour du mois suivant la date de votre réponse.', '2025-03-03')).toEqual([]);
    expect(dates('Le mois suivant, la brigade a été créée. Le mois prochain, elle sera renforcée.', '2025-03-03')).toEqual(['Le mois prochain=2025-04']);
  });

  test('"Monsieur" or "Madame" written out before a name names a person; a signature’s name stands alone then', () => {
    expect(actors('Son Excellence Monsieur Pieter de Jong', 'Pieter de Jong')).toEqual(['Pieter de Jong=pieter-de-jong', 'Pieter de Jong=pieter-de-jong']);
    expect(actors('Madame la Présidente, Monsieur Le Président de la République')).toEqual([]);
    // A name over its office, joined on one line: the name ends where the office begins.
    expect(actors('Pieter de Jong Ministre des Affaires étrangères du Royaume des Pays-Bas')).toEqual(['Pieter de Jong=pieter-de-jong', 'Royaume des Pays-Bas=pays-bas']);
    expect(actors('M. Bruno Le Maire a reçu son homologue.')).toEqual(['Bruno Le Maire=bruno-le-maire']);
  });
});

describe('podcast transcripts', () => {
  test('"mardi prochain", "lundi dernier": the next or last such weekday from the text’s date, only with one', () => {
    // 13 March 2025 is a Thursday.
    expect(dates('Mardi prochain, je réunirai les directeurs. Lundi dernier, une clinique a été visée. Jeudi prochain aussi.', '2025-03-13')).toEqual([
      'Mardi prochain=2025-03-18',
      'Lundi dernier=2025-03-10',
      'Jeudi prochain=2025-03-20',
    ]);
    expect(findDates('Mardi prochain, je réunirai les directeurs.', { date: null, header: false })).toEqual([]);
  });

  test('a guest named with a role the lists lacked, then in capitals in the speakers’ labels', () => {
    const intro = 'Claire Dumoulin reçoit Élodie Marchand, cheffe adjointe de l’Office anti-cybercriminalité.';
    expect(actors(intro, '[00:01:03] ÉLODIE MARCHAND — Ça change tout.')).toEqual(['Claire Dumoulin=claire-dumoulin', 'Élodie Marchand=elodie-marchand', 'ÉLODIE MARCHAND=elodie-marchand']);
  });

  test('a body named with its acronym after a sentence’s verb starts at its body noun; an acronym may end in a digit', () => {
    expect(actors('Le parquet signera avec la Juridiction nationale de lutte contre la criminalité organisée (JUNALCO) une convention.')).toContain(
      'Juridiction nationale de lutte contre la criminalité organisée (JUNALCO)=juridiction-nationale-de-lutte-contre-la-criminalite-organisee',
    );
    // What follows the verb must be a body: a fund is not one.
    expect(actors('Nous invitons la Commission européenne à mobiliser le Fonds pour la sécurité intérieure (FSI).')).toEqual(['Commission européenne=commission-europeenne']);
    expect(actors('Le Centre européen de lutte contre la cybercriminalité (EC3) a fourni l’analyse.')).toEqual([
      'Centre européen de lutte contre la cybercriminalité (EC3)=centre-europeen-de-lutte-contre-la-cybercriminalite',
    ]);
  });
});

describe('royal decrees', () => {
  test('the King who signs is not a registry person who shares his name; given names are no aliases', () => {
    expect(actors('PHILIPPE, Roi des Belges, À tous, présents et à venir, Salut.')).toEqual(['PHILIPPE, Roi des Belges=philippe-de-belgique']);
    expect(actors('PHILIPPE', 'MICHEL')).toEqual([]);
    expect(actors('Édouard PHILIPPE et Charles MICHEL ont signé.')).toEqual(['Édouard PHILIPPE=edouard-philippe', 'Charles MICHEL=charles-michel']);
  });

  test('a signature’s initial and surname name a person; an initial before a known surname is that person; a heading’s letter is no initial', () => {
    expect(actors('Le Ministre de l’Intérieur,', 'B. QUINTIN')).toEqual(['B. QUINTIN=b-quintin']);
    expect(actors('La Ministre de la Justice,', 'A. VERLINDEN')).toEqual(['A. VERLINDEN=annelies-verlinden']);
    expect(actors('Le Premier Ministre,', 'C. MICHEL')).toEqual(['C. MICHEL=charles-michel']);
    expect(actors('V. ACCÈS AUX DONNÉES', 'I. CONTEXTE', 'A. CONTEXTE', 'B. MESURES')).toEqual([]);
    // A body's name and its comma over a section's number is no signature.
    expect(actors('Le CONSEIL DE L’UNION EUROPÉENNE,', 'I. CONTEXTE')).toEqual(['CONSEIL DE L’UNION EUROPÉENNE=conseil-de-l-union-europeenne']);
  });

  test('a decree’s "Donné à …" line commits to nothing; a month in capitals is no acronym', () => {
    const decree = ingest('SERVICE PUBLIC FÉDÉRAL INTÉRIEUR\n\n12 MARS 2025. — Arrêté royal relatif aux caméras\n\nArt. 1er. La police fédérale raccorde les caméras à la banque de données nationale.\n\nDonné à Bruxelles, le 12 mars 2025.\n');
    expect(isTreatyNorm('Donné à Bruxelles, le 12 mars 2025.')).toBe(false);
    expect(isTreatyNorm('La police fédérale raccorde les caméras à la banque de données nationale.')).toBe(true);
    expect(decree.terms.map((t) => t.id)).not.toContain('mars');
  });
});

describe('chronologies', () => {
  test('a page’s "Mis à jour le …" under its text dates it when its header did not; a sentence does not', () => {
    const page = 'Ministère de l’Intérieur\n\nChronologie de la coopération franco-italienne\n\nÀ venir\n\nLa semaine prochaine : une réunion technique se tiendra à Modane.\n\nMis à jour le 14 novembre 2024\n';
    const doc = structure(page, 'x.txt');
    expect([doc.date, doc.header.published]).toEqual(['2024-11-14', 'Mis à jour le 14 novembre 2024']);
    expect(ingest(page).dates.map((d) => d.iso)).toContain('2024-11-18/2024-11-24');
    expect(structure(page.replace('Mis à jour le 14 novembre 2024', 'Le bilan sera publié le 14 novembre 2024.'), 'x.txt').date).toBe(null);
  });

  test('a gendarmerie unit named with its acronym is a body', () => {
    expect(actors('réunissant le peloton de gendarmerie de haute montagne (PGHM) de Briançon')).toContain('peloton de gendarmerie de haute montagne (PGHM)=peloton-de-gendarmerie-de-haute-montagne');
  });
});

describe('the Moniteur belge’s header and articles', () => {
  const decree = 'SERVICE PUBLIC FÉDÉRAL INTÉRIEUR\n\n[C − 2025/40873]\n\n12 MARS 2025. — Arrêté royal relatif aux caméras de reconnaissance automatique de plaques d’immatriculation\n\nPHILIPPE, Roi des Belges,\nÀ tous, présents et à venir, Salut.\n\nVu la loi du 5 août 1992 sur la fonction de police, l’article 25/3 ;\n\nArt. 1er. Dans le même arrêté, il est inséré un article 3/1 rédigé comme suit.\n';
  test('a bracketed publication reference is a header note, not the title', () => {
    const doc = structure(decree, 'x.txt');
    expect(doc.title).toBe('12 MARS 2025. — Arrêté royal relatif aux caméras de reconnaissance automatique de plaques d’immatriculation');
    expect(doc.header.notes).toEqual(['[C − 2025/40873]']);
  });

  test('an article’s number is no date', () => {
    expect(dates('Vu l’article 25/3 et l’article 44/7 ; il est inséré un article 3/1. Rendez-vous le 25/3 à Lille.', '2025-03-12')).toEqual(['le 25/3=2025-03-25']);
  });

  test('a body’s acronym after a noun and a particle is no person’s surname', () => {
    expect(actors('• Renfort du CCPD : + 4 ETP', '• Effectif du CCPD inférieur au cadre', 'Charles de GAULLE')).toEqual(['CCPD=ccpd', 'CCPD=ccpd', 'Charles de GAULLE=charles-de-gaulle']);
  });
});

describe('review of the twelfth round', () => {
  test('only headings over steps still to come lead their items; past facts and remarks under them are no steps', () => {
    expect(ingest('Bilan\n\nCalendrier\n- Janvier 2024 : signature de l’accord de Tournai par les deux ministres.\n- Signature de l’avenant en septembre 2024.\n\nFait à Lille le 12 mars 2025\n').commitments).toEqual([]);
    expect(ingest('Plan\n\nFeuille de route 2021-2024 : bilan\n- Création d’une cellule commune d’analyse en mars 2022.\n- Renforcer les patrouilles mixtes dans les trains : réalisé en 2023.\n').commitments).toEqual([]);
    const steps = ingest('Comité franco-belge\n\nLille, le 12 mars 2025\n\nProchaines étapes\n• Rappel : le comité de janvier 2025 a validé le principe des patrouilles mixtes\n• Point d’attention : le budget 2025 du CCPD n’est pas encore voté\n• Déployer deux patrouilles mixtes d’ici juin 2025\n');
    expect(steps.commitments.map((c) => c.text.slice(0, 20))).toEqual(['Déployer deux patrou']);
  });

  test('rows of a status table, of options under study and of advice are no decisions', () => {
    const table = (caption: string, row: string) => ingest(`Plan commun\n\n${caption}\n\n| N° | Action | Suite |\n|---|---|---|\n${row}\n`).commitments;
    expect(table('Suivi des actions', '| 1 | Créer une cellule commune d’analyse au CCPD de Tournai | Réalisé en 2023 |')).toEqual([]);
    expect(table('Pistes à l’étude (non arbitrées)', '| 2 | Étendre les patrouilles mixtes au Hainaut occidental | Coût à évaluer |')).toEqual([]);
    expect(table('Conseils au public', '| Vous constatez un cambriolage | Appeler le 17 en France ou le 101 en Belgique | |')).toEqual([]);
    expect(table('Actions', '| 3 | Étendre les patrouilles mixtes au Hainaut occidental | T2 2025 |').map((c) => c.kind)).toEqual(['decision']);
  });

  test('the same words under another lead, or outside a quotation, are commitments of their own', () => {
    const item = '- de renforcer les échanges d’informations entre leurs centres de coopération policière et douanière d’ici la fin de l’année 2025 ;';
    const doc = ingest(`Relevé de décisions\n\nLa France et la Belgique ont décidé :\n${item}\n\nLa France et le Luxembourg ont décidé :\n${item}\n`);
    expect(doc.commitments).toHaveLength(2);
    const sentence = 'Les deux ministres s’engagent à réunir le comité de suivi de la coopération transfrontalière deux fois par an.';
    expect(ingest(`Relevé\n\nVolet franco-espagnol\n\n${sentence}\n\nVolet franco-italien\n\n${sentence}\n`).commitments).toHaveLength(2);
  });

  test('weekdays: "dernier délai" is no past day; a written date after the weekday wins', () => {
    expect(dates('Les contributions seront transmises vendredi dernier délai.', '2025-03-12')).toEqual([]);
    expect(dates('Ils se réuniront mardi prochain 25 mars.', '2025-03-12')).toEqual(['mardi prochain 25 mars=2025-03-25']);
  });

  test('no person from an office after "Monsieur", nor from a street; no presenter line with a verb', () => {
    expect(actors('Monsieur Directeur Exécutif,', 'Monsieur Haut Représentant', 'Madame Commissaire Johansson')).toEqual([]);
    expect(actors('du commissariat de l’avenue Victor Hugo à Menton', 'la caserne Émile Zola')).toEqual(['Menton=menton']);
    const doc = structure('Brigade mixte à Menton\nGérald Darmanin, ministre de l’Intérieur, s’engage à créer une brigade mixte à Menton d’ici juin\n\nTexte.\n', 'x.txt');
    expect(doc.header.authorLines).toEqual([]);
  });

  test('a cue in capitals is a whole word; a single burglary is no organised crime', () => {
    expect(scorer.classify('Le communiqué du ministère, lapidaire, se borne à rappeler la position du gouvernement sur la protection des données personnelles.')).toEqual(['protection-donnees']);
    expect(scorer.classify('Une interpolation des séries statistiques sur la drogue.')).toEqual(['trafics']);
    expect(scorer.classify('Un cambriolage a visé la mairie.')).toEqual([]);
  });

  test('a slide’s title after the cover’s date line heads its bullets, it is no place', () => {
    const doc = ingest('Coopération policière franco-suisse\nNathalie Bourgeois, sous-directrice\nBerne, 3 juin 2025\n\nProchaines étapes\n• Déployer deux patrouilles mixtes d’ici le 1er septembre 2025\n• Finaliser l’avenant d’ici la fin de l’année\n');
    expect(doc.header.placeLine).toBe(null);
    expect(doc.commitments).toHaveLength(2);
  });
});

describe('signatures', () => {
  test('under "Fait à …" or "Donné à …", the signatories’ names in capitals are no headings; an annex after them is', () => {
    const act = 'Accord\nBruxelles, le 3 mars 2025\n\nArticle 1er\nLes Parties coopèrent.\n\nDonné à Bruxelles, le 3 mars 2025\n\nPHILIPPE\n\nPar le Roi :\n\nB. QUINTIN\n\nANNEXE\n\nLISTE DES POINTS DE CONTACT\n\nTexte.\n';
    const headings = structure(act, 'x.txt').body.filter((n) => n.type === 'heading').map((n) => n.text);
    expect(headings).toEqual(['Article 1er', 'ANNEXE', 'LISTE DES POINTS DE CONTACT']);
  });
});

describe('links to a table row’s commitment', () => {
  test('the text fragment leaves out the cell bars, which the page shows as a table', async () => {
    const { passageUrl } = await import('../../src/data/urls.ts');
    const url = passageUrl('2025-02-18-feuille-route', 'prevention-resilience-1', 'Créer un point de contact unique pour les hôpitaux | ANSSI / CCB / CIRCL | T2 2025');
    expect(decodeURIComponent(url.split(':~:text=')[1]!)).toBe('Créer un point de,/ CIRCL T2 2025');
  });
});
