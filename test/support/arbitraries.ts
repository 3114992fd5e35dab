/**
 * fast-check generators of French declaration texts: realistic shapes (title, header
 * facts, headings, paragraphs, lists, decision leads, commitment sentences) mixed with
 * hostile fragments (MDX/Markdown/HTML syntax, ESM lines, invisible characters, emoji,
 * arbitrary Unicode). Used by test/lib/property.test.ts.
 */
import fc from 'fast-check';

/** Characters the decoder rewrites (controls → space, noncharacters → U+FFFD) or that cannot be encoded (lone surrogates). */
const UNREPRESENTABLE = /[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/u;
/** Strip what the decoder would rewrite, so that "verbatim" is well defined. */
export const printable = (s: string): string => [...s].filter((c) => !UNREPRESENTABLE.test(c)).join('');

const WORDS = (
  'la France et Belgique coopération sécurité intérieure lutte contre terrorisme ministres Premier ministre ' +
  'renforcer échanges d’informations services renseignement police judiciaire frontière européenne ' +
  'radicalisation violente détenus centres crise liaison officier magistrat équipes communes enquête ' +
  'œuvre mise place partenariat conjoint nos deux pays Gouvernements l’Union européenne Schengen ' +
  'à de des du le les un une pour dans en sur avec aux été été être ainsi également notamment ' +
  'Édouard PHILIPPE Charles MICHEL Gérard COLLOMB Jan JAMBON Lille Paris Bruxelles Liège Tournai ' +
  '2016 2017 2018 juin février octobre mai 11 29 1er d’ici fin l’année ECE CCPD OCAM'
).split(' ');

/** Hostile fragments that can appear inside a line. */
export const HOSTILE_INLINE = [
  '{',
  '}',
  '{x}',
  '{/* c */}',
  '<script>alert(1)</script>',
  '<script>',
  '<b>',
  '</b>',
  '<Para id="x">',
  '<Commitment id="a" kind="call">',
  '<!--',
  '-->',
  '`',
  '``code``',
  '[a](javascript:x)',
  '![i](x.png)',
  '<https://example.org>',
  '&amp;',
  '&#x69;',
  '&lt;',
  '\\',
  '\\{',
  '*',
  '**gras**',
  '_a_',
  '~~b~~',
  '|',
  '$x$',
  '[^1]',
  '\u200b',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\u00a0',
  '\u202f',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  'e\u0301',
  'עברית',
  'العربية',
  '${a}',
  '{{x}}',
  '%',
  '&',
  ':',
  '«',
  '»',
  '"',
  "'",
];

/** Hostile fragments that are dangerous at the start of a line. */
export const HOSTILE_LINE_START = [
  "import x from 'y'",
  'export const a = 1',
  'import{a}from"b"',
  'export default function () {}',
  'export {a}',
  '---',
  '***',
  '___',
  '# Titre',
  '## ',
  '#',
  '> citation',
  '>',
  '* ',
  '+ item',
  '1. ',
  '```js',
  '~~~',
  '    code indenté',
  '\tcode tabulé',
  '<!--',
  '<div>',
  '<Heading id="h" level="2">',
  '{',
  '}',
  '=====',
  '| a | b |',
  '[x]: http://example.org',
  '<?php',
  '<![CDATA[',
];

const word = fc.constantFrom(...WORDS);
const hostileInline = fc.constantFrom(...HOSTILE_INLINE);
/** Arbitrary Unicode (graphemes or code points), without what the decoder would rewrite. */
export const unicodeString = (maxLength = 12) =>
  fc
    .oneof(fc.string({ unit: 'grapheme', maxLength }), fc.string({ unit: 'binary', maxLength }))
    .map(printable)
    .map((s) => s.replace(/\n/g, ' '));

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** A run of words, sometimes with hostile fragments and arbitrary Unicode mixed in. */
const phrase = (hostility: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 20, arbitrary: word },
        { weight: hostility, arbitrary: hostileInline },
        { weight: Math.ceil(hostility / 3), arbitrary: unicodeString(6) },
        { weight: 1, arbitrary: word.map((w) => `« ${w} »`) },
        { weight: 1, arbitrary: word.map((w) => `${w},`) },
      ),
      { minLength: 2, maxLength: 14 },
    )
    .map((ws) => ws.join(' '));

const end = fc.constantFrom('.', '.', '.', ' ;', ' !', ' ?', '…', '', ' :');

/** A sentence: capitalised phrase with end punctuation. */
export const sentence = (hostility: number) => fc.tuple(phrase(hostility), end).map(([p, e]) => capitalise(p) + e);

const commitmentSentence = (hostility: number) =>
  fc
    .tuple(
      fc.constantFrom('Nous nous engageons à', 'Nous appelons à', 'Nous soutenons', 'Nous insistons sur', 'Nous allons', 'Les ministres se réuniront', 'Les Parties échangent'),
      phrase(hostility),
    )
    .map(([lead, rest]) => `${lead} ${rest}.`);

