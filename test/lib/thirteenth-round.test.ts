/**
 * The shapes the thirteenth blind round brought (a minister's speaking notes, a court's
 * judgment as a legal database prints it, an observatory's recommendations, a report's
 * chapter extracted from a PDF, an e-mail thread, a ministry page exported as Markdown):
 * each case failed before its rule. The texts are written for the tests, not copied from
 * the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { findFullDate } from '../../scripts/lib/french-date.ts';
import { cleanLine, isMarkdown } from '../../scripts/lib/markdown-lines.ts';
import { ingest } from '../support/engine.ts';

describe('the date and place of a text', () => {
  test('a dateline with its hour and a note in parentheses; a title line that is no place', () => {
    const doc = ingest(
      [
        'Note pour la ministre',
        'Éléments de langage – visite du commissaire européen aux affaires intérieures',
        'Namur, jeudi 4 décembre 2025, 9 h 30 (salle du conseil provincial)',
        '',
        'Messages clés',
        '— La coopération avec les zones de police voisines progresse.',
      ].join('\n'),
    );
    expect(doc.date).toBe('2025-12-04');
    expect(doc.place).toBe('Namur');
  });

  test('a court\'s reference line: its date before a case number', () => {
    expect(findFullDate('Conseil d’État, 2e chambre, 3 avril 2025, 468.112, inédit')).toBe('2025-04-03');
    expect(findFullDate('Cour de cassation, chambre criminelle, 14 mai 2025, 24-85.317')).toBe('2025-05-14');
    expect(findFullDate('audience du 3 avril')).toBeNull();
    const doc = ingest('Cour de cassation, chambre criminelle, 2 octobre 2025, 25-80.114, publié au bulletin\n\nLa Cour rejette le pourvoi.');
    expect(doc.date).toBe('2025-10-02');
  });

  test('a line under the title that says when the report itself was published; not a sentence of the body', () => {
    const report = (line: string) => ingest(['Observatoire des frontières', '', 'Contrôler sans protéger', '', line, '', 'Depuis 2015, les contrôles se multiplient.'].join('\n')).date;
    expect(report('Rapport d’observation publié à Lyon et à Genève le 3 février 2025, avec la Cimade')).toBe('2025-02-03');
    expect(report('Le rapport d’Europol publié le 3 février 2025 a montré une hausse.')).toBeNull();
  });

  test('a body\'s name over a headline that a publication line dates: issuer, title, publication line', () => {
    const text = (headline: string, line: string) =>
      ingest(['Centre d’études des frontières du Nord (CEFN)', '', headline, '', line, '', 'Depuis 2015, les contrôles se multiplient.'].join('\n'));
    const doc = text('Retenir sans juger : la rétention administrative à la frontière franco-belge', 'Étude publiée à Lille le 3 février 2025, avec la Cimade');
    expect(doc.title).toBe('Retenir sans juger : la rétention administrative à la frontière franco-belge');
    expect(doc.header.authorLines).toEqual(['Centre d’études des frontières du Nord (CEFN)']);
    expect(doc.header.published).toBe('Étude publiée à Lille le 3 février 2025, avec la Cimade');
    expect(doc.date).toBe('2025-02-03');
    // A text that publishes itself is its issuer's own, not a press page.
    expect(doc.kind).toBe('declaration');
    // Without such a line under it, the body's name stays the title.
    expect(text('Retenir sans juger : la rétention administrative à la frontière franco-belge', 'Depuis mars, 40 personnes ont été retenues.').title).toBe('Centre d’études des frontières du Nord (CEFN)');
  });
});

describe('a report\'s sections', () => {
  test('its usual labels are headings, with their owner ("Engagements de l’OCFI"); the sections\' commitments take their ids', () => {
    const doc = ingest(
      ['Rapport sur les contrôles aux frontières', '', 'Constats', '', 'Les contrôles se multiplient depuis 2015.', '', 'Engagements du CEFN', '', 'Le CEFN publiera un rapport de suivi en 2026.', '', 'Propositions de la Belgique', '', 'La Belgique proposera un groupe de travail.'].join('\n'),
    );
    expect(doc.sections.map((s) => s.title)).toEqual(['Constats', 'Engagements du CEFN', 'Propositions de la Belgique']);
    expect(doc.commitments.map((c) => c.id)).toEqual(['engagements-cefn-1', 'propositions-belgique-1']);
  });
});

describe('a report\'s recommendations', () => {
  test('numbered, addressed to someone before the colon, in a report that is no declaration: calls', () => {
    const doc = ingest(
      [
        'Observatoire citoyen des contrôles (OCC)',
        '',
        'Les contrôles d’identité dans les trains transfrontaliers',
        '',
        'Depuis 2015, les contrôles se multiplient sur les lignes entre la France et la Belgique.',
        '',
        'Recommandation 1 — Aux autorités françaises et belges : publier chaque trimestre les statistiques de ces contrôles.',
        '',
        'Recommandation 2 — À la Commission européenne : évaluer la proportionnalité de chaque prolongation.',
      ].join('\n'),
    );
    expect(doc.commitments.map((c) => [c.kind, c.text.slice(0, 30)])).toEqual([
      ['call', 'Aux autorités françaises et be'],
      ['call', 'À la Commission européenne : é'],
    ]);
  });

  test('a numbered recommendation in hard-wrapped text starts its own paragraph, even after a long line', () => {
    const wrapped = [
      'La Cour formule les recommandations suivantes, qui reprennent les constats exposés plus haut dans',
      'ce chapitre et tiennent compte des réponses des administrations concernées par ce contrôle.',
      'Recommandation n° 1 : doter chaque centre d’une feuille de route annuelle validée par le comité',
      'de pilotage binational (ministère de l’intérieur, direction générale des douanes, 2025).',
      'Recommandation n° 2 : raccorder l’ensemble des centres à l’application SIENA d’Europol, avec un',
      'accès direct au SIS (ministère de l’intérieur, direction générale des douanes, 2026).',
      'Recommandation n° 3 : mettre en place avec les États partenaires un outil statistique commun',
      'mesurant les délais de réponse et les suites données aux demandes (ministère, 2026).',
      'Recommandation n° 4 : définir avec la Belgique et le Luxembourg une doctrine d’emploi commune',
      'des patrouilles mixtes et en dresser le bilan chaque année (ministère de l’intérieur, 2026).',
    ].join('\n');
    const { blocks } = splitBlocks(wrapped);
    expect(blocks.map((b) => b.text.slice(0, 22))).toEqual(['La Cour formule les re', 'Recommandation n° 1 : ', 'Recommandation n° 2 : ', 'Recommandation n° 3 : ', 'Recommandation n° 4 : ']);
  });
});

describe('text extracted from a PDF', () => {
  const wrapped = [
    'Pour faire face à cette charge, la direction générale a annoncé qu’elle affecterait des agents supplé-',
    'mentaires aux centres de coopération policière et douanière à partir du second semestre de l’année,',
    'dans le cadre de la coopération franco-',
    'belge et avec le soutien du ministère de l’in-',
    'térieur et de la Bundes-',
    'polizei, et le centre de Vinti-',
    'mille, avec Franco-',
    'belges et Italiens, qui en assureront le suivi avec les autorités des pays voisins concernés.',
    'La Cour relève toutefois que ces renforts ne suffiront pas à absorber la hausse des demandes, qui',
    'a atteint près de vingt pour cent en deux ans selon les chiffres transmis par les administrations,',
    'et que les outils statistiques communs aux différents centres restent à construire dans leur',
    'ensemble, faute d’une doctrine d’emploi partagée entre les services des États partenaires.',
  ].join('\n');

  test('a word cut by a hyphen at a line\'s end is joined again; a compound keeps its hyphen', () => {
    const [block] = splitBlocks(wrapped).blocks;
    expect(block!.text).toContain('des agents supplémentaires aux centres');
    expect(block!.text).toContain('la coopération franco-belge et');
    expect(block!.text).toContain('du ministère de l’intérieur et de la Bundespolizei, et le centre de Vintimille, avec Franco-belges');
  });

  test('offsets still point into the source: each piece of the joined text is where the source has it', () => {
    const [block] = splitBlocks(wrapped).blocks;
    for (const word of ['mentaires aux centres', 'belge et avec', 'térieur et de', 'polizei, et', 'mille, avec']) {
      const at = block!.text.indexOf(word);
      const pair = [...block!.map].reverse().find(([t]) => t <= at)!;
      expect(wrapped.slice(pair[1] + (at - pair[0]), pair[1] + (at - pair[0]) + word.length)).toBe(word);
    }
  });

  // A chapter of an annual report, as a PDF's text export gives it: its label over a title
  // broken after a colon, a running header with the page's number, footnotes under a rule.
  const page = (n: number, body: string[]) => [...body, '', '______________', `${n} Source : rapport de la gendarmerie, 2024.`, '', `Rapport annuel 2024 – Tome I   ${n + 120}`, ''];
  const chapter = [
    'Chapitre II',
    '',
    'La coopération des polices municipales frontalières :',
    'un dispositif à consolider',
    '',
    ...page(1, ['Les polices municipales de Menton et de Vintimille patrouillent ensemble depuis 2019.']),
    ...page(2, ['La préfecture organisera une formation commune au printemps.']),
    ...page(3, ['Les deux communes signeront une nouvelle convention en juin.']),
  ].join('\n');

  test('under a rule, each footnote opens on its number, its wrapped lines joined', () => {
    const texts = splitBlocks(
      [
        'Les centres ont traité 612 000 demandes en 2023, contre 415 000 en 2018, soit une hausse de',
        'près de moitié en cinq ans2, selon les chiffres transmis par les administrations des pays.',
        'Cette activité repose sur 420 agents français, dont 260 relèvent de la direction nationale',
        'de la police aux frontières et 95 des services douaniers, répartis entre les onze centres',
        'qui fonctionnent aujourd’hui le long des frontières terrestres avec les États voisins.',
        '',
        '__________',
        '1 Les huit autres sont situés à Kehl (Allemagne), Bâle-Mulhouse et Genève (Suisse), Modane',
        '(Italie), Hendaye, Le Perthus, Canfranc et Melles (Espagne).',
        '2 Données de la DNPAF et de la direction générale des douanes et droits indirects (DGDDI),',
        'transmises à la Cour en juin 2024.',
      ].join('\n'),
    ).blocks.map((b) => b.text);
    expect(texts.slice(1)).toEqual([
      '1 Les huit autres sont situés à Kehl (Allemagne), Bâle-Mulhouse et Genève (Suisse), Modane (Italie), Hendaye, Le Perthus, Canfranc et Melles (Espagne).',
      '2 Données de la DNPAF et de la direction générale des douanes et droits indirects (DGDDI), transmises à la Cour en juin 2024.',
    ]);
  });

  test('a chapter\'s label is its rubric; its title goes on after the colon on the next line', () => {
    const doc = ingest(chapter);
    expect(doc.title).toBe('La coopération des polices municipales frontalières : un dispositif à consolider');
    expect(doc.header.rubric).toBe('Chapitre II');
    // A title line ending with a colon over a sentence stays as it is.
    expect(ingest('La coopération des polices municipales :\n\nles patrouilles communes reprendront en juin.').title).toBe('La coopération des polices municipales :');
  });

  test('a running header with the page\'s number and a footnote rule are set aside, recorded; a numbered heading stays', () => {
    const doc = ingest(chapter);
    expect(doc.removed.map((r) => [r.text, r.reason])).toEqual([
      ['______________', 'boilerplate'],
      ['Rapport annuel 2024 – Tome I   121', 'running-line'],
      ['______________', 'boilerplate'],
      ['Rapport annuel 2024 – Tome I   122', 'running-line'],
      ['______________', 'boilerplate'],
      ['Rapport annuel 2024 – Tome I   123', 'running-line'],
    ]);
    const headings = ['Objectif stratégique n° 1', 'Objectif stratégique n° 2', 'Objectif stratégique n° 3'];
    const plan = ingest(['Plan de coopération', '', ...headings.flatMap((h) => [h, '', 'Les deux pays renforceront leurs échanges.', ''])].join('\n'));
    expect(plan.removed).toEqual([]);
    // Years that grow are no page numbers: three headings "Bilan de l'exercice   2021" … are text.
    const years = ingest(['Bilans', '', ...[2021, 2022, 2023].flatMap((y) => [`Bilan de l’exercice   ${y}`, '', 'Le comité se réunira.', ''])].join('\n'));
    expect(years.removed).toEqual([]);
  });
});

describe('a court\'s operative part', () => {
  test('its orders in capitals are decisions, "CASSE et ANNULE" one of them', () => {
    const doc = ingest(
      [
        'Cour de cassation, chambre criminelle, 2 octobre 2025, 25-80.114',
        '',
        'Le pourvoi soutient que la chambre de l’instruction a méconnu l’accord créant l’équipe commune d’enquête.',
        '',
        'PAR CES MOTIFS, la Cour :',
        '',
        'DÉCLARE IRRECEVABLE le pourvoi formé le 3 mars 2025 ;',
        '',
        'CASSE et ANNULE l’arrêt susvisé de la chambre de l’instruction de la cour d’appel de Lyon ;',
        '',
        'RENVOIE la cause et les parties devant la chambre de l’instruction de la cour d’appel de Grenoble.',
      ].join('\n'),
    );
    expect(doc.commitments.map((c) => [c.kind, c.text.split(' ').slice(0, 3).join(' ')])).toEqual([
      ['decision', 'DÉCLARE IRRECEVABLE le'],
      ['decision', 'CASSE et ANNULE'],
      ['decision', 'RENVOIE la cause'],
    ]);
  });
});

describe('speaking notes: telegraphic items', () => {
  const notes = (items: string[], heading = 'Messages clés') =>
    ingest(['Note pour la ministre', 'Éléments de langage – point presse avec le ministre luxembourgeois', 'Namur, jeudi 4 décembre 2025', '', heading, ...items.map((i) => `— ${i}`)].join('\n')).commitments.map((c) => [c.kind, c.text.split(' ').slice(0, 2).join(' ')]);

  test('an action named by its noun, or after a label, is announced; a call and support by theirs', () => {
    expect(
      notes([
        'Signature ce jour d’un plan d’action contre les cambriolages en série.',
        'Appel conjoint à la Commission européenne pour accélérer la révision du code frontières.',
        'Soutien commun au renforcement du mandat d’Europol.',
        'Antenne commune à Arlon : ouverture au second semestre 2026.',
        'Renforcer les contrôles conjoints sur l’autoroute E411.',
      ]),
    ).toEqual([
      ['decision', 'Signature ce'],
      ['call', 'Appel conjoint'],
      ['support', 'Soutien commun'],
      ['decision', 'Antenne commune'],
      ['decision', 'Renforcer les'],
    ]);
  });

  test('not facts, figures or past actions: a finite verb, a year before the text\'s, a caption over context', () => {
    expect(notes(['Création d’une cellule commune en mars 2023.', 'Renforcement des patrouilles qui a été décidé en juin.', 'Pression migratoire persistante sur l’axe autoroutier.'])).toEqual([]);
    expect(notes(['Création d’une cellule commune d’analyse au CCPD.', 'Renforcer les contrôles conjoints.'], 'Contexte')).toEqual([]);
    expect(notes(['Création d’une cellule commune d’analyse au CCPD.'], 'Actions engagées (2023-2025)')).toEqual([]);
    expect(notes(['Doubler les patrouilles mixtes sur l’axe Namur–Arlon.'], 'Pistes à l’étude')).toEqual([]);
  });
});

describe('a page exported as Markdown', () => {
  test('a line loses its markup and keeps where each character came from', () => {
    const line = '> — **Gérald Darmanin**, sous l’égide d’[Eurojust](https://www.eurojust.europa.eu/fr), _opérationnelle_ ![Photo : signature](https://x.fr/a.jpg)';
    const clean = cleanLine(line);
    expect(clean.text).toBe('— Gérald Darmanin, sous l’égide d’Eurojust, opérationnelle Photo : signature');
    expect(clean.quoted).toBe(true);
    for (const word of ['Gérald Darmanin', 'Eurojust', 'opérationnelle', 'Photo : signature']) {
      const at = clean.text.indexOf(word);
      expect(line.slice(clean.kept[at]!, clean.kept[at]! + word.length)).toBe(word);
    }
    expect(cleanLine('## Les décisions arrêtées ##')).toMatchObject({ text: 'Les décisions arrêtées', heading: 2 });
    // Underscores inside words and a lone asterisk stay.
    expect(cleanLine('le fichier SIS_II et la note * en bas').text).toBe('le fichier SIS_II et la note * en bas');
  });

  test('only a text with a "#" heading and a web link is read as Markdown; a plain text\'s signs are its words', () => {
    expect(isMarkdown('# Titre\n\nVoir [le communiqué](https://www.interieur.gouv.fr/actualites).')).toBe(true);
    expect(isMarkdown('# Pas un titre\n\nTexte.')).toBe(false);
    expect(isMarkdown('Voir [le communiqué](https://www.interieur.gouv.fr/actualites).')).toBe(false);
    expect(isMarkdown('# Pas un titre Markdown\nUn lien [cliquez](javascript:alert(1)) et **gras**')).toBe(false);
    expect(isMarkdown('Les *cinq* pays et la note 1 (voir ci-dessous).\n#1 du classement')).toBe(false);
  });

  test('the title, headings, dates and commitments are read through the markup; offsets point into the source', () => {
    const source = [
      '# Ports : la France et la Belgique resserrent leur coopération',
      '',
      '[Accueil](https://www.justice.gouv.fr/) > Actualités',
      '',
      '*Publié le 14 mars 2025*',
      '',
      '## Les décisions arrêtées.',
      '',
      'Les deux ministres ont signé une déclaration qui prévoit :',
      '',
      '- la création d’une **équipe commune d’enquête** sous l’égide d’[Eurojust](https://www.eurojust.europa.eu), opérationnelle d’ici l’été ;',
      '- l’installation à Bruxelles d’un _magistrat de liaison_ français.',
    ].join('\n');
    const doc = ingest(source);
    expect(doc.title).toBe('Ports : la France et la Belgique resserrent leur coopération');
    expect(doc.date).toBe('2025-03-14');
    expect(doc.commitments.map((c) => [c.section, c.text])).toEqual([
      ['decisions-arretees', 'la création d’une équipe commune d’enquête sous l’égide d’Eurojust, opérationnelle d’ici l’été ;'],
      ['decisions-arretees', 'l’installation à Bruxelles d’un magistrat de liaison français.'],
    ]);
    const eurojust = doc.mentions.find((m) => m.text === 'Eurojust')!;
    expect(source.slice(eurojust.start, eurojust.end)).toBe('Eurojust');
  });
});
