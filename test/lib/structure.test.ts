import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { isLead, placeName, structure, type BodyNode, type ListNode } from '../../scripts/lib/structure.ts';
import { ARTICLE_FILE, DECLARATION_FILE, fixtureText, seedText } from '../support/seeds.ts';

const headings = (body: BodyNode[]) => body.filter((n) => n.type === 'heading').map((n) => (n.type === 'heading' ? n.text : ''));
const itemCount = (list: ListNode): number => list.items.reduce((n, item) => n + 1 + (item.children ? itemCount(item.children) : 0), 0);
const items = (body: BodyNode[]) => body.reduce((n, node) => n + (node.type === 'list' ? itemCount(node) : 0), 0);

describe('splitBlocks', () => {
  test('joins a line broken after a comma across a blank line (author lines)', () => {
    const { blocks } = splitBlocks('Titre\n\nDéclaration conjointe de M. A, Premier ministre,\n\net de M. B, Premier ministre\n\nParis');
    expect(blocks.map((b) => b.text)).toEqual(['Titre', 'Déclaration conjointe de M. A, Premier ministre, et de M. B, Premier ministre', 'Paris']);
  });

  test('keeps every line of an unwrapped text as its own block', () => {
    const { blocks } = splitBlocks('Lundi 11 juin 2018\nSeul le prononcé fait foi\nA l’invitation de la France, ils se sont réunis.');
    expect(blocks).toHaveLength(3);
  });

  test('re-joins hard-wrapped paragraphs and keeps blank-line paragraph breaks', () => {
    const text = fixtureText('article-quotes');
    const { blocks } = splitBlocks(text);
    const quote = blocks.find((b) => b.text.includes('Les criminels ne connaissent pas de frontières'));
    expect(quote?.text).toContain('tonnes à Rotterdam. "Les criminels ne connaissent pas de frontières, nos services ne peuvent plus');
    expect(quote?.span).toBe(5);
  });

  test('sets aside furniture lines and the related headlines that follow them', () => {
    const { removed } = splitBlocks(fixtureText('article-quotes'));
    expect(removed.map((r) => r.text)).toEqual([
      'Lire aussi',
      'Anvers : saisie record de cocaïne dans un conteneur de bananes',
      'Partager la page',
      'Le choix de la rédaction',
      'Sécurité routière : le nombre de morts en baisse sur les routes wallonnes',
    ]);
  });

  test('never removes a sentence that merely mentions sharing', () => {
    const { removed, blocks } = splitBlocks('Titre\n\nPartager la page avec nos partenaires est essentiel.\n\nPartager');
    expect(blocks.map((b) => b.text)).toContain('Partager la page avec nos partenaires est essentiel.');
    expect(removed.map((r) => r.text)).toEqual(['Partager']);
  });
});

describe('isLead', () => {
  test.each([
    ['Déterminées à affronter sans relâche les nouveaux défis, la France et la Belgique ont décidé :', true],
    ['Les deux ministres sont convenus de :', true],
    ['Les ministres décident :', true],
    ['À cet égard, ils conviennent :', true],
    ['Sont convenus de ce qui suit :', true],
    ['En matière de lutte contre le terrorisme :', false],
    ['La France et la Belgique ont décidé de coopérer.', false],
    ['L’accord prévoit notamment :', true],
    ['À cette fin, les mesures suivantes seront mises en œuvre :', true],
  ])('%j → %s', (text, expected) => {
    expect(isLead(text)).toBe(expected);
  });
});

