/**
 * Length-preserving fold: lowercase, accents stripped, typographic apostrophes made
 * straight, one UTF-16 unit for one, so offsets found in the folded text are offsets
 * in the original.
 */

// Folding is per character: remember each character's fold (texts use few distinct ones).
const cache = new Map<string, string>();

/** The fold of one character (same length as the character). */
function foldChar(char: string): string {
  let folded = cache.get(char);
  if (folded !== undefined) return folded;
  folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (char === '’' || char === '‘') folded = "'";
  else if (/[\u00a0\u202f\u2009\u2007]/u.test(char)) folded = ' ';
  else if (char === '‐' || char === '‑') folded = '-';
  if (folded.length !== char.length) folded = char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  cache.set(char, folded);
  return folded;
}

/** Fold `text` for comparisons; the result has exactly the same length. */
export function foldSameLength(text: string): string {
  let out = '';
  for (const char of text) out += char.charCodeAt(0) < 0x80 && char.length === 1 ? (char >= 'A' && char <= 'Z' ? char.toLowerCase() : char) : foldChar(char);
  return out;
}

/** The text with a capital first letter ("lutte contre …" → "Lutte contre …"). */
export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
