import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { CHRONO_CUE, findDates } from '../../../scripts/lib/annotate/dates.ts';

const dates = (text: string, date: string | null, header = false) =>
  findDates(text, { date, header }).map((h) => [text.slice(h.start, h.end), h.iso, h.precision, h.type]);

describe('findDates', () => {
  test.each([
    ['dont la récente attaque à Liège le 29 mai, et', '2018-06-11', [['le 29 mai', '2018-05-29', 'day', 'event']]],
    ['l’entrée en vigueur le 25 mai dernier du PNR', '2018-06-11', [['le 25 mai dernier', '2018-05-25', 'day', 'event']]],
    ['Le 12 mars dernier, nos services', '2020-02-05', [['Le 12 mars dernier', '2019-03-12', 'day', 'event']]],
    // "suivant": after the last date the text named, not the document's.
    ['Le 16 octobre 2020, Samuel Paty était assassiné. Le 2 novembre suivant, un partisan ouvrait le feu.', '2021-10-14', [['Le 16 octobre 2020', '2020-10-16', 'day', 'event'], ['Le 2 novembre suivant', '2020-11-02', 'day', 'event']]],
    ['Signé en décembre 2019, l’accord est entré en vigueur le 1er mars suivant.', '2021-10-14', [['décembre 2019', '2019-12', 'month', 'event'], ['le 1er mars suivant', '2020-03-01', 'day', 'event']]],
    ['(« No Money For Terror », Paris, 25-26 avril 2018)', '2018-06-11', [['25-26 avril 2018', '2018-04-25/2018-04-26', 'range', 'event']]],
    // The end of the next or the last year, or of the next month (twenty-second session).
    ['Nous appelons les États à appliquer, d’ici la fin de l’année prochaine, les normes du GAFI.', '2025-11-18', [['d’ici la fin de l’année prochaine', '2026-12-31', 'day', 'deadline']]],
    ['À la fin de l’an dernier, 40 patrouilles avaient eu lieu.', '2025-11-18', [['la fin de l’an dernier', '2024-12-31', 'day', 'event']]],
    ['Le rapport sera remis d’ici la fin du mois prochain.', '2025-12-18', [['d’ici la fin du mois prochain', '2026-01-31', 'day', 'deadline']]],
    // A span of months each with its year; a month before a first-person passé composé is past.
    ['Entre septembre 2025 et janvier 2026, 40 patrouilles ont eu lieu ; de mai 2024 à mai 2025, 12.', '2026-03-18', [['Entre septembre 2025 et janvier 2026', '2025-09-01/2026-01-31', 'range', 'event'], ['de mai 2024 à mai 2025', '2024-05-01/2025-05-31', 'range', 'event']]],
    ['En juin, j’ai demandé à l’inspection un rapport.', '2025-11-07', [['juin', '2025-06', 'month', 'event']]],
    ['se sont réunis aujourd’hui pour examiner', '2018-06-11', [['aujourd’hui', '2018-06-11', 'day', 'event']]],
    ['engagée en 2016 et 2017 par nos deux Gouvernements', '2018-06-11', [['en 2016', '2016', 'year', 'event'], ['2017', '2017', 'year', 'event']]],
    ['s’est rendu mardi à Lille', '2018-01-23', [['mardi', '2018-01-23', 'day', 'event']]],
    ['signé lundi après-midi', '2019-11-20', [['lundi après-midi', '2019-11-18', 'day', 'event']]],
    ['lors du Conseil JAI de mars', '2020-02-05', [['mars', '2020-03', 'month', 'event']]],
    // Fifth blind round.
    // A range between two days; the first takes the year of the second.
    ['Entre le 1er décembre et le 28 février 2023, 40 patrouilles ont eu lieu.', '2023-03-10', [['Entre le 1er décembre et le 28 février 2023', '2022-12-01/2023-02-28', 'range', 'event']]],
    ['Entre le 1/09 et le 31/10, les fraudes ont doublé.', '2024-11-13', [['Entre le 1/09 et le 31/10', '2024-09-01/2024-10-31', 'range', 'event']]],
    // Seventh blind round: a span of months; the first takes the year of the second.
    ['des déplacements de janvier à mars 2024, les rapporteurs', '2024-05-15', [['de janvier à mars 2024', '2024-01-01/2024-03-31', 'range', 'event']]],
    ['d’octobre à février 2025, les contrôles', '2025-05-15', [['d’octobre à février 2025', '2024-10-01/2025-02-28', 'range', 'event']]],
    ['entre avril et juin, des patrouilles mixtes', '2024-03-01', [['entre avril et juin', '2024-04-01/2024-06-30', 'range', 'event']]],
    // The end of a month is its last day; without a year, the next such month.
    ['La cellule sera opérationnelle d’ici fin mars.', '2024-11-13', [['d’ici fin mars', '2025-03-31', 'day', 'deadline']]],
    ['Échéance : fin janvier 2023', '2022-10-13', [['fin janvier 2023', '2023-01-31', 'day', 'deadline']]],
    // "depuis" looks back.
    ['Les entrées augmentent depuis le mois de juin.', '2022-10-13', [['juin', '2022-06', 'month', 'event']]],
    ['Préparé depuis le printemps, l’exercice a eu lieu jeudi.', '2023-10-13', [['depuis le printemps', '2023-03-21/2023-06-20', 'range', 'event'], ['jeudi', '2023-10-12', 'day', 'event']]],
    ['une proposition en mars 2020', '2019-12-01', [['mars 2020', '2020-03', 'month', 'event']]],
    ['D’agir pour que celle-ci puisse se tenir d’ici la fin de l’année.', '2018-06-11', [['d’ici la fin de l’année', '2018-12-31', 'day', 'deadline']]],
    ['De tenir avant la fin de l’année 2018 une réunion', '2018-06-11', [['avant la fin de l’année 2018', '2018-12-31', 'day', 'deadline']]],
    ['au cours du premier semestre 2020', '2019-07-03', [['au cours du premier semestre 2020', '2020-01-01/2020-06-30', 'range', 'deadline']]],
    ['au printemps 2020 pour un premier bilan', '2019-11-18', [['au printemps 2020', '2020-03-21/2020-06-20', 'range', 'event']]],
    // By the season's first day, as two blind gold annotators read "d'ici l'été" / "avant l'été 2023".
    ['présenter, avant l’été, une proposition', '2020-02-05', [['avant l’été', '2020-06-21', 'day', 'deadline']]],
    ['un plan d’action d’ici l’été', '2021-03-12', [['d’ici l’été', '2021-06-21', 'day', 'deadline']]],
    // A bare month: the next one, unless "dernier" or a past tense says the last one.
    ['Le ministre a défendu le décret adopté en janvier par le gouvernement.', '2023-02-08', [['janvier', '2023-01', 'month', 'event']]],
    ['une brouille entre Paris et Rome en novembre dernier', '2023-02-08', [['en novembre dernier', '2022-11', 'month', 'event']]],
    // Weeks are ranges from Monday to Sunday; "ce mois-ci" is the document's month; "dès
    // lundi" looks ahead even in the present tense.
    ['Je vais déposer la semaine prochaine un avant-projet.', '2025-02-04', [['la semaine prochaine', '2025-02-10/2025-02-16', 'range', 'event']]],
    ['J’en ai parlé la semaine dernière avec la commissaire.', '2024-03-14', [['la semaine dernière', '2024-03-04/2024-03-10', 'range', 'event']]],
    ['Ce mois-ci, trois arrestations.', '2025-02-04', [['Ce mois-ci', '2025-02', 'month', 'event']]],
    ['Le texte passe en commission dès lundi.', '2025-02-04', [['lundi', '2025-02-10', 'day', 'event']]],
    // Review of the sixth round: "suivant" follows the last date found, numeric ones included,
    // and is no date word before a determiner; a month that opens its clause after another
    // clause; a future after a relative clause; a place name is no future ("La Jonquera");
    // "dès lundi" in a clause in the past looks back.
    ['Signé le 20/12/2024, il est entré en vigueur le 5 janvier suivant.', '2026-06-01', [['le 20/12/2024', '2024-12-20', 'day', 'event'], ['le 5 janvier suivant', '2025-01-05', 'day', 'event']]],
    ['le 5 janvier suivant la procédure écrite', '2026-06-01', [['le 5 janvier', '2026-01-05', 'day', 'event']]],
    ['Par ailleurs, en avril, une opération conjointe a permis le démantèlement d’un réseau.', '2024-06-27', [['avril', '2024-04', 'month', 'event']]],
    ['En juin, les ministres qui se sont réunis à Rome adopteront un plan.', '2024-03-01', [['juin', '2024-06', 'month', 'event']]],
    ['En avril, une opération a permis la saisie de 1,3 tonne de résine à La Jonquera.', '2024-06-27', [['avril', '2024-04', 'month', 'event']]],
    ['Dès lundi, les forces de l’ordre ont été déployées.', '2025-02-04', [['lundi', '2025-02-03', 'day', 'event']]],
    // A month that opens its clause takes the tense of the verb after it.
    ['En avril, une opération conjointe menée avec la Guardia Civil a permis le démantèlement d’un réseau.', '2024-06-27', [['avril', '2024-04', 'month', 'event']]],
    ['En octobre, les ministres se réuniront à Rome.', '2024-06-27', [['octobre', '2024-10', 'month', 'event']]],
    ['La réunion avait été reportée en avril', '2020-05-05', [['avril', '2020-04', 'month', 'event']]],
    ['La réunion aura lieu en avril', '2020-05-05', [['avril', '2021-04', 'month', 'event']]],
    ['Les quatre ministres se retrouveront en juin à Madrid.', '2023-02-08', [['juin', '2023-06', 'month', 'event']]],
    ['un premier bilan sera dressé lors d’une réunion à Bruxelles en octobre', '2021-03-12', [['octobre', '2021-10', 'month', 'event']]],
    // A bare weekday: the last one, or the next one in a clause in the future tense.
    ['le dossier sera sur la table des chefs d’État, réunis jeudi et vendredi à Bruxelles.', '2023-02-08', [['jeudi', '2023-02-09', 'day', 'event'], ['vendredi', '2023-02-10', 'day', 'event']]],
    ['Les ministres se sont réunis jeudi à Bruxelles.', '2023-02-08', [['jeudi', '2023-02-02', 'day', 'event']]],
    // From a review: a future passive or a conditional is the future, a reporting verb says
    // nothing, "s'est tenue" is the past; "Ce mercredi," without its comma.
    ['Le plan sera présenté en mars.', '2023-10-15', [['mars', '2024-03', 'month', 'event']]],
    ['Le texte devrait être adopté en juin.', '2023-10-15', [['juin', '2024-06', 'month', 'event']]],
    ['Le rapport sera examiné jeudi', '2023-10-15', [['jeudi', '2023-10-19', 'day', 'event']]],
    ['Le ministre a annoncé une conférence en mars', '2023-10-15', [['mars', '2024-03', 'month', 'event']]],
    ['La réunion s’est tenue en septembre', '2023-10-15', [['septembre', '2023-09', 'month', 'event']]],
    ['Ce mercredi, les ministres ont signé', '2023-10-15', [['Ce mercredi', '2023-10-11', 'day', 'event']]],
    ['dès le début de l’année prochaine', '2019-11-18', [['début de l’année prochaine', '2020', 'year', 'event']]],
    ['Publié 11/06/2018', null, [['11/06/2018', '2018-06-11', 'day', 'event']]],
    // Two days of a month, a span of years, the end of a year or quarter, "ce mercredi".
    ['approuvées par le Conseil les 8 et 9 décembre 2022.', '2022-12-09', [['8 et 9 décembre 2022', '2022-12-08/2022-12-09', 'range', 'event']]],
    ['réunis les 8, 9 et 10 décembre 2022 à Bruxelles', '2022-12-09', [['8, 9 et 10 décembre 2022', '2022-12-08/2022-12-10', 'range', 'event']]],
    ['le plan d’action de l’UE 2020-2025 contre le trafic d’armes', '2022-12-09', [['2020-2025', '2020-01-01/2025-12-31', 'range', 'event']]],
    ['INVITE la Commission à présenter, d’ici la fin de 2023, des lignes directrices', '2022-12-09', [['d’ici la fin de 2023', '2023-12-31', 'day', 'deadline']]],
    ['d’ici à la fin du premier trimestre 2024 ;', '2023-05-17', [['d’ici à la fin du premier trimestre 2024', '2024-03-31', 'day', 'deadline']]],
    ['d’ici fin du premier semestre de 2024', '2023-05-17', [['d’ici fin du premier semestre de 2024', '2024-06-30', 'day', 'deadline']]],
    ['ont signé ce mercredi à Schengen un accord', '2023-05-17', [['ce mercredi', '2023-05-17', 'day', 'event']]],
    // "depuis janvier", "l'an dernier", "d'ici fin 2024", "au printemps prochain" (a week before spring: the next one).
    ['Le niveau de menace est relevé depuis janvier.', '2024-03-14', [['janvier', '2024-01', 'month', 'event']]],
    ['L’an dernier, nous avons saisi 40 tonnes.', '2024-03-14', [['L’an dernier', '2023', 'year', 'event']]],
    ['d’ici fin 2024, nous aurons doublé les contrôles', '2024-03-14', [['d’ici fin 2024', '2024-12-31', 'day', 'deadline']]],
    ['Le dispositif sera évalué au printemps prochain.', '2024-03-14', [['au printemps prochain', '2025-03-21/2025-06-20', 'range', 'event']]],
    // From the third blind round: what someone promised or engaged to do is ahead of them;
    // "l'été dernier" is the last summer over; a French numeric date is day/month.
    ["Elle a promis de s'entretenir jeudi avec Mme Faber.", '2024-12-10', [['jeudi', '2024-12-12', 'day', 'event']]],
    ['Les ministres se sont aussi engagés à saisir la Commission avant le Conseil JAI de juin.', '2024-03-19', [['juin', '2024-06', 'month', 'event']]],
    ['Le ministre a décidé jeudi de fermer le poste.', '2024-12-10', [['jeudi', '2024-12-05', 'day', 'event']]],
    ["L'été dernier, les feux ont ravagé le Var.", '2025-05-22', [["L'été dernier", '2024-06-21/2024-09-22', 'range', 'event']]],
    ["L'été dernier, les feux ont ravagé le Var.", '2024-10-01', [["L'été dernier", '2024-06-21/2024-09-22', 'range', 'event']]],
    ['Considérant l’avis 1/15 de la Cour et la réunion du 11/06.', '2020-10-14', [['11/06', '2020-06-11', 'day', 'event']]],
    // Seen on the nineteenth round's texts: a target season in a clause with a passive
    // ("est annoncée", read as a past tense); a month coordinated with a dated one.
    ['Le gouvernement commandera quatre scanners, dont la livraison est annoncée pour le printemps.', '2026-03-13', [['pour le printemps', '2026-03-21/2026-06-20', 'range', 'event']]],
    ['des câbles endommagés en mer Baltique en novembre et en décembre 2024, puis', '2026-06-10', [['novembre', '2024-11', 'month', 'event'], ['décembre 2024', '2024-12', 'month', 'event']]],
    ['Les saisies ont doublé en décembre et en janvier 2025.', '2026-06-10', [['décembre', '2024-12', 'month', 'event'], ['janvier 2025', '2025-01', 'month', 'event']]],
    // … through a list, its middle months without a preposition (from the round's review).
    ['Les réunions de mars, avril et mai 2026 ont eu lieu.', '2026-05-10', [['mars', '2026-03', 'month', 'event'], ['avril', '2026-04', 'month', 'event'], ['mai 2026', '2026-05', 'month', 'event']]],
    ['en octobre, novembre ou décembre 2025, puis', '2026-05-10', [['octobre', '2025-10', 'month', 'event'], ['novembre', '2025-11', 'month', 'event'], ['décembre 2025', '2025-12', 'month', 'event']]],
    // Two years compared are two dates, as "2016 et 2017".
    ['Les flux ont progressé de 28 % entre 2022 et 2023.', '2024-02-01', [['2022', '2022', 'year', 'event'], ['2023', '2023', 'year', 'event']]],
    // (Twenty-first round.) A passé composé with "être" is past: the January before; a passive
    // says nothing of the time, and a bare day is then the next one.
    ['de nouvelles précipitations sont tombées sur des sols saturés à partir du 12 janvier.', '2026-03-20', [['12 janvier', '2026-01-12', 'day', 'event']]],
    ['Les réunions sont organisées à partir du 12 janvier.', '2026-03-20', [['12 janvier', '2027-01-12', 'day', 'event']]],
    // Two days of a month, each with its weekday; a session over two years with a slash.
    ['Samedi 17 et dimanche 18 janvier', '2026-03-20', [['Samedi 17 et dimanche 18 janvier', '2026-01-17/2026-01-18', 'range', 'event']]],
    ['Doc 56 0874/ (2024/2025) : proposition de résolution', '2026-02-12', [['2024/2025', '2024-01-01/2025-12-31', 'range', 'event']]],
  ])('%j (document of %s)', (text, date, expected) => {
    expect(dates(text, date)).toEqual(expected);
  });

  test.each([
    ['Ce contenu a été publié sous le gouvernement'],
    ['la directive 2012/29/UE et la décision 2008/615'],
    ['le règlement (UE) 2024/2025 du Parlement européen'],
    ['une évaluation dans un an'],
    ['geler les comptes en quelques heures'],
    ['ce n’est que maintenant que tous les signaux sont au vert'],
    ['en mer Méditerranée'],
    ['Nous sommes à un niveau 2 nuancé'],
    // Durations, a number of weeks and the eve of an event are not calendar dates.
    ['à transmettre dans un délai de trois mois'],
    ['dans deux semaines, le bilan sera publié'],
    ['à la veille d’un Conseil européen consacré aux migrations'],
    ['en application de la loi n° 2019-2022 relative à la sécurité'],
  ])('%j has no date', (text) => {
    expect(dates(text, '2018-06-11')).toEqual([]);
  });

  test('a bare weekday or relative date needs a document date', () => {
    expect(dates('s’est rendu mardi à Lille, aujourd’hui', null)).toEqual([]);
  });

  test('dates of header lines are publication dates', () => {
    expect(dates('Lundi 11 juin 2018', null, true)).toEqual([['Lundi 11 juin 2018', '2018-06-11', 'day', 'publication']]);
  });
});

