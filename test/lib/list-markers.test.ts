import { describe, expect, test } from 'vitest';
import { matchMarker } from '../../scripts/lib/list-markers.ts';

describe('matchMarker', () => {
  test.each([
    ['  • De poursuivre le renforcement', '•', 'bullet', 2, 'De poursuivre le renforcement'],
    ['- renforcer les patrouilles', '-', 'dash', 0, 'renforcer les patrouilles'],
    ['– de désigner un point de contact', '–', 'dash', 0, 'de désigner un point de contact'],
    ['* d’étudier la création', '*', 'star', 0, 'd’étudier la création'],
    ['1. Les autorités compétentes', '1.', 'number', 0, 'Les autorités compétentes'],
    ['12) Le présent accord', '12)', 'number', 0, 'Le présent accord'],
    ['1 - renforcer les patrouilles mixtes', '1 -', 'number', 0, 'renforcer les patrouilles mixtes'],
    ['3 – accélérer les procédures', '3 –', 'number', 0, 'accélérer les procédures'],
    ['1° « zone frontalière » : le territoire', '1°', 'degree', 0, '« zone frontalière » : le territoire'],
    ['a) pour la Partie française', 'a)', 'letter', 0, 'pour la Partie française'],
    ['    b. pour la Partie luxembourgeoise', 'b.', 'letter', 4, 'pour la Partie luxembourgeoise'],
    ['ii) les données de passagers', 'ii)', 'roman', 0, 'les données de passagers'],
    ['K. 1 les questions d’intérêt commun', 'K. 1', 'reference', 0, 'les questions d’intérêt commun'],
    ['K.3 la possibilité pour le Conseil', 'K.3', 'reference', 0, 'la possibilité pour le Conseil'],
  ])('%j is an item', (line, marker, family, indent, text) => {
    expect(matchMarker(line)).toMatchObject({ marker, family, indent, text });
  });

  test.each([
    'M. Charles MICHEL, Premier ministre',
    'En 2017, ces travaux ont été précisés',
    '2018 sera une année importante.',
    '---',
    '- - -',
    'Lundi 11 juin 2018',
    '25-26 avril 2018',
  ])('%j is not an item', (line) => {
    expect(matchMarker(line)).toBeNull();
  });
});
