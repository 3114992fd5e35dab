/**
 * A fresh reader's counter-examples to the twenty-first round's rules (tmp/review21 when it
 * was run): each probe text, and what a careful annotator expects of it.
 */
import { describe, expect, test } from 'vitest';
import { actors, dates, ingest, openings, said } from '../support/engine.ts';

describe('letters and salutations', () => {
  test('a press article that quotes a letter stays a press article, its reported measures read', () => {
    const article = [
      'Coopération policière : les bourgmestres écrivent au ministre',
      'Publié le 4 mars 2026',
      '',
      'Dans une lettre rendue publique mardi, les bourgmestres de la Wallonie picarde interpellent le ministre de l’Intérieur. Extraits :',
      '',
      'Monsieur le Ministre,',
      '',
      'Nous constatons chaque jour l’augmentation des cambriolages dans nos communes.',
      '',
      'Le ministre a promis une réponse rapide. Son cabinet réunira les bourgmestres en avril.',
    ].join('\n');
    const doc = ingest(article);
    expect(doc.kind).toBe('article');
    expect(openings(article)).toEqual(['Le ministre a promis', 'Son cabinet réunira les']);
  });

  test('a mayor\'s letter keeps its subject as its title and its town hall as its issuer, whatever its addressee\'s street number', () => {
    const letter = [
      'MAIRIE DE TOURCOING',
      '',
      'Le Maire',
      '',
      '1, place Victor Hassebroucq',
      '59200 Tourcoing',
      '',
      'Tourcoing, le 4 mars 2026',
      '',
      'Monsieur le Préfet du Nord',
      '12-14, rue Jean Sans Peur',
      '59039 Lille Cedex',
      '',
      'Objet : vidéoprotection transfrontalière',
      '',
      'Monsieur le Préfet,',
      '',
      'Je vous ferai parvenir d’ici avril le projet de convention.',
    ].join('\n');
    const doc = ingest(letter);
    expect(doc.title).toBe('Vidéoprotection transfrontalière');
    expect(doc.header.authorLines).toEqual(['MAIRIE DE TOURCOING']);
  });

  test('a letter with no subject line is titled from its addressee with any salutation, office lines and "À l\'attention de" read', () => {
    const letter = (addressee: string[], greeting: string) =>
      ['MINISTÈRE DE L’INTÉRIEUR', '', 'Le Ministre', '', 'Paris, le 2 février 2026', '', ...addressee, '', greeting, '', 'Je vous ferai parvenir un premier bilan.'].join('\n');
    expect(ingest(letter(['Monsieur Julien VANDEWALLE', 'Député du Nord'], 'Cher Monsieur le Député,')).title).toBe('Lettre à Monsieur Julien VANDEWALLE, Député du Nord');
    expect(ingest(letter(['Monsieur Julien VANDEWALLE', 'Député du Nord'], 'Monsieur,')).title).toBe('Lettre à Monsieur Julien VANDEWALLE, Député du Nord');
    expect(ingest(letter(['Madame Annelies VERLINDEN', 'Ministre de l’Intérieur du Royaume de Belgique', 'Rue de la Loi 2', '1000 Bruxelles'], 'Madame la Ministre,')).title).toBe(
      'Lettre à Madame Annelies VERLINDEN, Ministre de l’Intérieur du Royaume de Belgique',
    );
    expect(ingest(letter(['À l’attention de Monsieur Julien VANDEWALLE', 'Député du Nord'], 'Monsieur le Député,')).title).toBe('Lettre à Monsieur Julien VANDEWALLE, Député du Nord');
  });

  test('a bare "Bilan" over a headline is no title; "Bilan de …" names the text', () => {
    const release = ['PRÉFET DU NORD', '', 'Bilan', '', 'Sécurité routière : une baisse de la mortalité en 2025', '', 'Lille, le 3 mars 2026', '', 'Le préfet renforcera les contrôles.'].join('\n');
    expect(ingest(release).title).toBe('Sécurité routière : une baisse de la mortalité en 2025');
  });
});