describe('structure', () => {
  test('the 11 June 2018 declaration: title, header facts, kind, date, place, 3 sections of 7 + 7 + 4 items', () => {
    const doc = structure(seedText(DECLARATION_FILE), 'seeds/decl.txt');
    expect(doc.title).toBe(
      'Déclaration conjointe des Premiers ministres français et belge sur la coopération en matière de sécurité intérieure et de lutte contre le terrorisme',
    );
    expect(doc.kind).toBe('declaration');
    expect(doc.date).toBe('2018-06-11');
    expect(doc.place).toBe('Paris');
    expect(doc.header).toEqual({
      published: 'Publié 11/06/2018',
      dateLine: 'Lundi 11 juin 2018',
      placeLine: 'Paris',
      authorLines: [
        'Déclaration conjointe de M. Édouard PHILIPPE, Premier ministre, et de M. Charles MICHEL, Premier ministre du Royaume de Belgique, sur la coopération en matière de sécurité intérieure et de lutte antiterroriste',
      ],
      disclaimers: ['Seul le prononcé fait foi'],
      notes: ['Ce contenu a été publié sous le gouvernement du Premier ministre, Édouard Philippe.'],
      subtitle: null,
      rubric: null,
      addressee: [],
      subjectLine: null,
    });
    expect(headings(doc.body)).toEqual([
      'En matière de lutte contre le terrorisme :',
      'En matière de lutte contre la radicalisation violente :',
      'Au niveau européen :',
    ]);
    const lists = doc.body.filter((n): n is ListNode => n.type === 'list');
    expect(lists.map((l) => l.items.length)).toEqual([7, 7, 4]);
    expect(doc.removed.map((r) => [r.line, r.text])).toEqual([
      [49, 'Partager la page'],
      [52, 'Le choix de la rédaction'],
    ]);
  });

  test('the press report: title, seven paragraphs, no header facts, kind article', () => {
    const doc = structure(seedText(ARTICLE_FILE), 'seeds/article.txt');
    expect(doc.title).toBe("Les ministres français et belge de l'Intérieur s'entendent sur la sécurité");
    expect(doc.kind).toBe('article');
    expect(doc.date).toBeNull();
    expect(doc.body.filter((n) => n.type === 'paragraph')).toHaveLength(7);
  });

  test('a treaty: TITRE and Article headings with their title lines, nested clauses, date and place from "Fait à"', () => {
    const doc = structure(fixtureText('treaty-articles'), 'treaty.txt');
    expect(doc.kind).toBe('treaty');
    expect(doc.date).toBe('2019-03-14');
    expect(doc.place).toBe('Luxembourg');
    const structural = doc.body.filter((n) => n.type === 'heading');
    expect(structural.map((h) => (h.type === 'heading' ? [h.text, h.subtitle, h.level] : null))).toEqual([
      ['TITRE I', 'DISPOSITIONS GÉNÉRALES', 2],
      ['Article 1er', 'Objet', 3],
      ['Article 2', 'Définitions', 3],
      ['Article 3', 'Autorités compétentes', 3],
      ['TITRE II', 'COOPÉRATION OPÉRATIONNELLE', 2],
      ['Article 4', "Échange d'informations", 3],
      ['Article 5', 'Patrouilles communes', 3],
      ['Article 6', 'Assistance en cas de catastrophe', 3],
      ['TITRE III', 'DISPOSITIONS FINALES', 2],
      ['Article 7', 'Protection des données à caractère personnel', 3],
      ['Article 8', 'Entrée en vigueur et dénonciation', 3],
    ]);
    // 9 numbered clauses, 5 lettered sub-points, 3 "1°" definitions.
    expect(items(doc.body)).toBe(17);
  });

  test('a communiqué with "1 -" points: place-date line, lead, 6 points, furniture removed', () => {
    const doc = structure(fixtureText('communique-dash-points'), 'dash.txt');
    expect(doc.kind).toBe('joint-communique');
    expect([doc.date, doc.place]).toEqual(['2019-07-03', 'Rome']);
    const lead = doc.body.find((n) => n.type === 'paragraph' && n.lead);
    expect(lead).toMatchObject({ text: 'Les deux ministres sont convenus de :' });
    expect(items(doc.body)).toBe(6);
    expect(doc.removed.map((r) => r.text)).toEqual(['Partager sur Twitter', 'Imprimer']);
  });

  test('a wire’s dateline gives the place, as a place is written; briefs datelined in several cities give none', () => {
    expect(structure(fixtureText('holdout-belga-wire'), 'wire.txt').place).toBe('La Haye');
    expect(structure(fixtureText('holdout-dispatch'), 'afp.txt').place).toBe('Rome');
    expect(structure(fixtureText('holdout-border-briefs'), 'briefs.txt').place).toBe(null);
    expect(structure('Titre de la dépêche\n\nSAINT-JEAN-DE-LUZ (AFP) – Les ministres ont signé un accord.', 'a.txt').place).toBe('Saint-Jean-de-Luz');
    // Not a dateline: a body with an agency's acronym ("AP" is also the Dutch data
    // protection authority), a sentence's opening words.
    expect(structure('Titre\n\nL’Autoriteit Persoonsgegevens (AP) – La CNIL néerlandaise a infligé une amende.', 'b.txt').place).toBe(null);
    expect(structure('Titre\n\nSelon les enquêteurs (AFP) – texte.', 'c.txt').place).toBe(null);
    expect(['LA HAYE', 'LE HAVRE', 'AIX-EN-PROVENCE', "VILLENEUVE-D'ASCQ", 'Bruxelles'].map(placeName)).toEqual(['La Haye', 'Le Havre', 'Aix-en-Provence', "Villeneuve-d'Ascq", 'Bruxelles']);
  });

  test('a written question with its answer is dated by its latest publication line, the answer’s', () => {
    const text = [
      'Coopération transfrontalière dans les Pyrénées',
      '',
      'Question écrite n° 04512 de M. Jean Dupont (Pyrénées-Orientales)',
      'publiée dans le JO Sénat du 14/03/2024 - page 1032',
      '',
      'M. Jean Dupont attire l’attention du ministre sur la coopération policière.',
      '',
      'Réponse du Ministère de l’intérieur',
      'publiée dans le JO Sénat du 27/06/2024 - page 2815',
      '',
      'Le ministère renforcera les patrouilles communes.',
    ].join('\n');
    expect(structure(text, 'question.txt').date).toBe('2024-06-27');
    // The question's publication line as its title, the answer's further down.
    expect(structure(fixtureText('holdout-parliament'), 'parliament.txt').date).toBe('2024-01-25');
    // A sentence that mentions a publication is no publication line.
    expect(structure('Titre\n\nLa loi publiée au JO du 3 janvier 2025 prévoit des contrôles.', 'loi.txt').date).toBe(null);
    // No publication line: the date the title gives.
    expect(structure('Compte rendu du Conseil des ministres du mercredi 30 août 2023\n\nPROJET DE LOI\n\nLe ministre a présenté un projet de loi.', 'cm.txt').date).toBe('2023-08-30');
  });

  test('a section label of up to seven words between blank lines is a heading; a sentence is not', () => {
    const text = 'Sommet franco-espagnol\n\nPerpignan, 9 octobre 2025\n\nLes deux gouvernements se sont réunis.\n\nProtection civile et feux de forêt\n\nLes deux gouvernements conviennent de prépositionner des moyens aériens.\n\nLa coopération est une réussite\n\nElle se poursuivra.';
    expect(headings(structure(text, 'summit.txt').body)).toEqual(['Protection civile et feux de forêt']);
    // A question put without its question mark is spoken, not a label.
    expect(headings(structure('Entretien\n\nParis, 3 mars 2024\n\nVous annoncez un plan contre le narcotrafic\n\nOui, nous allons le faire.', 'interview.txt').body)).toEqual([]);
  });

  test('an occasion over its date line, then "Déclaration finale": the occasion is the title, the naming a subtitle that says the kind', () => {
    const doc = structure('XXVIIe Sommet franco-espagnol\n\nPerpignan, 9 octobre 2025\n\nDéclaration finale\n\nLes deux gouvernements décident de renforcer leur coopération.', 'summit.txt');
    expect([doc.title, doc.header.subtitle, doc.kind, doc.date, doc.place]).toEqual(['XXVIIe Sommet franco-espagnol', 'Déclaration finale', 'declaration', '2025-10-09', 'Perpignan']);
  });

  test('a communiqué without bullets: publication line, seven paragraphs, no lists', () => {
    const doc = structure(fixtureText('communique-prose'), 'prose.txt');
    expect(doc.header.published).toBe('Publié le 05/02/2020');
    expect(doc.date).toBe('2020-02-05');
    expect(doc.body.every((n) => n.type === 'paragraph')).toBe(true);
    expect(doc.body).toHaveLength(7);
  });

  test('a press article with byline and publication line under its lead paragraph', () => {
    const doc = structure(fixtureText('article-quotes'), 'quotes.txt');
    expect(doc.header.authorLines).toEqual(['Par Sophie Van den Berghe']);
    expect(doc.header.published).toMatch(/^Publié le 18\/11\/2019/);
    expect(doc.date).toBe('2019-11-18');
  });

  test('mixed lists: roman and colon headings at two levels, five marker shapes, "K. 1" items', () => {
    const doc = structure(fixtureText('declaration-mixed-lists'), 'mixed.txt');
    expect(headings(doc.body)).toEqual([
      'I. Coopération policière',
      "Échange d'informations :",
      'Centres de coopération :',
      'II. Migration',
      'Contrôles aux frontières extérieures :',
      'Réadmission et éloignement :',
      "III. Cadre de l'Union européenne",
    ]);
    expect(items(doc.body)).toBe(16);
    const markers = new Set(
      doc.body.flatMap((n) => (n.type === 'list' ? n.items.map((i) => i.marker.family) : [])),
    );
    expect([...markers].sort()).toEqual(['bullet', 'dash', 'letter', 'reference', 'star']);
  });
});

