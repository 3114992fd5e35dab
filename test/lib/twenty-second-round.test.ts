/**
 * What the twenty-second session fixed, on invented texts: names set over two lines of a
 * masthead, and (below) what the twenty-second blind round's shapes exposed.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { actors, ingest, said } from '../support/engine.ts';

describe('a state’s name set over two lines of a masthead', () => {
  test.each([
    [['RÉPUBLIQUE', 'FRANÇAISE', '', 'MINISTÈRE DE LA JUSTICE'], 'RÉPUBLIQUE FRANÇAISE', 'france'],
    [['ROYAUME DE', 'BELGIQUE', '', 'SPF Intérieur'], 'ROYAUME DE BELGIQUE', 'belgique'],
    [['Grand-Duché de', 'Luxembourg', '', 'Ministère de la Sécurité intérieure'], 'Grand-Duché de Luxembourg', 'luxembourg'],
  ])('%j is one note and one mention of its country', (masthead, note, id) => {
    const text = [...masthead, '', 'Bruxelles, le 3 février 2026', '', 'Note sur les patrouilles communes', '', 'Les patrouilles reprendront en mars 2026.', ''].join('\n');
    const doc = ingest(text);
    expect(doc.header.notes.concat(doc.header.authorLines)).toContain(note);
    const first = doc.mentions.filter((m) => m.block === 'header' && m.start < note.length);
    expect(first.map((m) => [m.text.replace(/\s+/gu, ' '), m.id])).toEqual([[note, id]]);
  });

  test('only a line that is a state’s form alone is joined to the next', () => {
    const texts = (text: string) => splitBlocks(text).blocks.map((b) => (b.type === 'text' ? b.text : ''));
    expect(texts('RÉPUBLIQUE\nFRANÇAISE\n\nMINISTÈRE DE LA JUSTICE\n')).toEqual(['RÉPUBLIQUE FRANÇAISE', 'MINISTÈRE DE LA JUSTICE']);
    expect(texts('Les ministres de la République\nLes patrouilles reprendront en mars 2026.\n')).toEqual(['Les ministres de la République', 'Les patrouilles reprendront en mars 2026.']);
  });
});

describe('a ministry’s release under the state’s letterhead', () => {
  test.each([
    [['RÉPUBLIQUE FRANÇAISE', 'MINISTÈRE DE LA JUSTICE', 'Paris, le 3 février 2026', 'Communiqué de presse', 'Renforcement des patrouilles communes'], 'Renforcement des patrouilles communes'],
    [['RÉPUBLIQUE FRANÇAISE', 'MINISTÈRE DE LA JUSTICE', 'Bruxelles, le 3 février 2026', 'Note relative aux patrouilles communes'], 'Note relative aux patrouilles communes'],
    [['ROYAUME DE BELGIQUE', 'SPF Intérieur', 'Bruxelles, le 3 février 2026', 'Note sur les patrouilles communes'], 'Note sur les patrouilles communes'],
  ])('%j is titled by its headline, the state’s name is a header line', (lines, title) => {
    const doc = ingest([...lines, 'Les patrouilles reprendront en mars 2026.', ''].join('\n\n'));
    expect(doc.title).toBe(title);
    expect(Object.values(doc.header).flat()).toContain(lines[0]);
    expect(doc.date).toBe('2026-02-03');
  });
});

describe('a service’s work programme', () => {
  const programme = [
    'MINISTÈRE DE LA JUSTICE',
    'Direction des affaires criminelles et des grâces (DACG)',
    'Office central de lutte contre la fraude (OCLF)',
    '',
    'PROGRAMME DE TRAVAIL 2027',
    '',
    'Version 2.0 – adoptée par le comité de pilotage le 8 janvier 2027',
    '',
    'AVANT-PROPOS',
    '',
    'L’Office central de lutte contre la fraude (OCLF) a traité 310 dossiers en 2026. L’Office publiera son bilan en juin.',
    '',
    'Activité 1.1 — Cartographier les réseaux de fraude à la TVA',
    'Livrable : cartographie',
    'Échéance : T2 2027',
    '',
    'Activité 1.2 — Création d’une cellule d’analyse commune avec la douane belge',
    'Échéance : S2 2027',
    '',
    'Activité 1.3 — Enquêtes financières systématiques dans les dossiers de l’Office',
    'Livrable : note de doctrine',
    'Échéance : dès janvier 2027',
    '',
    'Activité 2.1 — L’Office détachera un officier de liaison à La Haye à compter de septembre 2027.',
    '',
    'Action 2 : Échange d’informations',
    '',
    'Les services échangent déjà leurs fichiers.',
    '',
  ].join('\n');
  const doc = ingest(programme);

  test('its title is under its ministry’s, directorate’s and office’s lines, and its version line dates it', () => {
    expect(doc.title).toBe('PROGRAMME DE TRAVAIL 2027');
    expect(doc.header.authorLines).toEqual(['MINISTÈRE DE LA JUSTICE', 'Direction des affaires criminelles et des grâces (DACG)', 'Office central de lutte contre la fraude (OCLF)']);
    expect(doc.date).toBe('2027-01-08');
  });

  test('each activity is a commitment from its action on, whether an infinitive, a noun with the plan’s fields under it, or a sentence', () => {
    expect(doc.commitments.map((c) => c.text.split(/\s+/u).slice(0, 3).join(' '))).toEqual([
      'L’Office publiera son',
      'Cartographier les réseaux',
      'Création d’une cellule',
      'Enquêtes financières systématiques',
      'L’Office détachera un',
    ]);
  });

  test('"l’Office" alone is the office the text named', () => {
    const office = doc.mentions.filter((m) => m.text === 'Office');
    expect(office.length).toBe(3);
    expect(new Set(office.map((m) => m.id))).toEqual(new Set(['office-central-de-lutte-contre-la-fraude']));
  });
});

describe('an opinion of a council of state on a bill', () => {
  const opinion = [
    'CONSEIL D’ÉTAT',
    'section de législation',
    '',
    'AVIS 81.002/4 DU 2 JUIN 2026',
    'SUR UN AVANT-PROJET DE LOI « relatif aux patrouilles mixtes »',
    '',
    'Le 5 mai 2026, le Conseil d’État a été invité par le Ministre de l’Intérieur à communiquer un avis.',
    '',
    'Article 2',
    '',
    '1. L’article 2 autorise les agents étrangers à interpeller. Il convient de noter que cette faculté existe déjà.',
    '',
    '2. L’auteur de l’avant-projet veillera à préciser la durée des patrouilles. Il y a lieu de corriger la référence à la loi du 5 août 1992.',
    '',
    'Article 3',
    '',
    '3. Selon le délégué, chaque patrouille est consignée. Cette garantie ne figurant pas dans le texte, il convient de l’y inscrire. Il importe de le rappeler.',
    '',
    '4. Le Gouvernement entend, selon le délégué, signer un arrangement avec la Politie d’ici l’été. Mieux vaut écrire « les services de police ».',
    '',
  ].join('\n');
  const doc = ingest(opinion);

  test('it is titled by its number, its issuer and division are its authors, and it is its authors’ own text, not a treaty', () => {
    expect(doc.title).toBe('AVIS 81.002/4 DU 2 JUIN 2026');
    expect(doc.header.subtitle).toBe('SUR UN AVANT-PROJET DE LOI « relatif aux patrouilles mixtes »');
    expect(doc.header.authorLines).toEqual(['CONSEIL D’ÉTAT', 'section de législation']);
    expect(doc.kind).toBe('declaration');
  });

  test('its recommendations are calls; what the bill says and manners of speaking are not', () => {
    expect(doc.commitments.map((c) => [c.kind, c.text.split(/\s+/u).slice(0, 4).join(' ')])).toEqual([
      ['announcement', 'L’auteur de l’avant-projet veillera'],
      ['call', 'Il y a lieu'],
      ['call', 'Cette garantie ne figurant'],
      ['announcement', 'Le Gouvernement entend, selon'],
      ['call', 'Mieux vaut écrire «'],
    ]);
  });
});

describe('a note verbale proposing an arrangement, with the draft annexed', () => {
  const note = [
    'AMBASSADE DU GRAND-DUCHÉ DE LUXEMBOURG',
    'BRUXELLES',
    '',
    'N° 2026/112',
    '',
    'NOTE VERBALE',
    '',
    'L’Ambassade du Grand-Duché de Luxembourg présente ses compliments au Service public fédéral Affaires étrangères et a l’honneur de se référer à sa note du 3 mars 2026.',
    '',
    'Le Gouvernement luxembourgeois propose en conséquence que les patrouilles conjointes soient régies par un arrangement administratif. Le Luxembourg suggère que la question des douanes soit examinée séparément. Le texte du Traité Benelux propose que les polices coopèrent.',
    '',
    'L’Ambassade serait reconnaissante au Service public fédéral de bien vouloir lui faire connaître sa position au plus tard le 30 avril 2026.',
    '',
    'Bruxelles, le 20 mars 2026',
    '',
    'ANNEXE — Projet d’arrangement administratif relatif aux patrouilles conjointes',
    '',
    '1. Patrouilles',
    'Les services compétents des deux Parties organisent au moins une patrouille conjointe par semaine.',
    '',
    '2. Durée',
    'Le présent arrangement est conclu pour une durée indéterminée.',
    '',
  ].join('\n');
  const doc = ingest(note);

  test('it is titled by its kind and is its authors’ own text', () => {
    expect(doc.title).toBe('NOTE VERBALE');
    expect(doc.kind).toBe('declaration');
  });

  test('its proposals and its request are calls, the annexed draft’s operative clauses bind, its scope and the annex’s title do not', () => {
    expect(doc.commitments.map((c) => [c.kind, c.text.split(/\s+/u).slice(0, 4).join(' ')])).toEqual([
      ['call', 'Le Gouvernement luxembourgeois propose'],
      ['call', 'Le Luxembourg suggère que'],
      ['call', 'L’Ambassade serait reconnaissante au'],
      ['engagement', 'Les services compétents des'],
    ]);
  });
});

describe('a state’s statement at the United Nations', () => {
  test('going on with an action commits, a trend does not', () => {
    // ("Elle" is the body the sentence before named, not a pronoun of nothing.)
    expect(said('La France a rapatrié 169 mineurs depuis 2019. Elle continuera de procéder à des rapatriements au cas par cas.')).toEqual(['announcement']);
    expect(said('Elle continuera de procéder à des rapatriements au cas par cas.')).toEqual([]);
    expect(said('La France continuera de soutenir la Direction exécutive.')).toEqual(['announcement']);
    expect(said('Les services continueront à échanger leurs analyses.')).toEqual(['announcement']);
    expect(said('Le nombre de départs continuera d’augmenter.')).toEqual([]);
    expect(said('La menace continuera de peser sur l’Europe.')).toEqual([]);
  });

  test('a mission page’s “Lire aussi” list of other statements is page furniture', () => {
    const doc = ingest(['Déclaration de la France au Conseil de sécurité', '', 'New York, le 18 novembre 2025', '', 'Nous verserons 5 millions d’euros au Bureau en 2026.', '', 'Je vous remercie.', '', 'Lire aussi', '- Conseil de sécurité – Syrie – Déclaration du 12 novembre 2025', '- Sixième Commission – Terrorisme international – 6 octobre 2025', ''].join('\n'));
    expect(doc.dates.map((d) => d.iso)).not.toContain('2025-11-12');
    expect(doc.removed.map((r) => r.text)).toContain('Conseil de sécurité – Syrie – Déclaration du 12 novembre 2025');
  });

  test('a forum and the bodies the registry now holds are named', () => {
    expect(actors('Nous accueillerons le Forum mondial de lutte contre le terrorisme (GCTF). Le GCTF se réunira à New York, devant le CSNU, contre Al-Qaïda ; la DGDDI, la CNIL et la DGPN y seront.')).toEqual([
      'Forum mondial de lutte contre le terrorisme (GCTF)=forum-mondial-de-lutte-contre-le-terrorisme',
      'GCTF=forum-mondial-de-lutte-contre-le-terrorisme',
      'New York=new-york',
      'CSNU=conseil-de-securite-des-nations-unies',
      'Al-Qaïda=al-qaida',
      'DGDDI=direction-generale-des-douanes-et-droits-indirects',
      'CNIL=commission-nationale-de-l-informatique-et-des-libertes',
      'DGPN=direction-generale-de-la-police-nationale',
    ]);
  });
});

describe('a minister’s policy note to a chamber', () => {
  test('its title names its kind, under the chamber’s name', () => {
    const doc = ingest(['CHAMBRE DES REPRÉSENTANTS', '', 'SESSION ORDINAIRE 2025-2026', '', '7 novembre 2025', '', 'NOTE DE POLITIQUE GÉNÉRALE', '', 'Justice et Migration', '', 'Sur cette base, je veux regrouper les capacités d’enquête au sein d’une direction unique.', ''].join('\n'));
    expect(doc.title).toBe('NOTE DE POLITIQUE GÉNÉRALE');
    expect(doc.header.subtitle).toBe('Justice et Migration');
    expect(doc.header.authorLines).toEqual(['CHAMBRE DES REPRÉSENTANTS']);
    expect(doc.kind).toBe('declaration');
    expect(doc.commitments.map((c) => c.kind)).toEqual(['engagement']);
  });

  test('"je veux" with an infinitive commits in the minister’s own text, not as a manner of speaking', () => {
    expect(said('Sur cette base, je veux regrouper les capacités d’enquête.')).toEqual(['engagement']);
    expect(said('Je veux prendre des mesures fortes contre les passeurs.')).toEqual(['engagement']);
    for (const text of ['Je veux remercier les services.', 'Je veux être clair.', 'Je veux dire que nous avons réussi.', 'Alors je veux prendre devant vous des engagements précis.', 'Je veux que la police soit forte.']) expect(said(text)).toEqual([]);
    expect(said('Sur cette base, je veux regrouper les capacités d’enquête.', 'article')).toEqual([]);
  });
});

describe('seen on the round’s pages', () => {
  test('an acronym ending in M and a full stop is no "M." before a name', () => {
    expect(actors('Cette question n’a pas été associée aux travaux du GTM. La Belgique suggère que ce point soit examiné.')).toEqual(['Belgique=belgique']);
    expect(actors('Selon M. Jean Dupont et (Mme Claire Martin).')).toEqual(['Jean Dupont=jean-dupont', 'Claire Martin=claire-martin']);
  });

  test('"de bien vouloir" ends no body’s name', () => {
    expect(actors('L’Ambassade serait reconnaissante au Ministère de bien vouloir lui faire connaître sa position.')).toEqual([]);
  });

  test('a minister’s portfolio is no person, the name after it is', () => {
    expect(actors('Un screening est à l’étude avec le ministre de la Mobilité.')).toEqual([]);
    expect(actors('Le ministre de la Mobilité Jean Dupont a signé.')).toEqual(['Jean Dupont=jean-dupont']);
  });
  test('a signature’s office and its initial and surname in capitals are one paragraph, not a lettered heading', () => {
    expect(splitBlocks('Texte.\n\nLe Greffier,\nN. BOUZIANE\n\nLe Président,\nB. VAN DER STRAETEN\n\nA. OBSERVATIONS\n').blocks.map((b) => b.text)).toEqual([
      'Texte.',
      'Le Greffier, N. BOUZIANE',
      'Le Président, B. VAN DER STRAETEN',
      'A. OBSERVATIONS',
    ]);
  });

  test('a town in capitals under its issuer is the place, a body or a name’s rest is not', () => {
    const header = (lines: string[]) => ingest([...lines, '', 'N° 2026/0347', '', 'NOTE VERBALE', '', 'L’Ambassade a l’honneur de proposer un arrangement.', '', 'Paris, le 9 avril 2026', ''].join('\n')).header;
    expect(header(['AMBASSADE DE BELGIQUE', 'PARIS']).placeLine).toBe('PARIS');
    expect(header(['AMBASSADE DE BELGIQUE', 'PARIS']).authorLines).toEqual(['AMBASSADE DE BELGIQUE']);
    expect(header(['AMBASSADE DE BELGIQUE', 'PARQUET DE LILLE']).placeLine).toBeNull();
  });
});
