/**
 * A fresh reader's counter-examples to the nineteenth round's rules, each reproduced on the
 * engine: what the rules overreached on (pronouns read as determiners, the noun "l'entrée en
 * vigueur", a list published by a Party, a clause that goes on with an obligation, costs,
 * a justified PDF's wide spaces, sentences in capitals, "confie" in a law, "Diffusion :" in a
 * sentence, action items in capitals) and the close variants they missed (Légifrance's
 * "Texte n°" line, an arrêté under the masthead, titles in capitals or with abbreviations, a
 * release about an act, "Fait le … à …", other meeting lines, "coprésidents").
 */
import { describe, expect, test } from 'vitest';
import { ingest, openings, said } from '../support/engine.ts';

/** A treaty whose articles are the sentences given, and the openings of those that bind. */
const binding = (...sentences: string[]) =>
  openings(['Accord entre la France et la Belgique relatif aux patrouilles', '', ...sentences.flatMap((s, i) => [`Article ${i + 1}`, '', s, ''])].join('\n'));

describe('the parties\' verbs after a pronoun', () => {
  test.each([
    "Les deux parties l'informent régulièrement de l'avancement des travaux.",
    'Les deux parties les échangent chaque mois par l’intermédiaire du CCPD.',
    'Chaque partie leur communique les coordonnées de ses points de contact.',
  ])('%s', (sentence) => {
    expect(said(sentence)).toEqual(['engagement']);
  });
});

describe('a treaty\'s own life, and what still binds around it', () => {
  test('the noun "entrée en vigueur", a Party\'s publication, a clause that goes on with an obligation and costs bind', () => {
    expect(
      binding(
        'À compter de l’entrée en vigueur du présent accord, la police nationale et la police fédérale organisent des patrouilles communes.',
        'La liste des agents habilités est publiée au Journal officiel de chaque Partie.',
        'Elle prend fin au plus tard trente jours après son début et la Partie requise rapatrie alors ses agents.',
        'Le présent accord prend fin six mois après la notification de sa dénonciation ; les Parties restent tenues de protéger les données échangées.',
        'Les frais d’intervention relèvent de la Partie requise, sauf accord contraire des Parties.',
      ),
    ).toEqual(['À compter de l’entrée', 'La liste des agents', 'Elle prend fin au', 'Le présent accord prend', 'Les frais d’intervention relèvent']);
  });
  test('its end and publication under longer names and in the future, and a competence, do not', () => {
    expect(
      binding(
        'Le présent arrangement administratif prend fin le 31 décembre 2027.',
        'Le présent Accord prendra fin six mois après la réception de la notification.',
        'Le présent mémorandum d’entente expire le 31 décembre 2028.',
        'Le présent arrangement sera publié par extrait au Moniteur belge.',
        'La direction des opérations de secours relève des autorités de la Partie sur le territoire de laquelle l’intervention a lieu.',
        'Les Parties se prêtent mutuellement assistance en cas de catastrophe.',
      ),
    ).toEqual(['Les Parties se prêtent']);
  });
  test('a justified line\'s wide spaces, a tab and a sentence in capitals still bind', () => {
    expect(
      binding(
        'Les agents détachés respectent    le droit de la Partie sur le territoire de laquelle ils interviennent.',
        'Le centre commun\ttransmet chaque mois un rapport d’activité aux autorités des deux pays.',
        'LES AGENTS DÉTACHÉS RESPECTENT LE DROIT DE LA PARTIE SUR LE TERRITOIRE DE LAQUELLE ILS INTERVIENNENT.',
      ),
    ).toHaveLength(3);
  });
  test('"Fait le … à …" closes it: it dates and places the treaty, and binds no one', () => {
    const doc = ingest('Accord entre la France et la Belgique relatif aux patrouilles\n\nArticle 1er\n\nLes Parties organisent des patrouilles mixtes.\n\nFait le 22 mai 2026 à Tournai, en deux exemplaires originaux en langue française.');
    expect([doc.date, doc.place, doc.commitments.length]).toEqual(['2026-05-22', 'Tournai', 1]);
  });
});

