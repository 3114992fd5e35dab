/**
 * What the eighteenth blind round's shapes exposed, on invented texts of those shapes: a
 * research body's brief and its recommendations, a treaty's articles that bind no one, states
 * under their long names and signatories under their offices, an international
 * organisation's resolution, a draft with its revision marks, a ministry's answers to a
 * questionnaire, a news agency's dispatch; and an acronym written as a common noun, which is
 * no surname.
 */
import { describe, expect, test } from 'vitest';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, ingest, openings, said } from '../support/engine.ts';

describe('an acronym the text writes after an article or in parentheses is no surname', () => {
  test.each([
    // "une CMIC", "(CMIC)": the word after "Mesures" is the units' acronym, not a surname.
    [['Mesures CMIC : aucun dépassement des seuils.', 'Deux cellules mobiles d’intervention chimique (CMIC) ; renfort d’une CMIC de la Meuse.'], []],
    [['Relevés LAPI : 40 véhicules signalés.', 'Les LAPI des deux pays seront reliés.'], []],
    // A surname in capitals stays one, even where another acronym is written with an article.
    [['Christophe CASTANER a reçu le SGDSN.', 'Le rapport du SGDSN sera publié.'], ['Christophe CASTANER=christophe-castaner']],
    // Without the article or the parentheses nothing says the word is an acronym: a name.
    [['Compte rendu de Marc DELORME.'], ['Marc DELORME=marc-delorme']],
  ])('%j → %j', (texts, expected) => {
    expect(actors(...texts).filter((m) => !/=(?:meuse|sgdsn|secretariat)/u.test(m))).toEqual(expected);
  });
});

describe('a research body\'s brief', () => {
  const brief = [
    'Centre d’études sur la sécurité (CESS) – Note d’analyse n° 12',
    '',
    'Trafic d’armes dans les Balkans : pour un contrôle européen des stocks',
    '',
    'Claire Dumont (chercheuse, CESS) et Piet Janssens (ancien attaché de police, Université de Gand (UGent))',
    '',
    'Paris, le 3 février 2027',
    '',
    'Résumé',
    'Les saisies d’armes ont doublé depuis 2024. Cette note propose trois mesures.',
    '',
    'Recommandations',
    '1. Les États membres devraient créer, d’ici la fin de l’année, un registre commun des armes saisies.',
    '2. Nous recommandons que la Commission européenne finance un programme de destruction des stocks.',
    '3. Le nombre de saisies devrait encore augmenter en 2027.',
  ].join('\n');

  test('its series line is an author line, the line under it the title, its authors with their affiliations an author line', () => {
    const doc = structure(brief, 'brief.txt');
    expect(doc.title).toBe('Trafic d’armes dans les Balkans : pour un contrôle européen des stocks');
    expect(doc.header.authorLines).toEqual(['Centre d’études sur la sécurité (CESS) – Note d’analyse n° 12', 'Claire Dumont (chercheuse, CESS) et Piet Janssens (ancien attaché de police, Université de Gand (UGent))']);
    expect([doc.date, doc.place]).toEqual(['2027-02-03', 'Paris']);
    // Its own text, though its title has a colon; "Résumé" and "Recommandations" head what follows.
    expect(doc.kind).toBe('declaration');
    expect(doc.body.filter((n) => n.type === 'heading').map((n) => n.text)).toEqual(['Résumé', 'Recommandations']);
  });

  test('a poster\'s handle in parentheses is no affiliation', () => {
    const doc = structure('REVUE DES RÉSEAUX SOCIAUX\nFil publié le jeudi 20 mars 2025\n\nGérald Vasseur (@GeraldVasseur)\nMinistre de l’Intérieur\n\n1/8\nNous renforcerons les contrôles.\n', 'thread.txt');
    expect(doc.header.authorLines).not.toContain('Gérald Vasseur (@GeraldVasseur)');
  });

  test('what bodies and states "devraient" do and what "nous recommandons que" they do are its calls; a forecast is none', () => {
    expect(ingest(brief).commitments.map((c) => [c.kind, c.text.split(/\s+/u).slice(0, 3).join(' ')])).toEqual([
      ['call', 'Les États membres'],
      ['call', 'Nous recommandons que'],
    ]);
  });

  test('"devrait" in a press report is a forecast; in a text\'s own words, a thing\'s "devrait" too', () => {
    expect(said('La Commission devrait présenter sa proposition en juin.', 'article')).toEqual([]);
    expect(said('La Commission devrait présenter sa proposition en juin.')).toEqual(['call']);
    expect(said('Cette mesure devrait réduire les délais de moitié.')).toEqual([]);
    expect(said('Le texte devrait être adopté en juin.')).toEqual([]);
    expect(said('Les ministres estiment que les États devraient agir.')).toEqual([]);
  });
});

