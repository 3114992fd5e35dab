/**
 * A fresh reader's counter-examples to the tenth round's rules, then the shapes the eleventh
 * blind round brought (a G7 declaration, a Court of Justice press release, the National
 * Assembly's questions to the Government, a Europol press release, a Council presidency's
 * programme, a data protection authority's opinion): each case failed before its rule. The
 * texts are written for the tests, not copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { structure } from '../../scripts/lib/structure.ts';
import { sentenceCommitments } from '../../scripts/lib/commitments.ts';
import { actors, dates, ingest, said } from '../support/engine.ts';

/** The kinds of the commitments of the sentence of a declaration that starts at `from`. */
const sentence = (text: string, from: string) => sentenceCommitments(text, text.indexOf(from), text.length, 2025, 'declaration').map((c) => c.kind);

describe('review of the tenth round', () => {
  test('a lower-case opening verb leaves list items, notes and plurals to the other triggers', () => {
    expect(said('s’engagent à renforcer la coopération policière transfrontalière ;')).toEqual(['engagement']);
    expect(said('salue la création du centre commun et s’engage à le financer ;')).toEqual(['engagement']);
    expect(said('dit son opposition à la fermeture du commissariat ;')).toEqual([]);
    const doc = ingest('Déclaration des ministres\n\nLes ministres :\n\n– s’engagent à renforcer la coopération policière transfrontalière ;\n– rappellent l’accord de 2019.\n');
    expect(doc.commitments.map((c) => c.kind)).toEqual(['engagement']);
  });

  test('only sending this very text on commits to nothing', () => {
    expect(said('Nous demandons à la Commission de transmettre ce rapport au Parlement et de présenter une proposition législative d’ici 2026.')).toEqual(['call']);
    expect(said('INVITE la Commission à transmettre ce rapport aux parlements nationaux.')).toEqual(['call']);
  });

  test('a closing formula needs its own verb', () => {
    expect(said('Je vous prie de me faire parvenir, avant le 30 juin, l’expression des besoins de vos services.')).toEqual(['call']);
    expect(said('Je vous prie d’agréer, Monsieur le Préfet, l’expression de ma haute considération.')).toEqual([]);
  });

  test('a present with an object pronoun is no future; real futures are', () => {
    expect(said('Nous les rencontrons chaque mois à Lille.')).toEqual([]);
    expect(said('Nous leur ouvrons nos centres de formation.')).toEqual([]);
    expect(said('Nous y aspirons depuis longtemps.')).toEqual([]);
    expect(said('Nous mettrons en place une cellule commune.')).toEqual(['announcement']);
    expect(said('Nous recevrons les délégations à Lille.')).toEqual(['announcement']);
  });

  test('"J’ai demandé à … de" needs a verb; "nous serons à" announces too, "si je serai à" does not', () => {
    expect(said('J’ai demandé aux habitants de Montpellier ce qu’ils attendaient de l’État.')).toEqual([]);
    expect(said('J’ai demandé aux agents de la préfecture ce qu’ils pensaient du projet.')).toEqual([]);
    expect(said('Je ne sais pas encore si je serai à Bruxelles jeudi.', 'article')).toEqual([]);
    expect(said('Demain, nous serons à Dunkerque avec les maires.', 'article')).toEqual(['announcement']);
    expect(said('Les auteurs du texte demandent au Gouvernement de publier le décret.')).toEqual(['call']);
  });

  test('a past clause keeps a yearless day in the past, whatever its "jusqu’au" or "dès le"', () => {
    expect(dates('Les contrôles ont été renforcés à partir du 1er mars.', '2025-03-20')).toEqual(['1er mars=2025-03-01']);
    expect(dates('Dès le 2 mars, les policiers ont multiplié les contrôles.', '2025-03-20')).toEqual(['le 2 mars=2025-03-02']);
    expect(dates('Jusqu’au 15 mars, les contrôles étaient quotidiens.', '2025-03-20')).toEqual(['15 mars=2025-03-15']);
  });

  test('"la fin du mois" only as a limit or ahead, and not after a month the sentence names', () => {
    expect(dates('En mars, quarante passeurs ont été interpellés ; à la fin du mois, le réseau était démantelé.', '2025-10-08')).toEqual(['mars=2025-03']);
    expect(dates('Un bilan sera publié d’ici la fin du mois d’avril.', '2025-03-20')).toEqual(['d’ici la fin du mois d’avril=2025-04-30']);
  });

  test('no year in "la prime de fin d’année" nor in "COM(2025) 148"; a run of short dates is no thread', () => {
    expect(dates('la prime de fin d’année sera versée', '2025-03-20')).toEqual([]);
    expect(dates('(COM(2025) 148 final)', '2025-03-20')).toEqual([]);
    expect(dates('12/03\nRéunion\n14/03', '2025-03-01')).toEqual(['12/03=2025-03-12', '14/03=2025-03-14']);
  });

  test('a range of days over two months; a period with a dash', () => {
    expect(dates('Les contrôles auront lieu du vendredi 30 au lundi 2 juin.', '2025-05-10')).toEqual(['du vendredi 30 au lundi 2 juin=2025-05-30/2025-06-02']);
    expect(dates('1er juillet – 31 décembre 2025', '2025-06-26')).toEqual(['1er juillet – 31 décembre 2025=2025-07-01/2025-12-31']);
  });

  test('a short article title with a full stop stays its heading’s', () => {
    const doc = structure('Convention\n\nArticle 1er – Objet.\n\nLa présente convention règle la coopération.\n\nArticle 2 – Durée.\n\nElle est conclue pour trois ans.\n', 'a.txt');
    expect(doc.body.filter((n) => n.type === 'heading').map((n) => n.text)).toEqual(['Article 1er – Objet.', 'Article 2 – Durée.']);
  });

  test('an "Objet :" line makes a title only under header lines; an addressee’s lines stay the addressee’s', () => {
    const news = structure('Ce que contient la circulaire envoyée aux préfets\n\nObjet : application du plan de lutte\n\nLe texte, que nous nous sommes procuré, demande aux préfets de renforcer les contrôles.\n', 'b.txt');
    expect([news.title, news.kind]).toEqual(['Ce que contient la circulaire envoyée aux préfets', 'article']);
    const letter = structure('Monsieur Jean Dupont\n\nMaire de Halluin\n\n59250 Halluin\n\nObjet : patrouilles communes\n\nMonsieur le Maire, je vous demande de renforcer les patrouilles.\n', 'c.txt');
    expect([letter.title, letter.place, letter.header.addressee]).toEqual(['Patrouilles communes', null, ['Monsieur Jean Dupont', 'Maire de Halluin', '59250 Halluin']]);
  });

  test('a headline about an order is a press article; a report’s title may have a colon', () => {
    expect(structure('Arrêté anti-mendicité : le tribunal administratif suspend la décision du maire\n\nPublié le 3 mars 2025\n\nLe tribunal a suspendu l’arrêté.\n', 'd.txt').kind).toBe('article');
    const report = structure('Office central de lutte contre la délinquance itinérante\n\nRapport d’activité 2024 : une année de coopération\n\nL’office a traité 300 demandes.\n', 'e.txt');
    expect([report.title, report.header.authorLines]).toEqual(['Rapport d’activité 2024 : une année de coopération', ['Office central de lutte contre la délinquance itinérante']]);
  });

  test('a sentence broken after a preposition before a figure runs on', () => {
    const doc = structure('Prochain Conseil JAI\n\nLes ministres se retrouveront à Luxembourg à partir du\n3 juin pour le prochain Conseil.\n', 'f.txt');
    expect(doc.body.map((n) => (n.type === 'paragraph' ? n.text : ''))).toEqual(['Les ministres se retrouveront à Luxembourg à partir du 3 juin pour le prochain Conseil.']);
  });

  test('a country before a large figure is the country; before a channel’s number after "sur", not', () => {
    expect(actors('En France 80 000 policiers et gendarmes seront mobilisés.')).toEqual(['France=france']);
    expect(actors('Au Maroc 2 000 migrants ont été interceptés.')).toEqual(['Maroc=maroc']);
    expect(actors('Il l’a dit sur France 24 puis sur France 2.')).toEqual([]);
  });
});

