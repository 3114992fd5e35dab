/**
 * Length-preserving fold: lowercase, accents stripped, typographic apostrophes made
 * straight, one UTF-16 unit for one, so offsets found in the folded text are offsets
 * in the original.
 */
export function foldSameLength(text: string): string {
  let out = '';
  for (const char of text) {
    let folded = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (char === '’' || char === '‘') folded = "'";
    else if (/[\u00a0\u202f\u2009\u2007]/u.test(char)) folded = ' ';
    else if (char === '‐' || char === '‑') folded = '-';
    out += folded.length === char.length ? folded : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  }
  return out;
}
