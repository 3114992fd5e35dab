/**
 * Turn the bytes of a seed into text: detect the encoding, refuse what is not text,
 * normalise line ends. Everything that is changed on the way is reported as a warning.
 */
import { SourceError, formatWarning } from './errors.ts';

/** The decoded text of a seed and what was done to get it. */
export interface DecodedSource {
  /** Text with `\n` line ends, without a byte order mark. */
  text: string;
  /** Encoding the bytes were read as. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** Warnings naming the file and line. */
  warnings: string[];
}

// Windows-1252 in 0x80–0x9F (undefined bytes map to the C1 control of the same value).
// Node's TextDecoder('windows-1252') decodes these bytes as ISO-8859-1, which would
// turn curly quotes and dashes into invisible control characters.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Decode Windows-1252 bytes. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte);
  return out;
}

/** 1-based line of a byte offset, counting `\n` bytes before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that makes `bytes` invalid UTF-8 (approximate), or -1 when valid. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    // Locate the culprit for the warning: the first byte that does not start a
    // well-formed sequence of the expected length.
    let i = 0;
    while (i < bytes.length) {
      const b = bytes[i]!;
      const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
      if (extra < 0) return i;
      for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
      i += extra + 1;
    }
    return 0;
  }
}

/** Decode the bytes of `file`; throws a SourceError for empty or binary input. */
export function decodeSource(bytes: Uint8Array, file: string): DecodedSource {
  const warnings: string[] = [];
  let encoding: DecodedSource['encoding'] = 'utf-8';
  let text: string;

  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    warnings.push(formatWarning(file, undefined, 'read as UTF-16 (little-endian) from its byte order mark'));
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    warnings.push(formatWarning(file, undefined, 'read as UTF-16 (big-endian) from its byte order mark'));
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      // Text in UTF-16 without a byte order mark: NULs on every other byte.
      const sample = bytes.subarray(0, 4096);
      let even = 0;
      let odd = 0;
      for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? even++ : odd++;
      if (Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) < sample.length / 50) {
        throw new SourceError(file, 1, `looks like UTF-16 (${odd > even ? 'little' : 'big'}-endian) without a byte order mark: save it as UTF-8, or as UTF-16 with a BOM`);
      }
      throw new SourceError(file, lineOfByte(bytes, nul), 'binary file (NUL byte): expected plain text in UTF-8, UTF-16 or Windows-1252');
    }
    let body = bytes;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      warnings.push(formatWarning(file, 1, 'UTF-8 byte order mark removed'));
    }
    const bad = firstInvalidUtf8(body);
    if (bad === -1) {
      text = new TextDecoder('utf-8').decode(body);
    } else {
      // Line by line: valid UTF-8 lines stay UTF-8, the others are read as Windows-1252,
      // so one stray line does not garble the rest of the file.
      encoding = 'windows-1252';
      const lines: string[] = [];
      const fallback: number[] = [];
      let start = 0;
      let n = 1;
      for (let i = 0; i <= body.length; i++) {
        if (i < body.length && body[i] !== 0x0a) continue;
        const line = body.subarray(start, i);
        if (firstInvalidUtf8(line) === -1) lines.push(new TextDecoder('utf-8').decode(line));
        else {
          lines.push(decodeWindows1252(line));
          fallback.push(n);
        }
        start = i + 1;
        n++;
      }
      text = lines.join('\n');
      const where = fallback.length > 5 ? `${fallback.slice(0, 5).join(', ')}…` : fallback.join(', ');
      warnings.push(
        formatWarning(file, fallback[0], `not valid UTF-8 on ${fallback.length === 1 ? 'line' : 'lines'} ${where}; read as Windows-1252 (save the file as UTF-8 to silence this)`),
      );
    }
  }

  if (text.includes('\0')) {
    const line = text.slice(0, text.indexOf('\0')).split('\n').length;
    throw new SourceError(file, line, 'binary file (NUL character): expected plain text');
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    warnings.push(formatWarning(file, undefined, 'CR or CRLF line ends converted to LF'));
  }
  // C0 control characters other than tab and line feed cannot be shown; they count as
  // a sign of binary data when there are many, and become spaces when there are few.
  const controls = text.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g) ?? [];
  if (controls.length > 0) {
    if (controls.length > 16 && controls.length > text.length / 100) {
      throw new SourceError(file, undefined, `binary file (${controls.length} control characters): expected plain text`);
    }
    const first = text.search(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    warnings.push(
      formatWarning(file, text.slice(0, first).split('\n').length, `${controls.length} control character(s) replaced by spaces`),
    );
    text = text.replace(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  }
  // Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF…) are not text and YAML refuses them.
  const nonchars = /\p{Noncharacter_Code_Point}/gu;
  const found = text.match(nonchars) ?? [];
  if (found.length > 0) {
    const first = text.search(nonchars);
    warnings.push(formatWarning(file, text.slice(0, first).split('\n').length, `${found.length} Unicode noncharacter(s) replaced by U+FFFD`));
    text = text.replace(nonchars, '\uFFFD');
  }
  if (text.trim() === '') {
    throw new SourceError(file, undefined, 'empty file: expected the text of a declaration, communiqué, treaty or article');
  }
  return { text, encoding, warnings };
}
