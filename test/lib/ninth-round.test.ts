/**
 * Shapes the ninth blind round brought (a coalition agreement, a parliamentary bill, a
 * minister's speech, a mission letter, an activity report, an internal note): each case
 * failed before its rule. The texts are written for the tests, not copied from the
 * hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, ingest, said } from '../support/engine.ts';

describe('a coalition agreement', () => {
  test('"Accord de gouvernement" is the government’s programme, not a treaty', () => {
    const doc = structure('Accord de gouvernement 2025-2029\nNamur, le 3 février 2025\n\nChapitre 2 — Sécurité\n\nLe gouvernement renforcera la police locale d’ici 2027.\n', 'a.txt');
    expect(doc.kind).toBe('declaration');
    expect(structure('Accord entre la Belgique et les Pays-Bas\n\nArticle 1er\n\nLes Parties coopèrent.\n\nArticle 2\n\nLes Parties échangent des données.\n', 'b.txt').kind).toBe('treaty');
  });

  test('a first-person plural future whose stem ends in "é" commits ("Nous créerons …"); a present does not', () => {
    expect(said('Nous créerons, d’ici la fin de l’année, une cellule commune.')).toEqual(['announcement']);
    expect(said('Nous agréerons les nouveaux centres de formation.')).toEqual(['announcement']);
    expect(said('Nous considérons que la menace reste élevée.')).toEqual([]);
  });
});

describe('a parliamentary bill', () => {
  const bill = [
    'N° 733',
    'SÉNAT',
    'SESSION ORDINAIRE DE 2024-2025',
    'Enregistré à la Présidence du Sénat le 12 mars 2025',
    'PROPOSITION DE LOI',
    'tendant à créer un fichier commun des armes saisies,',
    'présentée par\nMme Anne LEROUX et M. Paul GIRAUD,\nsénateurs.',
    'EXPOSÉ DES MOTIFS',
    'Mesdames, Messieurs,',
    'Depuis la loi du 6 mars 2012, les saisies ont doublé. Les auteurs appellent le Gouvernement à négocier un fichier européen des armes saisies.',
    'Telles sont les raisons pour lesquelles nous vous demandons d’adopter la présente proposition de loi.',
    'PROPOSITION DE LOI',
    'Article 1er',
    'Les services de police et de gendarmerie inscrivent chaque arme saisie dans le fichier national dans un délai de huit jours.',
    'Article 2',
    'Un décret en Conseil d’État fixe les modalités d’application de la présente loi.',
    'Article 3',
    'La charge pour l’État résultant de la présente loi est compensée, à due concurrence, par la création d’une taxe additionnelle.',
  ].join('\n\n');

  test('its number, session and registration lines are header lines, and it is dated by its registration, not by the Constitution', () => {
    const doc = structure(bill, 'ppl.txt');
    expect([doc.title, doc.date, doc.header.subtitle, doc.header.authorLines, doc.header.notes]).toEqual([
      'PROPOSITION DE LOI',
      '2025-03-12',
      'tendant à créer un fichier commun des armes saisies,',
      ['SÉNAT', 'présentée par Mme Anne LEROUX et M. Paul GIRAUD, sénateurs.'],
      ['N° 733', 'SESSION ORDINAIRE DE 2024-2025'],
    ]);
    const national = structure('N° 912\n\nASSEMBLÉE NATIONALE\n\nCONSTITUTION DU 4 OCTOBRE 1958\n\nDIX-SEPTIÈME LÉGISLATURE\n\nEnregistré à la Présidence de l’Assemblée nationale le 4 février 2025.\n\nPROPOSITION DE LOI\n\nvisant à renforcer la coopération,\n\nTexte.\n', 'an.txt');
    expect([national.date, national.header.notes]).toEqual(['2025-02-04', ['N° 912', 'CONSTITUTION DU 4 OCTOBRE 1958', 'DIX-SEPTIÈME LÉGISLATURE']]);
  });

  test('a bare naming of the text takes its subtitle’s first words into its id', () => {
    expect(ingest(bill).id).toBe('2025-03-12-proposition-loi-tendant-creer-fichier-commun-armes');
    expect(ingest('Déclaration de Luxembourg sur la coopération policière\n\nLuxembourg, le 3 mars 2025\n\nLes ministres conviennent de coopérer.\n').id).toBe('2025-03-03-declaration-luxembourg-cooperation-policiere');
  });

  test('the authors’ call commits; the request to pass the text, the implementing decree and the "gage" do not', () => {
    const doc = ingest(bill);
    expect(doc.commitments.map((c) => [bill.slice(c.start, c.start + 30), c.kind])).toEqual([
      ['Les auteurs appellent le Gouve', 'call'],
      ['Les services de police et de g', 'engagement'],
    ]);
  });
});

describe('an internal note', () => {
  const note =
    'Ministère de l’Intérieur\nDirection de la coopération internationale de sécurité (DCIS)\n\nParis, le 2 avril 2025\n\nNote à l’attention de Monsieur le Ministre\ns/c de Madame la Directrice de cabinet\n\nObjet : réunion bilatérale de Lisbonne du 20 avril 2025\nRéf. : votre demande du 24 mars\nAffaire suivie par : capitaine Marc Dias\n\n1. Contexte\n\nLa partie portugaise souhaite renforcer les patrouilles mixtes.\n\n2. Propositions\n\nProposition n° 1 : accepter le principe de patrouilles mixtes à partir du 1er juin 2025.\n\nProposition n° 2 : demander à la partie portugaise de ramener le délai de réponse à cinq jours.\n\nQuelle que soit votre décision, la DCIS transmettra au cabinet un dossier de réunion avant le 9 avril.\n';

  test('ministry, directorate, place-date, addressee, subject and reference fields: the subject is the title', () => {
    const doc = structure(note, 'note.txt');
    expect([doc.title, doc.kind, doc.date, doc.header.authorLines, doc.header.notes]).toEqual([
      'Réunion bilatérale de Lisbonne du 20 avril 2025',
      'declaration',
      '2025-04-02',
      ['Ministère de l’Intérieur', 'Direction de la coopération internationale de sécurité (DCIS)'],
      ['Réf. : votre demande du 24 mars', 'Affaire suivie par : capitaine Marc Dias'],
    ]);
  });

  test('its numbered proposals are calls, and a commitment whatever the decision is one', () => {
    const doc = ingest(note);
    expect(doc.commitments.map((c) => [note.slice(c.start, c.start + 20), c.kind])).toEqual([
      ['accepter le principe', 'call'],
      ['demander à la partie', 'call'],
      ['Quelle que soit votr', 'announcement'],
    ]);
  });

  test('"Monsieur" and "Madame" name no place, and a sentence is no body’s name before an acronym', () => {
    expect(actors('Note à l’attention de Monsieur le Ministre s/c de Madame la Directrice de cabinet')).toEqual([]);
    expect(actors('inviter la Commission européenne à mobiliser le Fonds pour la sécurité intérieure (FSI) dès 2026')).toEqual(['Commission européenne=commission-europeenne']);
    expect(actors('les agents du centre auront un accès direct aux lecteurs automatisés de plaques d’immatriculation (LAPI)')).toEqual([]);
  });

  test('a bare "Références :" heads the list under it; a field with its value is a header line', () => {
    const doc = structure('Paris, le 5 octobre 2023\n\nLe ministre de l’Intérieur\n\nà\n\nMesdames et Messieurs les préfets\n\nObjet : Patrouilles mixtes.\n\nRéférences :\n– accord de Mondorf ;\n– code frontières Schengen.\n\nJe vous demande de doubler les patrouilles.\n', 'c.txt');
    expect(doc.header.notes).toEqual([]);
    expect(doc.body[0]).toMatchObject({ type: 'heading', text: 'Références :' });
  });
});

describe('a speech and a mission letter', () => {
  test('the author of a speech is named after "Discours de", and greetings name those greeted, whatever the office’s case', () => {
    expect(actors('Discours de Laurent Vasseur, ministre de l’Intérieur et des Outre-mer')).toEqual(['Laurent Vasseur=laurent-vasseur']);
    expect(actors('Monsieur le Maire d’Hendaye, cher Michel Etchegaray,')).toEqual(['Hendaye=hendaye', 'Michel Etchegaray=michel-etchegaray']);
    expect(actors('Monsieur le Secrétaire d’État à la Sécurité du Royaume d’Espagne, cher Rafael Ortega Villar,')).toContain('Rafael Ortega Villar=rafael-ortega-villar');
    // An apposition keeps its name whole when no kind of text opens it.
    expect(actors('signé par la ministre de l’Intérieur Annelies Verlinden (CD&V), le ministre de la Justice Paul Van Tigchelt. La ministre a salué l’accord.')).toContain('La ministre=annelies-verlinden');
  });

  test('"Ici" opens a sentence, it names no place', () => {
    expect(actors('Ici, à Hendaye, vous en faites la preuve chaque jour.')).toEqual(['Hendaye=hendaye']);
  });

  test('a mission letter’s task and what its author asked a colleague are calls; its closing formula is not', () => {
    expect(said('Je vous confie la mission de bâtir une stratégie nationale de sécurisation des ports.')).toEqual(['call']);
    expect(said('J’ai demandé à Olivier Brunet, ministre de l’Intérieur, de vous apporter son plein concours.')).toEqual(['call']);
    expect(said('Je vous prie de croire, Monsieur le Préfet, à l’assurance de ma considération distinguée.')).toEqual([]);
    expect(said('Veuillez agréer, Madame la Députée, l’expression de ma haute considération.')).toEqual([]);
    // An instruction in the same words still is one.
    expect(said('Je vous prie de me remettre vos propositions avant le 30 juin.')).toEqual(['call']);
  });
});

describe('an activity report', () => {
  const report =
    'Centre de coopération policière et douanière de Luxembourg\nRapport d’activité 2024\n\nÉditorial\n\nL’année 2024 a mis notre centre à l’épreuve. En 2025, nous poursuivrons la modernisation de nos outils.\n\nNathalie Schaack\nCoordinatrice du centre\nLuxembourg, le 14 mars 2025\n\nRépartition des demandes par pays\n\nFrance             4 905     5 521\nBelgique           2 108     2 377\n';

  test('the body above the line naming the report is its issuer; the signature dates it; "Éditorial" is no place', () => {
    const doc = structure(report, 'r.txt');
    expect([doc.title, doc.kind, doc.date, doc.place, doc.header.authorLines, doc.header.placeLine]).toEqual([
      'Rapport d’activité 2024',
      'declaration',
      '2025-03-14',
      'Luxembourg',
      ['Centre de coopération policière et douanière de Luxembourg'],
      null,
    ]);
  });

  test('a section label with its year heads a section: "Chiffres clés 2024", "Perspectives 2025"', () => {
    const doc = structure('Rapport annuel\n\nTexte du rapport.\n\nChiffres clés 2024\n\n13 296 demandes traitées\n\nPerspectives 2025\n\nLe centre déploiera une interface commune.\n', 'r.txt');
    expect(doc.body.filter((n) => n.type === 'heading').map((n) => n.text)).toEqual(['Chiffres clés 2024', 'Perspectives 2025']);
  });

  test('a country in a table’s row is an actor; one before a legal act’s number or a year is not', () => {
    expect(actors('France             4 905     5 521')).toEqual(['France=france']);
    expect(actors('la directive (UE) 2016/680')).toEqual([]);
  });

  test('a weekday ends a body’s name: "Conseil des ministres du mercredi 30 août 2023"', () => {
    expect(actors('Compte rendu du Conseil des ministres du mercredi 30 août 2023')).toEqual(['Conseil des ministres=conseil-des-ministres']);
  });
});
