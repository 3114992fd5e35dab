/**
 * Counter-examples from a fresh reader's review of the fifteenth round's rules and of the
 * day's other changes (places, names, leads, page breaks, furniture, signatures): each failed
 * before its mend.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { isBoilerplate } from '../../scripts/lib/boilerplate.ts';
import { structure } from '../../scripts/lib/structure.ts';
import { actors, ingest } from '../support/engine.ts';

const commitments = (text: string) => ingest(text).commitments.map((c) => `${c.kind}: ${c.text}`);

describe('places', () => {
  test.each([
    // Département names that are French words, at a sentence's or a heading's start or in capitals.
    ['LOT 1 : VÉHICULES BANALISÉS', []],
    ['Somme allouée : deux millions d’euros.', []],
    ['LA SOMME DES ENGAGEMENTS', []],
    ['Manche à air, drones et caméras seront achetés en commun.', []],
    ['Sûre de son fait, la ministre a répondu.', []],
    // After an article or a preposition they are places.
    ['Les crues de la Somme, dans le Lot et en Creuse.', ['Somme=somme', 'Lot=lot', 'Creuse=creuse']],
    // A given name that is also a place's name, before a surname, is a person.
    ['« Nous renforcerons les contrôles », a déclaré Aude Martin.', ['Aude Martin=aude-martin']],
    ['Selon Lorraine Dupont, la coopération progresse.', ['Lorraine Dupont=lorraine-dupont']],
    // A cardinal point after a place or a capitalised word is part of another name.
    ['Les pays d’Europe du Nord et l’Alliance Nord-Atlantique.', ['Europe=europe', 'Atlantique=atlantique']],
    ['le traité de l’Atlantique Nord', ['Atlantique=atlantique']],
  ])('%j', (text, expected) => {
    expect(actors(text)).toEqual(expected);
  });
});

describe('names', () => {
  test('a word in capitals before a given name and a surname is no surname ("EXCLUSIF Laurent Nuñez")', () => {
    expect(actors('EXCLUSIF Laurent Nuñez annonce des renforts.')).toEqual(['Laurent Nuñez=laurent-nunez']);
  });

  test('a mailbox\'s name before its address is no person ("Cellule Presse <cellule.presse@…>")', () => {
    expect(actors('À : Cellule Presse <cellule.presse@interieur.gouv.fr>; Veille Opérationnelle <veille.operationnelle@gendarmerie.fr>')).toEqual([]);
  });

  test('a body\'s name goes on over its plural adjective ("Direction générale des Finances publiques")', () => {
    expect(actors('La Direction générale des Finances publiques a transmis les données.')).toEqual(['Direction générale des Finances publiques=direction-generale-des-finances-publiques']);
  });
});

describe('leads', () => {
  test('a request received or an outside body\'s advice is no lead of the text\'s calls', () => {
    const request = 'Déclaration conjointe\n\nParis, le 3 mars 2025\n\nLes deux ministres ont examiné la demande que la Belgique a adressée à la France le 3 février, qui porte sur :\n\n– l’extradition de deux suspects ;\n– la saisie des avoirs du réseau.\n';
    const advice = 'Déclaration conjointe\n\nParis, le 3 mars 2025\n\nLes deux ministres ont pris acte du rapport d’Europol, qui encourage les États membres :\n\n– à partager davantage de données ;\n– à harmoniser leurs procédures.\n';
    expect(commitments(request)).toEqual([]);
    expect(commitments(advice)).toEqual([]);
  });

  test('measures named by nouns under an infinitive point stay the commitments; its means after "par :" do not', () => {
    const measures = 'Déclaration conjointe\n\nParis, le 3 mars 2025\n\nLes ministres décident :\n\n1. de renforcer la coopération opérationnelle :\n   a) la création d’une équipe commune d’enquête ;\n   b) la mise en place de patrouilles mixtes dans les trains ;\n';
    expect(commitments(measures).map((c) => c.split(': ')[1])).toEqual(['la création d’une équipe commune d’enquête ;', 'la mise en place de patrouilles mixtes dans les trains ;']);
  });

  test('a caption over measures governs the lists right under it, not those after a paragraph', () => {
    const article = 'Dunkerque : des renforts contre le trafic\n\nPar Léa Martin\n\nLes mesures annoncées\n\n- quatre enquêteurs supplémentaires pour l’antenne de l’OFAST\n- un scanner mobile pour le port\n\nLes syndicats de police restent sceptiques. Ils dénoncent plusieurs manques.\n\n- le manque de véhicules banalisés\n- l’absence de calendrier pour les renforts\n';
    const found = commitments(article);
    expect(found.some((c) => c.includes('quatre enquêteurs'))).toBe(true);
    expect(found.some((c) => c.includes('véhicules banalisés') || c.includes('calendrier pour les renforts'))).toBe(false);
  });

  test('the summer is no verb: "en été", "Été 2026 :"', () => {
    const plan = 'Plan d’action\n\nParis, le 3 mars 2025\n\nCoopération policière\n\n- Renforcement des patrouilles mixtes en été dans les gares de Lille\n- Été 2026 : ouverture du centre commun de Tournai\n';
    expect(commitments(plan)).toHaveLength(2);
  });
});

describe('lines and blocks', () => {
  test('a justified line\'s wide spaces are no columns: its lines stay one paragraph', () => {
    const text = 'Déclaration conjointe\n\nParis, le 3 mars 2025\n\nLes deux ministres ont décidé de renforcer la coopération    policière\ndans les zones frontalières et    d’étendre les patrouilles mixtes\naux trains    Lille–Bruxelles.\n';
    expect(commitments(text).some((c) => c.includes('d’étendre les patrouilles mixtes'))).toBe(true);
  });

  test('a line that ends on a language code, or a heading after a page break, starts no continuation', () => {
    const items = splitBlocks('Documents distribués :\n- Rapport Europol TE-SAT 2025, version EN\nLes participants ont examiné le rapport annuel.\n').blocks.map((b) => b.text);
    expect(items).toEqual(['Documents distribués :', 'Rapport Europol TE-SAT 2025, version EN', 'Les participants ont examiné le rapport annuel.']);
    const treaty = splitBlocks('Article 3 – Langues\n\nLes demandes sont transmises en FR, NL, DE\n\n- 2 -\n\nArticle 4 – Entrée en vigueur\n').blocks.map((b) => b.text);
    expect(treaty.at(-1)).toBe('Article 4 – Entrée en vigueur');
  });

  test('a paragraph\'s last line next to a page number is no running header ("Adoptée à l\'unanimité")', () => {
    const minutes = 'Décision 1. Le comité décide de créer une équipe commune.\nAdoptée à l’unanimité\n\n- 1 -\n\nDécision 2. Le comité décide de prolonger les patrouilles.\nAdoptée à l’unanimité\n\n- 2 -\n\nDécision 3. Le comité décide d’ouvrir un centre.\nRejetée\n';
    expect(splitBlocks(minutes).removed.map((r) => r.reason)).toEqual(['page-marker', 'page-marker']);
  });

  test('a workshop\'s theme and a reference to an article are no web furniture', () => {
    expect(isBoilerplate('Thématique : la coopération entre les CCPD et les parquets')).toBe(false);
    expect(isBoilerplate('Voir aussi : l’article 12 de la convention de 1990, qui prévoit les poursuites transfrontalières.')).toBe(false);
  });

  test('a table after a sentence ending "en considération." or under the signatures stays a table', () => {
    const report = 'Compte rendu\n\nLes propositions seront prises en considération.\n\nAction\tPilote\nPatrouilles mixtes\tPolice fédérale\n';
    expect(structure(report, 'x.txt').body.map((n) => (n.type === 'paragraph' ? n.text : n.type))).toEqual(['Les propositions seront prises en considération.', 'Action\tPilote', 'Patrouilles mixtes\tPolice fédérale']);
    const signed = 'Déclaration\n\nFait à Paris, le 3 mars 2025.\n\nPour la France\tPour la Belgique\n\nListe des participants\n\nNom\tFonction\nMarie Martin\tdirectrice de la police\n';
    expect(structure(signed, 'x.txt').body.flatMap((n) => (n.type === 'paragraph' ? [n.text] : [])).slice(-2)).toEqual(['Nom\tFonction', 'Marie Martin\tdirectrice de la police']);
  });
});

describe('another party after a condition', () => {
  test('the speakers\' joint bodies are theirs ("les CCPD", "la Protection civile"); an agency above the states is not', () => {
    const text = 'Déclaration conjointe de la France et de la Belgique\n\nLille, le 3 mars 2025\n\nSi nécessaire, les CCPD organiseront des patrouilles mixtes.\n\nSi la menace s’accroît, la Protection civile mobilisera des moyens supplémentaires.\n\nSi nécessaire, Europol apportera son appui.\n';
    const found = commitments(text);
    expect(found.some((c) => c.includes('les CCPD organiseront'))).toBe(true);
    expect(found.some((c) => c.includes('la Protection civile mobilisera'))).toBe(true);
    expect(found.some((c) => c.includes('Europol apportera'))).toBe(false);
  });
});