describe('structure of press releases and Council conclusions', () => {
  test('a press release: issuer, "Communiqué de presse" and date are header lines; the headline is the title', () => {
    const doc = structure('Ministère de la Sécurité intérieure\nCommuniqué de presse\n17.05.2023\nLe Luxembourg et la Belgique signent un accord de coopération policière\nLe ministre et son homologue ont signé ce mercredi un accord.\n', 'release.txt');
    expect(doc.title).toBe('Le Luxembourg et la Belgique signent un accord de coopération policière');
    expect(doc.header.authorLines).toEqual(['Ministère de la Sécurité intérieure', 'Communiqué de presse']);
    expect([doc.kind, doc.date]).toEqual(['joint-communique', '2023-05-17']);
    expect(doc.body).toHaveLength(1);
  });

  test.each([
    // An agency's bare name over the label (it would read as a place line on its own).
    ['Frontex\nCommuniqué de presse\nVarsovie, le 3 février 2026\n\nOpération Thémis : 41 passeurs arrêtés en Méditerranée centrale\n\nL’opération a mobilisé douze États membres.\n', 'Opération Thémis : 41 passeurs arrêtés en Méditerranée centrale', ['Frontex', 'Communiqué de presse'], 'Varsovie'],
    // A body with two lines of place and date under the label.
    ['Conseil de l’UE\nCommuniqué de presse\n14 mars 2026\nBruxelles\n\nConseil « Justice et affaires intérieures », 13-14 mars 2026 : principaux résultats\n\nLes ministres se sont réunis à Bruxelles.\n', 'Conseil « Justice et affaires intérieures », 13-14 mars 2026 : principaux résultats', ['Conseil de l’UE', 'Communiqué de presse'], 'Bruxelles'],
    // "conjoint" after "de presse", the issuers under the label.
    ['Communiqué de presse conjoint\nMinistère de l’Intérieur – Service public fédéral Intérieur\nLille, le 2 avril 2026\n\nLa France et la Belgique ouvrent un commissariat commun à Tourcoing\n\nLes deux ministres ont inauguré le bâtiment.\n', 'La France et la Belgique ouvrent un commissariat commun à Tourcoing', ['Communiqué de presse conjoint', 'Ministère de l’Intérieur – Service public fédéral Intérieur'], 'Lille'],
    // A court's numbered release, its name in capitals.
    ['COUR EUROPÉENNE DES DROITS DE L’HOMME\n\nCOMMUNIQUÉ DE PRESSE n° 211/26\n\nStrasbourg, le 9 juin 2026\n\nArrêt de chambre dans l’affaire Martens c. Belgique\n\nLa Cour conclut à la violation de l’article 8.\n', 'Arrêt de chambre dans l’affaire Martens c. Belgique', ['COUR EUROPÉENNE DES DROITS DE L’HOMME', 'COMMUNIQUÉ DE PRESSE n° 211/26'], 'Strasbourg'],
  ])('a release under its issuer\'s name, whatever the name: the headline is the title (%#)', (text, title, authors, place) => {
    const doc = structure(text, 'release.txt');
    expect([doc.title, doc.header.authorLines, doc.place, doc.kind]).toEqual([title, authors, place, 'joint-communique']);
  });

  test('a name over a line that is no release label stays the title', () => {
    expect(structure('Europol\nRapport sur la situation et les tendances du terrorisme\n\nLe rapport recense les attentats de 2025.\n', 'r.txt').title).toBe('Europol');
    // A sentence over the label is no issuer's name.
    expect(structure('Le ministre a signé l’accord.\nCommuniqué de presse\n3 mars 2026\n\nUn accord signé\n\nTexte.\n', 's.txt').title).toBe('Le ministre a signé l’accord.');
  });

  test('a declaration whose title starts like an author line keeps it as its title', () => {
    expect(structure(fixtureText('communique-prose'), 'prose.txt').title).toMatch(/^Déclaration commune des ministres de la Justice/u);
  });

  test('a title starting with an issuer, without "Communiqué de presse", stays the title; a headline about conclusions stays an article', () => {
    const doc = structure('Présidence belge du Conseil de l’Union européenne : priorités en matière de sécurité\n\nLa présidence veillera à faire avancer les dossiers.\n', 'p.txt');
    expect(doc.title).toMatch(/^Présidence belge/u);
    expect(structure('Migration : les conclusions du Conseil européen divisent les Vingt-Sept\n\nLes dirigeants se sont séparés sans accord.\n', 'a.txt').kind).toBe('article');
  });

  test('Council conclusions are a declaration', () => {
    expect(structure('Conclusions du Conseil sur la sécurité des ports\n\nLe CONSEIL DE L’UNION EUROPÉENNE,\n\n1. INVITE les États membres à agir ;\n', 'c.txt').kind).toBe('declaration');
  });
});

