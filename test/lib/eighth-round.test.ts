/**
 * Shapes the eighth blind round brought (a ministry's circular to the prefects, an
 * implementing protocol, a regional forum's declaration, a FAQ page, a Chamber question, a
 * live blog): each case failed before its rule. The texts are written for the tests, not
 * copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { sentenceCommitments } from '../../scripts/lib/commitments.ts';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { structure } from '../../scripts/lib/structure.ts';

const said = (text: string, kind: 'declaration' | 'article' = 'declaration') => sentenceCommitments(text, 0, text.length, 2023, kind).map((c) => c.kind);

describe('a circular', () => {
  const circular =
    'Paris, le 5 octobre 2023\n\nLe ministre de l’Intérieur et des Outre-mer\n\nà\n\nMesdames et Messieurs les préfets de la Moselle et du Bas-Rhin\n\nCopie : Monsieur le directeur général de la police nationale ; Monsieur le directeur général de la gendarmerie nationale\n\nNOR : IOMD2327418C\n\nObjet : Renforcement de la coopération policière avec l’Allemagne.\n\nRéférences : accord de Mondorf du 9 octobre 1997.\n\nJe vous demande de porter à vingt par mois le nombre de patrouilles mixtes.\n\nVous veillerez à ce que chaque contrôle donne lieu à une consultation du SIS.\n';

  test('its sender, the "à" and the addressee, copy and reference fields are header lines; its subject line is its title', () => {
    const d = structure(circular, 'c.txt');
    expect([d.title, d.kind, d.date, d.place, d.header.authorLines, d.header.addressee, d.header.notes, d.header.subjectLine]).toEqual([
      'Renforcement de la coopération policière avec l’Allemagne',
      'declaration',
      '2023-10-05',
      'Paris',
      ['Le ministre de l’Intérieur et des Outre-mer'],
      ['à', 'Mesdames et Messieurs les préfets de la Moselle et du Bas-Rhin'],
      // A field under the subject line is a header line too (since the ninth round).
      ['Copie : Monsieur le directeur général de la police nationale ; Monsieur le directeur général de la gendarmerie nationale', 'NOR : IOMD2327418C', 'Références : accord de Mondorf du 9 octobre 1997.'],
      'Objet : Renforcement de la coopération policière avec l’Allemagne.',
    ]);
  });

  test('the minister’s instructions are calls', () => {
    const doc = ingestDocument({ file: 'c.txt', bytes: new TextEncoder().encode(circular) }).data;
    expect(doc.commitments.map((c) => [c.kind, c.text.slice(0, 20)])).toEqual([
      ['call', 'Je vous demande de p'],
      ['call', 'Vous veillerez à ce '],
    ]);
  });

  test('instructions, decisions and announcements in the first and second persons', () => {
    expect(said('Il vous appartiendra de désigner un référent avant le 15 novembre.')).toEqual(['call']);
    expect(said('Je souhaite que deux opérations coordonnées soient organisées en mars.')).toEqual(['call']);
    expect(said('Vous m’adresserez au plus tard le 31 janvier un premier bilan.')).toEqual(['call']);
    expect(said('J’ai décidé, en lien avec les autorités allemandes, d’étendre le partage des données.')).toEqual(['decision']);
    expect(said('J’organiserai la semaine prochaine à Strasbourg une réunion de lancement.')).toEqual(['announcement']);
    // Not a letter's instruction: what the reader will see, or a journalist's question.
    expect(said('Vous verrez que tout ira bien.')).toEqual([]);
    expect(said('Vous participerez au Conseil JAI des 13 et 14 juin.', 'article')).toEqual([]);
  });
});

describe('a live blog', () => {
  test('"En direct – Jeudi 13 novembre 2025, mis à jour à 18h52" dates it, so that its weekdays and "demain" resolve', () => {
    const text = 'Alerte terroriste : niveau 4 à Bruxelles\n\nEn direct – Jeudi 13 novembre 2025, mis à jour à 18h52\n\n07h02 – Le suspect a été vu mardi à Anvers. Les polices se réuniront demain.\n';
    const doc = ingestDocument({ file: 'live.txt', bytes: new TextEncoder().encode(text) }).data;
    expect([doc.date, doc.header.published]).toEqual(['2025-11-13', 'En direct – Jeudi 13 novembre 2025, mis à jour à 18h52']);
    expect(doc.dates.filter((d) => d.type !== 'publication').map((d) => [d.text, d.iso])).toEqual([
      ['mardi', '2025-11-11'],
      ['demain', '2025-11-14'],
    ]);
  });

  test('an undated text places no relative date: "les prochains jours" is no day of the year 2000', () => {
    const doc = ingestDocument({ file: 'u.txt', bytes: new TextEncoder().encode('Alerte\n\nLes contrôles seront renforcés dans les prochains jours et le 3 mars 2025.\n') }).data;
    expect(doc.dates.map((d) => [d.text, d.iso])).toEqual([['le 3 mars 2025', '2025-03-03']]);
  });
});

describe('a FAQ page', () => {
  test('a breadcrumb whose last step is the page’s title, colon included, is the rubric; "Mis à jour le …" dates an otherwise undated page', () => {
    const d = structure('Accueil > Immigration > Questions fréquentes : contrôles aux frontières intérieures\n\nContrôles aux frontières intérieures : questions fréquentes\n\nMis à jour le 28 octobre 2024\n\nQuand les contrôles prendront-ils fin ?\n\nIls seront levés le 30 avril 2025.\n', 'faq.txt');
    expect([d.title, d.date, d.header.rubric, d.header.notes]).toEqual([
      'Contrôles aux frontières intérieures : questions fréquentes',
      '2024-10-28',
      'Accueil > Immigration > Questions fréquentes : contrôles aux frontières intérieures',
      ['Mis à jour le 28 octobre 2024'],
    ]);
  });
});

describe('an implementing protocol', () => {
  test('its scope, its entry into force and the law it is governed by bind no one; an annex ends the articles', async () => {
    const { isTreatyNorm } = await import('../../scripts/lib/commitments.ts');
    expect(isTreatyNorm('Il s’applique à la province de Luxembourg, du côté belge, et aux cantons de Capellen.')).toBe(false);
    expect(isTreatyNorm('Le présent Protocole entre en vigueur à la date de réception de la dernière des notifications.')).toBe(false);
    expect(isTreatyNorm('Le traitement des données échangées est régi par le règlement (UE) 2016/679 et par la directive (UE) 2016/680.')).toBe(false);
    expect(isTreatyNorm('Les Parties échangent leurs analyses de la menace chaque mois et en informent le comité.')).toBe(true);
    const text =
      'Protocole d’application de l’accord entre la Belgique et le Luxembourg\n\nArticle 1er – Patrouilles\n\nLes Parties organisent des patrouilles communes chaque semaine dans la zone frontalière.\n\nAnnexe – Liste des points de contact\n\nPour les demandes urgentes : le centre commun, permanence 24 h sur 24.\n';
    const doc = ingestDocument({ file: 'p.txt', bytes: new TextEncoder().encode(text) }).data;
    expect(doc.commitments.map((c) => c.text)).toEqual(['Les Parties organisent des patrouilles communes chaque semaine dans la zone frontalière.']);
  });
});

describe('a Chamber question', () => {
  test('"01.02 Annelies Verlinden, ministre: …" is a speaker’s label after its number', () => {
    const text = 'Chambre des représentants\n\nMercredi 8 novembre 2023\n\nQuestion de Wim Vandeputte à Annelies Verlinden sur « Le report de l’EES » (n° 55039871C)\n\n01.01 Wim Vandeputte (N-VA): Madame la ministre, quand les kiosques seront-ils installés ?\n\n01.02 Annelies Verlinden, ministre: Monsieur Vandeputte, la police fédérale recrutera 180 collaborateurs d’ici la fin de l’année 2024.\n\nJe m’engage à faire rapport à cette commission en mars.\n';
    const doc = ingestDocument({ file: 'criv.txt', bytes: new TextEncoder().encode(text) }).data;
    expect(doc.commitments.map((c) => [c.speaker, c.actors[0]])).toEqual([
      ['Annelies Verlinden', 'annelies-verlinden'],
      ['Annelies Verlinden', 'annelies-verlinden'],
    ]);
  });

  test('the part of the day of a sitting ("Après-midi") under its date is a note, not the place', () => {
    const doc = structure('Chambre des représentants de Belgique\n\nCompte rendu intégral\n\nCommission de l’Intérieur\n\nMercredi 8 novembre 2023\n\nAprès-midi\n\nLa réunion publique de commission est ouverte à 14 h 17.\n', 'criv.txt');
    expect([doc.place, doc.header.placeLine, doc.header.notes]).toEqual([null, null, ['Commission de l’Intérieur', 'Après-midi']]);
    expect(structure('Sénat\n\nSéance publique\n\nJeudi 9 mars 2023\n\nTexte.\n', 's.txt').header.notes).toContain('Séance publique');
    // A short committee line is no place either: the header goes on to its date.
    const short = structure('Chambre des représentants de Belgique\n\nCompte rendu intégral\n\nCommission de l’Intérieur\n\nMercredi 8 novembre 2023\n\nAprès-midi\n\nLa réunion est ouverte.\n', 'criv.txt');
    expect([short.date, short.place, short.body.length]).toEqual(['2023-11-08', null, 1]);
    // The issuer under a title is no place; the place-date line's place is, despite its note.
    const council = structure('Conclusions du Conseil sur la coopération opérationnelle\n\nConseil de l’Union européenne\n\nBruxelles, le 9 décembre 2022 (OR. en)\n\nLe Conseil invite les États membres à agir.\n', 'c.txt');
    expect([council.place, council.date]).toEqual(['Bruxelles', '2022-12-09']);
    // A place line stays a place.
    expect(structure('Déclaration commune\n\nMardi 4 mars 2025\n\nLuxembourg\n\nLes ministres ont adopté le texte.\n', 'd.txt').place).toBe('Luxembourg');
  });

  test('a police body before its acronym; two bodies joined by "et", the acronym the second’s', async () => {
    const { ActorAnnotator } = await import('../../scripts/lib/annotate/actors.ts');
    const { loadRegistry } = await import('../../scripts/lib/registry.ts');
    const actors = (text: string) => {
      const annotator = new ActorAnnotator(loadRegistry());
      annotator.discover([text]);
      return annotator.annotate(text).map((h) => `${text.slice(h.start, h.end)}=${h.id}`);
    };
    expect(actors('180 collaborateurs pour la police aéronautique (LPA). La LPA manque de personnel.')).toEqual([
      'police aéronautique (LPA)=police-aeronautique',
      'LPA=police-aeronautique',
    ]);
    expect(actors('un point de contact entre la Police grand-ducale et la Federal Computer Crime Unit (FCCU) de la police fédérale')).toEqual([
      'Police grand-ducale=police-grand-ducale',
      'Federal Computer Crime Unit (FCCU)=federal-computer-crime-unit',
      'police fédérale=police-federale',
    ]);
  });
});
