/** ASCII slugs for ids, from French text. */
import { slug } from 'github-slugger';

// Words that carry no meaning in an id.
const STOP = new Set('a au aux avec d de des du dans en et l la le les par pour sur un une s qu que qui m mm mme mmes n h'.split(' '));
// Words that name no topic in a section heading ("En matière de lutte contre …").
const SECTION_STOP = new Set('matiere lutte contre niveau domaine cadre concernant relatif relative relatifs relatives cooperation point points dispositions'.split(' '));

/** Lowercase ASCII slug of any text: accents folded, ligatures expanded. */
export function asciiSlug(text: string): string {
  const ascii = text
    .replace(/œ/gu, 'oe')
    .replace(/Œ/gu, 'OE')
    .replace(/æ/gu, 'ae')
    .replace(/Æ/gu, 'AE')
    .replace(/ß/gu, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]/gu, ' ');
  return slug(ascii)
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Meaningful words of a text as slugs, stop words (and `extra` ones) removed. */
export function keywords(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  return asciiSlug(text)
    .split('-')
    .filter((w) => w && !STOP.has(w) && !extra.has(w) && !/^\d+$/.test(w) && !/^[ivxlc]+$/.test(w));
}

/**
 * Key of a section, the prefix of its commitments' ids: its structural label
 * ("article-3") or its first two meaningful words ("terrorisme", "radicalisation-violente").
 */
export function sectionKey(heading: string, label: string | null): string {
  if (label) return asciiSlug(label);
  const words = keywords(heading, SECTION_STOP);
  const key = words.slice(0, 2).join('-') || asciiSlug(heading) || 'section';
  // Never shaped like a paragraph id ("p", "p-3").
  return /^p(?:-\d+)?$/.test(key) ? `s-${key}` : key;
}

/** Id of a document: ISO date and the first meaningful words of its title, at most 60 characters. */
export function documentId(date: string | null, title: string): string {
  const words = keywords(title);
  const parts: string[] = [];
  for (const word of words) {
    if (parts.includes(word)) continue;
    if ([...parts, word].join('-').length > 60) break;
    parts.push(word);
    if (parts.length >= 7) break;
  }
  const titleSlug = parts.join('-') || asciiSlug(title).slice(0, 60).replace(/-$/, '') || 'document';
  return date ? `${date}-${titleSlug}` : titleSlug;
}