describe('structure of web pages and speeches (third blind round)', () => {
  test('a breadcrumb above the headline is the page\'s rubric; "Publié le mardi 10 décembre 2024 à 18h05" dates the page', () => {
    const doc = structure('Belgique > Société > Migration\n\nEN BREF\n\nPublié le mardi 10 décembre 2024 à 18h05\n\nLes Pays-Bas contrôlent à nouveau leur frontière\n\nBRUXELLES (Belga) – Les contrôles ont repris lundi.\n', 'briefs.txt');
    expect([doc.title, doc.date]).toEqual(['EN BREF', '2024-12-10']);
    expect([doc.header.rubric, doc.header.notes]).toEqual(['Belgique > Société > Migration', []]);
  });

  test('a byline and a publication line with a weekday under the standfirst are header lines', () => {
    const doc = structure('Détenus radicalisés : Paris et Bruxelles veulent suivre les sortants de prison\n\nRéunis lundi à Lille, les ministres ont signé une déclaration.\n\nPar Claire Dewaele\nPublié le mardi 19 mars 2024 à 06h30\n\nLille – Le texte a été signé.\n', 'article.txt');
    expect(doc.date).toBe('2024-03-19');
    expect(doc.header.authorLines).toEqual(['Par Claire Dewaele']);
  });

  test('a speech: a subtitle above a place-date line with a long place, then the disclaimer', () => {
    const doc = structure("Discours de M. Bruno Retailleau, ministre de l'Intérieur\nSommet franco-italo-espagnol sur la protection civile\nBase aérienne de la Sécurité civile de Nîmes-Garons, jeudi 22 mai 2025\n\nSeul le prononcé fait foi\n\nMonsieur le ministre,\n", 'speech.txt');
    expect([doc.date, doc.place, doc.kind]).toEqual(['2025-05-22', 'Base aérienne de la Sécurité civile de Nîmes-Garons', 'declaration']);
    expect(doc.header.subtitle).toBe('Sommet franco-italo-espagnol sur la protection civile');
    expect(doc.header.disclaimers).toEqual(['Seul le prononcé fait foi']);
  });

  test('the rest of a title on a line of its own is its subtitle; "Adopté à Skopje, le …" dates and places a plan, which is a declaration', () => {
    const memo = structure('MÉMORANDUM D’ENTENTE\n\nentre le Royaume des Pays-Bas et le Grand-Duché de Luxembourg relatif à l’échange de données PNR\n\nLe Royaume des Pays-Bas,\n', 'memo.txt');
    expect(memo.title).toBe('MÉMORANDUM D’ENTENTE');
    expect(memo.header.subtitle).toBe('entre le Royaume des Pays-Bas et le Grand-Duché de Luxembourg relatif à l’échange de données PNR');
    const plan = structure('PLAN D’ACTION CONJOINT UE – BALKANS OCCIDENTAUX\n\nAdopté à Skopje, le 22 novembre 2019, lors du Forum ministériel UE – Balkans occidentaux\n\nLes partenaires renforceront leur coopération.\n', 'plan.txt');
    expect([plan.date, plan.place, plan.kind]).toEqual(['2019-11-22', 'Skopje', 'declaration']);
  });

  test('after a blank line, items of another marker start a list of their own, not a sub-list', () => {
    const doc = structure('Feuille de route\n\nLes signataires s’engagent à :\n– renforcer le contrôle d’accès aux terminaux ;\n– harmoniser les critères de ciblage.\n\n• Selon la police fédérale, cent tentatives de corruption ont été signalées.\n', 'r.txt');
    const lists = doc.body.filter((n): n is ListNode => n.type === 'list');
    expect(lists.map((l) => l.items.map((i) => [i.marker.marker, i.children])).flat()).toEqual([['–', null], ['–', null], ['•', null]]);
    expect(lists).toHaveLength(2);
  });

  test('"Les deux ministres déclarent :" is a lead, not a heading', () => {
    expect(isLead('Les deux ministres déclarent :')).toBe(true);
  });
});

