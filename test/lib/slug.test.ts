import { describe, expect, test } from 'vitest';
import { asciiSlug, documentId, sectionKey } from '../../scripts/lib/slug.ts';

describe('asciiSlug', () => {
  test.each([
    ['Déclaration conjointe', 'declaration-conjointe'],
    ['D’œuvrer à la mise en place', 'd-oeuvrer-a-la-mise-en-place'],
    ['Jan JAMBON (N-VA)', 'jan-jambon-n-va'],
    ['  « quadripartite » ', 'quadripartite'],
    ['Ελλάδα', ''],
  ])('%j → %j', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
  });
});

describe('sectionKey', () => {
  test.each([
    ['En matière de lutte contre le terrorisme :', null, 'terrorisme'],
    ['En matière de lutte contre la radicalisation violente :', null, 'radicalisation-violente'],
    ['Au niveau européen :', null, 'europeen'],
    ['I. Coopération policière', null, 'policiere'],
    ['Article 1er', 'article-1', 'article-1'],
    ['TITRE VI', 'titre-vi', 'titre-vi'],
    ['P :', null, 's-p'],
  ])('%j → %j', (heading, label, key) => {
    expect(sectionKey(heading, label)).toBe(key);
  });
});

describe('documentId', () => {
  test('date and the meaningful words of the title, shortened at a word under 60 characters', () => {
    expect(
      documentId(
        '2018-06-11',
        'Déclaration conjointe des Premiers ministres français et belge sur la coopération en matière de sécurité intérieure et de lutte contre le terrorisme',
      ),
    ).toBe('2018-06-11-declaration-conjointe-premiers-ministres-francais-belge');
    expect(documentId('2018-01-23', "Les ministres français et belge de l'Intérieur s'entendent sur la sécurité")).toBe(
      '2018-01-23-ministres-francais-belge-interieur-entendent-securite',
    );
  });

  test('numbers go, and with them what only marked them: "n°" and the "h" of a time', () => {
    expect(documentId('2026-05-22', 'Décret n° 2026-436 du 22 mai 2026 portant publication de l’accord')).toBe('2026-05-22-decret-mai-portant-publication-accord');
    expect(documentId('2025-11-20', 'POINT DE SITUATION N° 4 – 14 h 00')).toBe('2025-11-20-point-situation');
    expect(sectionKey('Amendement n° 12', null)).toBe('amendement');
  });

  test('without a date, the slug alone; without any Latin letter, "document"', () => {
    expect(documentId(null, 'Communiqué conjoint')).toBe('communique-conjoint');
    expect(documentId(null, '———')).toBe('document');
  });
});