describe('recommendations under their labels', () => {
  const report = (body: string[]) => ['SÉNAT', 'RAPPORT DE SUIVI', 'Mise en œuvre des recommandations de 2023', 'Paris, le 4 mars 2026', '', ...body].join('\n');

  test('a status report or a forecast under a label is no call', () => {
    expect(
      openings(
        report([
          'Recommandation 3 – Ministère de la Justice',
          'Mise en œuvre partielle. Selon la chancellerie, le décret devrait paraître au printemps 2026.',
          '',
          'Recommandation 4 – Ministère de l’Intérieur',
          'Le nombre de dossiers devrait encore doubler d’ici 2027, selon les projections du ministère.',
          '',
          'Recommandation 5 – Gouvernement',
          'Il conviendrait de noter que les effectifs ont baissé de 10 % depuis 2020.',
        ]),
      ),
    ).toEqual([]);
  });

  test('nouns in "-ier" open findings, not calls; "R1 –" in minutes is a room, not a recommendation', () => {
    expect(openings(report(['Recommandation 1 – Police locale', 'Vivier de recrutement : les zones peinent à recruter des inspecteurs.']))).toEqual([]);
    const minutes = ['Compte rendu de la réunion du comité de pilotage', 'Lille, le 4 mars 2026', '', 'R1 – Salle Jean Monnet', 'Faire le point sur les patrouilles mixtes et les effectifs.'].join('\n');
    expect(openings(minutes)).toEqual([]);
  });

  test('a label with a colon, or a list under a label, is recommended all the same', () => {
    const information = (body: string[]) => ['SÉNAT', 'RAPPORT D’INFORMATION', 'Paris, le 4 mars 2026', '', 'RECOMMANDATIONS', '', ...body].join('\n');
    expect(ingest(information(['R1 – Gouvernement fédéral :', 'Porter à 250 le nombre d’enquêteurs de la DJSOC.'])).commitments.map((c) => c.kind)).toEqual(['call']);
    expect(ingest(information(['R1 – Gouvernement fédéral', '– Porter à 250 le nombre d’enquêteurs ;', '– Créer des chambres spécialisées.'])).commitments.map((c) => c.kind)).toEqual(['call', 'call']);
  });

  test('in a hard-wrapped report, a label line that runs on keeps its whole sentence', () => {
    const wrapped = [
      'Rapport annuel 2025 du Centre de crise national',
      '',
      'Bruxelles, le 4 mars 2026',
      '',
      'Le Centre a poursuivi en 2025 la modernisation de ses outils de gestion de crise et',
      'renforcé sa coopération avec les autorités françaises et néerlandaises dans les',
      'zones frontalières, notamment lors des inondations de novembre.',
      '',
      'Recommandation 2 – Confier le pilotage des exercices frontaliers au Service public fédéral',
      'Intérieur et à la préfecture du Nord avant la fin de l’année 2026.',
      '',
      'Mesure 3 – Réduire de 20 % les délais d’alerte des bourgmestres grâce à l’application',
      'BE-Alert, en lien avec les autorités françaises, avant 2027.',
    ].join('\n');
    expect(ingest(wrapped).commitments.map((c) => c.text)).toEqual([
      'Confier le pilotage des exercices frontaliers au Service public fédéral Intérieur et à la préfecture du Nord avant la fin de l’année 2026.',
      'Réduire de 20 % les délais d’alerte des bourgmestres grâce à l’application BE-Alert, en lien avec les autorités françaises, avant 2027.',
    ]);
  });

  test('under "la criminalité organisée :", its futures are forecasts, not announcements', () => {
    const assessment = ['Rapport annuel 2025 du Centre de crise national', '', 'Bruxelles, le 4 mars 2026', '', 'Selon nos analyses, la criminalité organisée :', '– se déplacera vers les ports secondaires ;', '– recrutera davantage de mineurs.'].join('\n');
    expect(openings(assessment)).toEqual([]);
  });
});

describe('reported intents and measures', () => {
  test('"entend" hearing someone, or in an indirect question, announces nothing; "entend bien requérir" does', () => {
    expect(said('La commission d’enquête entend le ministre de l’Intérieur mardi.', 'article')).toEqual([]);
    expect(said('Le juge entend la mère de la victime.', 'article')).toEqual([]);
    expect(said('Il lui demande quelles mesures il entend prendre.', 'article')).toEqual([]);
    expect(said('Reste à savoir comment le gouvernement entend financer la mesure.', 'article')).toEqual([]);
    expect(said('Le parquet fédéral entend bien requérir la confiscation des avoirs.', 'article')).toEqual(['announcement']);
  });

  test('a reported state or a negated measure in the conditional is no announcement', () => {
    expect(said('La police a indiqué que la victime serait décédée des suites de ses blessures.', 'article')).toEqual([]);
    expect(said('Le parquet a précisé que le suspect serait connu des services de police.', 'article')).toEqual([]);
    expect(said('Le ministre a indiqué qu’aucun décret ne serait publié avant l’été.', 'article')).toEqual([]);
  });

  test('ways of speaking in the first person are no announcements; a letter\'s closing promise is an engagement', () => {
    expect(said('Je me permettrai de vous rappeler les chiffres.')).toEqual([]);
    expect(said('Je vous avouerai que la situation m’inquiète.')).toEqual([]);
    expect(said('Je vous le ferai parvenir dès sa publication.')).toEqual(['announcement']);
    expect(said('Je ne manquerai pas de vous tenir informée des suites données à ce dossier.')).toEqual(['engagement']);
  });

  test('a complaint is no request; "je sollicite un rendez-vous" is one', () => {
    expect(said('Nous sollicitons les services de l’État depuis trois ans, sans réponse.')).toEqual([]);
    expect(said('Je sollicite un rendez-vous avec vos services.')).toEqual(['call']);
  });
});

