/**
 * A fresh reader's counter-examples to the twenty-second round's rules (tmp notes aside, each
 * test names the rule it narrows): what they wrongly took, and close variants they missed.
 */
import { describe, expect, test } from 'vitest';
import { actors, dates, ingest, said } from '../support/engine.ts';

describe('registry entries that must not reach other bodies', () => {
  test('"Conseil de sécurité" alone is not the UN’s; its acronym is', () => {
    expect(actors('Le Conseil de sécurité intérieure s’est réuni à l’Élysée.')).toEqual(['Conseil de sécurité intérieure=conseil-de-securite-interieure']);
    expect(actors('Le CSNU a adopté la résolution 2334 ; l’AGNU l’a saluée.')).toEqual(['CSNU=conseil-de-securite-des-nations-unies', 'AGNU=assemblee-generale-des-nations-unies']);
  });

  test('a town opening a newspaper’s name, and a body of another country by its demonym', () => {
    expect(actors('Selon le New York Times, la réunion est reportée.')).toEqual([]);
    expect(actors('L’Autorité de protection des données irlandaise a infligé une amende.')).toEqual(['irlandaise=irlande']);
    expect(actors('L’Autorité de protection des données a infligé une amende.')).toEqual(['Autorité de protection des données=autorite-de-protection-des-donnees']);
  });
});

describe('a body named again by its head noun', () => {
  test('a press agency’s dateline is no "Agence" to come back to', () => {
    expect(actors('Vienne, 3 mars 2025 (AFP) – L’AIEA s’inquiète. Selon l’Agence, l’Iran a enrichi de l’uranium.').filter((m) => m.startsWith('Agence'))).toEqual([]);
  });

  test('a body of that head no actor stands for comes between', () => {
    const found = actors('La Cellule de traitement des informations financières (CTIF) a transmis 1 200 dossiers. La Cellule de crise du Quai d’Orsay a été activée. La Cellule a rapatrié 40 ressortissants.');
    expect(found.filter((m) => m.startsWith('Cellule='))).toEqual([]);
  });

  test('"le Centre", "le Bureau", "l’Autorité" are left alone', () => {
    expect(actors('Le Centre de crise national a activé la phase fédérale. Au Parlement, les élus du Centre ont voté contre.').filter((m) => m.startsWith('Centre='))).toEqual([]);
    expect(actors('Le Bureau européen d’appui en matière d’asile (EASO) a publié son rapport. Le Bureau s’est réuni ce matin.').filter((m) => m.startsWith('Bureau='))).toEqual([]);
  });
});

describe('commitments the new triggers must not take', () => {
  test.each([
    'Je veux avoir une pensée pour les familles des victimes.',
    'Je veux adresser mes remerciements à tous les agents.',
    'Je veux revenir sur les événements de la semaine dernière.',
    'Je veux attirer votre attention sur un point.',
    'Je veux souhaiter la bienvenue à nos partenaires luxembourgeois.',
    'Je veux comprendre pourquoi ces alertes n’ont pas été transmises.',
    'Il convient de se féliciter des progrès accomplis depuis le sommet de Porto.',
    'Il convient de saluer l’engagement des forces de l’ordre.',
    'Il y a lieu de craindre une recrudescence des trafics.',
    'Il y a lieu de penser que les réseaux se sont adaptés.',
    'Il importe de comprendre les causes profondes de la radicalisation.',
    'Il convient de préciser que le texte est clair.',
    'Mieux vaut prévenir que guérir.',
    'Selon la délégation belge, il convient d’attendre l’avis du Conseil d’État.',
    'La France continuera de manquer de magistrats.',
    'La France ne continuera pas de financer ce programme.',
    'Les enquêteurs suggèrent que le suspect a agi seul.',
    'Le Comité suggère que la baisse des saisies s’explique par un changement de routes.',
    'Les auteurs présumés de l’agression soutiennent la thèse de la légitime défense.',
  ])('%s', (text) => {
    expect(said(text)).toEqual([]);
  });

  test.each(['Les prix continueront de grimper.', 'La menace terroriste continuera de planer sur l’Europe.', 'Marseille continuera d’attirer les trafiquants.'])('a trend in a press text: %s', (text) => {
    expect(said(text, 'article')).toEqual([]);
  });
});

describe('close variants the new triggers take', () => {
  test.each([
    ['Il y a lieu de préciser la notion de « données ».', 'call'],
    ['Il convient de mentionner la date d’entrée en vigueur à l’article 12.', 'call'],
    ['Il y a donc lieu de compléter l’article 5.', 'call'],
    ['Il conviendra de préciser la portée de l’article 3.', 'call'],
    ['Il est suggéré de compléter l’exposé des motifs.', 'call'],
    ['Il serait utile de préciser la durée.', 'call'],
    ['Mieux vaudrait écrire « au plus tard ».', 'call'],
    ['L’Ambassade saurait gré au Ministère de bien vouloir lui communiquer sa position.', 'call'],
    ['L’Ambassade prie le Ministère de bien vouloir lui faire connaître sa réponse avant le 15 mars.', 'call'],
    ['La Belgique continuera, avec ses partenaires, de soutenir la Cour pénale internationale.', 'announcement'],
    ['La France ne cessera de soutenir le peuple ukrainien.', 'announcement'],
    ['Le Gouvernement entend, selon le ministre de la Justice interrogé mardi à la Chambre des représentants, réformer la police.', 'announcement'],
  ])('%s', (text, kind) => {
    expect(said(text)).toEqual([kind]);
  });

  test('a non-paper and an aide-mémoire are their authors’ own texts, and their proposals calls', () => {
    const doc = ingest('Non-papier de la Belgique sur la coopération policière transfrontalière\n\nBruxelles, le 3 mars 2026\n\nLa Belgique propose que les patrouilles mixtes soient étendues à la côte. Elle suggère de créer un point de contact unique.\n');
    expect(doc.kind).toBe('declaration');
    expect(doc.commitments.map((c) => c.kind)).toEqual(['call', 'call']);
  });

  test('an opinion titled by its council before its number is no treaty', () => {
    const doc = ingest('Avis du Conseil d’État n° 78.412/2 sur un avant-projet de loi relatif à la police intégrée\n\nBruxelles, le 14 mars 2026\n\nArticle 1er\n\nL’article 1er n’appelle pas d’observation.\n\nArticle 4\n\nIl y a lieu de préciser la notion de « données ».\n');
    expect(doc.kind).toBe('declaration');
    expect(doc.commitments.map((c) => [c.kind, c.text])).toEqual([['call', 'Il y a lieu de préciser la notion de « données ».']]);
  });
});

