/**
 * What the seventeenth blind round's shapes exposed, on invented texts of those shapes: an
 * act of the Union under the Official Journal's masthead, a wiki page exported as Markdown
 * without links, a follow-up table with pending actions named by their noun, a ministry's
 * progress report under its directorate, an encyclopedia page dated by its last change, and
 * the reported calls, requests and scheduled steps of such texts.
 */
import { describe, expect, test } from 'vitest';
import { structure } from '../../scripts/lib/structure.ts';
import { ingest, said } from '../support/engine.ts';

const openings = (text: string) => ingest(text).commitments.map((c) => c.text.split(/\s+/u).slice(0, 4).join(' '));

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
