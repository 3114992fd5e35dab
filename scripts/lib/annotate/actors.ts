/**
 * Actors in a document: the registry's (names, aliases, demonyms, combining forms such
 * as "franco-"), the ones the registry lacks (found by the shapes of names: honorific +
 * name, given name + surname, upper-case surnames, a name with its party in
 * parentheses, a name next to a role, "à Anvers"), and back-references such as
 * "le ministre" resolved to the last minister named (not the speaker of the quotation
 * it stands in).
 */
import type { ActorKind } from '../../../src/schemas/registry.ts';
import { foldSameLength, upperFirst } from '../fold.ts';
import type { Registry } from '../registry.ts';
import { asciiSlug } from '../slug.ts';
import { wordRegex } from '../word-regex.ts';
import { PhraseMatcher, type Phrase } from './matcher.ts';
import { CAP_WORD, GIVEN_NAMES, HONORIFIC, NAME, NOT_NAME_WORDS, OFFICE, OFFICE_WORD, PARTICLE, RANK, ROLE_NOUNS, TEXT_KINDS } from './names.ts';

/** What the document knows of an actor. */
export interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  reviewed: boolean;
  /** Offices: the registry's role titles, or those the text gives an unreviewed actor. */
  roles: string[];
  /** Country id, when known. */
  country: string | null;
}

/** An actor mention in a text. */
export interface ActorHit {
  start: number;
  end: number;
  id: string;
}

/** A quotation of the text, so that "le ministre" inside it is not its own speaker. */
export interface QuoteContext {
  start: number;
  end: number;
  speaker: string | null;
}

// Combining forms of country adjectives: "franco-belge" names France and Belgium.
const COMBINING: Record<string, string> = {
  franco: 'france', belgo: 'belgique', germano: 'allemagne', italo: 'italie', hispano: 'espagne', luso: 'portugal', anglo: 'royaume-uni',
  neerlando: 'pays-bas', helleno: 'grece', polono: 'pologne', austro: 'autriche', turco: 'turquie', maroco: 'maroc', americano: 'etats-unis',
};
const COMPOUND = /(?<![\p{L}-])(?:franco|belgo|germano|italo|hispano|luso|anglo|néerlando|neerlando|helléno|helleno|polono|austro|turco|maroco|americano)-\p{L}+(?:-\p{L}+)*/giu;