describe('a treaty\'s articles that bind no one', () => {
  const treaty = (text: string) => `Accord entre le Gouvernement de la République française et le Gouvernement du Royaume d’Espagne relatif à la coopération policière\n\nArticle premier\n\n${text}\n\nArticle 2\n\n1. Chaque Partie désigne un point de contact national.\n`;
  test.each([
    // What has been so far, in a past tense.
    ['1. L’observation transfrontalière n’a jusqu’à présent été pratiquée que rarement entre les Parties.'],
    ['1. Les saisies d’héroïne dans ces ports ont triplé au cours des cinq dernières années.'],
    // The setting of the cooperation, and an earlier instrument that ceases to apply.
    ['1. La coopération prévue par le présent Accord s’exerce dans le respect du droit interne de chaque Partie.'],
    ['1. La Convention du 3 mai 1998 cesse de s’appliquer à la date d’entrée en vigueur du présent Accord.'],
  ])('%s', (text) => {
    expect(openings(treaty(text))).toEqual(['Chaque Partie désigne un']);
  });

  test('an obligation that says when it starts still binds', () => {
    expect(openings(treaty('1. Les Parties organisent des patrouilles mixtes depuis le 1er janvier 2027 au moins une fois par mois.'))).toEqual(['Les Parties organisent des', 'Chaque Partie désigne un']);
  });
});

describe('states, signatories and the Council in a treaty or a brief', () => {
  test('a state\'s long name is its country, and no person is read before a body\'s acronym in its own language', () => {
    expect(actors('Le Gouvernement de la République de Slovénie et l’Administration financière de la République de Slovénie (FURS).')).toEqual(['République de Slovénie=slovenie', 'Administration financière=administration-financiere', 'République de Slovénie=slovenie']);
    expect(actors('La République fédérale d’Allemagne et le Grand-Duché de Luxembourg.')).toEqual(['République fédérale d’Allemagne=allemagne', 'Grand-Duché de Luxembourg=luxembourg']);
  });

  test('a name on its line over an office on the next is a signatory, whatever the given name', () => {
    expect(actors('Pour le Gouvernement de la République de Croatie :', 'Davor Božinović', 'Ministre de l’Intérieur')).toEqual(['République de Croatie=croatie', 'Davor Božinović=davor-bozinovic']);
    // Not a heading over a paragraph.
    expect(actors('Coopération Policière', 'La police fédérale organisera des patrouilles.')).toEqual(['police fédérale=police-federale']);
  });

  test('"du Parlement européen et du Conseil" is the Union\'s Council, whatever formation was named before', () => {
    expect(actors('Le Conseil JAI se réunira en juin.', 'Le règlement (UE) 2023/1543 du Parlement européen et du Conseil s’appliquera en 2026.')).toEqual(['Conseil JAI=conseil-jai', 'Parlement européen=parlement-europeen', 'Conseil=conseil-de-l-union-europeenne']);
  });

  test('a university before its acronym is a body (its city part of its name)', () => {
    expect(actors('Il enseigne à l’Université libre de Bruxelles (ULB).')).toEqual(['Université libre de Bruxelles (ULB)=universite-libre-de-bruxelles']);
  });
});

describe('an international organisation\'s resolution', () => {
  const resolution = [
    'Résolution n° 7',
    'CM/Rec(2027)3',
    '',
    'Objet : Coopération contre la cybercriminalité visant les hôpitaux',
    '',
    'Le Comité des Ministres,',
    '',
    'CONSIDÉRANT que les attaques visant les hôpitaux se multiplient,',
    '',
    'PRENANT NOTE du rapport du Comité de la cybercriminalité,',
    '',
    '1. DÉCIDE de créer un groupe d’experts ;',
    '',
    '2. CHARGE la Secrétaire générale :',
    'a) de préparer un guide des bonnes pratiques ;',
    'b) d’organiser une conférence régionale à Strasbourg en 2028 ;',
    '',
    'Adoptée le 4 mars 2027 par 40 voix pour et 2 abstentions.',
  ].join('\n');

  test('its number and reference code are header notes, its "Objet :" its title, its closing adoption line its date', () => {
    const doc = structure(resolution, 'res.txt');
    expect([doc.title, doc.header.notes, doc.date]).toEqual(['Coopération contre la cybercriminalité visant les hôpitaux', ['Résolution n° 7', 'CM/Rec(2027)3'], '2027-03-04']);
  });

  test('"CHARGE … :" leads its lettered points as calls; its recitals\' participles are no acronyms', () => {
    const doc = ingest(resolution);
    expect(doc.commitments.map((c) => [c.kind, c.text.split(/\s+/u).slice(0, 2).join(' ')])).toEqual([
      ['decision', 'DÉCIDE de'],
      ['call', 'de préparer'],
      ['call', 'd’organiser une'],
    ]);
    expect(doc.terms.map((t) => t.term)).not.toContain('PRENANT');
    expect(doc.terms.map((t) => t.term)).not.toContain('CONSIDÉRANT');
  });
});