describe('who entrusts a task, and who co-chairs', () => {
  test.each([
    ['La loi confie aux maires la responsabilité de la police municipale.', 'declaration', []],
    ['Le ministre avait confié au préfet la mission de réformer la police aux frontières.', 'declaration', []],
    ['Le gouvernement confie à l’inspection générale la mission d’évaluer le dispositif.', 'article', []],
    ['Les coprésidents conviennent de proposer aux ministres une rencontre en juin.', 'declaration', ['decision']],
  ] as const)('%s (%s)', (sentence, kind, kinds) => {
    expect(said(sentence, kind)).toEqual(kinds);
  });
});

describe('acts under the Official Journal\'s masthead', () => {
  test('Légifrance\'s "Texte n° 5" line is part of the masthead: the decree is the title, dated by itself', () => {
    const doc = ingest('JORF n°0121 du 24 mai 2026\n\nTexte n° 5\n\nDécret n° 2026-436 du 22 mai 2026 portant publication de l’accord entre la France et la Belgique relatif à la sécurité civile\n\nArticle 1er\n\nLe préfet organise chaque année un exercice transfrontalier avec les autorités belges.');
    expect([doc.title.slice(0, 12), doc.date, doc.kind]).toEqual(['Décret n° 20', '2026-05-22', 'treaty']);
  });
  test('an arrêté under the masthead, or numbered without it, is an act whose article binds', () => {
    expect(openings('JORF n° 0121 du 24 mai 2026\n\nArrêté du 20 mai 2026 relatif à la brigade mixte franco-belge\n\nArticle unique\n\nLe préfet du Nord organise chaque semaine des patrouilles mixtes avec la police fédérale belge.')).toEqual(['Le préfet du Nord']);
    expect(ingest('Arrêté n° 2026-12 du 3 mars 2026 portant création d’une brigade mixte\n\nArticle unique\n\nLe préfet du Nord organise chaque semaine des patrouilles mixtes.').kind).toBe('treaty');
  });
  test('a law\'s title in capitals, with a code\'s article in it, is its title and dates it', () => {
    const title = 'LOI n° 2026-512 du 22 mai 2026 relative à la sécurité des ports et modifiant l’article L. 114-1 du code de la sécurité intérieure';
    const doc = ingest(`JORF n° 0121 du 24 mai 2026\n\n${title}\n\nArticle 1er\n\nLes exploitants portuaires contrôlent l’accès des personnels aux terminaux.`);
    expect([doc.title, doc.date]).toEqual([title, '2026-05-22']);
  });
  test('a release about a decree is dated by its own line, not by the decree', () => {
    expect(ingest('Communiqué de presse\n\nDécret du 12 février 2027 portant dissolution du groupement « Frontière active »\n\nPublié le 20 février 2027\n\nLe ministre a annoncé la dissolution du groupement.').date).toBe('2027-02-20');
  });
});

describe('header lines and what is no header line', () => {
  test.each([
    ['Réunion ministérielle du 5 mars 2026 à Luxembourg', '2026-03-05'],
    // (A meeting of two days is dated by the day the date parser reads in it, its last.)
    ['Réunion des 5 et 6 mars 2026 à Luxembourg', '2026-03-06'],
    ['Réunion tenue le 5 mars 2026 à Luxembourg', '2026-03-05'],
  ])('a meeting line under a name on two lines: %s', (line, date) => {
    const doc = ingest(`COMMISSION MIXTE FRANCO-LUXEMBOURGEOISE\nPOUR LA SÉCURITÉ CIVILE\n\nNeuvième réunion\n${line}\n\nLes participants conviennent de se réunir à nouveau en octobre.`);
    expect([doc.date, doc.header.dateLine]).toEqual([date, line]);
  });
  test('"Diffusion :" opening a sentence is the sentence, and it commits', () => {
    expect(openings('Campagne de prévention des cambriolages transfrontaliers\n\nDiffusion : les affiches seront distribuées dans toutes les communes frontalières dès le 1er avril 2026.\n\nLa police fédérale et la gendarmerie organiseront des réunions d’information.')).toEqual(['Diffusion : les affiches', 'La police fédérale et']);
  });
  test('an action item in capitals after a dash list is an item, not a section title', () => {
    const text = 'Plan commun\n\nLes ministres décident :\n– de renforcer les patrouilles mixtes ;\n– de créer un centre commun.\n\n3. DÉSIGNER UN POINT DE CONTACT UNIQUE AVANT JUIN\n\nChaque État désignera un point de contact.';
    expect(openings(text)).toContain('DÉSIGNER UN POINT DE');
  });
});
