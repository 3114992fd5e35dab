import { describe, expect, test } from 'vitest';
import { readSidecar } from '../../scripts/lib/sidecar.ts';

describe('readSidecar', () => {
  test('reads curated facts', () => {
    expect(readSidecar('kind: article\npublisher: VRT NWS\ndate: 2018-01-23\nplace: Lille\nlanguage: fr\n', 'seeds/a.meta.yaml')).toEqual({
      kind: 'article',
      publisher: 'VRT NWS',
      date: '2018-01-23',
      place: 'Lille',
      language: 'fr',
    });
  });

  test('an unknown field is an error naming the file, the line and the field', () => {
    expect(() => readSidecar('kind: article\nauteur: X\n', 'seeds/a.meta.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[SourceError: seeds/a.meta.yaml:2: unknown field "auteur"; expected one of kind, title, date, place, publisher, language, url, comment]`,
    );
  });

  test.each([
    ['date: 23/01/2018\n', 'seeds/b.meta.yaml:1: field "date": expected an ISO date YYYY-MM-DD'],
    ['date: 2018-02-30\n', 'seeds/b.meta.yaml:1: field "date": not a real calendar date'],
    ['place: Lille\nkind: pamphlet\n', 'seeds/b.meta.yaml:2: field "kind": Invalid enum value.'],
    ['title: 3\n', 'seeds/b.meta.yaml:1: field "title": Expected string, received number'],
    ['kind: [article\n', 'seeds/b.meta.yaml:2: invalid YAML'],
    ['url: "javascript:alert(1)"\n', 'seeds/b.meta.yaml:1: field "url": expected an http(s) address'],
  ])('%j is refused with a clear message', (text, message) => {
    expect(() => readSidecar(text, 'seeds/b.meta.yaml')).toThrowError(message);
  });
});