describe('structure', () => {
  test('an article’s own closing list under a "Lire aussi" headline is kept', () => {
    const doc = ingest('Trafic de drogue : le plan du gouvernement\nPar Jeanne Martin\nPublié le 3 mars 2025 à 10h12\n\nLe ministre de l’Intérieur a présenté mardi son plan contre le narcotrafic. Il prévoit notamment :\n\nÀ lire aussi\nNarcotrafic : Marseille sous tension\n\n- la création d’un parquet national anticriminalité organisée\n- le recrutement de 500 enquêteurs d’ici 2027\n');
    expect(doc.removed.map((r) => r.text)).toEqual(['À lire aussi']);
  });

  test('a version line dates the text only by its adoption, and a date line outranks it', () => {
    const date = (version: string) => ingest(`Plan d’action 2026 contre les violences intrafamiliales\n\n${version}\n\nParis, le 5 février 2026\n\nLes services se réuniront en mars.\n`).date;
    expect(date('Version 3 – validée par le comité de pilotage, en vigueur jusqu’au 31 décembre 2027')).toBe('2026-02-05');
    expect(date('Version 1.1 – mise à jour après la réunion du 4 décembre 2025')).toBe('2026-02-05');
    expect(ingest('PROGRAMME DE TRAVAIL 2026\n\nVersion 1.2 – adoptée par le comité de direction le 12 janvier 2026\n\nLes services se réuniront en mars.\n').date).toBe('2026-01-12');
  });

  test('an annexed act binds only to its end, and an annex about an act binds nothing', () => {
    const report = (annex: string) =>
      ingest(`Rapport annuel 2024 du Centre de coopération policière et douanière de Tournai\n\nTournai, le 15 janvier 2025\n\n1. Activité\n\nLe centre a traité 3 000 demandes.\n\n${annex}\n\nPerspectives pour 2025\n\nLes effectifs du centre sont insuffisants et doivent être renforcés, estime le syndicat.\n`).commitments.map((c) => c.text);
    expect(report('Annexe 1 – Accord de Tournai de 2013 : bilan de mise en œuvre\n\nLes parties se sont réunies trois fois en 2024. Les patrouilles mixtes sont organisées chaque semaine.')).toEqual([]);
    expect(report('Annexe 1 – Accord de Tournai de 2013 (texte)\n\nLes parties échangent les informations dans un délai de 48 heures.')).not.toContain('Les effectifs du centre sont insuffisants et doivent être renforcés, estime le syndicat.');
  });

  test('a report’s or minutes’ labelled past work is no decision', () => {
    const report = ingest('Rapport annuel 2024 de la direction de la coopération internationale\n\nParis, le 15 février 2025\n\nActivité 2024 : Renforcement des contrôles aux frontières intérieures\n\nActivité 3 — Formation des enquêteurs des pays partenaires\nPériode : janvier à juin 2024\n\nChantier 4 : La modernisation des systèmes d’information des attachés\nCalendrier : achevé en décembre 2024.\n');
    expect(report.commitments).toEqual([]);
  });

  test('a press rubric in capitals over a headline is no author', () => {
    const doc = ingest('CONSEIL DE L’EUROPE\n\nRapport accablant sur les prisons françaises\n\nPar Jeanne Martin\nPublié le 3 mars 2025\n\nLe rapport dénonce la surpopulation.\n');
    expect(doc.header.authorLines).not.toContain('CONSEIL DE L’EUROPE');
  });

  test('two towns under a declaration’s title are its place, not its subtitle', () => {
    const doc = ingest('Déclaration conjointe franco-allemande sur la sécurité intérieure\n\nParis et Berlin\n\nle 3 mars 2025\n\nLes ministres décident de créer un centre commun.\n');
    expect(doc.header.subtitle).toBeNull();
  });
});

describe('dates', () => {
  test.each([
    ['Les sommets de juin 2023 et juin 2024 ont fixé le cap.', ['juin 2023=2023-06', 'juin 2024=2024-06']],
    ['En septembre, nous avons prévu d’inaugurer le nouveau centre.', ['septembre=2025-09']],
    ['À la fin de l’année précédente, 40 patrouilles avaient eu lieu.', ['la fin de l’année précédente=2024-12-31']],
    ['Le rapport sera remis à la fin du mois suivant.', ['la fin du mois suivant=2025-07-31']],
    ['De janvier 2025 à mars, les patrouilles ont été doublées.', ['De janvier 2025 à mars=2025-01-01/2025-03-31']],
    ['Entre novembre 2024 et février, 40 patrouilles ont eu lieu.', ['Entre novembre 2024 et février=2024-11-01/2025-02-28']],
  ])('%s', (text, expected) => {
    expect(dates(text, '2025-06-01')).toEqual(expected);
  });
});