test('a time unit inside a word is not a date, whatever else the sentence holds ("quelques hôtels")', () => {
  expect(dates('Les agents seront logés dans quelques hôtels.', '2020-03-07')).toEqual([]);
  expect(dates('Les 300 agents seront logés dans quelques hôtels.', '2020-03-07')).toEqual([]);
});

describe('the chrono-node prefilter (CHRONO_CUE)', () => {
  /**
   * What findDates keeps of a chrono-node result: a month, "aujourd'hui"/"demain"/"hier", or a
   * weekday by its full name (not "Mar" that chrono-node reads in "M. Olivier Maréchal").
   */
  const kept = (r: chrono.ParsedResult) =>
    r.start.isCertain('month') || /aujourd'hui|demain|hier/iu.test(r.text) || (r.start.isCertain('weekday') && /^(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/iu.test(r.text.trim()));
  const reference = { instant: new Date(Date.UTC(2018, 5, 11, 12)), timezone: 0 };

  test.each([
    'la veille', 'cette nuit', 'ce soir', 'ce matin', 'à midi', 'maintenant', 'aujourd’hui', "aujourd'hui", 'demain', 'hier',
    'dans une semaine', 'il y a quelques jours', 'le mois dernier', 'l’an prochain', 'dans deux ans', 'le trimestre prochain',
    'mardi', 'Dimanche', 'en Mars', 'le 1er mai', 'déc.', 'Fév.', 'août', 'dans 3 h',
  ])('%j has a cue', (text) => {
    expect(CHRONO_CUE.test(text)).toBe(true);
  });

  test('on every line of the seeds, fixtures and adversarial texts without a cue, chrono-node finds nothing findDates keeps', () => {
    const files = [
      ...readdirSync('seeds').filter((n) => n.endsWith('.txt')).map((n) => join('seeds', n)),
      ...readdirSync('test/fixtures').map((n) => join('test/fixtures', n, 'input.txt')),
      ...readdirSync('test/adversarial').filter((n) => n.endsWith('.txt')).map((n) => join('test/adversarial', n)),
    ];
    let skipped = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/’/gu, "'");
      for (const line of text.split(/\r?\n/u).map((l) => l.slice(0, 2000))) {
        if (CHRONO_CUE.test(line)) continue;
        skipped++;
        expect(chrono.fr.parse(line, reference).filter(kept), `${file}: ${line}`).toEqual([]);
      }
    }
    // The prefilter does skip text: most lines of prose name no date.
    expect(skipped).toBeGreaterThan(100);
  });
});

test('a time of day after a date stays whole in the span ("à 10 h", "à 14 h 30", "à 14 heures")', () => {
  const spans = (text: string) => findDates(text, { date: '2025-10-14', header: false }).map((h) => `${text.slice(h.start, h.end)}=${h.iso}`);
  expect(spans('le CCPD peut nous accueillir jeudi 23 octobre à 10 h dans ses locaux.')).toEqual(['jeudi 23 octobre à 10 h=2025-10-23']);
  expect(spans('La réunion aura lieu le 3 mars 2025 à 14 h 30 à Lille.')).toEqual(['le 3 mars 2025 à 14 h 30=2025-03-03']);
  expect(spans('La réunion aura lieu le 3 mars 2025 à 14 heures.')).toEqual(['le 3 mars 2025 à 14 heures=2025-03-03']);
  expect(spans('Perpignan, mardi 18 novembre 2025, 12 h 30')).toEqual(['mardi 18 novembre 2025, 12 h 30=2025-11-18']);
  // A place after the date is not a time ("le 3 mars 2025 à Lille").
  expect(spans('La réunion aura lieu le 3 mars 2025 à Lille.')).toEqual(['le 3 mars 2025=2025-03-03']);
});
