import { describe, expect, test } from 'vitest';
import { decodeSource } from '../../scripts/lib/decode.ts';
import { ingestDocument, lineCount } from '../../scripts/lib/document.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  test('reads plain UTF-8 unchanged and without warnings', () => {
    const result = decodeSource(utf8('Déclaration conjointe\n\nLes « Parties » s’engagent.'), 'seeds/a.txt');
    expect(result).toEqual({ text: 'Déclaration conjointe\n\nLes « Parties » s’engagent.', encoding: 'utf-8', warnings: [] });
  });

  test('removes a UTF-8 byte order mark and says so', () => {
    const result = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Titre\nTexte.')]), 'seeds/bom.txt');
    expect(result.text).toBe('Titre\nTexte.');
    expect(result.warnings).toEqual(['seeds/bom.txt:1: UTF-8 byte order mark removed']);
  });

  test('converts CRLF and lone CR line ends to LF', () => {
    const result = decodeSource(utf8('Titre\r\n\r\nUn.\rDeux.\r\n'), 'seeds/crlf.txt');
    expect(result.text).toBe('Titre\n\nUn.\nDeux.\n');
    expect(result.warnings).toEqual(['seeds/crlf.txt: CR or CRLF line ends converted to LF']);
  });

  test('reads Windows-1252 when the bytes are not UTF-8, naming the first bad line', () => {
    // "Sécurité" in Windows-1252 on line 3: é is 0xE9.
    const bytes = new Uint8Array([...utf8('Titre\n\nS'), 0xe9, ...utf8('curit'), 0xe9, ...utf8(' int'), 0xe9, ...utf8('rieure ’')]);
    const result = decodeSource(bytes, 'seeds/cp1252.txt');
    expect(result.encoding).toBe('windows-1252');
    expect(result.text.startsWith('Titre\n\nSécurité intérieure')).toBe(true);
    expect(result.warnings[0]).toBe('seeds/cp1252.txt:3: not valid UTF-8 on line 3; read as Windows-1252 (save the file as UTF-8 to silence this)');
  });

  test('a UTF-8 file with one Windows-1252 line keeps its UTF-8 lines intact', () => {
    const bytes = new Uint8Array([...utf8('Déclaration\n\nUne ligne en UTF-8 : sécurité.\nUne ligne en Windows-1252 : s'), 0xe9, ...utf8('curit'), 0xe9, ...utf8('.\n')]);
    const result = decodeSource(bytes, 'seeds/mixed.txt');
    expect(result.text).toBe('Déclaration\n\nUne ligne en UTF-8 : sécurité.\nUne ligne en Windows-1252 : sécurité.\n');
    expect(result.warnings).toEqual(['seeds/mixed.txt:4: not valid UTF-8 on line 4; read as Windows-1252 (save the file as UTF-8 to silence this)']);
  });

  test('UTF-16 without a byte order mark is named as such', () => {
    const bytes = new Uint8Array([...'Accord entre les Parties\n\nArticle 1er'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
    expect(() => decodeSource(bytes, 'seeds/u16.txt')).toThrowError('seeds/u16.txt:1: looks like UTF-16 (little-endian) without a byte order mark: save it as UTF-8, or as UTF-16 with a BOM');
  });

  test('maps the Windows-1252 punctuation range (0x80–0x9F) to the real characters, not to C1 controls', () => {
    // Node's own TextDecoder('windows-1252') reads these bytes as ISO-8859-1.
    const bytes = new Uint8Array([0x93, 0x61, 0x94, 0x20, 0x96, 0x20, 0x92, 0x20, 0x80, 0x20, 0x85, 0x20, 0x9c, 0x20, 0xe9]);
    expect(decodeSource(bytes, 'seeds/q.txt').text).toBe('“a” – ’ € … œ é');
  });

  test.each([
    ['utf-16le', [0xff, 0xfe], (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])],
    ['utf-16be', [0xfe, 0xff], (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])],
  ])('reads %s from its byte order mark', (encoding, bom, encode) => {
    const result = decodeSource(new Uint8Array([...bom, ...encode('Accord\n\nArticle 1er')]), 'seeds/u16.txt');
    expect(result.encoding).toBe(encoding);
    expect(result.text).toBe('Accord\n\nArticle 1er');
  });

  test('refuses an empty file, naming it', () => {
    expect(() => decodeSource(new Uint8Array(), 'seeds/empty.txt')).toThrowErrorMatchingInlineSnapshot(
      `[SourceError: seeds/empty.txt: empty file: expected the text of a declaration, communiqué, treaty or article]`,
    );
    expect(() => decodeSource(utf8(' \n\n \t\n'), 'seeds/blank.txt')).toThrow(/^seeds\/blank\.txt: empty file/);
  });

  test('refuses a binary file, naming the file and the line of the first NUL byte', () => {
    const bytes = new Uint8Array([...utf8('PNG\nabc\n'), 0x00, 0x01, 0x02]);
    expect(() => decodeSource(bytes, 'seeds/image.txt')).toThrowErrorMatchingInlineSnapshot(
      `[SourceError: seeds/image.txt:3: binary file (NUL byte): expected plain text in UTF-8, UTF-16 or Windows-1252]`,
    );
  });

  test('replaces a few stray control characters by spaces, with a warning naming the line', () => {
    const result = decodeSource(utf8('Titre\nUn\u0007deux.'), 'seeds/bell.txt');
    expect(result.text).toBe('Titre\nUn deux.');
    expect(result.warnings).toEqual(['seeds/bell.txt:2: 1 control character(s) replaced by spaces']);
  });
});

describe('decodeSource, noncharacters', () => {
  test('replaces Unicode noncharacters, which YAML refuses, with a warning', () => {
    const result = decodeSource(new TextEncoder().encode('Titre\nx\uFFFEy\uFFFF'), 'seeds/nc.txt');
    expect(result.text).toBe('Titre\nx\uFFFDy\uFFFD');
    expect(result.warnings).toEqual(['seeds/nc.txt:2: 2 Unicode noncharacter(s) replaced by U+FFFD']);
  });
});

describe('the source card\'s line count', () => {
  test.each([
    ['', 0],
    ['Titre', 1],
    ['Titre\n', 1],
    ['Titre\n\nTexte.\n', 3],
    ['Titre\n\nTexte.', 3],
    ['Titre\n\n', 2],
  ])('%j has %i lines, as an editor counts them', (text, lines) => {
    expect(lineCount(text)).toBe(lines);
  });

  test('a document\'s source says how many lines its file has', () => {
    const doc = ingestDocument({ file: 'a.txt', bytes: utf8('Déclaration\n\nLes ministres se réuniront en 2026.\n') }).data;
    expect(doc.source.lines).toBe(3);
  });
});