const quoteSentence = (hostility: number) =>
  fc
    .tuple(phrase(hostility), fc.constantFrom(', a expliqué Jan Jambon.', ', a insisté le ministre.', '.'), fc.boolean())
    .map(([p, tail, french]) => (french ? `« ${capitalise(p)} »${tail}` : `"${capitalise(p)}"${tail}`));

const paragraph = (hostility: number) =>
  fc.array(fc.oneof({ weight: 4, arbitrary: sentence(hostility) }, { weight: 2, arbitrary: commitmentSentence(hostility) }, { weight: 1, arbitrary: quoteSentence(hostility) }), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));

const heading = (hostility: number) =>
  fc.oneof(
    phrase(hostility).map((p) => `${capitalise(p)} :`),
    fc.integer({ min: 1, max: 30 }).map((n) => `Article ${n === 1 ? '1er' : n}`),
    fc.constantFrom('TITRE I', 'TITRE VI', 'Chapitre II', 'I. Coopération policière', 'II. Coopération judiciaire'),
    fc.constantFrom('EN MATIÈRE DE LUTTE CONTRE LE TERRORISME', 'En matière de coopération judiciaire :'),
  );

const MARKERS = ['•', '-', '–', '*', '1.', '2.', '1 -', '3 -', '1°', '2°', 'a)', 'b)', 'ii)', '1)', '·', 'K. 1'];
const item = (hostility: number) =>
  fc.tuple(fc.constantFrom('', '', '  ', '    ', '\t'), fc.constantFrom(...MARKERS), fc.oneof(sentence(hostility), commitmentSentence(hostility), phrase(hostility))).map(([indent, m, t]) => `${indent}${m} ${t}`);

const list = (hostility: number) => fc.array(item(hostility), { minLength: 1, maxLength: 6 }).map((items) => items.join('\n'));

const lead = fc.constantFrom(
  'Les ministres ont décidé :',
  'Déterminées à affronter les nouveaux défis, la France et la Belgique ont décidé :',
  'Les deux Parties sont convenues de :',
  'Les Premiers ministres décident :',
);

const hostileLine = (hostility: number) =>
  fc.tuple(fc.constantFrom(...HOSTILE_LINE_START), fc.oneof(fc.constant(''), phrase(hostility).map((p) => ` ${p}`))).map(([a, b]) => a + b);

const headerLines = fc.subarray(['Publié 11/06/2018', 'Paris', 'Lundi 11 juin 2018', 'Seul le prononcé fait foi', 'Ce contenu a été publié sous le gouvernement du Premier ministre, Édouard Philippe.']);

const title = (hostility: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('Déclaration conjointe des Premiers ministres français et belge sur la coopération en matière de sécurité', 'Communiqué conjoint', 'Les ministres français et belge de l’Intérieur s’entendent sur la sécurité') },
    { weight: 2, arbitrary: phrase(hostility).map(capitalise) },
    { weight: 1, arbitrary: hostileLine(hostility) },
  );

const block = (hostility: number) =>
  fc.oneof(
    { weight: 6, arbitrary: paragraph(hostility) },
    { weight: 3, arbitrary: heading(hostility) },
    { weight: 3, arbitrary: list(hostility) },
    { weight: 2, arbitrary: fc.tuple(lead, list(hostility)).map(([l, items]) => `${l}\n${items}`) },
    { weight: hostility > 0 ? 3 : 0, arbitrary: hostileLine(hostility) },
    { weight: hostility > 0 ? 1 : 0, arbitrary: unicodeString(40).map((s) => s.trim() || 'x') },
    { weight: 1, arbitrary: fc.constantFrom('Fait à Paris, le 11 juin 2018.', 'Partager la page', 'Lire aussi') },
  );

/**
 * A whole text: title, optional header lines, body blocks separated by one or two line
 * breaks (sometimes CRLF). `hostility` weighs hostile fragments against French words (0 = none).
 */
export const declarationText = (hostility = 3) =>
  fc
    .tuple(title(hostility), headerLines, fc.array(block(hostility), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom('\n', '\n\n', '\n\n', '\r\n\r\n'), { minLength: 20, maxLength: 20 }))
    .map(([t, header, blocks, seps]) => {
      const parts = [t, ...header, ...blocks];
      return parts.map((p, i) => (i === 0 ? p : seps[i % seps.length]! + p)).join('');
    })
    .filter((text) => text.trim() !== '');

/** Arbitrary Unicode text of several lines (without control characters). */
export const arbitraryText = fc
  .array(fc.oneof(unicodeString(60), fc.constantFrom(...HOSTILE_LINE_START), fc.constantFrom(...HOSTILE_INLINE)), { minLength: 1, maxLength: 10 })
  .map((lines) => lines.join('\n'))
  .filter((text) => text.trim() !== '');
