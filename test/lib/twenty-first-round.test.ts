/**
 * What the twenty-first blind round's shapes exposed, on invented texts of those shapes: a
 * service's threat assessment with recommendations under their addressees' labels, an
 * open letter of associations, a prosecutor's press release, a minister's reply letter with
 * no subject line, and a flood debrief under a prefect's letterhead. (The gold convention
 * it settled, a place inside a body's name, is tested in annotate/actors.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { ActorAnnotator } from '../../scripts/lib/annotate/actors.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { actors, ingest, openings } from '../support/engine.ts';

describe('a threat assessment under its services\' letterhead', () => {
  const assessment = [
    'GENDARMERIE NATIONALE',
    'Direction générale de la gendarmerie',
    'Service central de renseignement criminel (SCRC)',
    '',
    'ÉVALUATION DE LA MENACE 2027',
    'Trafics d’armes dans le Grand Est',
    '',
    'Metz, le 14 janvier 2027',
    '',
    'CONSTATS',
    '',
    '1. Les saisies d’armes ont doublé entre 2025 et 2026.',
    '',
    'RECOMMANDATIONS',
    '',
    'R1 – Direction générale de la police nationale',
    'Créer d’ici juin 2027 une cellule commune de suivi des armes saisies.',
    '',
    'R2 – Ministère de la Justice',
    'La spécialisation des parquets en matière d’armes devrait être décidée avant la fin de l’année.',
    '',
    'R3 – Préfets de la zone',
    'Il conviendrait de réunir chaque trimestre les services des douanes et de la police.',
    '',
    'R4 – Douanes',
    'Les saisies de l’an passé montrent la voie.',
    '',
    'PROGRAMME DE TRAVAIL 2027',
    '',
    'En 2027, le SCRC :',
    '– publiera au printemps une cartographie des filières ;',
    '– réunira à Nancy les services frontaliers en octobre ;',
    '– a déjà recruté deux analystes.',
  ].join('\n');

  test('its title is the assessment\'s, under a letterhead of three lines; it is the service\'s own text', () => {
    const doc = ingest(assessment);
    expect(doc.title).toBe('ÉVALUATION DE LA MENACE 2027');
    expect(doc.header.authorLines).toEqual(['GENDARMERIE NATIONALE', 'Direction générale de la gendarmerie', 'Service central de renseignement criminel (SCRC)']);
    expect(doc.kind).toBe('declaration');
  });

  test('a recommendation under its addressee\'s label is a call, by an infinitive, a "should" or "it would be fitting"; a finding under a label is not', () => {
    const calls = ingest(assessment).commitments.filter((c) => c.kind === 'call').map((c) => c.text.split(/\s+/u).slice(0, 3).join(' '));
    expect(calls).toEqual(['Créer d’ici juin', 'La spécialisation des', 'Il conviendrait de']);
  });

  test('under "En 2027, le SCRC :", items that open on its verb in the future are its announcements; a past one is not', () => {
    const announced = ingest(assessment).commitments.filter((c) => c.kind === 'announcement').map((c) => c.text);
    expect(announced).toEqual(['publiera au printemps une cartographie des filières ;', 'réunira à Nancy les services frontaliers en octobre ;']);
  });
});

describe('an open letter of associations', () => {
  const letter = [
    'Lille et Gand, le 3 avril 2026',
    '',
    'LETTRE OUVERTE',
    '',
    'Objet : fichier commun des passages frontaliers',
    '',
    'Madame la Ministre, Monsieur le Ministre,',
    '',
    'Le 20 mars, M. Dupuis a indiqué qu’un arrêté serait publié avant l’été.',
    '',
    'Nous vous demandons de répondre aux questions suivantes :',
    '1. Combien de temps les données seront-elles conservées ?',
    '2. Qui y aura accès ?',
    '',
    'Nous sollicitons enfin une rencontre avec vos cabinets.',
    '',
    'Ligue des droits de l’Homme (LDH), Syndicat de la magistrature (SM), Organe de contrôle de l’information policière (COC)',
  ].join('\n');

  test('a salutation to office holders makes it its signatories\' own text', () => {
    expect(ingest(letter).kind).toBe('declaration');
  });

  test('titled by its kind alone, it takes its subject line\'s words, under its addressees too', () => {
    expect(ingest(letter).title).toBe('LETTRE OUVERTE — fichier commun des passages frontaliers');
    const addressed = ['Lille, le 3 avril 2026', '', 'LETTRE OUVERTE', '', 'Destinataires :', '- M. Paul Durand, ministre de l’Intérieur', '', 'Objet : fichier commun', '', 'Monsieur le Ministre,', '', 'Nous sollicitons une rencontre.'].join('\n');
    expect(ingest(addressed).title).toBe('LETTRE OUVERTE — fichier commun');
    expect(ingest(['LETTRE OUVERTE', '', 'Le texte commence ici. Nous demandons une rencontre.', '', 'Objet : rien'].join('\n')).title).toBe('LETTRE OUVERTE');
  });

  test('a lead over questions asks for answers: it is the call, the questions are not', () => {
    expect(openings(letter)).toEqual(['Le 20 mars, M.', 'Nous vous demandons de', 'Nous sollicitons enfin une']);
  });

  test('a minister\'s measure reported in the conditional passive is an announcement', () => {
    expect(ingest(letter).commitments[0]!.kind).toBe('announcement');
  });

  test('leagues, unions and oversight bodies before their acronym are bodies', () => {
    expect(actors('Ligue des droits de l’Homme (LDH), Syndicat de la magistrature (SM), Organe de contrôle de l’information policière (COC)')).toEqual([
      'Ligue des droits de l’Homme (LDH)=ligue-des-droits-de-l-homme',
      'Syndicat de la magistrature (SM)=syndicat-de-la-magistrature',
      'Organe de contrôle de l’information policière (COC)=organe-de-controle-de-l-information-policiere',
    ]);
  });
});

describe('a prosecutor\'s press release', () => {
  const release = [
    'PARQUET FÉDÉRAL',
    'COMMUNIQUÉ DE PRESSE',
    '',
    'Bruxelles, le 2 octobre 2026',
    '',
    'Opération « Rade » : onze arrestations',
    '',
    'Onze personnes ont été arrêtées mardi. Le parquet fédéral sollicitera leur remise à la Belgique.',
    '',
    'La procureure fédérale entend requérir la confiscation des avoirs saisis.',
    '',
    'Une audience ayant été fixée au 9 octobre, la chambre du conseil statuera sur leur détention.',
    '',
    'Un accord ayant été trouvé à Eurojust, les autorités espagnoles rejoindront l’équipe commune d’enquête en 2027.',
    '',
    'Il demande de bien vouloir lui indiquer les mesures que le parquet entend prendre.',
  ].join('\n');

  test('a prosecutor\'s office acts; its intent ("entend requérir") is announced; not one in a relative clause', () => {
    expect(openings(release)).toEqual(['Le parquet fédéral sollicitera', 'La procureure fédérale entend', 'Un accord ayant été']);
  });
});

describe('a minister\'s reply letter with no subject line', () => {
  const reply = [
    'MINISTÈRE DE L’INTÉRIEUR',
    '',
    'Le Ministre',
    '',
    'Place Beauvau',
    '75800 Paris Cedex 08',
    '',
    'Paris, le 2 février 2026',
    '',
    'N/Réf. : 2026-000412',
    '',
    'Madame Claire FONTAINE',
    'Sénatrice du Nord',
    'Sénat',
    '15, rue de Vaugirard',
    '75291 PARIS CEDEX 06',
    '',
    'Madame la Sénatrice,',
    '',
    'Vous avez appelé mon attention sur les cambriolages à Halluin.',
    '',
    'Je vous ferai parvenir un premier bilan au cours du second semestre.',
    '',
    'Je ne vous cacherai pas que la situation reste difficile, et je le ferai savoir.',
  ].join('\n');

  test('its masthead runs to the salutation: a title made from its addressee but its address, the salutation in the body', () => {
    const doc = ingest(reply);
    expect(doc.title).toBe('Lettre à Madame Claire FONTAINE, Sénatrice du Nord, Sénat');
    expect(doc.header.addressee).toEqual(['Madame Claire FONTAINE', 'Sénatrice du Nord', 'Sénat', '15, rue de Vaugirard', '75291 PARIS CEDEX 06']);
    expect(doc.header.notes).toEqual(expect.arrayContaining(['Place Beauvau', '75800 Paris Cedex 08', 'N/Réf. : 2026-000412']));
    expect(doc.date).toBe('2026-02-02');
    expect(doc.kind).toBe('declaration');
  });

  test('"je vous ferai parvenir" announces; a negated "je ne vous cacherai pas" does not', () => {
    expect(openings(reply)).toEqual(['Je vous ferai parvenir']);
  });
});

describe('a debrief under a prefect\'s letterhead', () => {
  test('a prefect\'s letterhead in capitals is the office; an office named by a province holds no place of its own', () => {
    expect(actors('PRÉFET DU NORD', 'PRÉFÈTE DES HAUTES-ALPES', 'Le gouverneur de la province de Flandre-Occidentale a déclenché la phase provinciale.')).toEqual([
      'PRÉFET DU NORD=prefet-du-nord',
      'PRÉFÈTE DES HAUTES-ALPES=prefete-des-hautes-alpes',
    ]);
  });

  test('a body named in Dutch after "et" is no person and its party; a union or a league is an organisation', () => {
    expect(actors('Pilote : SIDPC et Vlaamse Milieumaatschappij (VMM) | Échéance : fin 2026', 'La VMM publiera les cartes.')).toEqual([
      'Vlaamse Milieumaatschappij (VMM)=vlaamse-milieumaatschappij',
      'VMM=vlaamse-milieumaatschappij',
    ]);
    const annotator = new ActorAnnotator(loadRegistry());
    annotator.discover(['avec le Syndicat de la magistrature (SM) et la Ligue des droits humains (LDH)']);
    expect([annotator.actors.get('syndicat-de-la-magistrature')?.kind, annotator.actors.get('ligue-des-droits-humains')?.kind]).toEqual(['organisation', 'organisation']);
  });

  test('an officer\'s rank is no part of the name; a kind of text and its short name are no body', () => {
    expect(actors('Affaire suivie par : Cdt Claire Duvivier, cheffe du SIDPC', 'NOTE DE RETOUR D’EXPÉRIENCE (RETEX)', 'Le RETEX sera diffusé.')).toEqual(['Claire Duvivier=claire-duvivier']);
  });
});