describe('the eleventh round', () => {
  test('the National Assembly’s turns: "M. X, ministre de l’intérieur. Monsieur le député, …" names the speaker; "à Mme la ministre" names no place', () => {
    const record = 'Assemblée nationale\n\nCompte rendu intégral\n\nSéance du mardi 4 février 2025\n\nMme la présidente. La parole est à M. Jean Carrouget.\n\nM. Jean Carrouget. Monsieur le ministre, que comptez-vous faire ?\n\nMme la présidente. La parole est à M. le ministre de l’intérieur.\n\nM. Laurent Mérignac, ministre de l’intérieur. Monsieur le député, nous allons renforcer la police aux frontières avant l’été.\n\nMme la présidente. La parole est à Mme la ministre déléguée.\n';
    const doc = ingest(record);
    expect(doc.commitments.map((c) => c.speaker)).toEqual(['Laurent Mérignac']);
    expect(doc.actors.map((a) => a.id)).not.toContain('mme');
  });

  test('two known parties joined by a hyphen are two mentions', () => {
    expect(actors('(Exclamations sur les bancs du groupe LFI-NFP.)')).toEqual(['LFI=la-france-insoumise', 'NFP=nouveau-front-populaire']);
  });

  test('an authority’s opinion is its own text: "Elle demande que …", "Elle recommande que …" ask; "Enfin, la Commission fera …" announces', () => {
    const opinion = 'Délibération n° 2025-071 du 10 juillet 2025 portant avis sur un projet de décret\n\nLa Commission nationale de l’informatique et des libertés,\n\nÉmet l’avis suivant :\n\nLa Commission rappelle que les données sont sensibles. Elle demande que le décret précise la durée de conservation. Elle recommande que cette information soit publiée.\n\nEnfin, la Commission fera usage de ses pouvoirs de contrôle dès 2026.\n';
    const doc = ingest(opinion);
    expect(doc.kind).toBe('declaration');
    expect(doc.commitments.map((c) => [c.text.slice(0, 22), c.kind])).toEqual([
      ['Elle demande que le dé', 'call'],
      ['Elle recommande que ce', 'call'],
      ['Enfin, la Commission f', 'announcement'],
    ]);
    expect(actors('La Commission nationale de l’informatique et des libertés, saisie. La Commission rappelle que les agents consultent le système. La Commission demande que le décret précise.')).not.toContain('Commission rappelle=commission-rappelle');
  });

  test('a presidency’s programme: its period is a note, its place-date the date; "Elle entend …", "Elle organisera …" commit; an act’s entry into application does not', () => {
    const programme = 'Programme de la présidence danoise du Conseil de l’Union européenne\n1er juillet – 31 décembre 2025\nCopenhague, le 26 juin 2025\n\nLa présidence s’attachera à conclure les négociations. Elle entend également faire aboutir le règlement. Elle organisera en novembre une conférence ministérielle. Le pacte sur la migration entrera en application en juin 2026.\n';
    const doc = ingest(programme);
    expect([doc.kind, doc.date, doc.place]).toEqual(['declaration', '2025-06-26', 'Copenhague']);
    expect(doc.commitments.map((c) => c.text.slice(0, 20))).toEqual(['La présidence s’atta', 'Elle entend égalemen', 'Elle organisera en n']);
  });

  test('a G7 declaration: "Nous adoptons …" decides; the G7 and a commissioner named after a long office are actors', () => {
    expect(said('Nous adoptons aujourd’hui le plan d’action de Lyon contre les trafics.')).toEqual(['decision']);
    expect(actors('Nous, ministres du G7, ainsi que le commissaire européen chargé des affaires intérieures et de la migration, Jonas Kellberg, réunis à Lyon')).toEqual(['G7=g7', 'Jonas Kellberg=jonas-kellberg', 'Lyon=lyon']);
  });

  test('a Europol release: forces named in their own language before their country’s adjective; no body counts cameras', () => {
    expect(actors('Elle associait la Federale Gerechtelijke Politie belge et la Koninklijke Marechaussee néerlandaise.')).toEqual([
      'Federale Gerechtelijke Politie=federale-gerechtelijke-politie',
      'belge=belgique',
      'Koninklijke Marechaussee=koninklijke-marechaussee',
      'néerlandaise=pays-bas',
    ]);
    expect(actors('un réseau de plusieurs milliers de caméras de reconnaissance automatique des plaques (ANPR)')).toEqual([]);
  });
});

