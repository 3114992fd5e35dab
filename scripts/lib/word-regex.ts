/**
 * JavaScript's `\b` only knows ASCII letters, so "décidé\b" never matches before a
 * space. `wordRegex` rewrites `\b` into a boundary between letters/digits of any
 * script and everything else.
 */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';

/** Build a Unicode regular expression in which `\b` is a Unicode word boundary. */
export function wordRegex(source: string | RegExp, flags = 'iu'): RegExp {
  const text = typeof source === 'string' ? source : source.source;
  return new RegExp(text.replace(/\\b/g, BOUNDARY), flags.includes('u') ? flags : `${flags}u`);
}
