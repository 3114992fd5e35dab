import { describe, expect, test } from 'vitest';
import { addresseeLine, distinctForms, documentSummary, excerpt, frenchDate, nestSections, plural, subtitleLine, tocLabel, truncateWords } from '../../src/utils/format.ts';

describe('frenchDate', () => {
  test.each([
    ['2018-06-11', '11 juin 2018'],
    ['2016-02-01', '1er février 2016'],
  ])('%s → %s', (iso, text) => expect(frenchDate(iso)).toBe(text));
});

describe('plural', () => {
  test('joins count and noun with a no-break space and adds an s above one', () => {
    expect(plural(3, 'section')).toBe('3\u00a0sections');
    expect(plural(1, 'paragraphe')).toBe('1\u00a0paragraphe');
    expect(plural(0, 'engagement')).toBe('0\u00a0engagement');
    // Thousands grouped the French way, with a narrow no-break space.
    expect(plural(8654, 'engagement')).toBe('8\u202f654\u00a0engagements');
    expect(plural(1000, 'document')).toBe('1\u202f000\u00a0documents');
  });
});

describe('truncateWords', () => {
  test('keeps short texts whole', () => expect(truncateWords('Court.', 20)).toBe('Court.'));
  test('cuts at a word boundary, never inside a word', () => {
    expect(truncateWords('De travailler sur l’harmonisation des critères d’identification biométriques', 40)).toBe('De travailler sur l’harmonisation des\u00a0…');
  });
  test('never leaves an opening guillemet unclosed', () => {
    expect(truncateWords('D’œuvrer à la mise en place d’une « quadripartite ministérielle » associant', 45)).toBe('D’œuvrer à la mise en place d’une\u00a0…');
  });
});

describe('tocLabel', () => {
  test('drops the closing colon of a heading', () => expect(tocLabel('Au niveau européen :')).toBe('Au niveau européen'));
});

describe('excerpt', () => {
  const sentence = 'En présence des ministres de l’Intérieur, ils ont salué l’excellence de cette coopération, formalisée par une déclaration conjointe le 1er février 2016 visant à consolider le partenariat franco-belge en matière antiterroriste.';
  test('keeps the hit whole and visible, cut at words with ellipses', () => {
    const [before, hit, after] = excerpt(sentence, 'le 1er février 2016', 80);
    expect(hit).toBe('le 1er février 2016');
    expect(before.startsWith('…\u00a0')).toBe(true);
    expect(after.endsWith('\u00a0…')).toBe(true);
    expect((before + hit + after).length).toBeLessThanOrEqual(90);
    expect(sentence).toContain(before.replace('…\u00a0', '').trim());
  });
  test('returns the sentence whole when it is short', () => {
    expect(excerpt('Le 29 mai, à Liège.', '29 mai')).toEqual(['Le ', '29 mai', ', à Liège.']);
  });
});

describe('distinctForms', () => {
  test.each([
    ['Jan Jambon', ['Jan JAMBON', 'Jambon', 'JAMBON'], ['Jambon']],
    ['Édouard Philippe', ['Édouard PHILIPPE', 'Edouard Philippe', 'M. Philippe'], ['M. Philippe']],
    ['Organe de coordination pour l’analyse de la menace', ['OCAM', 'Ocam', 'CUTA'], ['OCAM', 'CUTA']],
    ['France', [], []],
  ])('%s: %j → %j', (name, aliases, forms) => {
    expect(distinctForms(name, aliases)).toEqual(forms);
  });
});

describe('documentSummary', () => {
  test.each([
    [{ kind: 'declaration', place: 'Paris', date: '2018-06-11', commitments: new Array(22) }, 'Déclaration, Paris, 11 juin 2018\u00a0: 22\u00a0engagements annotés.'],
    [{ kind: 'article', place: null, date: null, commitments: [1] }, 'Article de presse\u00a0: 1\u00a0engagement annoté.'],
    [{ kind: 'treaty', place: null, date: '2022-10-14', commitments: [] }, 'Traité, accord ou acte juridique, 14 octobre 2022\u00a0: aucun engagement relevé.'],
  ])('%j', (doc, line) => {
    expect(documentSummary(doc)).toBe(line);
  });
});

describe('addresseeLine', () => {
  test('a letter’s addressee lines are joined by commas; a circular’s lone "à" runs into the next line', () => {
    expect(addresseeLine(['Madame Ursula von der Leyen', 'Présidente de la Commission européenne'])).toBe('Madame Ursula von der Leyen, Présidente de la Commission européenne');
    expect(addresseeLine(['à', 'Mesdames et Messieurs les préfets de la Moselle'])).toBe('à Mesdames et Messieurs les préfets de la Moselle');
    expect(addresseeLine([])).toBe('');
  });
});

describe('subtitleLine', () => {
  test('drops the comma that ran a bill’s subtitle into its authors’ line, and nothing else', () => {
    expect(subtitleLine('visant à renforcer la coopération transfrontalière,')).toBe('visant à renforcer la coopération transfrontalière');
    expect(subtitleLine('Sommet franco-espagnol, Perpignan')).toBe('Sommet franco-espagnol, Perpignan');
  });
});

describe('nestSections', () => {
  const titles = (entries: ReturnType<typeof nestSections<{ title: string; level: number }>>): unknown[] =>
    entries.map(({ section, children }) => (children.length > 0 ? [section.title, titles(children)] : section.title));

  test('each level of the table of contents is a list of its own, under its parent', () => {
    const sections = [
      { title: 'SYNTHÈSE ET RECOMMANDATIONS', level: 2 },
      { title: 'Contexte', level: 3 },
      { title: 'Constats', level: 3 },
      { title: 'Annexe', level: 2 },
    ];
    expect(titles(nestSections(sections))).toEqual([['SYNTHÈSE ET RECOMMANDATIONS', ['Contexte', 'Constats']], 'Annexe']);
  });

  test('a section that skips levels hangs under the one before; a first deep section stands at the top', () => {
    expect(titles(nestSections([{ title: 'a', level: 2 }, { title: 'b', level: 5 }, { title: 'c', level: 3 }]))).toEqual([['a', ['b', 'c']]]);
    expect(titles(nestSections([{ title: 'a', level: 4 }, { title: 'b', level: 2 }]))).toEqual(['a', 'b']);
    expect(nestSections([])).toEqual([]);
  });
});