describe('review of the eleventh round', () => {
  test('futures in "-tirons", "-ttrons" stay futures; presents in "-irons" do not become any', () => {
    expect(said('Nous garantirons la sécurité des frontières.')).toEqual(['announcement']);
    expect(said('Nous investirons dans la formation.')).toEqual(['announcement']);
    expect(said('Nous combattrons les trafics de drogue.')).toEqual(['announcement']);
    expect(said('Nous conspirons.')).toEqual([]);
  });

  test('a press article’s "M. X, maire de Lille, a rencontré …" is no speaker’s turn', () => {
    const doc = ingest('Lille : vingt policiers de plus\n\nM. Jean Dupont, maire de Lille, a rencontré le préfet lundi. Le préfet enverra vingt policiers dès avril.\n\nMme Claire Martin, députée du Nord, a salué cette décision. Le gouvernement présentera un plan en juin.\n');
    expect(doc.commitments.map((c) => c.speaker)).toEqual([null, null]);
  });

  test('third-person calls need what is asked; "entend" needs a verb; a lone pronoun acts only after a body', () => {
    expect(said('Elle souhaite la bienvenue aux nouveaux membres.')).toEqual([]);
    expect(said('Il invite les journalistes à la conférence de presse.')).toEqual([]);
    expect(said('Il demande à être entendu par la commission.')).toEqual([]);
    expect(said('La commission entend le ministre de l’intérieur mardi.')).toEqual([]);
    expect(said('Elle demande au ministère de lui transmettre le rapport.')).toEqual(['call']);
    const programme = 'La radicalisation progresse. Elle touchera davantage les jeunes.';
    expect(sentence(programme, 'Elle')).toEqual([]);
    const presidency = 'La présidence s’attachera à conclure. Elle organisera en novembre une conférence.';
    expect(sentence(presidency, 'Elle')).toEqual(['announcement']);
  });

  test('"fera" after "cela" or in "fera face" is no commitment; "s’appliquera à" + a verb and an opening adverb keep the sentence', () => {
    expect(said('Cela fera dix ans en mai que le centre existe.', 'article')).toEqual([]);
    expect(said('Le gouvernement fera face à une motion de censure.', 'article')).toEqual([]);
    expect(said('La France s’appliquera à renforcer les contrôles aux frontières.')).toEqual(['announcement']);
    expect(said('Enfin la France déploiera des renforts, dès le mois de mai.')).toEqual(['announcement']);
    expect(said('Je vous prie de trouver ici l’expression de ma haute considération.')).toEqual([]);
  });

  test('a letter’s place-date line under its addressee dates it; a run-in article with a verb is split; a period alone dates a summit', () => {
    const letter = structure('Monsieur Jean Dupont\n\nMaire de Halluin\n\n59250 Halluin\n\nLille, le 3 mars 2025\n\nObjet : patrouilles communes\n\nMonsieur le Maire, je vous demande de renforcer les patrouilles.\n', 'a.txt');
    expect([letter.date, letter.place, letter.header.addressee]).toEqual(['2025-03-03', 'Lille', ['Monsieur Jean Dupont', 'Maire de Halluin', '59250 Halluin']]);
    const order = structure('Arrêté municipal\n\nArticle 1er – La mendicité est interdite rue Nationale.\n\nArticle 2 – Le présent arrêté est exécutoire.\n', 'b.txt');
    expect(order.body.filter((n) => n.type === 'heading').map((n) => n.text)).toEqual(['Article 1er', 'Article 2']);
    expect(structure('Sommet de Lisbonne\n12 mars – 14 mars 2025\n\nLes ministres conviennent de coopérer.\n', 'c.txt').date).toBe('2025-03-12');
  });

  test('end-of-year and end-of-month deadlines', () => {
    expect(dates('Le dispositif sera prolongé à partir de fin 2025.', '2025-03-20')).toEqual(['fin 2025=2025-12-31']);
    expect(dates('Le rapport est attendu pour la fin du mois.', '2025-03-20')).toEqual(['pour la fin du mois=2025-03-31']);
    expect(dates('Le 3 mars, le préfet a indiqué que les contrôles seront renforcés jusqu’à la fin du mois.', '2025-03-20')).toEqual(['Le 3 mars=2025-03-03', 'jusqu’à la fin du mois=2025-03-31']);
  });

  test('"allemande" after a body is an adjective; French titles before a demonym are no foreign bodies', () => {
    expect(actors('La Douane allemande a saisi deux tonnes de cocaïne.')).toEqual(['Douane allemande=douane-allemande', 'allemande=allemagne']);
    expect(actors('la Première Ministre britannique et le Chancelier Fédéral allemand')).toEqual(['britannique=royaume-uni', 'allemand=allemagne']);
  });
});

