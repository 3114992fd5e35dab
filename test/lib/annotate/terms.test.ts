import { describe, expect, test } from 'vitest';
import { TermAnnotator } from '../../../scripts/lib/annotate/terms.ts';
import { ingestDocument } from '../../../scripts/lib/document.ts';
import { loadRegistry } from '../../../scripts/lib/registry.ts';

const registry = loadRegistry();
const terms = (text: string, exclude: Array<{ start: number; end: number }> = []) => {
  const annotator = new TermAnnotator(registry);
  return { hits: annotator.annotate(text, exclude, false).map((h) => [text.slice(h.start, h.end), h.id]), info: annotator.terms };
};

describe('TermAnnotator', () => {
  test('finds glossary terms and their written-out forms', () => {
    expect(terms('le recours aux équipes communes d’enquête (ECE), le PNR européen et le Système d’Information Schengen (SIS)').hits).toEqual([
      ['équipes communes d’enquête', 'ece'],
      ['ECE', 'ece'],
      ['PNR', 'pnr'],
      ['Système d’Information Schengen', 'sis'],
      ['SIS', 'sis'],
    ]);
  });

  test('a term wrapped at the end of a line is found whole, with its offsets in the text', () => {
    expect(terms('le recours aux équipes communes\nd’enquête et au Système  d’Information Schengen').hits).toEqual([
      ['équipes communes\nd’enquête', 'ece'],
      ['Système  d’Information Schengen', 'sis'],
    ]);
  });

  test('learns an acronym the glossary lacks, with the expansion written before it', () => {
    const { hits, info } = terms('le Mécanisme européen de stabilité (MES) et le MES');
    expect(hits).toEqual([
      ['MES', 'mes'],
      ['MES', 'mes'],
    ]);
    expect(info.get('mes')).toEqual({ id: 'mes', term: 'MES', expansion: 'Mécanisme européen de stabilité', reviewed: false });
  });

  test('roman numerals, headings words and upper-case surnames are not acronyms', () => {
    const text = 'TITRE VI, article K. 1, Charles MICHEL';
    expect(terms(text, [{ start: text.indexOf('Charles'), end: text.length }]).hits).toEqual([]);
  });
});

describe('titles in capitals, places in capitals, mixed-case glossary terms', () => {
  test('three words in capitals or more are a title, not acronyms; the glossary’s own still count', () => {
    expect(terms('PLAN D’ACTION CONJOINT UE – BALKANS OCCIDENTAUX, puis le SIS et l’ANSSI').hits).toEqual([
      ['UE', 'ue'],
      ['SIS', 'sis'],
      ['ANSSI', 'anssi'],
    ]);
  });

  test('a place in capitals in a dateline is a name, not an acronym', () => {
    const doc = ingestDocument({ file: 'briefs.txt', bytes: new TextEncoder().encode('En bref\n\nPublié le mardi 10 décembre 2024\n\nBRUGES (Belga) – La police a arrêté deux passeurs.\n') }).data;
    expect(doc.mentions.filter((m) => m.type === 'term').map((m) => m.text)).toEqual([]);
    expect(doc.mentions.filter((m) => m.type === 'actor').map((m) => [m.text, m.id])).toContainEqual(['BRUGES', 'bruges']);
  });

  test('rescEU and iARMS are glossary terms', () => {
    expect(terms('le renforcement de rescEU et le système iARMS d’Interpol').hits).toEqual([
      ['rescEU', 'resceu'],
      ['iARMS', 'iarms'],
    ]);
  });
});

describe('acronyms inside names', () => {
  test('the first word of "SOS Méditerranée" is part of a name; "(CITCO)" after a name is an acronym it defines', () => {
    const doc = ingestDocument({
      file: 'names.txt',
      bytes: new TextEncoder().encode(
        'Rencontre à Rome\n\nL’ONG SOS Méditerranée a dénoncé la politique du Centre de renseignement contre le terrorisme et la criminalité organisée (CITCO).\n',
      ),
    }).data;
    const found = doc.mentions.filter((m) => m.type === 'term').map((m) => [m.text, m.id]);
    expect(found).toEqual([['ONG', 'ong'], ['CITCO', 'citco']]);
    // A place inside an organisation's name is part of that name, as "Hauts-de-France" in "Préfet des Hauts-de-France".
    expect(doc.mentions.filter((m) => m.type === 'actor').map((m) => m.id)).toEqual(['rome', 'sos-mediterranee', 'centre-de-renseignement-contre-le-terrorisme-et-la-criminalite-organisee']);
  });
});

test('the verbs of Council conclusions in capitals are not acronyms; "(OR. en)" is not one either', () => {
  expect(terms('RAPPELLE que la menace demeure ; SE FÉLICITE de l’accord et INVITE la Commission ; PREND ACTE des arrêts (OR. en) du SIS').hits).toEqual([['SIS', 'sis']]);
});