describe('structure on the review findings', () => {
  test('a second place-date line in the header stays in the text', () => {
    const doc = structure('Déclaration conjointe\n11 juin 2018\nFait à Paris, le 11 juin 2018\n\nNous nous engageons à agir.', 'x.txt');
    expect(doc.body.some((n) => n.type === 'paragraph' && n.text === 'Fait à Paris, le 11 juin 2018')).toBe(true);
    const two = structure('Titre\nParis, le 11 juin 2018\nBruxelles, le 12 juin 2018\n\nTexte.', 'y.txt');
    expect(two.header.dateLine).toBe('Paris, le 11 juin 2018');
    expect(two.body.some((n) => n.type === 'paragraph' && n.text === 'Bruxelles, le 12 juin 2018')).toBe(true);
  });

  test('a furniture line in the middle of a text does not swallow what follows', () => {
    const doc = structure('La France et la Belgique\nPartager la page\nLes ministres se réuniront en mars\nLes Parties échangent des informations', 'x.txt');
    expect(doc.body.filter((n) => n.type === 'paragraph')).toHaveLength(2);
    expect(doc.removed.map((r) => r.text)).toEqual(['Partager la page']);
  });

  test.each(['Article premier', 'Préambule', 'Annexe I'])('%j under the title is a heading, not a place', (heading) => {
    const doc = structure(`Accord entre la France et la Belgique\n\n${heading}\n\nLes Parties échangent des informations.`, 'x.txt');
    expect(doc.place).toBeNull();
    expect(doc.body[0]).toMatchObject({ type: 'heading', text: heading });
  });

  test('lists nest by indentation within one marker family', () => {
    const doc = structure('Titre\n\n- a\n  - a1\n  - a2\n- b', 'x.txt');
    const list = doc.body[0] as ListNode;
    expect(list.items.map((i) => i.text)).toEqual(['a', 'b']);
    expect(list.items[0]!.children?.items.map((i) => i.text)).toEqual(['a1', 'a2']);
  });

  test('a text of nothing but furniture is an error naming the file', () => {
    expect(() => structure('Imprimer\nPartager la page', 'seeds/vide.txt')).toThrowError('seeds/vide.txt: no text besides web page furniture');
  });

  test('"comme suit :" does not open a run of decisions', () => {
    expect(isLead('La délégation belge était composée comme suit :')).toBe(false);
  });
});