describe('a draft with its revision marks', () => {
  const draft = [
    'PROJET – version 2 du 9 janvier 2027 – Diffusion restreinte',
    '',
    'Déclaration commune des ministres de l’Intérieur sur la protection civile[AB1]',
    '',
    'Nous décidons de créer un groupe de travail sur les feux de forêt.',
    '',
    'Commentaires',
    '[AB1] Anne Bernard (DGSCGC) : nous proposons d’ajouter « et de gestion de crise » au titre.',
    '[CD2] Carlos Díaz (Ministerio del Interior) : le groupe se réunira en mars, à confirmer.',
  ].join('\n');

  test('its marking is a header note that dates it, the line under it the title', () => {
    const doc = structure(draft, 'draft.txt');
    expect([doc.title, doc.header.notes, doc.date]).toEqual(['Déclaration commune des ministres de l’Intérieur sur la protection civile[AB1]', ['PROJET – version 2 du 9 janvier 2027 – Diffusion restreinte'], '2027-01-09']);
  });

  test('its reviewers\' comments commit to nothing, and "PROJET" is no acronym', () => {
    const doc = ingest(draft);
    expect(doc.commitments.map((c) => c.text.split(/\s+/u).slice(0, 3).join(' '))).toEqual(['Nous décidons de']);
    expect(doc.terms.map((t) => t.term)).not.toContain('PROJET');
  });
});

describe('a ministry\'s answers to a questionnaire', () => {
  const answers = [
    'Royaume de Belgique',
    'Service public fédéral Intérieur',
    '',
    'Bruxelles, le 2 mars 2027',
    'Notre référence : 512-C/3',
    '',
    'Objet : Questionnaire de la Commission européenne sur la préparation aux crises',
    '',
    'Question 1 – Comment la population est-elle alertée ?',
    '',
    'Réponse :',
    'Le ministre a décidé d’étendre le système d’alerte d’ici l’été 2027. À cette fin, le Centre de crise national :',
    '- testera la diffusion cellulaire en avril 2027 ;',
    '- formera les communes au printemps.',
  ].join('\n');

  test('the reference field is a header note and the subject the title; each question heads its answer, "Réponse :" does not', () => {
    const doc = structure(answers, 'q.txt');
    expect([doc.title, doc.header.notes, doc.kind]).toEqual(['Questionnaire de la Commission européenne sur la préparation aux crises', ['Notre référence : 512-C/3'], 'declaration']);
    expect(doc.body.filter((n) => n.type === 'heading').map((n) => n.text)).toEqual(['Question 1 – Comment la population est-elle alertée ?']);
  });

  test('a lead paragraph\'s sentence before its lead still commits; the lead\'s list does too', () => {
    expect(openings(answers)).toEqual(['Le ministre a décidé', 'testera la diffusion cellulaire', 'formera les communes au']);
  });
});

describe('a news agency\'s dispatch', () => {
  test.each([
    ['La ministre, Sophie Delvaux, a indiqué que la Belgique financerait d’ici la fin de l’année quatre scanners.', ['announcement']],
    ['Elle a également affirmé que son gouvernement soutiendrait l’extension de l’Alliance.', ['announcement']],
    ['Les trois ministres ont décidé jeudi à Bruxelles de créer une cellule commune.', ['decision']],
    // What someone said would be, not what anyone will do.
    ['Il a indiqué que la situation serait difficile.', []],
    ['Il a précisé que le trafic aurait doublé.', []],
  ])('%s', (sentence, kinds) => {
    expect(said(sentence, 'article')).toEqual(kinds);
  });

  test('its update line names no acronym', () => {
    expect(ingest('Cocaïne : riposte commune\n\nMISE À JOUR – 18 h 40 : ajoute les déclarations du ministre.\n\nLes ministres se réuniront en juin.').terms.map((t) => t.term)).toEqual([]);
  });
});

describe('an act of the Union\'s recitals', () => {
  test.each([
    ['Il convient dès lors que les États membres concernés veillent à ce que l’accord prévoie des garanties.', ['call']],
    ['Les États membres concernés devraient tenir le Conseil et la Commission régulièrement informés.', ['call']],
    // A treaty's preamble recites; what an act "devrait permettre" is its purpose.
    ['Considérant qu’il convient de renforcer la coopération,', []],
    ['Le présent accord devrait permettre de renforcer la coopération.', []],
    // What the recital's subject receives or how a thing is forecast to go asks nothing
    // (the verbs a text's own "devrait" call passes over, read by both rules).
    ['Les États membres concernés devraient recevoir un soutien financier de l’Union.', []],
    ['Les négociations devraient aboutir avant la fin de l’année 2027.', []],
    ['Les États membres concernés devraient se réunir chaque année pour évaluer l’accord.', []],
  ])('%s', (sentence, kinds) => {
    expect(said(sentence, 'treaty')).toEqual(kinds);
  });
});
