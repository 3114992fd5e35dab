/**
 * Passages in another language than French: a bilingual text's Dutch, German or English
 * version of each point ("1. De ministers komen overeen …" after "1. Les ministres
 * conviennent …"). They are shown as written, but the annotators, which read French, leave
 * them alone: their names, dates and acronyms are the French version's, and their verbs
 * commit to nothing the French version does not.
 */

/** Function words of each language, none of them a common French word ("de", "en", "die", "a" are left out). */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  fr: new Set('le la les des du et à au aux pour dans avec sur une un est sont nous que qui ce cette ces leur leurs par ne pas plus son sa ses été être'.split(' ')),
  nl: new Set('het een van te voor met op zijn wordt worden naar niet ook dat deze bij tot uit over wij zij hun onze ons hebben heeft zullen zal is door om aan als'.split(' ')),
  de: new Set('der das und den dem ist nicht mit sich auf für im wird werden wir ihre eine einen zur zum vom bei nach'.split(' ')),
  en: new Set('the and of to is are with for on by will be this that from which have has their our we shall'.split(' ')),
};

/** The languages told apart from French, as BCP 47 codes for the page's `lang` attribute. */
export type OtherLanguage = 'nl' | 'de' | 'en';

/**
 * The language of `text` when it is another than French, else null: only a passage of eight
 * words or more, whose other language's function words outnumber the French ones twice over.
 */
export function otherLanguage(text: string): OtherLanguage | null {
  // A quotation in another language inside a French sentence ("la formule « the rule of law
  // … »") leaves the sentence French: quoted words are not counted.
  const own = text.replace(/«[^»]*»|“[^”]*”|"[^"]*"/gu, ' ');
  const words = own.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (words.length < 8) return null;
  const count = (lang: string) => words.filter((w) => FUNCTION_WORDS[lang]!.has(w)).length;
  const french = count('fr');
  return (['nl', 'de', 'en'] as const).find((lang) => count(lang) >= 3 && count(lang) > 2 * french) ?? null;
}

/** Is `text` a passage in another language than French? */
export const isForeign = (text: string): boolean => otherLanguage(text) !== null;
