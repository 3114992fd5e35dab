/**
 * A fresh reader's counter-examples to the seventeenth round's rules: each is a text where
 * a rule of that round misfired, and each test fails on the code before its mend.
 */
import { describe, expect, test } from 'vitest';
import { isMarkdown } from '../../scripts/lib/markdown-lines.ts';
import { actors, dates, ingest, said } from '../support/engine.ts';

describe('the issuer\'s name over "Communiqué de presse"', () => {
  test('a date line over the label stays the date line', () => {
    expect(ingest('Paris, le 3 mars 2026\n\nCommuniqué de presse\n\nRenforcement de la coopération franco-belge\n\nLes ministres se sont réunis.\n').date).toBe('2026-03-03');
  });

  test('a headline over the label stays the title, and the body keeps its first sentence', () => {
    const doc = ingest('Réunion des ministres de l’Intérieur du G7\n\nCommuniqué de presse\n\nLes ministres se sont réunis à Rome le 3 mars 2026.\n\nIls ont adopté une déclaration.\n');
    expect(doc.title).toBe('Réunion des ministres de l’Intérieur du G7');
    expect(doc.paragraphs).toBe(2);
  });
});

describe('subtitle cues', () => {
  const cues = (texts: string[]) => texts.map((t, i) => `${i + 1}\n00:00:0${i},000 --> 00:00:0${i},900\n${t}`).join('\n\n');

  test('a title above the cues is not run on into them', () => {
    const doc = ingest(`Message vidéo du ministre\n\n${cues(['Bonjour à tous', 'Nous allons renforcer la coopération', 'Merci'])}\n`);
    expect(doc.title).toBe('Message vidéo du ministre');
    expect(doc.commitments).toHaveLength(1);
  });

  test('WebVTT time codes without hours are set aside too; its "WEBVTT" line is no cue', () => {
    const doc = ingest('WEBVTT\n\n00:01.000 --> 00:04.000\nBonjour à tous,\n\n00:04.000 --> 00:07.000\nla France enverra vingt policiers à Lille dès le mois de mai.\n\n00:07.000 --> 00:09.000\nMerci.\n');
    expect(doc.removed.map((r) => r.reason)).toEqual(['time-code', 'time-code', 'time-code']);
    expect(doc.commitments.map((c) => c.text)).toEqual(['Bonjour à tous, la France enverra vingt policiers à Lille dès le mois de mai.']);
  });
});

describe('numbered points and their details', () => {
  test('points a lead introduces, named by an action, stay points, not headings', () => {
    const doc = ingest('Déclaration\n\nParis, le 3 mars 2026\n\nLes ministres décident :\n\n1. Création d’une équipe commune d’enquête\n- composée de six enquêteurs\n- basée à Lille\n\n2. Renforcement des patrouilles mixtes\n- deux patrouilles par semaine\n');
    expect(doc.sections).toEqual([]);
    expect(doc.commitments.map((c) => c.text)).toContain('Création d’une équipe commune d’enquête');
  });

  test('what a situation report says was done ("hier soir", "depuis 6 h ce matin") is no step', () => {
    const doc = ingest('POINT DE SITUATION N° 3\n\nMardi 9 mars 2027\n\n1. Situation\n- Fermeture de l’autoroute A8 entre Menton et Vintimille depuis 6 h ce matin.\n- Envoi hier soir de 40 sapeurs-pompiers.\n- Prélèvements de la nuit dernière sur le site : résultats négatifs.\n\n2. Actions à venir\n- Envoi d’un officier de liaison à Vintimille d’ici ce soir.\n');
    expect(doc.commitments.map((c) => c.text)).toEqual(['Envoi d’un officier de liaison à Vintimille d’ici ce soir.']);
  });
});

describe('reported steps and calls', () => {
  test.each([
    // A rule's provision, not a step in time.
    ['Une dérogation est prévue pour les mineurs non accompagnés.', 'declaration', []],
    ['Ce contrôle est prévu à l’article 23 du code frontières Schengen.', 'article', []],
    ['Cette sanction est prévue au code pénal.', 'article', []],
    ['Une amende est prévue en cas de récidive.', 'joint-communique', []],
    ['Le déploiement est prévu pour le mois de juin.', 'declaration', ['announcement']],
    // "demande" the noun; and the infinitive after a complement with "de".
    ['La Belgique a rejeté la demande aux Pays-Bas de livrer le suspect.', 'article', []],
    ['Le comité demande aux ministres de l’Intérieur de désigner un point de contact.', 'article', ['call']],
    // An invitation to a meal.
    ['Le président a invité ses homologues à déjeuner à l’Élysée.', 'article', []],
  ])('%s (%s)', (sentence, kind, kinds) => {
    expect(said(sentence, kind as 'article' | 'declaration' | 'joint-communique')).toEqual(kinds);
  });
});

describe('actors and dates', () => {
  test('"Monsieur le ministre" in a speech names no one, least of all its speaker', () => {
    const doc = ingest('Discours d’Annelies Verlinden à Paris\n\nParis, le 3 mars 2026\n\nMonsieur le ministre, Mesdames et Messieurs, je suis heureuse d’être parmi vous.\n');
    expect(doc.mentions.filter((m) => m.type === 'actor' && m.text === 'le ministre')).toEqual([]);
  });

  test('"le ministère de Gérald Darmanin" is the minister\'s, not a body of that name', () => {
    expect(actors('Le ministère de Gérald Darmanin a publié une circulaire.')).toEqual(['Gérald Darmanin=gerald-darmanin']);
  });

  test('a month just gone wraps over the year: "le bilan de décembre" in January is last December\'s', () => {
    expect(dates('Le bilan de décembre montre une hausse.', '2026-01-10')).toEqual(['décembre=2025-12']);
  });

  test('a plain text\'s "#" lines under its title stay its words; a page that opens on "#" and has a table is Markdown', () => {
    expect(isMarkdown('Déclaration aux dièses\n\n# Pas un titre\n\n## Pas un sous-titre\n')).toBe(false);
    expect(isMarkdown('# Suivi du plan\n\n| N° | Mesure |\n|---|---|\n| 1 | Créer |\n')).toBe(true);
  });
});
