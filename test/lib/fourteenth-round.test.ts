/**
 * The shapes the fourteenth blind round brought (a committee's annotated agenda, a
 * parliamentary amendment, an action table exported with tabs, a ministry's press review, a
 * bilingual French–Dutch declaration, a conference's programme and conclusions): each case
 * failed before its rule. The texts are written for the tests, not copied from the hold-outs.
 */
import { describe, expect, test } from 'vitest';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { isForeign } from '../../scripts/lib/language.ts';
import { splitBlocks } from '../../scripts/lib/blocks.ts';
import { actionCell, tableCells } from '../../scripts/lib/segment.ts';
import { ingest, said } from '../support/engine.ts';

describe('a table exported with tabs', () => {
  const table = [
    'Plan d’action franco-italien contre les cambriolages dans les Alpes',
    'Tableau de suivi mis à jour le 3 février 2025, à Chambéry',
    '',
    'N°\tAction\tPilote\tPartenaires\tÉchéance\tStatut',
    '1\tCréer une cellule commune d’analyse des cambriolages\tGendarmerie nationale\tArma dei Carabinieri\tjuin 2025\tÀ lancer',
    '2\tDresser le bilan de l’opération conjointe de l’hiver 2024\tGendarmerie nationale\tPolizia di Stato\t15/01/2025\tRéalisé',
    '3\tDétacher un officier de liaison à Turin\tPolice nationale\t\tseptembre 2025\tEn cours',
  ].join('\n');

  test('its rows are table rows: cells between tabs, the action from its first infinitive to the last filled cell; a row done is none', () => {
    const row = '3\tDétacher un officier de liaison à Turin\tPolice nationale\t\tseptembre 2025\tEn cours';
    expect(tableCells(row).map((c) => c.text)).toEqual(['3', 'Détacher un officier de liaison à Turin', 'Police nationale', '', 'septembre 2025', 'En cours']);
    const action = actionCell(row)!;
    expect(row.slice(action.start, action.end)).toBe('Détacher un officier de liaison à Turin\tPolice nationale\t\tseptembre 2025\tEn cours');
    expect(actionCell('2\tDresser le bilan de l’opération conjointe de l’hiver 2024\tGendarmerie nationale\t\t15/01/2025\tRéalisé')).toBeNull();
    expect(actionCell('N°\tAction\tPilote\tÉchéance')).toBeNull();
  });

  test('a document: its rows\' actions are decisions, its date the day the table was updated, names stay in their cells', () => {
    const doc = ingest(table);
    expect(doc.date).toBe('2025-02-03');
    expect(doc.commitments.map((c) => c.text.split('\t')[0])).toEqual(['Créer une cellule commune d’analyse des cambriolages', 'Détacher un officier de liaison à Turin']);
    const actors = doc.mentions.filter((m) => m.type === 'actor').map((m) => m.text);
    expect(actors.some((text) => text.includes('\t'))).toBe(false);
    expect(actors).toContain('Gendarmerie nationale');
  });
});

describe('a committee\'s annotated agenda', () => {
  const agenda = [
    'COMITÉ FRANCO-SUISSE DE SÉCURITÉ',
    'France – Suisse',
    '',
    '12e réunion plénière',
    'Annemasse, hôtel de ville',
    'Mardi 4 novembre 2025 – 10 h',
    '',
    'ORDRE DU JOUR ANNOTÉ',
    '',
    'Point 1 – Patrouilles mixtes (pour décision)',
    '',
    'Les patrouilles mixtes ont repris en juin sur l’axe Genève – Annemasse.',
    '',
    'Proposition : le comité décide d’étendre les patrouilles mixtes au Chablais à compter du 1er janvier 2026.',
    '',
    'Il est en outre proposé que chaque service désigne un référent avant la fin de l’année.',
    '',
    'Point 2 – Divers',
    '',
    'La délégation suisse annonce l’organisation d’un séminaire sur la fraude documentaire en mars 2026.',
  ].join('\n');

  test('its points are headings, its date the date line under its header, its kind the committee\'s own text', () => {
    const doc = ingest(agenda);
    expect(doc.sections.map((s) => s.title)).toContain('Point 1 – Patrouilles mixtes (pour décision)');
    expect(doc.date).toBe('2025-11-04');
    expect(doc.kind).toBe('declaration');
    // A sentence that opens on "Point 2 :" stays a sentence.
    expect(ingest('Compte rendu\n\nPoint 2 : les patrouilles reprendront en juin.').sections).toEqual([]);
  });

  test('its proposed decisions, proposals and announcements are commitments', () => {
    const doc = ingest(agenda);
    expect(doc.commitments.map((c) => [c.text.slice(0, 40), c.kind])).toEqual([
      ['Proposition : le comité décide d’étendre', 'decision'],
      ['Il est en outre proposé que chaque servi', 'call'],
      ['La délégation suisse annonce l’organisat', 'announcement'],
    ]);
    // Approving is support, as "Les ministres approuvent …" is.
    expect(said('Le comité approuve le relevé de conclusions de la 11e réunion.')).toEqual(['support']);
    expect(said('Le comité adopte le relevé de conclusions de la 11e réunion.')).toEqual(['decision']);
    // Not what a body announced in a press report, nor a noun.
    expect(said('La délégation suisse annonce l’organisation d’un séminaire.', 'article')).toEqual([]);
  });
});