describe('names, ranks and letterheads', () => {
  test('a mountain pass, a column or an update is no officer; ranks in capitals are dropped from the name', () => {
    expect(actors('La route du Col Bayard est fermée ; le Col Agnel aussi.', 'Voir tableau 3, Col. Total, ligne 4.', 'Maj Tableau de bord des saisies, 3 mars 2026.')).toEqual([]);
    expect(actors('Affaire suivie par : CDT Claire DUVIVIER, cheffe du SIDPC')).toEqual(['Claire DUVIVIER=claire-duvivier']);
  });

  test('a job, a phrase or a long span before an acronym is no union, league or controller', () => {
    expect(actors('Le contrôleur de gestion (CDG) a présenté les chiffres.', 'Le syndicat des copropriétaires (SDC) a porté plainte.')).toEqual([]);
    expect(actors('La Ligue des droits humains en Belgique et en France (LDH) a saisi la justice.')).toEqual(['Belgique=belgique', 'France=france']);
    expect(actors('avec l’Organe central pour la saisie et la confiscation (OCSC)')).toEqual(['Organe central pour la saisie et la confiscation (OCSC)=organe-central-pour-la-saisie-et-la-confiscation']);
  });

  test('a prefect\'s letterhead stops before a service; unaccented and sub-prefects\' letterheads are read', () => {
    expect(actors('PRÉFECTURE DU NORD - SIDPC')).toEqual([]);
    expect(actors('PREFET DU NORD', 'SOUS-PRÉFET DE DUNKERQUE')).toEqual(['PREFET DU NORD=prefet-du-nord', 'SOUS-PRÉFET DE DUNKERQUE=sous-prefet-de-dunkerque']);
    expect(actors('PRÉFET DU NORD ET GOUVERNEUR DU HAINAUT').map((found) => found.split('=')[1])).not.toContain('prefet-du-nord-et-gouverneur-du-hainaut');
  });

  test('"Intervention" opens a body\'s name as well as a text\'s; "RETOUR D\'EXPÉRIENCE (RETEX)" is a text', () => {
    expect(actors('avec l’Intervention Rapide Unit (IRU) de la police')).toEqual(['Intervention Rapide Unit (IRU)=intervention-rapide-unit']);
    expect(actors('RETOUR D’EXPÉRIENCE (RETEX) des crues de novembre')).toEqual([]);
  });
});

describe('dates', () => {
  test('a weekday range takes the year its weekdays fit', () => {
    expect(dates('Le festival aura lieu samedi 17 et dimanche 18 janvier.', '2025-06-10')).toEqual(['samedi 17 et dimanche 18 janvier=2026-01-17/2026-01-18']);
  });

  test('"le moment est venu de", "est venue annoncer", "sont parties à la convention" say nothing of the past', () => {
    expect(dates('Le moment est venu de réunir les ministres en septembre.', '2025-06-10')).toEqual(['septembre=2025-09']);
    expect(dates('La ministre est venue annoncer à Lille l’ouverture du centre en septembre.', '2025-06-10')).toEqual(['septembre=2025-09']);
    expect(dates('Les États qui sont parties à la convention se réunissent en septembre à Strasbourg.', '2025-06-10')).toEqual(['septembre=2025-09']);
  });

  test('an act\'s or a file\'s number with a slash is no session', () => {
    expect(dates('Le règlement (UE) 2024/1689 et la directive 2019/2020 s’appliquent.', '2025-06-10')).toEqual([]);
    expect(dates('La décision-cadre 2008/2009 du Conseil est abrogée.', '2025-06-10')).toEqual([]);
    expect(dates('Dans le dossier 2023/2024 du parquet de Lille, le juge a statué.', '2025-06-10')).toEqual([]);
  });
});