const PARTY_IN_PARENS = new RegExp(`(${NAME})\\s+\\(([\\p{Lu}][\\p{Lu}&\\-]{1,10})\\)`, 'gu');
const WITH_HONORIFIC = new RegExp(`${HONORIFIC}\\s+(${NAME})`, 'gu');
// "Son Excellence Monsieur Maarten van der Velde", "Madame Anna Kowalska": the honorific
// written out, before a name of two words or more (not "Monsieur le Ministre", "Madame La
// Présidente", "Monsieur Directeur Exécutif", "Monsieur Haut Représentant").
const SPELLED_HONORIFIC = new RegExp(`(?<![\\p{L}])(Monsieur|Madame|Mademoiselle)\\s+(?!(?:Le|La|Les|L['’])\\s|${OFFICE_WORD}|(?:Haut|Haute|Cher|Chère)(?![\\p{L}]))(${NAME})`, 'gu');
// "Christophe CASTANER"; a signature's initial, "B. QUINTIN" (not the honorific "M. DUPONT").
const UPPER_SURNAME = new RegExp(`(?<![\\p{L}.])((?:\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?|(?!M\\.)\\p{Lu}\\.(?:-\\p{Lu}\\.)?)\\s+(?:${PARTICLE}\\s+)?\\p{Lu}{2,}(?:[-\\s]\\p{Lu}{2,})*)(?![\\p{L}])`, 'gu');
const GIVEN_AND_SURNAME = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}]+(?:-\\p{Lu}\\p{Ll}+)?)\\s+((?:${PARTICLE}\\s+){0,2}(?:${CAP_WORD})(?:\\s+(?:${CAP_WORD}))?)`, 'gu');
/**
 * A surname in capitals before a given name, as signatures and lists of participants
 * write it: "MÉHAUT Laurent", "VAN DAMME Sophie" (the given name must be a known one; not
 * the second half of "Christophe CASTANER Laurent NUÑEZ", names on one line; nor a word in
 * capitals before a given name and its surname: "EXCLUSIF Laurent Nuñez annonce …").
 */
const UPPER_SURNAME_FIRST = new RegExp(
  `(?<![\\p{L}.'’-])(?<!\\p{Lu}\\p{Ll}+[ \\t]+)((?:(?:DE|DU|DES|LE|LA|VAN|VON|DER|DEN|DA|DI|DOS|DEL)[ \\t]+)?\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)[ \\t]+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}'’-])(?![ \\t]+\\p{Lu}{2,})(?![ \\t]+\\p{Lu}\\p{Ll})`,
  'gu',
);
/**
 * Two capitalised words before an e-mail address, as a mail program writes its sender and
 * recipients: "Dupont Marie <marie.dupont@…>", "Claire Durand (DGPN) <claire.durand@…>";
 * the address's local part says which word is the given name.
 */
const NAME_BEFORE_ADDRESS = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?|\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ \t]+(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?:[ \t]*\([^()\n]{1,60}\))?[ \t]*<([^@<>\s]+)@[^<>\s]+>/gu;
/** An office over a signature, with its comma: "Le Ministre de l'Intérieur,", "Pour le Premier Ministre,". */
const SIGNING_OFFICE = new RegExp(String.raw`(?:^|\n)\s*(?:(?:pour\s+)?(?:le|la|l['’])\s*)?(?:vice-)?(?:premier\s+|première\s+)?${OFFICE}[^.;:\n]*,\s*$`, 'iu');
/** A name alone on its line: two or three capitalised words, a particle allowed, nothing else. */
const SIGNATURE_NAME = new RegExp(`^\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:${PARTICLE}\\s+)?\\p{Lu}[\\p{L}'’-]+){1,2}$`, 'u');
/** An office alone on its line, as under a signature: "Ministre de l'Intérieur", "Secrétaire d'État". */
const SIGNATURE_OFFICE_LINE = new RegExp(`^\\s*(?:(?:le|la|l['’])\\s*)?(?:vice-)?(?:premier\\s+|première\\s+)?${OFFICE}[^.;:\\n]{0,120}$`, 'iu');
/** Every office a line names (one under a signature, not two side by side). */
const ANY_OFFICE = new RegExp(OFFICE, 'giu');
/** A street's, a square's or a building's noun, right before a name it bears. */
const NAMED_AFTER = /(?<![\p{L}])(?:rue|avenue|boulevard|bd|place|quai|cours|allée|impasse|square|pont|caserne|quartier|école|collège|lycée|université|hôpital|stade|gare|salle|centre hospitalier|promenade|parc|fondation|prix|lycée|institut)(?:\s+(?:de|du|des|d['’]))?\s*$/iu;
// "le Français Gérald Darmanin", "l'Allemande Nancy Faeser": a nationality, then a name.
const NATIONAL_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ll]['’])\\s*(\\p{Lu}\\p{Ll}+)\\s+(${NAME})`, 'gu');
/**
 * A body named before its acronym in parentheses: "l'unité de signalement des contenus sur
 * internet (IRU)", "du comité permanent de coopération opérationnelle en matière de sécurité
 * intérieure (COSI)", "la Federal Computer Crime Unit (FCCU)". The name starts with a body
 * noun (any case, French or English) and runs over words without a verb to the acronym.
 */
const BODY_NOUN = "[Mm]inistère|[Uu]niversité|[Ff]ondation|[Pp]eloton|[Ee]scadron|[Gg]roupement|[Aa]cadémie|[Ss]ecrétariat|[Cc]oordinat(?:eur|rice|ion)|[Uu]nité|[Cc]entre|[Cc]omité|[Oo]ffice|[Aa]gence|[Cc]ellule|[Bb]ureau|[Oo]bservatoire|[Dd]irection|[Ss]ervice|[Aa]utorité|[Pp]arquet|[Ii]nstitut|[Dd]élégation|[Dd]épartement|[Éé]cole|[Ii]nspection|[Cc]ommission|[Oo]rganisation|[Gg]roupe|(?:[Hh]aut-)?[Cc]ommissariat|[Cc]onseil|[Jj]uridiction|[Cc]orps|[Bb]rigade|[Rr]éseau|[Ff]édération|[Aa]ssociation|[Pp]olice|[Ff]orum|Syndicat|Ligue|Organe|Contrôleur";
const bodyBeforeAcronym = (nouns: string) =>
  new RegExp(
    `(?<=(?:^|[,:;–—]|(?:^|\\s)(?:[Ll]e|[Ll]a|[Ll]['’]|du|de la|de l['’]|des|au|aux|à la|à l['’]|un|une|par la|par le|et la|et le|et l['’]))\\s*)((?:${nouns}|(?!(?:Le|La|Les|Un|Une|Des|Du)\\s)(?:\\p{Lu}\\p{Ll}+\\s+){1,4}(?:Unit|Centre|Center|Office|Agency|Bureau|Service|Authority|Team|Cell|Directorate))(?:\\s+[\\p{L}'’-]+){0,12}?)\\s*\\((\\p{Lu}[\\p{Lu}&-]{1,9}\\d?(?:\\s\\d{1,3})?)\\)`,
    'gu',
  );
const BODY_BEFORE_ACRONYM = bodyBeforeAcronym(BODY_NOUN);
/**
 * A body named in its own language before its acronym: "la Zentralstelle zur Bekämpfung der
 * Internetkriminalität (ZIT)", "l'Asociación Víctimas del Terrorismo (AVT)", "l'Autoriteit
 * Persoonsgegevens (AP)": capitalised words, short particles between them, after an
 * article or opening a paragraph or an item ("Technisches Hilfswerk (THW) : 1 module …");
 * the acronym starts with the first word's initial, which is not a given name.
 */
const FOREIGN_BODY_BEFORE_ACRONYM = new RegExp(
  `(?:(?<=(?:^|\\s)(?:[Ll]a|[Ll]e|[Ll]['’]|du|de la|de l['’]|des|au|à la|à l['’])\\s*)|^)(\\p{Lu}\\p{Ll}+(?:\\s+(?:(?:zur|zum|der|die|das|für|voor|van|het|en|de|del|della|di|y|e|do|da|dos|of|for|and|the)\\s+)?\\p{Lu}\\p{Ll}+){1,5})\\s*\\((\\p{Lu}[\\p{Lu}&-]{1,9})\\)`,
  'gu',
);
/** A word of a police, justice or customs body, in French or another language. */
const FOREIGN_BODY_WORD = /(?<![\p{L}])(?:Politie|Polizei|Politi|Policía|Policia|Polizia|Police|Marechaussee|Guardia|Gendarmerie|Carabinieri|Douane|Zoll|Aduana|Parket|Ministerie|Staatsanwaltschaft|Kriminalamt|Bundesamt|Dienst|Dienste|Agentur|Agency|Service|Unit|Unité|Office|Centre|Center|Centrum|Directorate|Direction|Inspectorate|Garde)(?![\p{L}])/u;
/** The head words of bodies' names in Dutch and German, at a word's end: "Milieumaatschappij", "Agentschap", "Bundesamt". */
const FOREIGN_BODY_SUFFIX = /(?:maatschappij|agentschap|dienst|instituut|inspectie|directie|ministerium|behörde|amt|anstalt)(?![\p{L}])/iu;
/** Capitalised words after an article, then a demonym in lower case (see its use). */
const FOREIGN_BODY_DEMONYM = /(?<=(?:^|\s)(?:[Ll]a|[Ll]e|[Ll]['’]|du|de la|de l['’]|au|à la)\s*)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s+(\p{Ll}+)(?![\p{L}])/gu;
/**
 * A local body named in lower case after the place it serves: "la police cantonale de
 * Genève", "la direction régionale des douanes du Léman", "le parquet de Thonon-les-Bains",
 * "la zone de secours de Wallonie picarde", and in a list of those present ("M. Nicolas
 * BUCHS, police cantonale de Genève"). A body noun, up to two adjectives ("cantonale",
 * "régionale"), at most one complement of its own ("des douanes", "de secours"), then
 * "de/du/de la" and a capitalised place, with its adjective if it has one ("picarde").
 */
const ADJECTIVE = String.raw`(?!(?:hier|demain|mais|quand|jamais|désormais|ainsi|aussi|alors|avant|après|pendant|depuis|puis|donc|car|encore|toujours|bientôt|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}]))\p{Ll}[\p{Ll}-]*(?:al|ale|aux|ique|ier|ière|ien|ienne|ois|oise|ais|aise|and|ande|ard|arde|if|ive|aire|ane|ain|aine)`;
const LOCAL_BODY = new RegExp(
  String.raw`(?<=(?:[,:–—]|(?:^|\s)(?:[Ll]a|[Ll]e|[Ll]['’]|du|de la|de l['’]|au|à la|à l['’]|et la|et le))\s*)((?:police|gendarmerie|parquet|direction|zone de police|zone de secours|tribunal|cour d['’]appel|brigade|groupement|commissariat|douane)(?:\s+${ADJECTIVE}){0,2}(?:\s+(?:des|du|de)\s+(?!la\b|l['’])\p{Ll}{3,}(?:\s+${ADJECTIVE})?)?(?:\s+(?:de la|de l['’]|du|de|d['’])\s*|(?<=zone de (?:police|secours))\s+)\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*(?:\s+${ADJECTIVE}(?![\p{L}]))?)(?![\p{L}'’-])`,
  'gu',
);
/**
 * A country's diplomatic mission: "l'ambassade de France en Belgique", "AMBASSADE DE FRANCE
 * EN BELGIQUE" (a telegram's sender), "le consulat général de France à Anvers", "la
 * Représentation permanente de la Belgique auprès de l'Union européenne". One body, not
 * the country and the place it names; the country must be one the registry knows.
 */
const MISSION = /(?<![\p{L}])((?:[Aa]mbassade|AMBASSADE|[Cc]onsulat(?:[ -][Gg]énéral)?|CONSULAT(?:[ -]GÉNÉRAL)?|[Rr]eprésentation permanente|REPRÉSENTATION PERMANENTE)\s+(?:de la\s+|de l['’]|du\s+|des\s+|de\s+|d['’]|DE LA\s+|DE L['’]|DU\s+|DES\s+|DE\s+|D['’])\s*(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*)(?:\s+(?:en|au|aux|à|auprès de la|auprès de l['’]|auprès du|auprès des|EN|AU|AUX|À|AUPRÈS DE LA|AUPRÈS DE L['’]|AUPRÈS DU|AUPRÈS DES)\s*\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*(?:\s+(?:européenne|EUROPÉENNE|Unies|UNIES))?)?)(?![\p{L}'’-])/gu;
/** Nouns of things named by an acronym after them: "Code NUTS", "Caméras LAPI", "Base SLTD", a table's "Prévision PAP" (not "Réseau ATLAS", a body). */
const THING_BEFORE_ACRONYM = /^(?:codes?|caméras?|systèmes?|fichiers?|bases?|plateformes?|programmes?|projets?|fonds|plans?|dispositifs?|applications?|logiciels?|outils?|formats?|normes?|modules?|volets?|rapports?|indicateurs?|objectifs?|actions?|mesures?|terminaux|terminal|lecteurs?|données|signalements?|alertes?|équipements?|licences?|formulaires?|certificats?|numéros?|références?|prévisions?|réalisations?|cibles?|\p{L}+[ts]ions?)$/iu;
/**
 * A body's acronym, a dash, then its name spelled out, as a leaflet's or a letterhead's top
 * line sets them: "SNPI – SYNDICAT NATIONAL DES POLICIERS INTÉGRÉS". The name's initials,
 * its particles aside, must spell the acronym.
 */
const ACRONYM_DASH_NAME = /(?<![\p{L}])(\p{Lu}{2,8})[ \t]+[–—-][ \t]+(\p{Lu}[\p{L}'’ \t-]{5,100}?)[ \t]*(?=\n|$|[(,;:])/gu;
/** A body's head noun, in any case, opening the name after an acronym and a dash. */
const DASHED_BODY = new RegExp(`^(?:${BODY_NOUN}|syndicat|association|fédération|union|confédération|mouvement|parti|ligue|administration)(?![\\p{L}])`, 'iu');
/** First words of a party's name. */
const PARTY_HEAD = /^(?:Rassemblement|Parti|Partij|Partido|Partito|Mouvement|Front|Alliance|Vlaams|Ligue|Lega|Forza|Fratelli|Nieuw|Nouveau|Nouvelle|Union|Alternative|Christen|Socialistische|Sozialdemokratische|Démocratie|Volkspartij)$/u;
/**
 * The bodies named before their acronym in a text. Two bodies joined by "et" ("la Police
 * grand-ducale et la Federal Computer Crime Unit (FCCU)", "de la police aux frontières et de
 * la direction générale des douanes … (DGDDI)") are not one: the acronym is the second's,
 * matched again from its article.
 */
// (The second may be an administration: "de la police fédérale et de l'Administration générale
// des Douanes et Accises (AGD&A)", though a name opening on "Administration" alone keeps its
// complements: "Administration financière de la République de Slovénie (FURS)".)
const SECOND_OF_TWO = bodyBeforeAcronym(`${BODY_NOUN}|Administration`);
/** Where the second body starts: "et la …", or "et de la direction …" before a body noun. */
const JOINED_BODY = new RegExp(String.raw`\set\s+(?=(?:l['’]|la\s+|le\s+)\p{Lu})|\set\s+(?=(?:de\s+la|de\s+l['’]|du|des)\s*(?:${BODY_NOUN}|Administration)(?![\p{L}]))`, 'u');
function bodiesBeforeAcronym(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (const m of text.matchAll(BODY_BEFORE_ACRONYM)) {
    const joined = JOINED_BODY.exec(m[1]!);
    if (!joined) {
      found.push(m as RegExpExecArray);
      continue;
    }
    SECOND_OF_TWO.lastIndex = m.index! + joined.index + joined[0].length;
    const second = SECOND_OF_TWO.exec(text);
    found.push(second && second.index + second[0].length === m.index! + m[0].length ? second : (m as RegExpExecArray));
  }
  return found;
}
/** A body's name, from its body noun, after its article: what follows a sentence's last verb. */
const BODY_AFTER_VERB = new RegExp(`^\\s+(?:l['’]|la\\s+|le\\s+|les\\s+)?((?:${BODY_NOUN})(?![\\p{L}])[^]*)$`, 'u');
/** Where the last verb or preposition of `VERB_INSIDE` ends in `text` (0 if none). */
function lastVerbEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(VERBS_INSIDE)) end = m.index! + m[0].length;
  return end;
}
/** A second body noun inside: two bodies, not one ("du Centre … à l'unité de signalement (IRU)"). */
const SECOND_BODY = new RegExp(`\\s(?:à|au|aux|et)\\s+(?:l['’]|la\\s+|le\\s+)?(?:${BODY_NOUN})|\\set\\s+(?:l['’]|la\\s+|le\\s+)\\p{Lu}`, 'u');
/** A quantity inside: things counted, not a body ("un réseau de plusieurs milliers de caméras … (ANPR)"). */
const QUANTITY_INSIDE = /(?<![\p{L}])(?:plusieurs|milliers|centaines|dizaines|nombreux|nombreuses|quelques|environ|\d[\d\s]*\s+(?:de\s+)?\p{Ll}{3,})(?![\p{L}])/u;
/**
 * A verb inside: a sentence, not a name — an auxiliary, a relative, or "à" and an infinitive
 * ("la Commission européenne à mobiliser le Fonds … (FSI)", "… à mettre en œuvre …").
 */
const VERB_INSIDE = /(?<![\p{L}])(?:est|sont|a|ont|sera|seront|aura|auront|avait|avaient|peut|peuvent|doit|doivent|qui|que|dont|avec|par|était|étaient|à (?!caractère|titre|terme|partir|compter)\p{Ll}+(?:er|ir|re))(?![\p{L}])/u;
const VERBS_INSIDE = new RegExp(VERB_INSIDE.source, 'gu');
// "le ministre italien de l'Intérieur, Matteo Piantedosi," / "la commissaire européenne aux
// Affaires intérieures, Ylva Johansson": a role, a comma, then a name of two words or more.
/** A lower-case word of a role, not a verb or a relative ("Le ministre a rappelé que le CGDIS …"). */
const ROLE_WORD = String.raw`(?!(?:a|ont|est|sont|était|étaient|sera|seront|avait|avaient|que|qu|qui|dont|ne|n|se|s|reçoit|reçoivent|remercie|remercient|salue|saluent|rencontre|rencontrent|accueille|accueillent|félicite|retrouve|retrouvent|appelle|invite|annonce|souligne|rappelle|estime|déclare|indique|affirme|précise|juge|dit|répond|explique|interpelle|convoque|nomme|désigne|charge|présente|cite|soutient|défend|critique|évoque|signe|signent|attend|demande|propose|reconnaît|visite|écrit|représente|remplace|succède)(?![\p{L}]))[\p{Ll}'’-]+`;
/** "son homologue", "ses collègues": a counterpart, which says no office. */
const BARE_COUNTERPART = /^(?:homologue|collègue)s?$/u;
const ROLE_COMMA_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Ll]eur|du|au|de la)\\s+(${ROLE_NOUNS}(?:\\s+(?:${ROLE_WORD}|[ld]['’]\\p{Lu}[\\p{L}'’-]*|\\p{Lu}[\\p{L}'’-]*)){0,12}?),\\s+((?:${CAP_WORD})(?:\\s+(?:${PARTICLE}\\s+)?(?:${CAP_WORD})){1,2})(?=\\s*(?:,|;|\\.|\\(|\\)|\\bet\\b|\\bqui\\b|$))`,
  'gu',
);
/** A kind of text and its "de" before its author's name: "Discours de" in "Discours de Laurent Vasseur". */
const LEADING_COMMON_NOUN = new RegExp(`^(?:${TEXT_KINDS.join('|')})\\s+(?:de\\s+|d['’])`, 'u');
const APPOSITION = new RegExp(`(${NAME})(?:\\s+\\([^)]{1,12}\\))?,\\s+((?:le |la |l['’])?${ROLE_NOUNS}(?:\\s+(?!et\\b)[\\p{L}'’-]+){0,7}?)(?=\\s*(?:,|\\bet\\b|\\)|;|\\.|$))`, 'gu');
// "son homologue néerlandais de la Justice et de la Sécurité Ferd Grapperhaus": the role may
// hold capitalised words ("Justice", "l'Intérieur"); the name starts at the first
// capitalised word that can be a name, never right after a preposition ("La ministre à
// Arlon" names a place, "le ministre du Land de Sarre" a complement).
const NAME_WORD = `(?!(?:${[...NOT_NAME_WORDS].join('|')})(?![\\p{L}]))(?:${CAP_WORD})`;
// A party's acronym between a role and a name ("la députée N-VA Kathleen Verbeke", "le
// député LR Éric Ciotti") qualifies the role: it is not the name's first word.
const PARTY_ACRONYM = String.raw`\p{Lu}[\p{Lu}-]*\p{Lu}(?=\s+\p{Lu}\p{Ll})`;
const ROLE_THEN_NAME = new RegExp(
  `(?<![\\p{L}])(?:[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Ll]eur|du|au)\\s+(${ROLE_NOUNS}(?:\\s+(?:${ROLE_WORD}|[ld]['’]\\p{Lu}\\p{Ll}+|(?!${NAME_WORD})\\p{Lu}\\p{Ll}+|${PARTY_ACRONYM})){0,8}?)\\s+(?<!(?:^|\\s)(?:à|en|avec|pour|chez|dans|par|vers|sur|de|du|des|au|aux)\\s+)(?!${PARTY_ACRONYM})((?:(?!(?:de|du|des)\\s)${PARTICLE}\\s+)?${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}){0,2})`,
  'gu',
);
// A signature: a name of two words or more, then its office on the next line, joined on one
// ("Maarten van der Velde Ministre des Affaires étrangères du Royaume des Pays-Bas").
const SIGNED_NAME = new RegExp(`^(${NAME})\\s+(${OFFICE_WORD}(?:\\s+[\\p{L}'’-]+){1,10})\\s*$`, 'u');
// A speech's greetings: "Monsieur le ministre, cher Matteo Piantedosi,", "Madame la
// commissaire, chère Hadja Lahbib,".
const VOCATIVE_NAME = new RegExp(
  `(?<![\\p{L}])(Monsieur|Madame)\\s+(?:le|la)\\s+((?:${ROLE_NOUNS}|\\p{Lu}[\\p{Ll}'’-]+)(?:\\s+[\\p{L}'’-]+){0,8}?),\\s+(?:cher|chère)\\s+(${NAME})(?=\\s*[,;.]|\\s*$)`,
  'gu',
);
// A capitalised word after a preposition, not followed by another capitalised word ("d'Information Schengen" is a name).
const PLACE_WORD = "\\p{Lu}\\p{Ll}+(?:-(?:\\p{Lu}\\p{Ll}+|sur|sous|en|la|le|les|de|du))*";
const PLACE_AFTER_PREPOSITION = new RegExp(
  // "Viana do Castelo", "Reggio di Calabria": a foreign particle joins two capitalised words.
  `(?:(?<![\\p{L}])(?:à|À|de|en|vers|depuis|entre|par|d['’]))\\s*(${PLACE_WORD}(?:\\s+(?:do|da|dos|das|del|della|di|y)\\s+\\p{Lu}\\p{Ll}+)?)(?![\\p{L}-])(?!\\s+\\p{Lu})`,
  'gu',
);
const PLACE_ROUTE = /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)[–—](\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)(?![\p{L}'’-])/gu;
// A capitalised word followed by more, separated by commas: a list of places (an item followed
// by another capitalised word is a name, "Rome, Giorgia Meloni").
const PLACE_LIST = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?!\s\p{Lu})(?:\s*,\s*(?:(?:de |d['’]|à )\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+)?(?!\s\p{Lu})|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?!\s\p{Lu})))+(?:\s+et\s+(?:(?:de |d['’]|à )\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+)?(?!\s\p{Lu})|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?!\s\p{Lu})))?/gu;
const INSTITUTION_HEAD = 'Administration|ministère|Secrétariat|Conseil|Commission|Comité|Agence|Office|Unité|Parquet|Cour|Tribunal|Direction|Service|Ministère|Parlement|Assemblée|Sénat|Banque|Organe|Autorité|Groupe|Bureau|Syndicat|Fédération|Institut|Police|Gendarmerie';
/** An adjective that closes a body's name: "… Affaires étrangères", "… Matières administratives". */
const CLOSING_ADJECTIVE = String.raw`(?:intérieures?|extérieures?|publiques?|nationales?|civiles?|fédérales?|sociales?|européennes?|étrangères|pénitentiaires?|judiciaires?|juridiques?|administratives?|institutionnelles?)(?![\p{L}])`;
/** The preposition and article before a complement of a body's name ("de l'", "des"). */
const COMPLEMENT_LINK = "(?:de la|de l['’]|du|des|de|d['’])";
/**
 * A body named with a capital on its complements: "Direction générale Sécurité",
 * "Ministère de l'Intérieur" (group 1). Group 2 is a complement joined by "et" that may
 * go on with the name ("… Sécurité et Prévention", "Ministère de l'Europe et des Affaires
 * étrangères"; see `joinedComplement`); group 3 a closing adjective ("… étrangères").
 */
const INSTITUTION = new RegExp(
  `(?<![\\p{L}])((?:${INSTITUTION_HEAD})(?:\\s+(?:général|générale|national|nationale|fédéral|fédérale|grand-ducal|grand-ducale|commun|commune|public|publique)){0,2}(?:\\s+(?:${COMPLEMENT_LINK}\\s*)?(?:${CAP_WORD}))+)(\\s+et\\s+(?:${COMPLEMENT_LINK}\\s*)?(?:${CAP_WORD})(?:\\s+(?:${COMPLEMENT_LINK}\\s*)?(?:${CAP_WORD}))*)?(\\s+${CLOSING_ADJECTIVE})?`,
  'gu',
);
/** The link (group 1) before a complement at the start of a text, or none. */
const LINK_BEFORE_CAP = new RegExp(`^\\s+(?:(${COMPLEMENT_LINK})\\s*)?(?=\\p{Lu})`, 'u');
/** A complement's start, its link (group 1) if it has one: " Sécurité", " de l'Europe". */
const LINKED_CAPS = new RegExp(`\\s+(?:(${COMPLEMENT_LINK})\\s*)?(?=\\p{Lu})`, 'u');
const EVERY_LINKED_CAPS = new RegExp(LINKED_CAPS.source, 'gu');
/** Complements listed after a body's first one, the last after "et", a closing adjective with it (see `listedComplements`). */
const LISTED_COMPLEMENTS = new RegExp(
  `^(?:,\\s+${COMPLEMENT_LINK}\\s*(?:${CAP_WORD}))+\\s+et\\s+${COMPLEMENT_LINK}\\s*(?:${CAP_WORD})(?:\\s+${CLOSING_ADJECTIVE})?`,
  'u',
);
const HEAD_AT_START = new RegExp(`^(?:${INSTITUTION_HEAD})(?![\\p{L}])`, 'u');
/**
 * Police and coast guard forces named in their own language: "Guardia Civil", "Policía
 * Nacional", "Polícia de Segurança Pública", "Polizia di Stato", "Guardia costiera".
 */
const FOREIGN_FORCE = /(?<![\p{L}])((?:Pol[ií]c[ií]a|Polizia|Polizei|Guardia|Guarda|Garda|Carabinieri|Politi|Policja|Policie|Mossos)(?:\s+(?:(?:de|di|do|da|dello|della|del|der)\s+|d['’])?(?:\p{Lu}[\p{L}-]*|(?!(?:dans|pour|avec|sans|sous|entre|vers|chez|leur|leurs|cette|elle|elles|aussi|déjà|encore)(?![\p{L}]))\p{Ll}{3,}[aeiol])){1,3}?)(?=\s*[,;.)]|\s+\p{Ll}|\s*$)/gu;
/**
 * Institutions named the French way, capitalised on their first word only: "Police
 * grand-ducale", "Administration des douanes et accises", "Corps grand-ducal d'incendie
 * et de secours"; and offices named by their holder's title: "le préfet de la zone de
 * défense et de sécurité Est". The head noun comes mid-sentence (not a capitalised
 * sentence start); the complement is an adjective and/or "de …" phrases joined by "et",
 * up to the first word that cannot belong to a name (a preposition, article, verb).
 */
const OFFICE_HEAD = /(?<=\p{Ll}[,;]?\s{1,3}|\p{Ll}['’])(Administration|Académie|École|Corps|Direction|Service|Office|Agence|Centre|Comité|Commission|Conseil|Ministère|Parquet|Police|Gendarmerie|Garde|Inspection|Brigade|Unité|Institut|Autorité|Observatoire|Douane|Maréchaussée)(?=\s)|(?<=(?:^|\s)(?:[Ll]e|[Ll]a|du|au)\s{1,3}|\()(préfet|préfète|procureur|procureure|préfecture|ministère(?=\s+(?:de\s+la|de\s+l['’]|du|des|de\s+(?!tutelle|rattachement)\p{Ll})))(?=\s+d)/gu;
const OFFICE_ADJECTIVE = /^(?:grand-ducal|grand-ducale|général|générale|national|nationale|fédéral|fédérale|commun|commune|central|centrale|supérieur|supérieure|régional|régionale|départemental|départementale|interministériel|interministérielle|judiciaire|pénitentiaire)$/u;
const OFFICE_STOP = new Set('dans pour sur avec par à au aux lui leur nous vous se y ayant qui que dont en afin lors entre contre ainsi ou est sont a ont sera seront doit doivent peut peuvent le la les un une ses son sa leur leurs ce cette ces chargé chargée chargés compétent compétente compétents pendant depuis après avant selon sous vers publié publiée publiés publiées signé signée signés signées adopté adoptée adoptés adoptées présenté présentée nommé nommée réuni réunie réunis réunies lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre ici'.split(' '));

/**
 * An infinitive that takes an object or a complement: "(la Commission) de veiller à", "de
 * présenter une", "de vérifier les", "de faire pleinement", "de proposer, en 2026," — a
 * verb, not the noun of a name ("Brigade de quartier").
 */
function infinitiveWithObject(word: string, next: string | undefined): boolean {
  return /\p{L}{2,}(?:er|ir|re)$/u.test(word) && /^\s*(?:à|au|aux|que|qu['’]\S*|le|la|les|l['’]\S*|un|une|des|du|sur|sans|ses|son|sa|leur|leurs|ce|cette|ces|tous|toutes|en|\p{Ll}+ment|d['’]\S*|,)(?![\p{L}])/u.test(next ?? '');
}

/** The institution or office names of a text (see OFFICE_HEAD). */
export function officeNames(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(OFFICE_HEAD)) {
    const start = m.index!;
    // Twelve words at most: a bounded slice, so that a long paragraph is not split again for every head.
    const words = text.slice(start + m[0].length, start + m[0].length + 400).split(/(?=\s)/u).slice(0, 12);
    let end = start + m[0].length;
    let at = end;
    let complement = false;
    let pendingJoin = false;
    let afterEt = false;
    let lastJoin = '';
    for (const [k, raw] of words.entries()) {
      const word = raw.trim();
      const bare = word.replace(/[-,.;:!?)\]»"”’']+$/u, '');
      const closed = bare !== word;
      const elided = /^(?:d|l)['’]/u.test(bare) ? bare.slice(2) : bare;
      // "Douane néerlandaise", "Maréchaussée royale": an adjective right after the head.
      // (Not a verb of that shape: "la Commission rappelle que …", "… demande que …".)
      if (k === 0 && (OFFICE_ADJECTIVE.test(bare) || (/^\p{Ll}{3,}(?:aise|oise|ande|enne|ienne|ale|elle|ique|ère)$/u.test(bare) && !/^(?:r?appelle|interpelle|renouvelle|(?:re|dé)?commande|demande)$/u.test(bare)))) {
        complement = true;
      } else if (/^(?:de|des|du|et)$/u.test(bare) || (bare === 'la' && pendingJoin)) {
        if (bare === 'et') afterEt = true;
        lastJoin = bare;
        pendingJoin = true;
        at += raw.length;
        if (closed) break;
        continue;
      } else if (pendingJoin && /^\p{Ll}[\p{L}-]*$/u.test(elided) && !OFFICE_STOP.has(elided) && !/^(?:d|l)['’]\p{Ll}+(?:er|ir)$/u.test(bare) && !(lastJoin === 'de' && infinitiveWithObject(bare, /,$/u.test(word) ? ',' : words[k + 1]))) {
        complement = true;
        afterEt = false;
      } else if (/^(?:d|l)['’]\p{Ll}/u.test(bare) && !OFFICE_STOP.has(elided) && !/(?:er|ir)$/u.test(elided)) {
        // "d'incendie", not an infinitive ("le Conseil d'arrêter des positions").
        afterEt = false;
        complement = true;
      } else if (pendingJoin && !afterEt && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(elided) && !NOT_NAME_WORDS.has(elided)) {
        // A place ends the name: "Centre de coopération policière et douanière de Luxembourg".
        complement = true;
        at += raw.length;
        end = at - (word.length - bare.length) - (raw.length - raw.trimEnd().length);
        break;
      } else if (complement && !pendingJoin && /^\p{Lu}\p{Ll}+$/u.test(bare) && !NOT_NAME_WORDS.has(bare)) {
        // A final capitalised qualifier: "zone de défense et de sécurité Est".
        at += raw.length;
        end = start + m[0].length + (at - (start + m[0].length)) - (raw.length - raw.trimEnd().length) - (word.length - bare.length);
        break;
      } else if (complement && /^\p{Ll}[\p{L}-]*$/u.test(bare) && !OFFICE_STOP.has(bare) && /(?:e|al|el|ier|aire|ique|if|ive|ais|ois)s?$|aux$/u.test(bare) && !pendingJoin) {
        // An adjective after a complement: "de la sécurité intérieure".
      } else {
        break;
      }
      at += raw.length;
      pendingJoin = false;
      end = at - (word.length - bare.length) - (raw.length - raw.trimEnd().length);
      if (closed) break;
    }
    if (!complement) continue;
    // "Centre de renseignement contre le terrorisme et la criminalité organisée (CITCO)": a
    // name the text closes with its acronym runs to it, over lower-case words.
    const upTo = /^((?:\s+(?:[\p{Ll}][\p{L}-]*|[ld]['’][\p{L}-]+)){1,10})\s*\(\p{Lu}[\p{Lu}&-]{1,9}\)/u.exec(text.slice(end));
    if (upTo && !/(?<![\p{L}])(?:est|sont|a|ont|sera|seront|qui|que|dont|dans|pour|avec|par)(?![\p{L}])/u.test(upTo[1]!)) end += upTo[1]!.length;
    names.push(text.slice(start, end));
  }
  return names;
}

/** A place name, hyphenated compounds included ("Meurthe-et-Moselle", "Hauts-de-France"). */
const PLACE_NAME = "\\p{Lu}\\p{Ll}+(?:-(?:et|sur|sous|en|de|du|la|le|les|\\p{Lu}\\p{Ll}+))*(?:-\\p{Lu}\\p{Ll}+)?";
const AREA_OF = "(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|d['’])";
const ADMIN_AREA = new RegExp(
  `(?<![\\p{L}])(?:départements?|régions?|provinces?|cantons?|communes?|villes?|arrondissements?|comtés?|länder|land)\\s+${AREA_OF}(${PLACE_NAME})(?![\\p{L}])(?:\\s+et\\s+${AREA_OF}(${PLACE_NAME})(?![\\p{L}]))?`,
  'gu',
);
/**
 * A natural or built feature named after a place, which is a place of its own: "la vallée
 * de la Roya", "la baie de Somme", "le tunnel du Fréjus" (not the river or the bay
 * alone). A pass or a massif goes by its mountain's name ("le col de Montgenèvre" names
 * Montgenèvre).
 */
const FEATURE_PLACE = new RegExp(
  `(?<![\\p{L}])(?:[Vv]allée|[Bb]aie|[Tt]unnel|[Gg]orges|[Ee]stuaire|[Gg]olfe|[Dd]étroit|[Pp]resqu['’]île|[Dd]elta)\\s+${AREA_OF}${PLACE_NAME}(?![\\p{L}])`,
  'gu',
);
/**
 * What makes a place named just after it part of another name: an office ("le préfet du
 * Nord", "la préfecture de la Moselle": the office is the actor; not "les préfets de la
 * Moselle, du Bas-Rhin et du Haut-Rhin", which names the areas), or a word in capitals
 * within a sentence ("La Voix du Nord", "le SDIS du Nord"): the name of a body or a title
 * (but "le Nord de l'Europe" names Europe, and "Département du Nord" the département).
 */
const OFFICE_OF_PLACE = /(?<![\p{L}])(?:(?:[Ss]ous-)?[Pp]réf(?:et|ète|ecture)|(?<=[\p{L},;:»)][ \t]+)(?!(?:Nord|Sud|Est|Ouest|D[ée]partements?|R[ée]gions?|Provinces?|Cantons?|Communes?|Villes?|Arrondissements?|Zones?)\s)\p{Lu}\p{Ll}[\p{L}-]*)\s+(?:du|des|de\s+la|de\s+l['’])\s*$/u;
/** A prefect's letterhead line in capitals: "PRÉFET DU NORD", "PRÉFÈTE DE LA MOSELLE", "PREFECTURE DES HAUTES-ALPES", "SOUS-PRÉFET DE DUNKERQUE" (not "PRÉFECTURE DU NORD - SIDPC"). */
const PREFECT_LETTERHEAD = /^(?:SOUS-)?PR[ÉE]F(?:ET|ÈTE|ETE|ECTURE)\s+(?:DU|DES|DE\s+LA|DE\s+L['’]|DE)\s*\p{Lu}[\p{Lu}'’-]*(?:\s(?!ET\s)[\p{Lu}'’][\p{Lu}'’-]*){0,4}$/u;
/** A name that opens on a kind of text ("Note …", "RAPPORT …"): a document, never a person or a body. */
const isTextKind = (name: string) => /^(?:note|rapport|lettre|discours|allocution|communiqu[ée]|d[ée]claration|synth[èe]se|bilan|fiche|compte rendu|retour d['’]exp[ée]rience|relev[ée]|proc[èe]s-verbal|circulaire|m[ée]morandum)(?![\p{L}])/iu.test(name);
/** An office named by its territory in capitals or a province's: "PRÉFET DU NORD", "le gouverneur de la province de Flandre-Occidentale". */
const OFFICE_OF_TERRITORY = /(?<![\p{L}])(?:(?:SOUS-)?PRÉF(?:ET|ÈTE|ECTURE)\s+(?:DU|DES|DE\s+LA|DE\s+L['’])|(?:[Gg]ouverneure?|GOUVERNEURE?)\s+(?:de\s+la\s+[Pp]rovince|DE\s+LA\s+PROVINCE)\s+(?:de|du|d['’]|DE|DU|D['’]))\s*$/u;
/**
 * A cardinal point followed by a complement is a direction, not a place ("les ports du Nord de
 * l'Europe"); one after a capitalised word (and "du"), or joined to one by a hyphen, is part
 * of another name ("l'Atlantique Nord", "le Grand Nord", "l'Europe du Nord", "l'Alliance
 * Nord-Atlantique").
 */
const DIRECTION = /^(?:Nord|Sud|Est|Ouest)$/u;
/**
 * Places whose names are also French words ("Somme allouée", "LOT 1", "Manche à air", "Sûre
 * de son fait", "Aube nouvelle"): one is named only after an article or a preposition ("la
 * Somme", "dans le Lot", "(Aube)"), and written as its registry name, not in capitals.
 */
const WORD_PLACES = new Set(['lot', 'somme', 'aube', 'manche', 'var', 'creuse', 'sure', 'lys', 'orne', 'landes', 'indre', 'eure']);
const PLACE_ARTICLE = /(?:(?<![\p{L}])(?:le|la|les|l['’]|du|des|de|d['’]|au|aux|à|en|dans|sur|vers|et)\s*|\(\s*)$/iu;
/** An indefinite article just before a word ("un ", "UNE ", "d'un "). */
const INDEFINITE_BEFORE = /(?<![\p{L}])(?:un|une|UN|UNE|Un|Une)\s+$/u;
/**
 * Endings of the adjectives that qualify a body's name ("Conseil national", "Commission
 * mixte", "Cour constitutionnelle"), shared by the bare-name rules below, each adding its own.
 */
const QUALIFIER = 'ique|aire|al|ale|el|elle|en|enne|ain|aine|if|ive|ois|oise|ais|aise|ier|ière';
/** What follows a verb rather than an adjective: its object ("la Commission présente une proposition"). */
const NOT_AN_OBJECT = String.raw`(?!\s+(?:le|la|les|l['’]|un|une|des|du|aux?|à|ses|son|sa|leurs?|que|qu['’]|ce|cet|cette|ces|notre|nos)(?![\p{L}]))`;
/**
 * "Conseil" alone, with no qualifier after it: not "Conseil européen", "Conseil d'État",
 * "Conseil JAI", "Conseil scientifique", "Conseil économique et social", "Conseil 2019"
 * (an adjective's ending, a capital, a number or a "de" complement follows those).
 */
const BARE_COUNCIL = new RegExp(
  String.raw`(?<=(?:^|\s)(?:du|au|le)\s{1,3})Conseil(?![\p{L}])(?!\s+(?:\p{Lu}|\d|de\b|des\b|du\b(?!\s+\d)|d['’](?!\p{Ll}+(?:er|ir|re)\b)|\(|\p{Ll}+(?:${QUALIFIER}|aux|eur)\b${NOT_AN_OBJECT}))`,
  'gu',
);
const EU_COUNCIL = 'conseil-de-l-union-europeenne';
/**
 * "la Commission" alone, in a European text: the European Commission — not "Commission
 * nationale de l'informatique", "Commission mixte", "Commission des lois" (a qualifier
 * or a "de" + noun complement follows those; "de" + an infinitive does not).
 */
const BARE_COMMISSION = new RegExp(
  String.raw`(?<=(?:^|\s)(?:[Ll]a|à la|de la)\s{1,3})Commission(?![\p{L}])(?!\s+(?:\p{Lu}|\d|des\b|du\b(?!\s+\d)|d['’](?!\p{Ll}+(?:er|ir|re)\b)|de\s+(?!\p{Ll}+(?:er|ir|re)\b)|\(|\p{Ll}+(?:${QUALIFIER}|aux|eur|te|xte)\b${NOT_AN_OBJECT}))`,
  'gu',
);
const EU_COMMISSION = 'commission-europeenne';
/**
 * Head nouns of bodies a text names again by the noun alone, with its capital: "l'Office",
 * "l'Agence" (not "le Centre", a party too, "le Bureau" of an assembly, "l'Autorité"
 * palestinienne).
 */
const BODY_HEADS = ['Office', 'Agence', 'Observatoire', 'Institut', 'Organe', 'Cellule', 'Collège'];
/** A body of one of `BODY_HEADS`, qualified ("la Cellule de crise", "l'Agence internationale …"): known or not. */
const OTHER_HEADED_BODY = new RegExp(String.raw`(?<![\p{L}])(${BODY_HEADS.join('|')})\s+(?:de|du|des|d['’]|\p{Ll}+(?:${QUALIFIER}|aux|eur)(?![\p{L}]))`, 'gu');
/**
 * A body's head noun alone, with its capital and nothing that names another body after it
 * ("l'Office a saisi …", "les cibles de l'Office", not "l'Office central …", "l'Agence de …"):
 * the body of that head last named (see `ActorAnnotator.lastHead`).
 */
const BARE_HEAD = new RegExp(
  String.raw`(?<=(?:^|[\s(])(?:[Ll]['’]|[Ll][ae]\s{1,3}|[Dd]e\s+l['’]|[Àà]\s+l['’]|[Dd]u\s{1,3}|[Aa]u\s{1,3}))(${BODY_HEADS.join('|')})(?![\p{L}'’-])(?!\s*(?:\p{Lu}|\d|de\b|des\b|du\b|d['’]|\(|\p{Ll}+(?:${QUALIFIER}|aux|eur)\b))`,
  'gu',
);
/** A court or commission named with a qualifier ("Cour constitutionnelle", "Commission mixte"). */
const OTHER_BODY = new RegExp(
  String.raw`(?<![\p{L}])(Cour|Commission)\s+(?!européenne|de justice|du\s+\d|de l['’]Union)(?:(?!(?:qui|que|dont|pour|avec|sans|dans|sera|seront|doit|peut|a|est)(?![\p{L}]))\p{Ll}{2,}(?:${QUALIFIER}|aux|ée|é|ant|ante|ent|ente|xte|iste)(?![\p{L}])${NOT_AN_OBJECT}|d['’](?!\p{Ll}+(?:er|ir|re)(?![\p{L}]))\p{L}+|de\s+(?!\p{Ll}+(?:er|ir|re)(?![\p{L}]))\p{Ll}+)`,
  'gu',
);
/** "la Cour" alone: the court last named in the document ("la Cour de justice de l'Union européenne"). */
const BARE_COURT = new RegExp(
  String.raw`(?<=(?:^|\s)(?:[Ll]a|à la|de la)\s{1,3})Cour(?![\p{L}])(?!\s+(?:\p{Lu}|\d|de\b|des\b|du\b(?!\s+\d)|d['’]|\(|\p{Ll}+(?:${QUALIFIER}|eur|ême)\b${NOT_AN_OBJECT}))`,
  'gu',
);
/** A newspaper's name after a town's: "New York Times", "Washington Post". */
const NEWSPAPER_WORD = /^\s+(?:Times|Post|Herald|Tribune|Journal|Gazette|Chronicle|Daily|Review|Magazine|Matin|Soir|Match)(?![\p{L}])/u;
/** The Council of the EU and its formations, in the registry. */
const COUNCILS = [EU_COUNCIL, 'conseil-jai'];
/** The title of a speech or a message by someone: "Discours d'Annelies Verlinden", "Allocution de M. …". */
const SPEECH_TITLE = /^(?:discours|allocution|intervention|message|mot|vœux|voeux|tribune|lettre)\s+(?:(?:de|du)\s+|d['’])/iu;
/** A given name after a greeting or thanks: "Bonjour Laurent,", "bonjour Sophie,", "Cher Laurent,", "Merci, Marc." */
const GREETED_GIVEN_NAME = /(?<![\p{L}])(?:[Bb]onjour|[Bb]onsoir|[Mm]erci|[Cc]her|[Cc]hère|[Ss]alut)\s*,?\s+(\p{Lu}[\p{Ll}-]+)(?=\s*[,.!;:]|\s*$)/gu;
/** A transcript's speaker label opening a paragraph: "M. DUPOND-MORETTI. – ", "Mme Julie Lamberty (Ecolo-Groen): ". */
export const TURN_LABEL = /^(?:(?:M\.|Mme|MM\.)\s+)?(\p{Lu}[\p{L}'’ -]{0,40}?)(?:\s+\([^)]{1,30}\))?\s*(?::|\.\s*[–—]\s)/u;
const BACK_REFERENCE = wordRegex(`\\b(?:le|la|au|du)\\s+(Premier ministre|Première ministre|ministre|préfète|préfet)(?:\\s+(?!(?:de|des|du|d|et|a|est)\\b)(\\p{Ll}[\\p{L}-]+))?\\b`, 'giu');
// An acronym named as an organisation: "le syndicat policier SLFP".
const ORGANISATION_ACRONYM = /(?<![\p{L}])(?:syndicat|parti|organisation|association|agence|office|service|fédération|mouvement|ONG|groupe)(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(\p{Lu}[\p{Lu}&-]{1,7}(?:\s+\p{Lu}\p{Ll}+)*)(?![\p{L}])/gu;

/** A state's long name before its country's: "République de", "Royaume d'", "Grand-Duché du". */
const STATE_FORM = /(?<![\p{L}])(?:République(?:\s+(?:fédérale|populaire|démocratique|islamique|arabe|hellénique|socialiste))?|Royaume|Grand-Duché|Principauté|Confédération)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])$/u;

/**
 * Acronyms a document writes as common nouns or as abbreviations: after an article or a
 * determiner ("une CMIC", "les CMIC", "du SDIS", "l'OCAM") or in parentheses after what they
 * abbreviate ("cellules mobiles d'intervention chimique (CMIC)"). No surname in capitals is
 * written so, so such a word after a capitalised one is no person's name ("Mesures CMIC").
 */
const DETERMINED_ACRONYM = /(?<![\p{L}])(?:(?:[Ll]es?|[Ll]a|[Uu]ne?|[Dd]es|[Dd]u|[Aa]ux?|[Cc]es|[Cc]ette|[Cc]e|[Cc]haque|[Ll]eurs?|[Nn]otre|[Nn]os)\s+|[Ll]['’])(\p{Lu}{2,})(?![\p{L}\d])|\((\p{Lu}{2,})\)/gu;
function commonAcronyms(texts: string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(DETERMINED_ACRONYM)) {
      // In parentheses, only after the words it spells: "… d'intervention chimique (CMIC)",
      // not a person's name in minutes, "la liste des agents (BASSANI)".
      if (m[2] !== undefined && !spellsAcronym(text.slice(Math.max(0, m.index - 80), m.index), m[2])) continue;
      found.add((m[1] ?? m[2])!);
    }
  }
  return found;
}

/** Do the initials of the words before an acronym spell it ("équipes communes d'enquête" → ECE)? */
function spellsAcronym(before: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  return letters.length >= 2 && initialsOf(before).endsWith(letters);
}

/**
 * An acronym drawn from a name's initials: the first and the last, and the others in their
 * order, some skipped ("Organe central pour la saisie et la confiscation": OCSC).
 */
function initialsFit(name: string, acronym: string): boolean {
  const initials = initialsOf(name);
  const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  if (letters.length < 2 || initials[0] !== letters[0] || initials.at(-1) !== letters.at(-1)) return false;
  let at = 0;
  for (const letter of letters) {
    at = initials.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * The initials of a phrase's words, lower case and without accents: the words of three
 * letters or more, or capitalised, particles aside in any case, elided too ("CONTRAT DE
 * SÉCURITÉ INTÉGRÉE TRANSFRONTALIER": "csit"; "PLAN D'ACTION TRANSFRONTALIER": "pat").
 */
function initialsOf(phrase: string): string {
  return phrase
    .split(/[\s'’-]+/u)
    .filter((w) => (w.length > 2 || /^\p{Lu}/u.test(w)) && !/^(?:de|des|du|la|le|les|et|en|aux?|d|l)$/iu.test(w))
    .map((w) => w.normalize('NFD')[0]!.toLowerCase())
    .join('');
}

/** Does this capitalised phrase look like it could be a name (no institutional nouns)? */
const ONLY_PARTICLE = new RegExp(`^${PARTICLE}$`, 'u');
const ONLY_HONORIFIC = new RegExp(`^${HONORIFIC}$`, 'u');
/** An honorific or a rank opening a name to learn, written out or not ("Madame …", "Cdt …"). */
const LEADING_HONORIFIC = new RegExp(`^(?:M\\.|MM\\.|Mme|Mmes|Mlle|Mlles|Me|Dr|Pr|Madame|Monsieur|${RANK})\\s+`, 'u');
/** A particle and one word: "du Nord" in "le préfet du Nord" is a place in the role, not a name. */
const PARTICLE_AND_WORD = new RegExp(`^${PARTICLE}\\s+\\S+$`, 'u');
function nameLike(phrase: string): boolean {
  const words = phrase.split(/\s+/u).filter((w) => !ONLY_PARTICLE.test(w));
  return words.length > 0 && words.every((w) => !NOT_NAME_WORDS.has(w.replace(/['’].*$/u, '')) && /^\p{Lu}/u.test(w));
}

/** The name in its usual case: "Christophe CASTANER" → "Christophe Castaner". */
function displayName(name: string): string {
  return name.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** A surname alone: one word, or particles and one word ("De Croo"). */
const SURNAME_ALONE = new RegExp(`^(?:${PARTICLE}\\s+)*\\S+$`, 'u');
/** A holder's name right after an office: ", Bertrand Gaume", " M. Bertrand GAUME". */
const HOLDER_AFTER = new RegExp(`^,?\\s+(?:${HONORIFIC}\\s+)?${NAME}`, 'u');
/** An acronym in parentheses right after a name: "… organisée (CITCO)". */
const ACRONYM_AFTER = /^\s*\((\p{Lu}[\p{Lu}&-]{1,9})\)/u;

/** Before a demonym that names a language: "en français", "en langue française", "en langues espagnole et portugaise". */
const LANGUAGE_BEFORE = /(?<![\p{L}])(?:en|langues?)\s+((?:\p{L}+(?:\s*,\s*|\s+et\s+))*)$/iu;

/**
 * The grammatical gender a role phrase gives a person: "la ministre", "sa collègue", "la
 * directrice" are women; "le ministre", "du ministre" men; "son homologue" either.
 */
function genderOf(phrase: string, role: string): 'f' | 'm' | null {
  if (/^(?:présidente|vice-présidente|directrice|ambassadrice|chancelière|préfète|procureure|Première ministre)/u.test(role)) return 'f';
  if (/^(?:la|sa)\s/iu.test(phrase)) return 'f';
  if (/^(?:le|du|au)\s/iu.test(phrase)) return 'm';
  return null;
}

/** What every document starts from: the registry's actors, their phrases and the matcher for them. */
interface RegistryBase {
  info: Map<string, ActorInfo>;
  byPhrase: Map<string, string>;
  matcher: PhraseMatcher<string>;
  demonymOf: Map<string, string>;
  things: ReadonlySet<string>;
}
/** Built once per registry: folding and indexing its thousands of phrases for every document cost a second per thousand documents. */
const registryBases = new WeakMap<Registry, RegistryBase>();
/** Folded key of a name for exact lookups. */
const phraseKey = (phrase: string) => foldSameLength(phrase.replace(/\s+/gu, ' ').trim());

function registryBase(registry: Registry): RegistryBase {
  const cached = registryBases.get(registry);
  if (cached) return cached;
  const actorNames = new Set(registry.actors.flatMap((a) => [a.name, ...a.aliases]));
  const info = new Map<string, ActorInfo>();
  const byPhrase = new Map<string, string>();
  const demonymOf = new Map<string, string>();
  const phrases: Array<Phrase<string>> = [];
  for (const actor of registry.actors) {
    info.set(actor.id, {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      reviewed: true,
      roles: actor.roles.map((r) => r.title),
      country: actor.country ?? (actor.kind === 'country' ? actor.id : null),
    });
    for (const phrase of [actor.name, ...actor.aliases, ...actor.demonyms]) {
      phrases.push({ phrase, value: actor.id });
      const key = phraseKey(phrase);
      if (!byPhrase.has(key)) byPhrase.set(key, actor.id);
    }
    for (const demonym of actor.demonyms) demonymOf.set(demonym.toLowerCase(), actor.id);
  }
  const things = new Set(registry.terms.map((t) => t.term).filter((term) => !actorNames.has(term)));
  const base = { info, byPhrase, matcher: new PhraseMatcher(phrases), demonymOf, things };
  registryBases.set(registry, base);
  return base;
}

/** Finds actors in the texts of one document. */
export class ActorAnnotator {
  private readonly info: Map<string, ActorInfo>;
  /** Phrases of the actors this document taught (the registry's are in its base). */
  private readonly phrases: Array<Phrase<string>> = [];
  /** Folded name or alias → actor id, for exact lookups while learning: the registry's, then the document's. */
  private readonly base: RegistryBase;
  private readonly byPhrase = new Map<string, string>();
  private matcher: PhraseMatcher<string> | null = null;
  private readonly demonymOf: ReadonlyMap<string, string>;
  /** Persons in order of their last mention, most recent last. */
  private recent: string[] = [];
  /** The speakers of a speech or message its title names ("Discours d'Annelies Verlinden"): no one addresses themselves. */
  private readonly speakers = new Set<string>();
  /** The Council of the EU (or its formation) last named, for a bare "Conseil". */
  private lastCouncil: string | null = null;
  private lastCourt: string | null = null;
  /** Grammatical gender of the people the text names, when it says ("la ministre", "Mme"). */
  private readonly gender = new Map<string, 'f' | 'm'>();
  private lastCommission: string | null = null;
  /** The body last named, per head noun of `BODY_HEADS` ("Office" → the Office anti-stupéfiants). */
  private readonly lastHead = new Map<string, string>();
  /** A commission the text named that is no known actor ("une Commission mixte"): a bare "la Commission" is then unresolved. */
  private commissionUnknown = false;
  /** Whether the text speaks of the European Union. */
  private europeanContext = false;

  /** Glossary acronyms that name things, not actors (SIS, PNR, ECE). */
  private readonly things: ReadonlySet<string>;

  constructor(registry: Registry) {
    this.base = registryBase(registry);
    this.things = this.base.things;
    this.demonymOf = this.base.demonymOf;
    // The registry's records, shared: a document that completes one (its country) replaces it in its own map.
    this.info = new Map(this.base.info);
  }

  /** The actors known so far (registry and discovered). */
  /** The head noun of `BODY_HEADS` a body's mention opens with ("OFFICE ANTI-STUPÉFIANTS" → "Office"), if any. */
  private headOf(hit: ActorHit, text: string): string | null {
    const info = this.info.get(hit.id);
    if (info?.kind !== 'institution' && info?.kind !== 'organisation') return null;
    // (As the text names it: "(AFP)" is no "Agence" to come back to.)
    const first = /^\p{L}+/u.exec(text.slice(hit.start, hit.end))?.[0];
    return (first && BODY_HEADS.find((h) => h.toLowerCase() === first.toLowerCase())) ?? null;
  }

  get actors(): ReadonlyMap<string, ActorInfo> {
    return this.info;
  }

  /** Registry or discovered actor whose name or alias is `name` (accents and case folded), if any. */
  private known(name: string): string | null {
    const key = phraseKey(name);
    return this.base.byPhrase.get(key) ?? this.byPhrase.get(key) ?? null;
  }

  /**
   * The known person whose surname is `surname` and whose given name starts with `initial`
   * ("C." and "MICHEL": Charles Michel), if there is exactly one.
   */
  private personByInitial(initial: string, surname: string): string | null {
    const key = phraseKey(surname);
    const found = [...this.info].filter(([, info]) => {
      if (info.kind !== 'person') return false;
      const words = info.name.split(/\s+/u);
      return words.length >= 2 && phraseKey(words.slice(1).join(' ')) === key && phraseKey(words[0]!).startsWith(phraseKey(initial.replace(/\.$/u, '')));
    });
    return found.length === 1 ? found[0]![0] : null;
  }

  /** Add a phrase for an actor: to the document's matcher (rebuilt lazily) and to the exact-name index. */
  private addPhrase(phrase: string, id: string): void {
    this.phrases.push({ phrase, value: id });
    const key = phraseKey(phrase);
    if (!this.base.byPhrase.has(key) && !this.byPhrase.has(key)) this.byPhrase.set(key, id);
    this.matcher = null;
  }

  /** Every occurrence of a known phrase: the registry's, then the document's, by position. */
  private findPhrases(text: string): Array<{ start: number; end: number; value: string }> {
    this.matcher ??= new PhraseMatcher(this.phrases);
    const learned = this.matcher.find(text);
    const registered = this.base.matcher.find(text);
    // Stable: at one position, the longer first, and the registry's before the document's.
    return learned.length === 0 ? registered : [...registered, ...learned].sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Record an actor the registry lacks, with the forms texts may use for it. */
  private learn(name: string, kind: ActorKind, role: string | null = null, country: string | null = null): string | null {
    const clean = name
      .replace(/\s+/gu, ' ')
      .replace(LEADING_HONORIFIC, '')
      .trim();
    if (!clean || !nameLike(clean)) return null;
    const existing = this.known(clean);
    if (existing) {
      const info = this.info.get(existing)!;
      if (role && !info.reviewed && !info.roles.includes(role)) info.roles.push(role);
      // The actors' records are shared with the registry's base: replaced, never changed.
      if (country && !info.country) this.info.set(existing, { ...info, country });
      return existing;
    }
    const id = asciiSlug(clean);
    if (!id || this.info.has(id)) return this.info.has(id) ? id : null;
    this.info.set(id, { id, name: displayName(clean), kind, reviewed: false, roles: role ? [role] : [], country });
    this.addPhrase(clean, id);
    if (displayName(clean) !== clean) this.addPhrase(displayName(clean), id);
    if (kind === 'person') {
      // The surname alone, once the person is named: "Grapperhaus", "De Crem", "CASTANER".
      const words = clean.split(/\s+/u);
      if (words.length >= 2) {
        const surname = words.slice(1).join(' ');
        if (!NOT_NAME_WORDS.has(surname)) {
          this.addPhrase(surname, id);
          if (displayName(surname) !== surname) this.addPhrase(displayName(surname), id);
        }
      }
    }
    this.matcher = null;
    return id;
  }

  /** Country named by a demonym in a role ("ministre néerlandais"), if any. */
  private countryInRole(role: string): string | null {
    for (const word of role.toLowerCase().split(/[\s'’]+/u)) {
      const id = this.demonymOf.get(word);
      if (id) return id;
    }
    return null;
  }

  /** First pass: learn the actors that the registry lacks from the shapes of their names. */
  discover(texts: string[]): void {
    const common = commonAcronyms(texts);
    texts.forEach((text, t) => {
      // In a signature block (under "Pour le Gouvernement … :" or "Fait à …"), a name on its
      // line, its office on the next ("Lorenzo Bassani" / "Ministre de l'Intérieur"): a
      // person, whatever the given name. (Not two names side by side from two columns, nor a
      // heading over a role: "Contact Presse" / "Attachée de presse du ministre".)
      const office = texts[t + 1] ?? '';
      const line = text.trim();
      if (SIGNATURE_NAME.test(line) && SIGNATURE_OFFICE_LINE.test(office) && (office.match(ANY_OFFICE) ?? []).length === 1 && nameLike(line) && !this.known(line)) {
        const signing = texts.slice(Math.max(0, t - 4), t).some((above) => /^(?:pour (?:le|la|l['’])|fait à)(?![\p{L}])/iu.test(above.trim()));
        if (signing) this.learn(line, 'person');
      }
      // After an office and its comma (a signature: "Le Ministre de l'Intérieur," / "B. QUINTIN").
      const signedAfter = (index: number) => SIGNING_OFFICE.test(text.slice(0, index)) || (index === 0 && SIGNING_OFFICE.test(texts[t - 1] ?? ''));
      // A body named with a body noun before its acronym ("le Centre pour la Cybersécurité
      // Belgique (CCB)") holds no foreign name nor person of its own ("Cybersécurité Belgique").
      const bodyMatches = bodiesBeforeAcronym(text);
      const insideBody = (m: RegExpMatchArray) => bodyMatches.some((b) => b.index! < m.index! && m.index! + m[0].length <= b.index! + b[0].length);
      // A foreign body's or force's name holds no place of its own ("Unidad Militar de
      // Emergencias", "Mossos d'Esquadra", "Polizia di Stato").
      const foreign: Array<[number, number]> = [];
      for (const m of text.matchAll(FOREIGN_BODY_BEFORE_ACRONYM)) {
        const [, name, acronym] = m as unknown as [string, string, string];
        if (insideBody(m)) continue;
        const first = name.split(/\s+/u)[0]!;
        if (acronym[0] !== first[0] || GIVEN_NAMES.has(first) || NOT_NAME_WORDS.has(first) || this.things.has(acronym)) continue;
        foreign.push([m.index!, m.index! + name.length]);
        if (this.known(name) || this.known(acronym)) continue;
        // "le Rassemblement National (RN)", "le Vlaams Belang (VB)": a party.
        if (PARTY_HEAD.test(first)) this.learn(name, 'party');
        else this.learnInstitution(name);
        this.addPhrase(acronym, asciiSlug(name));
      }
      // A body named in its own language, then its country's adjective: "la Federale
      // Gerechtelijke Politie belge", "la Koninklijke Marechaussee néerlandaise".
      for (const m of text.matchAll(FOREIGN_BODY_DEMONYM)) {
        const [, name, adjective] = m as unknown as [string, string, string];
        const first = name.split(/\s+/u)[0]!;
        if (!this.demonymOf.has(adjective.toLowerCase()) || !FOREIGN_BODY_WORD.test(name) || insideBody(m) || GIVEN_NAMES.has(first) || NOT_NAME_WORDS.has(first) || this.known(name) || this.knownPrefix(name)) continue;
        foreign.push([m.index!, m.index! + name.length]);
        this.learnInstitution(name);
      }
      for (const m of text.matchAll(PARTY_IN_PARENS)) {
        // Nor the end of a body's name ("Centre pour la Cybersécurité Belgique (CCB)").
        if (insideBody(m)) continue;
        // An acronym already known as a body ("… Internetkriminalität (ZIT)") is not a party.
        const acronymOf = this.known(m[2]!);
        if (acronymOf && this.info.get(acronymOf)?.kind !== 'party') continue;
        // "Annelies Verlinden (CD&V)": a person and their party. Not an acronym after its
        // expansion ("Système d'Information Schengen (SIS)"), nor a name after an elided article.
        // The name is the longest tail of capitalised words that reads as a name
        // ("l'Intérieur Annelies Verlinden" → "Annelies Verlinden").
        const words = m[1]!.split(/\s+/u);
        let name = m[1]!;
        for (let k = 0; k < words.length; k++) {
          const tail = words.slice(k).join(' ');
          // "le député du Nord Julien Carpentier (LR)": a place before a known given name is not part of the name.
          const placeFirst = words.length - k >= 3 && GIVEN_NAMES.has(words[k + 1]!) && !GIVEN_NAMES.has(words[k]!);
          if (!placeFirst && nameLike(tail) && (k > 0 || !/['’]\s*$/u.test(text.slice(Math.max(0, m.index! - 2), m.index!)))) {
            name = tail;
            break;
          }
          name = '';
        }
        // (Nor a kind of text and its short name: "NOTE DE RETOUR D'EXPÉRIENCE (RETEX)".)
        if (!name || spellsAcronym(text.slice(Math.max(0, m.index! - 80), m.index! + m[1]!.length), m[2]!) || isTextKind(name)) continue;
        // A body named in its own language, whatever comes before it ("… et Vlaamse
        // Milieumaatschappij (VMM)"), is no person and its party.
        if (FOREIGN_BODY_WORD.test(name) || FOREIGN_BODY_SUFFIX.test(name)) {
          if (!this.known(name)) this.learnInstitution(name);
          if (!this.known(m[2]!)) this.addPhrase(m[2]!, this.known(name) ?? asciiSlug(name));
          continue;
        }
        // A place or a country after its particle is no person: "… de la République de
        // Slovénie (FURS)" names a body in its own language's acronym.
        const bare = this.known(name.replace(/^(?:(?:de|du|des|d['’]|la|le|les|l['’])\s*)+/iu, ''));
        if (bare && this.info.get(bare)?.kind !== 'person') continue;
        const person = this.known(name);
        const isPerson = person ? this.info.get(person)?.kind === 'person' : name.split(/\s+/u).length >= 2 && this.learn(name, 'person') !== null;
        if (isPerson) this.learn(m[2]!, 'party');
      }
      for (const m of text.matchAll(SPELLED_HONORIFIC)) {
        if (m[2]!.split(/\s+/u).length >= 2 && nameLike(m[2]!)) this.noteGender(this.learn(m[2]!, 'person'), m[1] === 'Monsieur' ? 'm' : 'f');
      }
      for (const m of text.matchAll(WITH_HONORIFIC)) this.noteGender(this.learn(m[1]!, 'person'), /^(?:Mme|Mmes|Mlle|Mlles)/u.test(m[0]) ? 'f' : /^M\./u.test(m[0]) ? 'm' : null);
      // "Christophe CASTANER", not "Le CITCO" (an article before an acronym).
      for (const m of text.matchAll(UPPER_SURNAME)) {
        const [first, ...surname] = m[1]!.split(/\s+/u);
        const upper = this.known(surname.join(' '));
        if (/\.$/u.test(first!)) {
          // An initial only in a signature, under its office ("A. CONTEXTE" heads a section);
          // before a registry person's surname with that initial, that person ("C. MICHEL").
          if (!signedAfter(m.index!)) continue;
          const person = upper ?? this.personByInitial(first!, surname.join(' '));
          if (person) this.addPhrase(m[1]!, person);
          else this.learn(m[1]!, 'person');
          continue;
        }
        // A known body's or a glossary term's acronym is no surname: "Effectif du CCPD",
        // "Compatibilité RGPD".
        if ((upper && this.info.get(upper)?.kind !== 'person') || this.things.has(surname.join(' '))) continue;
        // A Roman numeral is no surname: "Prüm II", "Schengen III"; nor an acronym the text
        // writes after an article or in parentheses ("Mesures CMIC : …" where "une CMIC").
        if (surname.length === 1 && (/^[IVXLC]+$/u.test(surname[0]!) || common.has(surname[0]!))) continue;
        // With a particle, only after a given name or an initial: "Renfort du CCPD" is a body's.
        if (surname.length > 1 && !GIVEN_NAMES.has(first!) && !/\.$/u.test(first!)) continue;
        // Not a verb before an acronym ("Saisir le MPC", "Informer la DGSI"), nor a thing named
        // by its acronym ("Code NUTS", "Caméras LAPI", "Terminaux SIS").
        if (NOT_NAME_WORDS.has(first!) || THING_BEFORE_ACRONYM.test(first!) || (/(?:er|ir|re)$/u.test(first!) && !GIVEN_NAMES.has(first!))) continue;
        this.learn(m[1]!, 'person');
      }
      // "MÉHAUT Laurent": the surname first, in capitals, then a known given name (which
      // starts no name of its own: not "Laurent Commissaire" over the next line's office).
      const givenAfterSurname = new Set<number>();
      for (const m of text.matchAll(UPPER_SURNAME_FIRST)) {
        const [written, surname, given] = m as unknown as [string, string, string];
        if (!GIVEN_NAMES.has(given) || !this.surnameFirstFits(surname, given)) continue;
        const id = this.learn(`${given} ${surname}`, 'person');
        if (id) this.addPhrase(written, id);
        givenAfterSurname.add(m.index! + written.length - given.length);
      }
      // "Dupont Marie <marie.dupont@…>": the address's "given.surname" says the order.
      for (const m of text.matchAll(NAME_BEFORE_ADDRESS)) {
        const [, a, b, local] = m as unknown as [string, string, string, string];
        const order = addressOrder(a, b, local);
        if (!order) continue;
        const [given, surname] = order === 'surname-first' ? [b, a] : [a, b];
        // A mailbox's name ("Cellule Presse <cellule.presse@…>") is no person's: written in
        // the address's order, the given name must be a known one.
        if ((order === 'given-first' && !GIVEN_NAMES.has(given)) || !this.surnameFirstFits(surname, given)) continue;
        const id = this.learn(`${given} ${surname}`, 'person');
        if (id && order === 'surname-first') this.addPhrase(`${a} ${b}`, id);
      }
      for (const m of text.matchAll(GIVEN_AND_SURNAME)) {
        if (givenAfterSurname.has(m.index!)) continue;
        // A street or a building named after someone is no mention of them: "l'avenue Victor Hugo".
        if (NAMED_AFTER.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
        if (GIVEN_NAMES.has(m[1]!) && nameLike(m[2]!)) this.learn(`${m[1]} ${m[2]}`, 'person');
        else {
          // The match may have swallowed the given name: "Français Gérald Darmanin".
          const [given, ...rest] = m[2]!.split(/\s+/u);
          if (GIVEN_NAMES.has(given!) && rest.length > 0 && nameLike(rest.join(' '))) this.learn(m[2]!, 'person');
        }
      }
      for (const m of text.matchAll(NATIONAL_THEN_NAME)) {
        const country = this.demonymOf.get(m[1]!.toLowerCase());
        if (!country || m[2]!.split(/\s+/u).length < 2 || !nameLike(m[2]!)) continue;
        // "l'Allemande" (allemand + e), "la Française" are women; "le Français", "l'Espagnol" men.
        const word = m[1]!.toLowerCase();
        const feminine = /^la\s/iu.test(m[0]) || (/e$/u.test(word) && this.demonymOf.has(word.slice(0, -1)));
        this.noteGender(this.learn(m[2]!, 'person', null, country), feminine ? 'f' : 'm');
      }
      const signed = SIGNED_NAME.exec(text);
      if (signed && signed[1]!.split(/\s+/u).length >= 2 && nameLike(signed[1]!)) {
        const role = signed[2]!.charAt(0).toLowerCase() + signed[2]!.slice(1);
        this.learn(signed[1]!, 'person', role, this.countryInRole(role));
      }
      for (const m of text.matchAll(VOCATIVE_NAME)) {
        if (m[3]!.split(/\s+/u).length >= 2 && nameLike(m[3]!)) this.noteGender(this.learn(m[3]!, 'person', m[2]!, this.countryInRole(m[2]!)), m[1] === 'Madame' ? 'f' : 'm');
      }
      for (const m of text.matchAll(ROLE_COMMA_NAME)) {
        const role = m[1]!;
        if (!nameLike(m[2]!)) continue;
        // "son homologue, Ferd Grapperhaus": a counterpart, with no office to record.
        this.noteGender(this.learn(m[2]!, 'person', BARE_COUNTERPART.test(role) ? null : role, this.countryInRole(role)), genderOf(m[0], role));
      }
      for (const m of text.matchAll(APPOSITION)) {
        const role = m[2]!.replace(/^(?:le|la|l['’])\s*/u, '');
        // "Discours de Laurent Vasseur, ministre …": the name starts after the common noun.
        const name = m[1]!.replace(LEADING_COMMON_NOUN, '');
        const first = name.split(/\s+/u)[0]!;
        // "CCPD de Genève, chef de la partie française": a known body's acronym opens no person's name.
        if (/^\p{Lu}{2,}$/u.test(first) && this.known(first)) continue;
        if (name.split(/\s+/u).length >= 2) this.noteGender(this.learn(name, 'person', role, this.countryInRole(role)), genderOf(m[2]!, role));
      }
      for (const m of text.matchAll(ROLE_THEN_NAME)) {
        const role = m[1]!;
        if (/^(?:homologue|collègue)/u.test(role) && m[2]!.split(/\s+/u).length < 2) continue;
        // "le préfet du Nord": a particle and one word is a place in the role, not a name.
        if (PARTICLE_AND_WORD.test(m[2]!)) continue;
        // "le ministre de la Mobilité": after an office's particle, a capitalised word is its
        // portfolio, not a name; a name may follow it ("… de la Mobilité Jean Dupont").
        if (/(?:^|\s)(?:de la|de l['’]|du|des|de)$/u.test(role)) {
          const rest = m[2]!.split(/\s+/u).slice(1).join(' ');
          if (rest.split(/\s+/u).length >= 2 && nameLike(rest)) this.learn(rest, 'person', null, null);
          continue;
        }
        // "son homologue néerlandais de la Justice Ferd Grapperhaus": a counterpart, kept as such.
        this.noteGender(this.learn(m[2]!, 'person', BARE_COUNTERPART.test(role) ? null : role, this.countryInRole(role)), genderOf(m[0], role));
      }
      // (Read from where each name ends: an "et" not kept may join a second body, "Comité R et Comité P".)
      const institutions = new RegExp(INSTITUTION.source, 'gu');
      for (let m = institutions.exec(text); m !== null; m = institutions.exec(text)) {
        const [, first, joined, adjective] = m as unknown as [string, string, string | undefined, string | undefined];
        const listed = joined === undefined ? this.listedComplements(first, text.slice(m.index + first.length)) : '';
        const tail = joined === undefined ? listed : this.joinedComplement(first, text.slice(m.index + first.length), joined.length);
        const whole = joined === undefined ? first + (listed || (adjective ?? '')) : tail === joined ? first + tail + (adjective ?? '') : first + tail;
        institutions.lastIndex = m.index + whole.length;
        const name = whole.replace(/\s+(?:de la|de l['’]|du|des|de|d['’])$/u, '');
        // "le ministère de Gérald Darmanin" is the minister's, not a body of that name.
        const complement = /^\S+\s+(?:de\s+|d['’])(\p{Lu}[\p{L}-]*)/u.exec(name)?.[1];
        if (complement && GIVEN_NAMES.has(complement)) continue;
        if (!this.known(name)) this.learnInstitution(name);
      }
      for (const m of text.matchAll(FOREIGN_FORCE)) {
        // "la Garda de Wexford": a French "de" before a place names where the force serves.
        if (!/\sde\s+\p{Lu}/u.test(m[1]!)) foreign.push([m.index!, m.index! + m[1]!.length]);
        if (!this.known(m[1]!)) this.learnInstitution(m[1]!);
      }
      for (const m of bodyMatches) {
        const [, whole, acronym] = m as unknown as [string, string, string];
        // A sentence before the body: its name starts after the sentence's last verb or
        // preposition ("le Parquet fédéral signera avec la Juridiction nationale de lutte
        // contre la criminalité organisée (JUNALCO)").
        const name = VERB_INSIDE.test(whole) ? (BODY_AFTER_VERB.exec(whole.slice(lastVerbEnd(whole)))?.[1] ?? whole) : whole;
        if (VERB_INSIDE.test(name) || QUANTITY_INSIDE.test(name) || SECOND_BODY.test(name) || this.known(acronym) || this.things.has(acronym)) continue;
        // A two-letter acronym starts with the initial of one of the name's words: "(NL)"
        // after "du groupe des Verts" is a country code, not the group's acronym (longer ones
        // may be in another language: "Ministère fédéral de l'Intérieur (BMI)").
        if (acronym.length === 2 && !name.split(/[\s'’-]+/u).some((word) => foldSameLength(word[0] ?? '') === foldSameLength(acronym[0]!))) continue;
        // A union, a league, an oversight body or a controller only with a capital and the
        // initials of its name ("Syndicat de la magistrature (SM)", "Contrôleur européen de la
        // protection des données (CEPD)"; an organ by its complement, "Organe de contrôle de
        // l'information policière (COC)"): not "le Contrôleur général en visite à la prison de
        // Lille-Sequedin (CGLPL)", a job or a phrase.
        const head = /^(Syndicat|Ligue|Organe|Contrôleur)(?![\p{L}])/u.exec(name)?.[1];
        if (head && !initialsFit(name, acronym) && !(head === 'Organe' && /^Organe\s+(?:de|du|d['’])\s*\p{Ll}/u.test(name))) continue;
        // "le Centre de crise national (NCCN)": a known body's acronym names it in the rest of the text.
        const knownBody = this.known(name);
        if (knownBody) {
          this.addPhrase(acronym, knownBody);
          continue;
        }
        // "le Centre de crise national belge (NCCN)": a known body, then an adjective; the acronym is the known body's.
        const prefix = this.knownPrefix(name, true);
        if (prefix) {
          this.addPhrase(acronym, prefix);
          continue;
        }
        this.learnInstitution(name);
        this.addPhrase(acronym, asciiSlug(name));
      }
      for (const m of text.matchAll(LOCAL_BODY)) {
        const name = m[1]!;
        // The place must be one: not a body or a person ("sous la direction d'Europol", "la
        // direction de Mme Dupont"). A known body before it ("la police fédérale de …") keeps
        // its own name; one closed by its acronym was read above.
        const place = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}+)?$/u.exec(name)![0];
        const placeKind = this.info.get(this.known(place) ?? this.known(place.split(/\s/u)[0]!) ?? '')?.kind;
        if (placeKind && placeKind !== 'place' && placeKind !== 'country') continue;
        if (/^(?:M|Mme|Mlle|Me|Monsieur|Madame|Maître)$/u.test(place) || GIVEN_NAMES.has(place.split(/\s/u)[0]!)) continue;
        // "sous la direction de …", "ont pris la direction de Calais": a lead or a way, not a body.
        if (/(?:sous|pris|prendre|prend|prennent|prenant|prendront)\s+la\s*$/u.test(text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
        if (!this.known(name) && !this.knownPrefix(name) && !ACRONYM_AFTER.test(text.slice(m.index! + name.length))) this.learnInstitution(name);
      }
      for (const m of text.matchAll(ACRONYM_DASH_NAME)) {
        const [, acronym, name] = m as unknown as [string, string, string];
        // (A body's name, not a glossary's "LAPI – Lecture automatisée des plaques …".)
        if (!DASHED_BODY.test(name) || initialsOf(name) !== acronym.toLowerCase() || this.known(acronym) || this.known(name)) continue;
        this.learnInstitution(name, /^(?:syndicat|association|fédération|union|confédération|mouvement|parti)(?![\p{L}])/iu.test(name) ? 'organisation' : 'institution');
        this.addPhrase(acronym, asciiSlug(name));
      }
      for (const m of text.matchAll(MISSION)) {
        if (this.info.get(this.known(m[2]!) ?? '')?.kind !== 'country') continue;
        // Known already in another case ("AMBASSADE DE FRANCE EN BELGIQUE", then "l'ambassade
        // de France en Belgique"): this form names it too.
        if (!this.nameAgain(m[1]!)) this.learnInstitution(m[1]!);
      }
      // Not a glossary acronym of a thing: "la mise en service du SIS"; nor two known ones
      // joined by a hyphen ("le groupe LFI-NFP": La France insoumise and the Nouveau Front populaire).
      for (const m of text.matchAll(ORGANISATION_ACRONYM)) {
        const acronym = m[1]!;
        if (this.known(acronym) || this.things.has(acronym) || (acronym.includes('-') && acronym.split('-').every((part) => this.known(part)))) continue;
        this.learnInstitution(acronym, 'organisation');
      }
      // A prefect's letterhead in capitals, "PRÉFET DU NORD", "PRÉFÈTE DE LA MOSELLE": the
      // office, named as the text would name it in lower case ("Préfet du Nord").
      const letterhead = PREFECT_LETTERHEAD.exec(text.trim());
      if (letterhead) {
        const name = letterhead[0].toLowerCase().replace(/(^|[\s-])(?!(?:du|de|des|la|le|les|l['’]|et|sur|en)(?=[\s-]|$))(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase()).replace(/(?<=[\s-])l['’](\p{L})/gu, (_, letter: string) => `l’${letter.toUpperCase()}`);
        const id = this.known(name) ?? asciiSlug(name);
        if (!this.known(name)) this.learnInstitution(name);
        this.addPhrase(letterhead[0], id);
      }
      for (const name of officeNames(text)) {
        // Known in another case ("Ministère de l'Intérieur", then "ministère de l'intérieur"):
        // this form names it too. Not when a known name starts it: "Centre de coopération
        // policière et douanière" (CCPD) "de Luxembourg".
        if (this.nameAgain(name) || this.knownPrefix(name)) continue;
        const after = text.slice(text.indexOf(name) + name.length);
        // An office whose holder the text names wherever it names it ("le préfet du Nord,
        // Bertrand Gaume") is that person's role, not an actor of its own.
        if (/^(?:préfet|préfète|procureur|procureure)\s/u.test(name) && text.split(name).slice(1).every((rest) => HOLDER_AFTER.test(rest))) continue;
        this.learnInstitution(name);
        // Its acronym in parentheses right after it is a form of it: "… organisée (CITCO)".
        const acronym = ACRONYM_AFTER.exec(after)?.[1];
        if (acronym && !this.known(acronym)) this.addPhrase(acronym, asciiSlug(name));
      }
      // Administrative areas: "les départements de la Meurthe-et-Moselle et de la Moselle".
      for (const m of text.matchAll(ADMIN_AREA)) {
        for (const name of [m[1], m[2]]) if (name && !NOT_NAME_WORDS.has(name) && !this.known(name)) this.learn(name, 'place');
        // "la province de Luxembourg" is not the country Luxembourg: the area is a place of its own.
        const named = m[1] ? this.info.get(this.known(m[1]) ?? '') : undefined;
        if (named?.kind === 'country' && !m[2]) {
          const area = m[0];
          if (!this.known(area)) this.learnInstitution(area, 'place');
        }
      }
      for (const m of text.matchAll(FEATURE_PLACE)) {
        const name = m[0][0]!.toLowerCase() + m[0].slice(1);
        if (!this.known(name)) this.learnInstitution(name, 'place');
      }
      if (/Union européenne|\(UE\)|\beuropéen/u.test(text)) this.europeanContext = true;
      // "les axes Arlon–Steinfort et Aubange–Pétange": a route between two places.
      for (const m of text.matchAll(PLACE_ROUTE)) {
        const [a, b] = [m[1]!, m[2]!];
        if (this.placeOrCountry(a) || this.placeOrCountry(b) || /(?<![\p{L}])(?:axes?|liaisons?|routes?|trajets?)\s+[^.;:!?]{0,40}$/u.test(text.slice(Math.max(0, m.index! - 60), m.index!))) {
          for (const name of [a, b]) if (nameLike(name) && !this.known(name) && !GIVEN_NAMES.has(name)) this.learn(name, 'place');
        }
      }
      for (const m of text.matchAll(PLACE_AFTER_PREPOSITION)) {
        const name = m[1]!;
        const at = m.index! + m[0].length - name.length;
        // "La parole est à Mme la ministre": an honorific, not a place.
        if (foreign.some(([start, end]) => start <= at && at < end) || ONLY_HONORIFIC.test(name)) continue;
        if (!NOT_NAME_WORDS.has(name) && !this.known(name) && !GIVEN_NAMES.has(name)) this.learn(name, 'place');
        // "entre Strasbourg et Francfort", "à Paris et à Berlin".
        const next = /^\s+et\s+(?:à\s+|de\s+|d['’])?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}])/u.exec(text.slice(m.index! + m[0].length));
        if (next && !NOT_NAME_WORDS.has(next[1]!) && !this.known(next[1]!) && !GIVEN_NAMES.has(next[1]!)) this.learn(next[1]!, 'place');
      }
      // Enumerations that continue a place: "aux aéroports de Bruxelles, Luxembourg, Amsterdam".
      for (const m of text.matchAll(PLACE_LIST)) {
        for (const name of m[0].split(/\s*,\s*|\s+et\s+/u).map((n) => n.replace(/^(?:de |d['’]|à )/u, '').trim())) {
          if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+)?$/u.test(name) && nameLike(name) && !this.known(name) && !GIVEN_NAMES.has(name.split(' ')[0]!)) {
            // One known place or country in the list makes the others places too.
            const members = m[0].split(/\s*,\s*|\s+et\s+/u).map((n) => this.known(n.replace(/^(?:de |d['’]|à )/u, '').trim()));
            if (members.some((id) => id && ['place', 'country'].includes(this.info.get(id)!.kind))) this.learn(name, 'place');
          }
        }
      }
    })
    this.mergeSurnames();
  }

  /**
   * A person first named by surname alone ("M. GRANDE-MARLASKA") and later in full
   * ("M. Fernando GRANDE-MARLASKA") in the same document is one person: the surname-only
   * actor becomes a form of the full one — when exactly one person of the document has
   * that surname.
   */
  private mergeSurnames(): void {
    for (const [id, info] of [...this.info]) {
      if (info.reviewed || info.kind !== 'person' || !SURNAME_ALONE.test(info.name)) continue;
      const surname = foldSameLength(info.name);
      const fuller = [...this.info.values()].filter(
        (other) => other.id !== id && other.kind === 'person' && /\s/u.test(other.name) && foldSameLength(other.name).endsWith(` ${surname}`),
      );
      if (fuller.length !== 1) continue;
      const target = fuller[0]!;
      for (const phrase of this.phrases) if (phrase.value === id) phrase.value = target.id;
      for (const [key, value] of this.byPhrase) if (value === id) this.byPhrase.set(key, target.id);
      for (const role of info.roles) if (!target.reviewed && !target.roles.includes(role)) target.roles.push(role);
      if (target.country === null && info.country !== null) this.info.set(target.id, { ...target, country: info.country });
      this.info.delete(id);
      this.matcher = null;
    }
  }

  /**
   * How much of a complement joined by "et" (" et Prévention", " et des Affaires
   * étrangères": the first `length` characters of `after`, the text after `first`) goes
   * on with the body's name `first` ("Direction générale Sécurité",
   * "Ministère de l'Europe"): all of it when it is built as the first complement is (both
   * bare, or both after "de", "des", "du"…) and starts with a word that is neither a
   * known actor, a body's head noun, an acronym nor a given name, up to a complement naming a known
   * actor ("… et Prévention du SPF Intérieur" stops before "du SPF Intérieur"). Otherwise
   * none: "la Direction générale Sécurité et Europol", "le Ministère de la Justice et
   * Frontex", "le Comité R et Comité P" are two actors.
   */
  private joinedComplement(first: string, after: string, length: number): string {
    const joined = after.slice(0, length);
    const firstLink = LINKED_CAPS.exec(first)?.[1] ?? null;
    const rest = joined.replace(/^\s+et/u, '');
    const link = LINK_BEFORE_CAP.exec(rest);
    // One plural article may serve both nouns: "des Douanes et Accises".
    const shared = firstLink === 'des' && link?.[1] === undefined;
    if (!link || ((firstLink === null) !== (link[1] === undefined) && !shared)) return '';
    const at = joined.length - rest.length;
    const word = rest.slice(link[0].length).split(/\s+/u)[0]!;
    if (ONLY_HONORIFIC.test(word) || this.startsAnotherActor(word, after.slice(at + link[0].length))) return '';
    // Up to a further complement that names a known actor or an acronym's body ("… de la
    // République fédérale d'Allemagne", "… du SPF Intérieur"), read on in the text.
    for (const further of rest.matchAll(EVERY_LINKED_CAPS)) {
      if (further.index === 0 || further[1] === undefined) continue;
      const next = after.slice(at + further.index + further[0].length);
      if (/^\p{Lu}{2,}(?![\p{L}])/u.test(next) || this.knownStart(next)) return joined.slice(0, at + further.index);
    }
    return joined;
  }

  /**
   * A body's name that lists its complements, each capitalised after "de", the last after
   * "et": "Commission de l'Intérieur" + ", de la Sécurité, de la Migration et des Matières
   * administratives". The whole list, or none: each complement must start with a word that
   * is neither a body's head noun, an acronym, a given name nor a known actor ("le
   * Ministère de l'Intérieur, de la Police fédérale et d'Europol" lists three bodies).
   */
  private listedComplements(first: string, after: string): string {
    if (LINKED_CAPS.exec(first)?.[1] === undefined) return '';
    const list = LISTED_COMPLEMENTS.exec(after);
    if (!list) return '';
    for (const link of list[0].matchAll(EVERY_LINKED_CAPS)) {
      if (link[1] === undefined) continue;
      const rest = list[0].slice(link.index + link[0].length);
      const word = rest.split(/[\s,]+/u)[0]!;
      if (this.startsAnotherActor(word, rest)) return '';
    }
    return list[0];
  }

  /**
   * Does a complement starting with `word` (the text from it: `text`) start another actor
   * rather than go on with a body's name: a body's head noun, an acronym, a given name, or a
   * known actor ("… et Europol", "… de la Police fédérale", "… et Marie …")?
   */
  private startsAnotherActor(word: string, text: string): boolean {
    return HEAD_AT_START.test(word) || /^\p{Lu}{2,}$/u.test(word) || GIVEN_NAMES.has(word) || this.knownStart(text);
  }

  /** Do the first words of `text` (one to four) name a known actor? */
  private knownStart(text: string): boolean {
    const words = text.split(/\s+/u, 4).map((w) => w.replace(/[,.;:!?)»”]+$/u, ''));
    for (let k = 1; k <= words.length; k++) if (this.known(words.slice(0, k).join(' '))) return true;
    return false;
  }

  /**
   * Can `surname` and `given`, read from a surname-first form, be a person's: neither a
   * word that is no name ("Permanence", "Secrétariat"), nor a known body, place or term
   * ("CCPD", "SIS")?
   */
  private surnameFirstFits(surname: string, given: string): boolean {
    return [surname, given].every((word) => {
      const known = this.known(word);
      return !NOT_NAME_WORDS.has(upperFirst(word.toLowerCase())) && !NOT_NAME_WORDS.has(word) && !this.things.has(word) && (!known || this.info.get(known)?.kind === 'person');
    });
  }

  /** An institution's name keeps its institutional head noun, which `learn` would refuse. */
  /**
   * Whether `name` names an actor known already, maybe in another case ("AMBASSADE DE FRANCE
   * EN BELGIQUE", then "l'ambassade de France en Belgique"); if so, this form names it too.
   */
  private nameAgain(name: string): boolean {
    const id = this.known(name);
    if (id) this.addPhrase(name, id);
    return id !== null;
  }

  private learnInstitution(name: string, kind: ActorKind = 'institution'): void {
    const id = asciiSlug(name);
    // A kind of text is no body: "NOTE DE RETOUR D'EXPÉRIENCE (RETEX)", "Rapport annuel".
    if (!id || this.info.has(id) || isTextKind(name)) return;
    // A complement that is an adverb ends no name: "au Ministère de bien vouloir …".
    if (/\s(?:de|d['’])\s*(?:bien|mieux|plus|moins|tout|très|nouveau)$/iu.test(name)) return;
    // A union, a league or an association is an organisation, not an institution of the state.
    if (kind === 'institution' && /^(?:syndicat|ligue|association|fédération|confédération|union|mouvement)(?![\p{L}])/iu.test(name)) kind = 'organisation';
    // Its name as a label, capitalised ("Police cantonale de Genève"); the text keeps its case.
    this.info.set(id, { id, name: upperFirst(name), kind, reviewed: false, roles: [], country: null });
    this.addPhrase(name, id);
    // French writes the head noun of a ministry or office in either case.
    if (/^\p{Lu}\p{Ll}+\s+(?:de|du|des|d['’])/u.test(name)) this.addPhrase(name[0]!.toLowerCase() + name.slice(1), id);
  }

  /**
   * Is `text.slice(start, end)` part of a hyphenated name ("Météo-France", "V-Europe", "Air
   * France-KLM"), rather than one side of a pair of known names ("France-Italie",
   * "UE-Turquie", "Paris-Bruxelles")?
   */
  private insideCompoundName(text: string, start: number, end: number): boolean {
    // (Only where a hyphen touches it: the regex on the 40 characters before is costly.)
    const before = text[start - 1] === '-' ? /(\p{L}[\p{L}'’]*)-$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1] : undefined;
    const after = text[end] === '-' ? /^-(\p{L}[\p{L}'’]*)/u.exec(text.slice(end, end + 40))?.[1] : undefined;
    if (!before && !after) return false;
    return [before, after].some((word) => word !== undefined && !this.known(word));
  }

  /**
   * Whether a text ends on an office or a name in capitals and its "du", "des", "de la" (see
   * `OFFICE_OF_PLACE`), the name not itself a place or a country ("le Piémont des
   * Hautes-Alpes" names two places).
   */
  private partOfName(text: string): boolean {
    if (OFFICE_OF_TERRITORY.test(text)) return true;
    const m = OFFICE_OF_PLACE.exec(text);
    if (!m) return false;
    const word = /^\p{Lu}[\p{L}-]*/u.exec(m[0])?.[0];
    return word === undefined || !this.placeOrCountry(word);
  }

  /** Whether a text ends on a known place or country and "du" ("l'Europe du ", "l'Italie du "). */
  private placeBefore(text: string): boolean {
    const word = /(\p{Lu}[\p{L}-]+)\s+du\s+$/u.exec(text)?.[1];
    return word !== undefined && this.placeOrCountry(word);
  }

  /** Is `text.slice(start, end)` a cardinal point that names no place there (see `DIRECTION`)? */
  private direction(text: string, start: number, end: number): boolean {
    if (!DIRECTION.test(text.slice(start, end))) return false;
    const before = text.slice(Math.max(0, start - 40), start);
    return /^\s+(?:de|du|des|d['’])(?![\p{L}])/u.test(text.slice(end, end + 6)) || /^-\p{Lu}/u.test(text.slice(end, end + 2)) || /\p{Lu}\p{Ll}+[\s-]$/u.test(before) || this.placeBefore(before);
  }

  /** Does `name` name a known place or country? */
  private placeOrCountry(name: string): boolean {
    return ['place', 'country'].includes(this.info.get(this.known(name) ?? '')?.kind ?? '');
  }

  /** The id of a known name of two words or more that starts `name` ("Centre de crise national" in "… national belge"). */
  private knownPrefix(name: string, beforeDemonym = false): string | null {
    const words = name.split(/\s+/u);
    for (let k = words.length - 1; k >= 2; k--) {
      const id = this.known(words.slice(0, k).join(' '));
      // With `beforeDemonym`, only before adjectives of nationality ("… national belge"), not
      // before a complement that makes another body ("Commission européenne contre le
      // racisme et l'intolérance (ECRI)").
      if (id) return !beforeDemonym || words.slice(k).every((w) => this.demonymOf.has(w.toLowerCase())) ? id : null;
    }
    return null;
  }

  private noteGender(id: string | null, gender: 'f' | 'm' | null): void {
    if (id && gender && !this.gender.has(id)) this.gender.set(id, gender);
  }

  /** Does a demonym after `before` name a language: "en français", "en langues espagnole et (portugaise)"? */
  private languageBefore(before: string): boolean {
    const m = LANGUAGE_BEFORE.exec(before);
    return m !== null && m[1]!.split(/\s*,\s*|\s+et\s+/u).filter(Boolean).every((word) => this.demonymOf.has(word.toLowerCase()));
  }

  /** Second pass: actor mentions in one text, in reading order (call in document order). */
  annotate(text: string, quotes: QuoteContext[] = []): ActorHit[] {
    // Not inside the number of a legal act ("directive 2012/29/UE", "règlement (UE) 2016/679"),
    // and a demonym after "en" or "langue" names a language ("rédigé en français").
    const hits = this.findPhrases(text)
      // A year right after a name makes another name ("Paris 2024"), and so does a small number
      // after a country one watches or listens to ("sur France 24", "de France 2"); a figure
      // after a table's column gap ("France      4 905"), a quantity ("En France 80 000
      // policiers", "à Paris 70 policiers") does not.
      .filter((h) => text[h.start - 1] !== '/' && !/^\)?\s*(?:\d+\/\d|\d{4}(?!\d))/u.test(text.slice(h.end, h.end + 12)))
      .filter((h) => !(this.info.get(h.value)?.kind === 'country' && /^\s?\d{1,2}(?![\d\s]*\d)/u.test(text.slice(h.end, h.end + 8)) && /(?<![\p{L}])(?:sur|de|d['’]|à|chez)\s*$/iu.test(text.slice(Math.max(0, h.start - 6), h.start))))
      .filter((h) => !(this.demonymOf.has(text.slice(h.start, h.end).toLowerCase()) && this.languageBefore(text.slice(Math.max(0, h.start - 40), h.start))))
      // "sud-américains", "nord-africains": a region, not the country of the demonym.
      .filter((h) => !(this.demonymOf.has(text.slice(h.start, h.end).toLowerCase()) && /(?<![\p{L}])(?:sud|nord|est|ouest|centre|latino|afro|euro|extrême|moyen|proche|indo|pan)-$/iu.test(text.slice(Math.max(0, h.start - 9), h.start))))
      // A place inside a hyphenated name is not named: "Météo-France", "V-Europe" (the
      // combining forms of "franco-belge" are read below).
      .filter((h) => !(['place', 'country'].includes(this.info.get(h.value)?.kind ?? '') && /^\p{Lu}/u.test(text[h.start]!) && this.insideCompoundName(text, h.start, h.end)))
      // A place after an office or a name in capitals is part of that name ("le préfet du
      // Nord", "La Voix du Nord", "Préfet des Hauts-de-France"). A cardinal point before a
      // complement is a direction.
      .filter((h) => !(this.info.get(h.value)?.kind === 'place' && this.partOfName(text.slice(Math.max(0, h.start - 40), h.start))))
      .filter((h) => !(WORD_PLACES.has(h.value) && (!PLACE_ARTICLE.test(text.slice(Math.max(0, h.start - 12), h.start)) || text.slice(h.start, h.end) === text.slice(h.start, h.end).toUpperCase())))
      .filter((h) => !this.direction(text, h.start, h.end))
      // A word in capitals after an indefinite article is a common noun, as in a line
      // written in capitals ("UN RAID AÉRIEN"): a body is not "a" RAID.
      .filter((h) => !(/^\p{Lu}{2,}$/u.test(text.slice(h.start, h.end)) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, h.start - 8), h.start))))
      .map((h) => ({ start: h.start, end: h.end, id: h.value }));
    const kept = resolveOverlaps(hits, (id) => this.info.get(id)?.kind ?? 'person', (h) => this.demonymOf.has(text.slice(h.start, h.end).toLowerCase()));

    // "franco-belge", "franco-belgo-luxembourgeoise": each combining form names a country, on the whole word.
    for (const m of text.matchAll(COMPOUND)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (kept.some((h) => h.start < start && h.end >= end)) continue; // inside a longer name ("zone irako-syrienne")
      for (const part of m[0].split('-').slice(0, -1)) {
        const id = COMBINING[part.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')];
        if (id && this.info.has(id) && !kept.some((h) => h.id === id && h.start === start)) kept.push({ start, end, id });
      }
    }

    // A bare "Conseil" in a European text: the Council of the EU formation last named, or
    // the Council itself ("la décision 2008/615/JAI du Conseil", "du Parlement européen et du Conseil").
    for (const m of text.matchAll(BARE_COUNCIL)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (kept.some((h) => h.start < end && start < h.end)) continue;
      const before = kept.filter((h) => h.end <= start && COUNCILS.includes(h.id)).at(-1)?.id;
      // The co-legislator, whatever formation was named before: "… du Parlement européen et du Conseil".
      const colegislator = /Parlement européen\s+et\s+(?:du|le|au)\s+$/u.test(text.slice(Math.max(0, start - 40), start)) && this.info.has(EU_COUNCIL);
      const target = colegislator ? EU_COUNCIL : (before ?? this.lastCouncil ?? (this.europeanContext && this.info.has(EU_COUNCIL) ? EU_COUNCIL : null));
      if (target) kept.push({ start, end, id: target });
    }

    // A court or commission named with a qualifier that is no known actor ("la Cour
    // constitutionnelle", "une Commission mixte"): a bare "la Cour" / "la Commission" after
    // it is not resolved to an earlier one.
    const otherCourts: number[] = [];
    for (const m of text.matchAll(OTHER_BODY)) {
      if (kept.some((h) => h.start <= m.index! && m.index! < h.end)) continue;
      if (m[1] === 'Cour') otherCourts.push(m.index!);
      else {
        this.lastCommission = null;
        this.commissionUnknown = true;
      }
    }
    // The Commission last named ("une Commission mixte franco-belge … la Commission se
    // réunit"); in a European text that named none, the European Commission.
    const commission = this.lastCommission ?? (this.europeanContext && !this.commissionUnknown && this.info.has(EU_COMMISSION) ? EU_COMMISSION : null);
    if (commission) {
      addUncovered(kept, text, BARE_COMMISSION, commission);
    }

    // "l'Office", "l'Agence": the body of that head named last before it, in this passage or an
    // earlier one; none after a body of that head no actor stands for ("La Cellule de crise du
    // Quai d'Orsay … La Cellule a rapatrié …").
    const unknownHeads = [...text.matchAll(OTHER_HEADED_BODY)].filter((m) => !kept.some((h) => h.start <= m.index! && m.index! < h.end));
    for (const m of text.matchAll(BARE_HEAD)) {
      const start = m.index!;
      const before = kept.filter((h) => h.end <= start && this.headOf(h, text) === m[1]).sort((a, b) => a.start - b.start).at(-1);
      const other = unknownHeads.filter((u) => u[1] === m[1] && u.index! < start).at(-1);
      if (other && (!before || before.start < other.index!)) continue;
      const target = before?.id ?? this.lastHead.get(m[1]!);
      const end = start + m[0].length;
      if (target && !kept.some((h) => h.start < end && start < h.end)) kept.push({ start, end, id: target });
    }
    for (const u of unknownHeads) if (!kept.some((h) => h.start > u.index! && this.headOf(h, text) === u[1])) this.lastHead.delete(u[1]!);
    // "la Cour": the court named last before it, in this passage or an earlier one; none after
    // a court no actor stands for.
    const courtHits = kept.filter((h) => /^Cour\s/iu.test(text.slice(h.start, h.end)));
    for (const m of text.matchAll(BARE_COURT)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (kept.some((h) => h.start < end && start < h.end)) continue;
      const before = courtHits.filter((h) => h.end <= start).at(-1);
      const other = otherCourts.filter((at) => at < start).at(-1);
      const target = other !== undefined && (before === undefined || before.start < other) ? null : (before?.id ?? this.lastCourt);
      if (target) kept.push({ start, end, id: target });
    }
    // A court no actor stands for, named after the known ones, leaves no court for the next passages.
    if (otherCourts.length > 0 && (courtHits.length === 0 || courtHits.at(-1)!.start < otherCourts.at(-1)!)) this.lastCourt = null;

    // "le ministre", "la préfète": the last minister (prefect) named, other than the speaker
    // of the quotation it is in.
    for (const m of text.matchAll(BACK_REFERENCE)) {
      const start = m.index!;
      let end = start + m[0].length;
      const after = text.slice(end);
      if (/^\s*(?:de|des|du|d['’]|chargée?|délégué)/u.test(after) || /^\s*\p{Lu}/u.test(after)) continue;
      // "Madame la ministre, …" addresses someone: the one minister the text has named ("01
      // Question de Mme Julie Lamberty à Annelies Verlinden"), when only one fits; a greeting
      // that names the one it greets ("Monsieur le ministre, cher Matteo Piantedosi,") names
      // them there.
      const addressed = /(?:Monsieur|Madame)\s+$/iu.test(text.slice(Math.max(0, start - 10), start));
      if (addressed && /^\s*,\s*(?:cher|chère)(?![\p{L}])/iu.test(after)) continue;
      const adjective = m[2];
      const coreEnd = adjective ? end - adjective.length - 1 : end;
      if (kept.some((h) => h.start < coreEnd && start < h.end)) continue;
      const country = adjective ? this.demonymOf.get(adjective.toLowerCase()) ?? null : null;
      if (adjective && !country) end = start + m[0].length - adjective.length - 1;
      const premier = /^premi/iu.test(m[1]!);
      const prefect = /^préf/iu.test(m[1]!);
      // "la ministre" is a woman, "le ministre" a man, when the text said which.
      const wanted = /^la\s/iu.test(m[0]) || /^(?:Première|préfète)/iu.test(m[1]!) ? 'f' : 'm';
      const quote = quotes.find((q) => q.start <= start && end <= q.end);
      // The speaker of quoted speech, or of a transcript's turn ("M. DUPOND-MORETTI. – Comme
      // l'a rappelé le ministre, …"), is not the one they speak of.
      const turn = TURN_LABEL.exec(text);
      const speaker = quote?.speaker ? this.known(quote.speaker) : turn && turn[0].length <= start ? this.known(turn[1]!) : null;
      const candidates = [...this.recent, ...kept.filter((h) => h.end <= start).map((h) => h.id)].reverse();
      const fits = (id: string) => {
        const info = this.info.get(id);
        if (!info || info.kind !== 'person' || id === speaker) return false;
        if ((this.gender.get(id) ?? wanted) !== wanted) return false;
        if (country && info.country !== country) return false;
        // "le ministre français": a French person the text named without a role ("le Français
        // Gérald Darmanin"); a minister's counterpart ("son homologue Ferd Grapperhaus") is one.
        if (country && !info.reviewed && info.roles.length === 0 && !premier) return true;
        return info.roles.some((r) => (premier ? /premier ministre/iu.test(r) : prefect ? /^préf[eè]te?(?![\p{L}])/iu.test(r) : /ministre|garde des sceaux|^homologue|^collègue/iu.test(r)));
      };
      // "la ministre": a woman the text named as such first, then anyone whose gender it did not say.
      const target = (wanted === 'f' ? candidates.find((id) => this.gender.get(id) === 'f' && fits(id)) : undefined) ?? candidates.find(fits);
      if (addressed && new Set(candidates.filter((id) => fits(id) && !this.speakers.has(id))).size !== 1) continue;
      if (addressed && this.speakers.has(target ?? '')) continue;
      if (target) kept.push({ start, end, id: target });
    }

    // A given name alone where one greets or thanks someone ("Bonjour Laurent,", "Cher
    // Laurent,", "Merci, Marc.") is the one person of that given name the text has named.
    for (const m of text.matchAll(GREETED_GIVEN_NAME)) {
      const given = m[1]!;
      const start = m.index! + m[0].length - given.length;
      const end = start + given.length;
      if (!GIVEN_NAMES.has(given) || kept.some((h) => h.start < end && start < h.end)) continue;
      const named = [...this.recent, ...kept.filter((h) => h.end <= start).map((h) => h.id)];
      const people = [...new Set(named)].filter((id) => this.info.get(id)?.kind === 'person' && this.info.get(id)!.name.split(/\s+/u)[0] === given);
      if (people.length === 1) kept.push({ start, end, id: people[0]! });
    }
    kept.sort((a, b) => a.start - b.start || b.end - a.end);
    // "centres de coopération policière et douanière (CCPD)": the acronym in parentheses
    // after the full name is part of the same mention (a place inside the name, "… Belgique
    // (CCB)", does not stand between them).
    for (let i = 0; i + 1 < kept.length; i++) {
      const a = kept[i]!;
      const j = kept.findIndex((h, k) => k > i && h.start >= a.end);
      const b = kept[j];
      if (b && a.id === b.id && /^\s*\(\s*$/u.test(text.slice(a.end, b.start)) && /^\s*\)/u.test(text.slice(b.end))) {
        a.end = b.end + text.slice(b.end).indexOf(')') + 1;
        kept.splice(j, 1);
      }
    }
    // A registry body of one country qualified by another's demonym is another body ("l'Autorité
    // de protection des données irlandaise"); a town opening a newspaper's name is no mention
    // ("le New York Times").
    for (let i = kept.length - 1; i >= 0; i--) {
      const hit = kept[i]!;
      const info = this.info.get(hit.id);
      const after = text.slice(hit.end);
      if (info?.kind === 'place' && NEWSPAPER_WORD.test(after)) kept.splice(i, 1);
      else if (info?.kind === 'institution' && info.country) {
        const next = kept.find((h) => h.start > hit.end && /^\s+$/u.test(text.slice(hit.end, h.start)));
        if (next && next.id !== info.country && this.info.get(next.id)?.kind === 'country' && /^\p{Ll}/u.test(text.slice(next.start, next.end))) kept.splice(i, 1);
      }
    }
    // A country under its state's long name is named whole: "la République de Slovénie",
    // "le Royaume d'Espagne", "la République fédérale d'Allemagne" (its own aliases aside).
    for (const hit of kept) {
      if (this.info.get(hit.id)?.kind !== 'country') continue;
      const form = STATE_FORM.exec(text.slice(Math.max(0, hit.start - 60), hit.start));
      if (form && !kept.some((h) => h !== hit && h.end > hit.start - form[0].length && h.start < hit.start)) hit.start -= form[0].length;
    }
    if (SPEECH_TITLE.test(text)) for (const hit of kept) if (this.info.get(hit.id)?.kind === 'person') this.speakers.add(hit.id);
    for (const hit of kept) {
      if (COUNCILS.includes(hit.id)) this.lastCouncil = hit.id;
      // A court or commission the text names with a capital (not "la cour d'appel de Paris").
      if (/^Cour\s/u.test(text.slice(hit.start, hit.end)) && !otherCourts.some((at) => at > hit.start)) this.lastCourt = hit.id;
      if (/^Commission\s/u.test(text.slice(hit.start, hit.end))) this.lastCommission = hit.id;
      const head = this.headOf(hit, text);
      if (head) this.lastHead.set(head, hit.id);
      if (this.info.get(hit.id)?.kind !== 'person') continue;
      this.recent = this.recent.filter((id) => id !== hit.id);
      this.recent.push(hit.id);
    }
    return kept;
  }
}

/**
 * Which of two words before an e-mail address is the given name, by the address's local
 * part: "marie.dupont" after "Dupont Marie" is surname-first, after "Marie Dupont"
 * given-first; null when the local part is neither ("ccpd.permanence" is both words, but a
 * body's: `surnameFirstFits` refuses those).
 */
function addressOrder(a: string, b: string, local: string): 'surname-first' | 'given-first' | null {
  const part = local.toLowerCase();
  const forms = (first: string, second: string) => ['.', '_'].map((sep) => `${asciiSlug(first)}${sep}${asciiSlug(second)}`);
  if (forms(b, a).includes(part)) return 'surname-first';
  if (forms(a, b).includes(part)) return 'given-first';
  return null;
}

/** A body above the states: the Union's institutions and agencies, international organisations. */
const SUPRANATIONAL = /(?<![\p{L}])(?:europ[ée]en(?:ne)?s?|Union|Nations unies|ONU|OTAN|Conseil de l['’]Europe|Interpol|Europol|Eurojust|Frontex|Commission|Parlement europ[ée]en|Cour de justice|OSCE|OCDE|G7|G20)(?![\p{L}])/iu;

/**
 * Who speaks a text, as its title, subtitle and author lines name them ("Déclaration
 * conjointe de la France et de la Belgique", "Déclaration franco-belge", "Europol"), and
 * whether a subject names someone else: a country, or a body or person of a country, when
 * the lines name a country, none of them among those; a body of no country above the
 * states ("la Commission", "l'OTAN", "Europol") when they name anyone, and not that body —
 * the speakers' joint bodies ("les CCPD") are theirs. A subject that names no
 * known actor, or any of the speakers, is not another's; nor is anything when the lines
 * name no known actor (an e-mail's subject line, "Déclaration sur la sécurité des ports").
 * Only the registry's actors are read.
 */
export function otherParty(registry: Registry, lines: string[]): (subject: string) => boolean {
  let known: { annotator: ActorAnnotator; ids: Set<string>; countries: Set<string>; unplaced: boolean } | null = null;
  const countryOf = (annotator: ActorAnnotator, id: string) => {
    const info = annotator.actors.get(id);
    return info?.kind === 'country' ? id : (info?.country ?? null);
  };
  return (subject: string) => {
    if (known === null) {
      const annotator = new ActorAnnotator(registry);
      // People the registry does not know, named in the title or subtitle ("de M. Pierre
      // Alvarez et de Mme …"), are found too: their country is unknown.
      annotator.discover(lines.slice(0, 2));
      const named = lines.map((line) => annotator.annotate(line).map((h) => h.id));
      const ids = new Set(named.flat());
      // The countries the title and subtitle name, as such or through a person or a body of
      // theirs ("Déclaration de Gérald Darmanin et de son homologue belge"); in the author
      // lines, only those named as such: an e-mail from the Dutch police may quote a French colleague.
      const titled = new Set(named.slice(0, 2).flat());
      const countries = new Set([
        ...[...ids].filter((id) => annotator.actors.get(id)?.kind === 'country'),
        ...[...titled].flatMap((id) => (annotator.actors.get(id)?.kind === 'place' ? [] : [countryOf(annotator, id) ?? ''])).filter(Boolean),
      ]);
      // A speaker of no known country — a person the registry does not know, or the one whose
      // "homologue belge" the title names ("Déclaration de Jean Lefort et de son homologue
      // belge") — may be of any country: then no country, nor a body of one, is another's.
      const unplaced = [...titled].some((id) => annotator.actors.get(id)?.kind === 'person' && countryOf(annotator, id) === null) || /(?<![\p{L}])homologues?(?![\p{L}])/iu.test(lines.slice(0, 2).join(' '));
      known = { annotator, ids, countries, unplaced };
    }
    const { annotator, ids, countries, unplaced } = known;
    if (ids.size === 0) return false;
    const named = annotator.annotate(subject).map((h) => h.id);
    if (named.some((id) => ids.has(id) || countries.has(countryOf(annotator, id) ?? ''))) return false;
    return named.some((id) => {
      const kind = annotator.actors.get(id)?.kind;
      if (kind === 'place') return false;
      // A body of no country is another's when it stands above the speakers (an international
      // organisation, a European institution), not when it is theirs together ("les CCPD", "la
      // Protection civile"): a registry organisation, or a body of the Union.
      return countryOf(annotator, id) !== null ? countries.size > 0 && !unplaced : kind === 'organisation' || (kind === 'institution' && SUPRANATIONAL.test(annotator.actors.get(id)?.name ?? ''));
    });
  };
}

/** Add each match of `pattern` as a mention of `id`, where no kept hit covers it yet. */
function addUncovered(kept: ActorHit[], text: string, pattern: RegExp, id: string): void {
  for (const m of text.matchAll(pattern)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!kept.some((h) => h.start < end && start < h.end)) kept.push({ start, end, id });
  }
}

/**
 * Keep the longest hits where they overlap. A place or country named inside a body's name
 * is part of that name ("Préfet des Hauts-de-France", "parquet de Lille", "Ambassade de
 * France"); a demonym inside it still names its country ("Protection civile belge").
 */
function resolveOverlaps(hits: ActorHit[], kindOf: (id: string) => ActorKind, isDemonym: (hit: ActorHit) => boolean): ActorHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ActorHit[] = [];
  for (const hit of sorted) {
    const clash = kept.find((k) => k.start < hit.end && hit.start < k.end);
    if (!clash) {
      kept.push(hit);
      continue;
    }
    const nested = clash.start <= hit.start && hit.end <= clash.end && clash.id !== hit.id;
    if (nested && ['institution', 'organisation'].includes(kindOf(clash.id)) && kindOf(hit.id) === 'country' && isDemonym(hit)) {
      if (!kept.some((k) => k !== clash && k.start < hit.end && hit.start < k.end)) kept.push(hit);
    }
  }
  return kept;
}