describe('a bilingual declaration', () => {
  test.each([
    ['De ministers komen overeen om vóór de zomer van 2025 een gezamenlijke analysecel op te richten in de haven van Antwerpen.', true],
    ['Die Minister vereinbaren, bis zum Sommer 2025 eine gemeinsame Analysezelle im Hafen von Antwerpen einzurichten.', true],
    ['The ministers agree to set up a joint analysis cell in the port of Antwerp by the summer of 2025.', true],
    ['Les ministres conviennent de créer avant l’été 2025 une cellule commune d’analyse dans le port d’Anvers.', false],
    ['La Koninklijke Marechaussee et la police fédérale patrouilleront ensemble dans le port.', false],
    ['Gedaan te Antwerpen.', false],
  ])('%s → in another language: %s', (text, foreign) => {
    expect(isForeign(text)).toBe(foreign);
  });

  test('its other version is shown, not annotated, and commits to nothing', () => {
    const doc = ingest(
      [
        'Déclaration conjointe / Gezamenlijke verklaring',
        '',
        '1. Les ministres conviennent de créer avant l’été 2025 une cellule commune d’analyse dans le port d’Anvers, avec Europol.',
        '',
        '1. De ministers komen overeen om vóór de zomer van 2025 een gezamenlijke analysecel op te richten in de haven van Antwerpen, met Europol.',
      ].join('\n'),
    );
    expect(doc.commitments).toHaveLength(1);
    expect(doc.commitments[0]!.text).toMatch(/^Les ministres conviennent/u);
    // Europol is named in both versions, annotated in the French one only.
    expect(doc.mentions.filter((m) => m.text === 'Europol')).toHaveLength(1);
    expect(doc.dates.filter((d) => d.text.includes('zomer'))).toEqual([]);
  });

  test('the page says which language the other version is in', () => {
    const mdx = ingestDocument({
      file: 't.txt',
      bytes: new TextEncoder().encode(
        ['Déclaration conjointe', '', 'Les ministres conviennent de créer une cellule commune d’analyse dans le port d’Anvers.', '', 'De ministers komen overeen om een gezamenlijke analysecel op te richten in de haven van Antwerpen.', '', '1. De ministers besluiten om tegen het einde van het jaar een gezamenlijke cel op te richten.'].join('\n'),
      ),
    }).mdx;
    expect(mdx.match(/<Para[^>]*lang="nl"/gu)).toHaveLength(1);
    expect(mdx.match(/<Item[^>]*lang="nl"/gu)).toHaveLength(1);
    expect(mdx.match(/lang="/gu)).toHaveLength(2);
  });
});

describe('a parliamentary amendment', () => {
  const amendment = [
    'AMENDEMENT N° 52',
    'présenté par M. Paul Renard',
    '',
    'ARTICLE ADDITIONNEL',
    '',
    'APRÈS L’ARTICLE 4, insérer l’article suivant :',
    '',
    '« I. – Il est créé auprès du préfet de chaque département frontalier un comité de lutte contre la traite des êtres humains.',
    '',
    '« II. – 1° Comité : l’instance prévue au I du présent article.',
    '',
    'EXPOSÉ SOMMAIRE',
    '',
    'Le présent amendement crée donc un comité départemental de lutte contre la traite.',
  ].join('\n');

  test('the provisions it inserts are norms, not the definitions; what its authors say it does is a decision', () => {
    const texts = ingest(amendment).commitments.map((c) => c.text.slice(0, 25));
    expect(texts).toEqual(['« I. – Il est créé auprès', 'Le présent amendement cré']);
  });
});

describe('review of the session: what the new rules must not do', () => {
  test('a press article\'s "Et d\'ajouter :" before a quotation inserts no provision', () => {
    const doc = ingest(
      ['Les maires du littoral s’inquiètent', '', 'Le maire de Calais a dénoncé la situation. Et d’ajouter :', '', '« Les préfets doivent fermer les campements avant l’hiver et renforcer les contrôles. »'].join('\n'),
    );
    expect(doc.commitments.filter((c) => c.kind === 'engagement')).toEqual([]);
  });

  test('an interview "publié dans Le Soir" stays a press page; a report published by its issuer is the issuer\'s own', () => {
    const page = (line: string) => ingest(['Centre d’études des frontières du Nord (CEFN)', '', 'Contrôler sans protéger : la frontière franco-belge', '', line, '', 'Depuis 2015, les contrôles se multiplient.'].join('\n')).kind;
    expect(page('Entretien publié le 4 mars 2025 dans Le Soir')).toBe('article');
    expect(page('Rapport publié à Lille le 4 mars 2025')).toBe('declaration');
  });

  test('a French sentence quoting English stays French', () => {
    expect(isForeign('Le ministre a cité la formule « the rule of law is the foundation of our union and we will defend it » devant les députés.')).toBe(false);
  });

  test('under a rule, a wrapped line that opens on a figure goes on with its paragraph', () => {
    const body = ingest(
      [
        'Rapport annuel',
        '',
        'Le renforcement des effectifs des centres de coopération policière et douanière sera poursuivi en 2026 avec',
        '200 policiers supplémentaires affectés aux points de passage des frontières terrestres et maritimes du pays, et',
        '12 équipes mixtes constituées avec les services des États voisins, selon le calendrier arrêté par le comité.',
        'Le comité se réunira de nouveau au printemps pour faire le point sur l’avancement de ces différents travaux.',
        'Les deux ministres présenteront leurs conclusions communes lors du prochain sommet bilatéral des deux pays.',
        'Les services transmettront leurs données au secrétariat du comité avant la fin du mois de septembre prochain.',
        '',
        '__________',
        'Le renforcement des effectifs sera poursuivi en 2026 avec les services des deux pays concernés au total de',
        '200 policiers supplémentaires affectés aux points de passage.',
      ].join('\n'),
    );
    expect(body.commitments.some((c) => c.text.includes('au total de 200 policiers'))).toBe(true);
  });

  test('an outside body\'s help, or what a body has done since a year, is no stance of the text\'s authors', () => {
    expect(said('Frontex soutient les États membres depuis 2005.')).toEqual([]);
    expect(said('La Commission européenne approuve le plan national de la Belgique.')).toEqual([]);
    expect(said('Le rapport note qu’il est proposé de fermer trois postes frontières.')).toEqual([]);
    expect(said('Nous proposons de reprendre les patrouilles dès la semaine suivante.')).toEqual(['call']);
    expect(said('Cet amendement crée une charge nouvelle pour les communes, a dénoncé le député.', 'article')).toEqual([]);
  });

  test('lines of figures after ">" say "more than"; headings numbered after a dash stay', () => {
    const figures = ['Profil des victimes', '', 'Répartition par âge :', '> 50 ans : 12 % des victimes', '> 65 ans : 8 % des victimes'].join('\n');
    expect(splitBlocks(figures).blocks.map((b) => b.text)).toEqual(['Profil des victimes', 'Répartition par âge :', '> 50 ans : 12 % des victimes', '> 65 ans : 8 % des victimes']);
    const workshops = ingest(['Programme', '', ...[1, 2, 3].flatMap((n) => [`Atelier de travail thématique – ${n}`, '', 'Les participants échangeront sur leurs pratiques.', ''])].join('\n'));
    expect(workshops.removed).toEqual([]);
  });

  test('a time after a date needs its "à": "12 heures de garde à vue" is a duration', () => {
    const doc = ingest(['Note', '', 'Publié le 3 juin 2025', '', 'Le 3 juin, 12 heures de garde à vue ont été décidées.'].join('\n'));
    expect(doc.dates.map((d) => d.text)).not.toContain('Le 3 juin, 12 heures');
  });

  test('"la Cour" in a later passage is the court last named, when no other court came after it', () => {
    const doc = ingest(['Arrêt', '', 'La Cour de cassation a rejeté le pourvoi le 3 juin 2025.', '', 'La Cour a rappelé sa jurisprudence.'].join('\n'));
    expect(doc.mentions.filter((m) => m.text === 'Cour').map((m) => m.id)).toEqual(['cour-de-cassation']);
  });
});
