/** Text normalisation used for comparing, never for what is shown. */

/** Collapse whitespace (including no-break spaces) and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
}

/** Lowercase, strip accents and typographic variants: the key for fuzzy comparisons. */
export function foldText(text: string): string {
  return collapseSpace(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[’‘`´]/g, "'")
      .replace(/[«»“”„]/g, '"')
      .replace(/[‐‑‒–—]/g, '-')
      .toLowerCase(),
  );
}

/** Words of a text, folded: letters and digits only. */
export function foldedWords(text: string): string[] {
  return foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
