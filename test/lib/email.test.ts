/**
 * E-mails as a mail program prints them: a header of fields ("De :", "Envoyé :", "À :",
 * "Objet : RE: TR: …"), replies that quote the message they answer with ">" (hard-wrapped
 * by the program that quoted it), signatures under "Bien cordialement,", and the proposals
 * and stances officials write to each other. The texts are written for the tests, not
 * copied from the hold-out thread; each case failed before its rule.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { readLines, unquoteMail } from '../../scripts/lib/markdown-lines.ts';
import { ingest, said } from '../support/engine.ts';

const thread = [
  'De : Jansen Pieter (Politie) <pieter.jansen@politie.nl>',
  'Envoyé : jeudi 6 novembre 2025 09:14',
  'À : Durand Claire <claire.durand@interieur.gouv.fr>',
  'Cc : Permanence CCPD <ccpd@example.eu>',
  'Objet : RE: TR: Contrôles conjoints sur l’A16 - hiver 2025',
  '',
  'Bonjour Claire,',
  '',
  '> Nous proposons de mener des contrôles conjoints sur l’A16 chaque',
  '> samedi de décembre, entre Adinkerke et Dunkerque,',
  '',
  'La Politie valide ce principe. Nous engagerons une équipe cynophile par soirée.',
  '',
  'Bien cordialement,',
  '',
  'Pieter Jansen',
  'Hoofdinspecteur - Dienst Grensoverschrijdende Samenwerking Politie',
  'Eenheid Zeeland-West-Brabant - Middelburg',
  '',
  'Le mar. 4 nov. 2025 à 17:02, Claire Durand <claire.durand@interieur.gouv.fr> a écrit :',
  '> Cher Pieter,',
  '>',
  '> Nous proposons de mener des contrôles conjoints sur l’A16 chaque',
  '> samedi de décembre, entre Adinkerke et Dunkerque, avec la police',
  '> fédérale belge. La direction départementale est prête à y affecter',
  '> douze policiers, sous réserve de l’accord du préfet, et soutient le',
  '> recours aux caméras de lecture des plaques installées près de la',
  '> frontière.',
  '>',
  '> Si le bilan est positif, la France proposera en 2026 d’étendre ces',
  '> contrôles à l’A25.',
  '>',
  '> Bien à vous,',
  '>',
  '> Claire Durand',
  '> Direction départementale de la police nationale du Nord',
].join('\n');

describe('quoted messages', () => {
  test('a run of ">" lines loses its marks, each character keeping its place; a lone ">" line is blank', () => {
    const raws = ['Texte', '> Nous proposons', '>', '> > de mener'];
    const lines = unquoteMail(raws)!;
    expect(lines.map((l) => l.text)).toEqual(['Texte', 'Nous proposons', '', 'de mener']);
    expect(lines.map((l) => l.quoted)).toEqual([false, true, true, true]);
    // "de mener" comes from offset 4 of its raw line.
    expect(lines[3]!.kept[0]).toBe(4);
    expect(raws[3]!.slice(lines[3]!.kept[0])).toBe('de mener');
  });

  test('a single line that opens with ">" is a plain text\'s words, as written', () => {
    expect(unquoteMail(['Titre', '', '> Pas une citation', '', 'Suite.'])).toBeNull();
    expect(readLines('Titre\n\n> Pas une citation\n\nSuite.')).toBeNull();
  });

  test('a quoted message is read as paragraphs, wrapped at its own width, apart from the reply around it', () => {
    const { blocks } = splitBlocks(thread);
    const texts = blocks.map((b) => b.text);
    expect(texts.some((t) => /^>|\s>\s/u.test(t))).toBe(false);
    // The reply's own line is not joined to the quote above it.
    expect(texts).toContain('La Politie valide ce principe. Nous engagerons une équipe cynophile par soirée.');
    // The quoted message's wrapped lines are one paragraph ("… avec la police" / "fédérale belge.").
    expect(texts.find((t) => t.startsWith('Nous proposons de mener des contrôles conjoints sur l’A16 chaque samedi de décembre, entre Adinkerke et Dunkerque, avec la police fédérale belge.'))).toBeDefined();
    const quoted = blocks.filter((b) => b.type === 'text' && b.quoted).map((b) => b.text);
    expect(quoted).toContain('Cher Pieter,');
  });

  test('a signature\'s lines stand each on its own under "Bien cordialement,"', () => {
    const texts = splitBlocks(thread).blocks.map((b) => b.text);
    expect(texts).toContain('Hoofdinspecteur - Dienst Grensoverschrijdende Samenwerking Politie');
    expect(texts).toContain('Eenheid Zeeland-West-Brabant - Middelburg');
    expect(texts).toContain('Direction départementale de la police nationale du Nord');
  });
});

describe('the header of an e-mail', () => {
  test('its subject without reply marks is the title; sender, date and recipients are header lines', () => {
    const doc = ingest(thread);
    expect(doc.title).toBe('Contrôles conjoints sur l’A16 - hiver 2025');
    expect(doc.date).toBe('2025-11-06');
    expect(doc.header.authorLines).toEqual(['De : Jansen Pieter (Politie) <pieter.jansen@politie.nl>']);
    expect(doc.header.dateLine).toBe('Envoyé : jeudi 6 novembre 2025 09:14');
    expect(doc.header.addressee).toEqual(['À : Durand Claire <claire.durand@interieur.gouv.fr>', 'Cc : Permanence CCPD <ccpd@example.eu>']);
    expect(doc.header.subjectLine).toBe('Objet : RE: TR: Contrôles conjoints sur l’A16 - hiver 2025');
  });

  test('a letter\'s subject line keeps its words ("Objet : Renforcement …")', () => {
    const doc = ingest(['Ministère de l’Intérieur', 'Objet : Renforcement des patrouilles mixtes', '', 'Le ministère renforcera les patrouilles.'].join('\n'));
    expect(doc.title).toBe('Renforcement des patrouilles mixtes');
  });
});

describe('a forwarded message\'s header in the body', () => {
  test('its subject\'s reply and forward marks are no acronyms ("Objet : TR: …")', () => {
    const doc = ingest([thread, '', '-----Message d’origine-----', 'De : Durand Claire', 'Objet : TR: RE: Contrôles conjoints', '', 'Le SIS et le TR-Alert seront consultés.'].join('\n'));
    const terms = doc.mentions.filter((m) => m.type === 'term').map((m) => m.text);
    expect(terms).not.toContain('TR');
    expect(terms).not.toContain('RE');
    expect(terms).toContain('SIS');
  });
});

describe('what the thread commits to', () => {
  const doc = ingest(thread);
  const starts = doc.commitments.map((c) => c.text.slice(0, 50));

  test('the reply\'s excerpt of the message it answers is no commitment of its own; the message below holds it', () => {
    expect(starts.filter((s) => s.startsWith('Nous proposons de mener des contrôles conjoints'))).toHaveLength(1);
    const proposal = doc.commitments.find((c) => c.text.startsWith('Nous proposons de mener'))!;
    expect(proposal.text).toContain('avec la police fédérale belge');
  });

  test('stances, readiness, a proposal and a conditional announcement in the quoted message', () => {
    const kinds = Object.fromEntries(doc.commitments.map((c) => [c.text.slice(0, 30), c.kind]));
    expect(kinds).toMatchObject({
      'La Politie valide ce principe.': 'decision',
      'Nous engagerons une équipe cyn': 'announcement',
      'Nous proposons de mener des co': 'call',
      'Si le bilan est positif, la Fr': 'announcement',
    });
  });
});

describe('proposals, stances and readiness in a body\'s own text', () => {
  test.each([
    ['Nous proposons de concentrer les patrouilles sur les vendredis.', ['call']],
    ['Pour fluidifier les échanges, nous suggérons que chaque service détache un officier de liaison.', ['call']],
    ['Je propose en outre que les trois officiers fassent un point chaque soir.', ['call']],
    ['Je vous propose de retenir les orientations suivantes en vue de la réunion de Madrid.', []],
    ['Le SPF Intérieur soutient la reconduction des patrouilles mixtes.', ['support']],
    ['La Police grand-ducale valide ce calendrier.', ['decision']],
    ['La zone de police Sud-Luxembourg est prête à y engager six policiers par soirée.', ['engagement']],
    ['Si le bilan est positif, la Belgique proposera d’inscrire ces patrouilles dans un arrangement.', ['announcement']],
    ['Le groupement de gendarmerie engagera de son côté une brigade motorisée.', ['announcement']],
    // Not a stance: a measure's effect, or a reported opinion.
    ['Cette mesure soutient la croissance.', []],
    ['Le ministre estime que le dispositif valide ce choix.', []],
  ])('%s', (sentence, kinds) => {
    expect(said(sentence)).toEqual(kinds);
  });

  test('a press report\'s "La France soutient …" is reported news, not the text\'s own stance', () => {
    expect(said('La France soutient la candidature de la Belgique.', 'article')).toEqual([]);
  });
});
