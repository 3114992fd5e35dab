/**
 * Sentence-level commitments: statements of future action inside paragraphs
 * ("Nous nous engageons à …", "nous appelons à …", "Nous soutenons …", "Nous allons …",
 * "Les Parties échangent …"). A commitment is kept only when it looks forward: a
 * sentence that opens on an earlier year ("En 2017, …") or is in the pluperfect
 * ("Nous avions décidé …") reports the past.
 */
import type { CommitmentKind, DocumentKind } from '../../src/schemas/document.ts';
import { foldSameLength } from './fold.ts';
import { MONTH_NAME } from './french-date.ts';
import { wordRegex } from './word-regex.ts';
import { OFFICE } from './annotate/names.ts';

/**
 * Verbs after "devrai(en)t" that forecast, or name what is received or undergone, rather
 * than an act someone must do: "Le texte devrait être adopté", "Le nombre devrait
 * doubler", "Cela devrait permettre …", "devraient recevoir une enveloppe", "devrait
 * quitter le programme", "devrait disposer d'un point de contact". Read in two places: the
 * call in a text's own words (`REPORTED`'s 'should', on the original text) and an act of
 * the Union's recitals (on the folded text, see `FORECAST_FOLDED`).
 */
const FORECAST_VERBS = [
  'être', 'avoir', 'pouvoir', 'permettre', 'intervenir', 'aboutir', 'atteindre', 'durer', 'coûter',
  'augmenter', 'baisser', 'diminuer', 'doubler', 'tripler', 'reprendre', 'arriver', 'suffire', 'rester', 'demeurer', 'devenir',
  'commencer', 'quitter', 'recevoir', 'disposer', 'obtenir', 'bénéficier', 'connaître', 'subir', 'percevoir', 'toucher',
  'enregistrer', 'voir', 'stabiliser', 'entrer', "s'achever", 'se tenir', 'se poursuivre',
  'se traduire', 'se réunir', 'se stabiliser',
];
/** `FORECAST_VERBS` as an alternation of the original text ("s'" with either apostrophe). */
const FORECAST = FORECAST_VERBS.map((v) => v.replace(/'/gu, "['’]").replace(/ /gu, String.raw`\s+`)).join('|');
/** `FORECAST_VERBS` as an alternation of the folded text (no accents, straight apostrophe). */
const FORECAST_FOLDED = FORECAST_VERBS.map((v) => foldSameLength(v).replace(/ /gu, String.raw`\s+`)).join('|');

/** A commitment found in a sentence, as offsets into the text given. */
export interface CommitmentSpan {
  start: number;
  end: number;
  kind: CommitmentKind;
  /** Shared words that a split-off part depends on ("Nous allons"), or null. */
  lead: string | null;
}

const INFINITIVE = "\\p{L}+(?:er|ir|re|oir)";
/**
 * What an impersonal "Il convient de …" says without asking anything to be done (folded):
 * speaking ("noter", "rappeler"; "préciser" and "mentionner" only before "que"), judging or
 * feeling ("saluer", "se féliciter", "craindre", "s'inquiéter"), thinking ("penser",
 * "comprendre", "se souvenir", "garder à l'esprit", "distinguer").
 */
const NOT_ADVICE = "(?:(?:noter|rappeler|souligner|constater|observer|signaler|relever|remarquer|dire|reconnaitre|admettre|se feliciter|feliciter|saluer|craindre|redouter|s'inquieter|penser|croire|considerer|estimer|comprendre|se souvenir|garder a l'esprit|distinguer|esperer|regretter|deplorer|se rejouir)\\b|(?:preciser|mentionner|indiquer) qu)";
// Collective subjects that speak for the authors of a text ("Les ministres", "Ils",
// "La France et la Belgique"), for verbs in the third person.
const AUTHORS =
  "(?:les (?:deux |trois |quatre )?(?:ministres|pays|gouvernements|parties|premiers ministres|chefs d'etat et de gouvernement|delegations|etats(?: membres)?|signataires|co-?presidente?s|participants|auteurs(?! de| du| des| d')|auteurs (?:du texte|du present|de la presente|de la proposition)|rapporteurs|rapporteures)|ils|elles|(?:la|le|les|l') ?[a-z-]+ et (?:la|le|les|l') ?[a-z-]+)";
const THEN = "\\s+(?:[a-z'-]+\\s+){0,2}?";
const third = (verbs: string) => wordRegex(`\\b${AUTHORS}${THEN}(?:${verbs})\\b`);
/**
 * The third-person verbs of commitment, by kind (folded text): the triggers after the
 * authors ("Les ministres conviennent …"), and a second verb of the same subject ("… et
 * appellent à …").
 */
const THIRD_PERSON: Record<Exclude<CommitmentKind, 'announcement'>, string> = {
  engagement: "s'engag(?:ent|e)",
  call: 'appellent|invitent|exhortent|demandent|encouragent|insistent|plaident|chargent',
  support: 'soutiennent|appuient|approuvent',
  decision: 'decident|conviennent|sont convenus|ont convenu|ont decide|arretent',
};

/** A pattern that marks a sentence as a commitment. */
interface Trigger {
  kind: CommitmentKind;
  pattern: RegExp;
  /** Match on the original text (case-insensitive) rather than the folded one. */
  original?: boolean;
  /** Whether an infinitive follows, so that coordinated infinitives can be split. */
  infinitive: boolean;
  /** Only in texts of these kinds (all when absent). */
  kinds?: DocumentKind[];
  /** Match on the sentence as written, capitals included. */
  cased?: boolean;
  /** A negation that commits ("je ne manquerai pas de"): not read as a negated trigger. */
  litotes?: boolean;
}

// Tried on each sentence; the earliest match decides the kind. Folded text is
// lowercase, without accents, with ' for ’ (see fold.ts).
const TRIGGERS: Trigger[] = [
  { kind: 'engagement', infinitive: true, pattern: wordRegex(/\bnous (?:nous )?engageons\b|\bnous nous (?:attacherons|efforcerons)\b/) },
  { kind: 'engagement', infinitive: true, pattern: third(THIRD_PERSON.engagement) },
  // Whoever commits: "Le ministère s'engage à …", "Chaque Partie s'engage à …".
  { kind: 'engagement', infinitive: true, pattern: wordRegex(/\bs'engag(?:e|ent)(?: (?:par ailleurs|aussi|egalement|en outre|notamment|donc|enfin))? a\b/) },
  // A minister speaking in the first person (an interview, a speech): "je me suis engagé à …".
  { kind: 'engagement', infinitive: true, pattern: wordRegex(/\bje (?:me suis engagee?|m'engage|veillerai|m'attacherai|m'efforcerai) a\b/) },
  { kind: 'decision', infinitive: true, pattern: wordRegex(/\bj'ai (?:par ailleurs |aussi |egalement |donc )?decide(?:, (?:par ailleurs|aussi|egalement|donc|enfin|en outre),|, [^,.;]{1,60},)? d/) },
  {
    kind: 'engagement',
    infinitive: true,
    pattern: wordRegex(
      `\\bnous (?:estimons|jugeons) (?:necessaire|indispensable|essentiel|utile)\\b|\\bnous (?:veillerons|veillons) a\\b|\\bnous (?:entendons|comptons) (?:(?:bien|donc|aussi|egalement|desormais) )?(?:(?:le|la|les|l'|y|en|nous|leur|lui) ?)?${INFINITIVE}\\b|\\bnous (?:continuerons|poursuivrons)\\b|\\bnous voulons (?!que\\b)|\\bnous souhaitons (?!que\\b)${INFINITIVE}\\b`,
    ),
  },
  // A minister's own plan in the first person, in the text of their office: "je veux regrouper
  // les capacités …" (not a manner of speaking or a courtesy: "je veux dire", "je veux
  // remercier", "je veux être clair", "je veux avoir une pensée pour", "je veux revenir sur").
  {
    kind: 'engagement',
    infinitive: true,
    kinds: ['declaration'],
    pattern: wordRegex(
      `\\bje veux (?:(?:donc|aussi|egalement|d'abord|enfin|desormais) )?(?:(?:le|la|les|l'|y|en|leur|lui|me|m') ?)?(?!(?:dire|remercier|saluer|rappeler|souligner|etre|avoir|insister|redire|croire|penser|esperer|rendre hommage|feliciter|preciser|evoquer|parler|commencer|terminer|conclure|partager|exprimer|temoigner|adresser|revenir|attirer|souhaiter|assurer les|comprendre|savoir|voir|citer|lire|faire part|vous|m'adresser|nous)\\b|prendre\\b[^.;]{0,30}\\b(?:engagements?|parole|exemple|temps)\\b)${INFINITIVE}\\b`,
    ),
  },
  { kind: 'call', infinitive: false, pattern: wordRegex(/\bnous (?:vous |leur |lui )?(?:appelons|invitons|exhortons|demandons|encourageons|insistons|plaidons|chargeons)\b/) },
  // A request for a meeting or an answer: "Nous sollicitons (enfin) une rencontre …", "Je
  // sollicite un rendez-vous" (not a complaint: "Nous sollicitons les services depuis trois ans").
  { kind: 'call', infinitive: false, pattern: wordRegex(/\b(?:nous (?:vous |leur |lui )?sollicitons|je (?:vous |leur |lui )?sollicite)(?: (?:donc|enfin|aussi|egalement|vivement|instamment|par ailleurs|en outre|des a present))? (?:une?|l'|la|le|les|des|votre|vos)\b(?![^.;]*\b(?:depuis|sans reponse)\b)/) },
  // A letter's closing promise: "Je ne manquerai pas de vous tenir informé …".
  { kind: 'engagement', infinitive: true, litotes: true, pattern: wordRegex(/\b(?:je ne manquerai|nous ne manquerons) pas d(?:e |')/) },
  // A report's recommendation: "La mission recommande au Gouvernement de …", "Nous
  // recommandons d'…" — in the present, in a main clause ("a recommandé de", "ce que le
  // rapport recommande de faire" recall or describe).
  {
    kind: 'call',
    infinitive: true,
    original: true,
    pattern: /(?<![\p{L}])(?<!(?:que|qu['’]|qui)(?:\s+[^\s,.;:]+){0,4}\s+)recommand(?:e|ent|ons)(?![\p{L}])\s+(?:(?:au|aux|à la|à l['’])\s*[^,.;:]{1,60}?\s+)?d(?:e\s|['’])/u,
  },
  // … or its wish for what others do: "Nous recommandons que la Commission publie …".
  {
    kind: 'call',
    infinitive: false,
    original: true,
    pattern: /(?<![\p{L}])(?<!(?:que|qu['’]|qui)(?:\s+[^\s,.;:]+){0,4}\s+)recommand(?:e|ent|ons)(?![\p{L}])(?:\s+(?:donc|vivement|également|aussi|en outre|enfin|par ailleurs))?\s+(?:que|qu['’])/u,
  },
  { kind: 'call', infinitive: false, pattern: third(THIRD_PERSON.call) },
  // An act of the Union's recitals ask: "(8) Il convient dès lors que les États membres
  // concernés veillent …", "(9) Les États membres concernés devraient tenir le Conseil
  // informé …" (a recital opening so, not "Considérant qu'il convient …"; what its subject
  // must do, not "devrait être", "devrait permettre": see `FORECAST_VERBS`; nor what the
  // act itself "devrait contribuer à", "faciliter", how it "devrait s'appliquer" or
  // "s'entendre": this rule does not ask its subject to be one that acts).
  {
    kind: 'call',
    infinitive: false,
    kinds: ['treaty'],
    pattern: wordRegex(`^(?:\\(\\d+\\)\\s*)?(?:il convient (?:(?:des lors|donc|egalement|en outre|par consequent|ainsi|aussi) )?(?:que|qu'|de |d')|(?:les|le|la|l')\\s?[^,;:]{1,60}? devrai(?:en)?t (?!(?:${FORECAST_FOLDED}|contribuer|faciliter|s'appliquer|s'entendre)\\b)\\p{L}+(?:er|ir|re|oir)\\b)`),
  },
  // A call in the passive: "Le Parlement européen et le Conseil sont invités à examiner …"
  // (not "sont appelés à disparaître", a forecast; not "sont invités à un dîner" nor "à se
  // présenter à 9 heures").
  { kind: 'call', infinitive: true, pattern: wordRegex(/\b(?:sont|est) (?:(?:donc|egalement|aussi|par ailleurs|en outre|instamment) )?(?:invitee?s?|encouragee?s?|exhortee?s?) a (?!(?:se presenter|assister|dejeuner|diner)\b)(?:s'|se )?\p{L}+(?:er|ir|re|oir)\b/u) },
  { kind: 'support', infinitive: false, pattern: wordRegex(/\bnous (?:soutenons|appuyons|approuvons|accueillons favorablement)\b/) },
  // A proposal to the partners: "Nous proposons de concentrer les patrouilles …", "nous
  // suggérons que chaque service détache …", "Je propose en outre que …", "Il est proposé que
  // le secrétariat soumette …" (not "Je vous
  // propose de retenir les orientations suivantes", which leads the proposals after it).
  { kind: 'call', infinitive: false, pattern: wordRegex(/\b(?:nous (?:vous |leur )?(?:proposons|suggerons)|je (?:vous |leur )?(?:propose|suggere)|^il est(?: (?:donc|egalement|aussi|en outre|par ailleurs|enfin))? propose)(?: (?:donc|egalement|aussi|en outre|par ailleurs|des lors|ainsi|toutefois))? (?:de |d'|que |qu')(?![^.;:]*\b(?:les|des|aux) (?:\S+ ){0,3}suivante?s\b|[^.;:]*\bci-(?:apres|dessous)\b)/) },
  { kind: 'support', infinitive: false, pattern: third(THIRD_PERSON.support) },
  { kind: 'decision', infinitive: true, pattern: wordRegex(/\bnous (?:decidons|avons decide|avons convenu|convenons|sommes convenus|arretons|adoptons)\b|\bmoi(?:-meme)? (?:sommes convenue?s|avons (?:decide|convenu))\b/) },
  { kind: 'decision', infinitive: true, pattern: third(THIRD_PERSON.decision) },
  // Minutes: "Il est convenu que le SEM présentera …", "Il a été décidé de …".
  { kind: 'decision', infinitive: false, pattern: wordRegex(/\bil (?:est|a ete) (?:convenu|decide) (?:que|qu'|de|d')/) },
  // What an amendment or a bill does, in its authors' explanation: "Le présent amendement
  // crée donc une cellule …", "La présente proposition de loi instaure …".
  { kind: 'decision', infinitive: false, pattern: wordRegex(/^(?:le present amendement|la presente proposition de loi|le present projet de loi)(?: (?:donc|ainsi|egalement|aussi|en outre|par ailleurs))? (?:cree|instaure|institue|prevoit|rend|impose|etend|introduit|renforce|oblige)\b/) },
  { kind: 'announcement', infinitive: false, pattern: third("(?:se |s')?(?!seront\\b|auront\\b)\\p{L}{2,}ront") },
  // "je plaiderai pour …", "je proposerai …", "je vous (le) ferai parvenir …" (not "je serai", "je
  // pourrai", a way of speaking, "je me permettrai de", "je vous avouerai", nor a negation:
  // "je ne vous cacherai pas …"; "je le ferai." goes back to what was said).
  { kind: 'announcement', infinitive: false, pattern: wordRegex(/(?:\bje (?:(?:le|la|les|lui|leur|y|en|vous|nous|me|te) |[mt]')*|\bj')(?!(?:serai|aurai|pourrai|devrai|saurai|voudrai|faudrai|permettrai|avouerai|contenterai|tiendrai|bornerai|limiterai|garderai|dirai|repeterai)\b)(?:\p{L}{2,}(?:erai|irai|drai|trai|rrai|vrai)|(?<!\ble )ferai(?! un plaisir)|ferai(?= \p{L})(?! savoir))\b/u) },
  // A minister's instructions to those a circular or letter addresses: "Je vous demande de
  // …", "Je souhaite que …", "Il vous appartiendra de …", "Vous veillerez à …", "Vous
  // m'adresserez … un bilan".
  // An authority's opinion or a body's own text asks, in the third person: "Elle demande que
  // le décret précise …", "La Commission recommande que …", "Elle demande au ministère de
  // transmettre …", "Elle invite les États à …" (not "Il demande à être entendu", "Il
  // invite les journalistes à la conférence").
  {
    kind: 'call',
    infinitive: false,
    kinds: ['declaration'],
    pattern: wordRegex(
      `^(?:elle|il|la commission|le conseil|le comite|l'autorite|le college|le parlement)\\s+(?:(?:donc|toutefois|egalement|en outre|aussi|enfin|par ailleurs|des lors)\\s+)?(?:(?:demande|recommande|souhaite)\\s+(?:(?:donc|toutefois|egalement|en outre|aussi|vivement|instamment)\\s+)?(?:que|qu')|(?:demande|recommande|prie)\\s+(?:(?:donc|toutefois|egalement|en outre|aussi|vivement|instamment)\\s+)?(?:au|aux|a)\\s+[^.;]{1,80}?\\s(?:de|d')\\s*(?:(?:lui|leur|le|la|les|l'|y|en|se|s'|nous|vous)\\s?)?${INFINITIVE}\\b|(?:invite|appelle|exhorte)\\s+[^.;]{1,80}?\\sa\\s+${INFINITIVE}\\b)`,
    ),
  },
  // … and means to act: "La présidence entend également conclure …", "Elle entend faire aboutir …".
  {
    kind: 'engagement',
    infinitive: false,
    kinds: ['declaration'],
    pattern: wordRegex(`^(?:elle|il|la presidence|le conseil|la commission|le gouvernement|l'union)\\s+(?:(?:donc|egalement|en outre|aussi|enfin|par ailleurs)\\s+)?entend\\s+(?:(?:donc|egalement|en outre|aussi|enfin|par ailleurs|bien)\\s+)?(?:(?:y|en|se|s') ?)?(?:(?:le|la|les|l') ?(?=\\p{L}+er\\b))?${INFINITIVE}\\b`),
  },
  // A visit announced, to a place (a capital after "à"): "Mardi, je serai à Dunkerque avec le
  // préfet", "Demain, nous serons à Calais" (not "si je serai à Bruxelles").
  {
    kind: 'announcement',
    infinitive: false,
    cased: true,
    pattern: /(?<![\p{L}])(?<!(?:[Ss]i|[Ss]['’]|[Qq]uand|[Ll]orsque|[Ll]orsqu['’]|[Tt]ant que)\s+)(?:[Jj]e serai|[Nn]ous serons) (?:à|au|en) \p{Lu}/u,
  },
  // A mission letter's task: "Je vous confie la mission de …", "Je vous charge de …"; and in
  // the author's own text, what they asked a colleague to do: "J'ai demandé à X, ministre …, de …".
  // A body that entrusts a task decides it: "Elle confie à un groupe d'experts … le soin
  // d'examiner …", "Les ministres confient au comité la mission de …".
  // (Not what a law or an article "confie" to an office, nor what was entrusted: "La loi confie
  // aux maires …", "Le ministre avait confié au préfet …"; nor in a press report.)
  {
    kind: 'decision',
    infinitive: false,
    kinds: ['declaration', 'joint-communique', 'treaty'],
    pattern: wordRegex(/^(?!(?:la |le |l')?(?:loi|code|article|decret|reglement|directive|accord|convention|traite|protocole|arrete|texte)\b)(?:[^.;:]*?\s)?(?<!\b(?:a|ont|avait|avaient|aurait|auraient|avoir)\s)confi(?:e|ent) (?:a|au|aux) [^.;:]{1,120}?\b(?:le soin|la mission|la charge|la tache|la responsabilite) (?:de |d')/),
  },
  // A letter's request, and its author's intent: "je vous saurais gré de me communiquer …",
  // "j'entends soumettre au Collège …" (not "j'entends dire", "j'entends parler").
  { kind: 'call', infinitive: false, pattern: wordRegex(`\\b(?:je vous saurais|nous vous saurions) (?:donc |egalement |aussi |par ailleurs )?gre (?:de |d')(?:bien vouloir )?(?:(?:me|m'|nous|lui|leur|le|la|les|l'|y|en) ?)?(?!(?:votre|vos|notre|nos|leur|leurs)\\b)${INFINITIVE}\\b`) },
  { kind: 'announcement', infinitive: true, pattern: wordRegex(`\\bj'entends (?:(?:donc|aussi|egalement|bien|desormais) )?(?:(?:le|la|les|l'|y|en|leur|lui) ?)?(?!(?:dire|parler|bien|venir|sonner|crier|rire|arriver|monter|gronder|resonner|chanter|siffler|murmurer|pleurer|gemir|hurler|applaudir)\\b)${INFINITIVE}\\b`) },
  { kind: 'call', infinitive: false, pattern: wordRegex(/\bje vous (?:demande|prie|invite|charge)(?: (?:egalement|aussi|donc|par ailleurs|en outre|instamment|expressement))? (?:de |d'|a )|\bje souhaite (?:que|qu')|\bil vous (?:appartiendra|appartient|revient|reviendra) (?:de |d')|\bje vous confie (?:la mission|le soin|la tache|la responsabilite|la charge) (?:de |d')/) },
  { kind: 'call', infinitive: false, kinds: ['declaration'], pattern: wordRegex(`\\bj'ai (?:demande|donne instruction|donne pour instruction) (?:a |au |aux )[^.;:]{1,120}?,? (?:de |d')(?:(?:leur|lui|vous|nous|y|en|se|s'|(?:le|la|les|l') ?(?=\\p{L}+(?:er|ir|re)\\b))\\s?)?(?!\\p{L}*(?:ier|ure|iere|ere)\\b)${INFINITIVE}\\b`) },
  // … and in the present, whatever the text: "Je demande toutefois au directeur général de la police
  // nationale d'introduire …".
  { kind: 'call', infinitive: false, pattern: wordRegex(`\\bje (?:demande|donne instruction)(?: (?:toutefois|donc|egalement|aussi|en outre|par ailleurs|enfin))? (?:a |au |aux )[^.;:]{1,120}?,? (?:de |d')(?:bien vouloir )?(?:(?:leur|lui|vous|nous|y|en|se|s'|(?:le|la|les|l') ?(?=\\p{L}+(?:er|ir|re)\\b))\\s?)?(?!\\p{L}*(?:ier|ure|iere|ere)\\b)${INFINITIVE}\\b`) },
  {
    kind: 'call',
    infinitive: false,
    // A letter's or a circular's own words: in an interview, "Vous participerez au Conseil …" asks.
    kinds: ['declaration'],
    pattern: wordRegex(/\bvous (?:me |m'|leur |lui |les |en |y |le |la |l')?(?!(?:serez|aurez|pourrez|devrez|saurez|voudrez|verrez|direz|trouverez|constaterez|comprendrez|connaitrez|souviendrez|rappellerez)\b)\p{L}{3,}rez\b/u),
  },
  // An opinion's or a report's impersonal recommendation, in its authors' own text: "Il y a
  // lieu de corriger cette référence", "Il est recommandé d'inscrire …", "…, il convient de
  // l'y inscrire", "Il convient dès lors que les États membres veillent …", "Mieux vaut
  // écrire …" (not a manner of speaking or a judgement, `NOT_ADVICE`: "Il convient de noter
  // que …", "il y a lieu de craindre", "Il convient de saluer"; nor a proverb, "Mieux vaut
  // prévenir que guérir"; nor someone else's view, "Selon la délégation belge, il convient …").
  {
    kind: 'call',
    infinitive: false,
    kinds: ['declaration'],
    pattern: wordRegex(
      `(?:^|(?<=, ))(?<!^(?:selon|d'apres) [^.;]*)(?:il (?:est|serait) (?:donc |des lors |egalement |aussi |en outre )?(?:recommande|suggere|preferable|utile|souhaitable|opportun) (?:de |d')(?:(?:leur|lui|y|en|se|s'|l'(?=y |en )|(?:le|la|les|l') ?(?=\\p{L}+(?:er|ir|re)\\b))\\s?)*(?!${NOT_ADVICE})${INFINITIVE}\\b|il (?:convient|conviendrait|conviendra|y (?:a|aurait|aura)(?: donc| des lors| en outre| egalement| aussi)? lieu|importe|importerait)(?: (?:donc|des lors|en outre|par consequent|egalement|aussi|enfin))? (?:(?:de |d')(?:(?:leur|lui|y|en|se|s'|l'(?=y |en )|(?:le|la|les|l') ?(?=\\p{L}+(?:er|ir|re)\\b))\\s?)*(?!${NOT_ADVICE})${INFINITIVE}\\b|que |qu')|mieux (?:vaut|vaudrait) (?!${NOT_ADVICE})${INFINITIVE}\\b(?![^.;]* que\\b))`,
    ),
  },
  // "je vais déposer …" (not "je vais être clair", "je vais vous dire", "je vais répondre").
  // "je vais déposer …", "je vais le soumettre …" (not "je vais être clair", "je vais vous
  // dire", "je vais prendre un exemple", "je vais laisser la parole").
  { kind: 'announcement', infinitive: true, pattern: wordRegex(/\bje vais\s+(?:(?:aussi|egalement|donc|maintenant|tres vite|rapidement|personnellement)\s+)?(?:(?:le|la|les|lui|leur|y|en)\s+|l')?(?!(?:etre|avoir|dire|repondre|expliquer|rappeler|preciser|insister|commencer|terminer|conclure|finir|laisser|prendre|reprendre|revenir|parler|citer|lire|poser|donner|redire|resumer)\b)\p{L}+(?:er|ir|re|oir)\b/u) },
  { kind: 'support', infinitive: false, pattern: wordRegex(/\bje (?:soutiens|appuie|approuve)\b(?! qu)/) },
  { kind: 'announcement', infinitive: true, pattern: wordRegex(/\bnous allons\b|\b(?:allons|vont)\s+(?:(?:aussi|mieux|bien|encore|egalement|desormais|enfin|ensemble|rapidement|donc|maintenant|bientot|davantage|tous|toutes|pouvoir)\s+){0,2}\p{L}+(?:er|ir|re|oir)\b/u) },
  // A meeting set for the future: "La prochaine réunion se tiendra à Berlin en 2021."
  {
    kind: 'announcement',
    infinitive: false,
    pattern: wordRegex(/\b(?:reunion|rencontre|conference|session|sommet|reunions|rencontres|conferences)(?:\s+[a-z0-9°'-]+){0,8}?\s+se tiendr(?:a|ont)\b/),
  },
  // A future in the first person plural, an object pronoun before it or not ("Nous les
  // étendrons"): "-erons" without an accent (not "considérons"), after a consonant or a
  // vowel ("créerons"), "-irons" (not the presents "aspirons", "retirons", "admirons" …), and
  // the irregular "-drons", "-rrons", "mettrons", "combattrons", "connaîtrons", "devrons",
  // "recevrons", "suivrons", "vivrons" (not the presents "rencontrons", "ouvrons").
  {
    kind: 'announcement',
    infinitive: false,
    original: true,
    pattern: wordRegex(/\bnous (?:(?:les|le|la|l'|leur|lui|y|en|vous) ?)?(?!(?:serons|aurons|tirons|retirons|attirons|admirons|aspirons|inspirons|respirons|expirons|soupirons|conspirons|virons|chavirons|desirons|désirons)\b)\p{L}*(?:\Serons|irons|drons|(?:ett|att|ait|aît|oit|oît)rons|rrons|(?:dev|cev|suiv|viv)rons)\b/u),
  },
  // (A noun after its determiner is no verb: "La partie française avait proposé un échange …";
  // "le", "la", "les", "l'" and "leur" may be pronouns: "Les deux parties l'informent …".)
  {
    kind: 'engagement',
    infinitive: false,
    pattern: wordRegex(
      /\b(?:les|des|chaque|la|l'autre) (?:deux )?parties?\b[^.;:]{0,80}?(?<!\b(?:ont|a|avaient|avait|ont ete|a ete)\s)(?<!\b(?:un|une|des|du|de|ce|cet|cette|ces|leurs|son|sa|ses|tout|toute)\s|\bd')\b(?:s'engagent|s'engage|echangent|echange|cooperent|coopere|designent|designe|veillent|veille|prennent|prend|mettent en oeuvre|met en oeuvre|informent|informe|se pretent|facilitent|facilite|notifient|notifie|communiquent|communique|assurent|assure|garantissent|garantit)\b/,
    ),
  },
];

// The triggers with the global flag, compiled once, for `matchAll`.
const GLOBAL_TRIGGERS = TRIGGERS.map((t) => new RegExp(t.pattern.source, t.pattern.flags.includes('g') ? t.pattern.flags : `${t.pattern.flags}g`));

// Words ending like infinitives that are not verbs: never split a commitment on them.
const NOT_VERBS = new Set(
  ('notre votre autre autres entre contre ordre membre cadre centre titre premier dernier hier leur leurs plusieurs avenir pouvoir devoir nombre mer fer cher fier tiers quatre chiffre libre propre offre risque registre ministre pair pire sur sauf outre ' +
    // Nouns in "-ier" and "-er", folded ("Janvier 2024 : …", "Dossier de presse : …").
    'janvier fevrier dossier fichier policier douanier officier pompier courrier papier quartier chantier metier atelier calendrier particulier foyer danger etranger conseiller passager cahier millier casier bouclier hiver leader manager plaidoyer sentier escalier vivier usager pilier levier palier panier entier').split(
    ' ',
  ),
);
// Words that may open what follows an infinitive ("réunir des points", "coopérer mieux").
const AFTER_VERB = new Set(
  "le la les l un une des du de d au aux a en sur ses son sa leur leurs notre nos votre vos ce cet cette ces tout tous toute toutes plus mieux davantage ensemble rapidement pleinement dans par pour avec entre chaque toute leurs".split(
    ' ',
  ),
);

const INFINITIVE_WORD = new RegExp(`^${INFINITIVE}$`, 'u');
/**
 * Infinitives in "-re" and "-oir" (folded) that open an action whatever follows ("Conclure,
 * avant le 31 décembre, un protocole", "Promouvoir avec la Belgique …"); other words in
 * "-re" opening a line are often nouns ("Octobre, bilan …", "Périmètre, moyens …").
 */
const VERBS_IN_RE = new Set(
  'conclure inclure exclure mettre remettre transmettre permettre soumettre admettre promettre prendre reprendre entreprendre apprendre comprendre reduire produire introduire conduire construire instruire traduire inscrire decrire prescrire elire dire interdire faire refaire suivre poursuivre vivre resoudre dissoudre connaitre reconnaitre combattre debattre abattre rendre tendre etendre attendre entendre defendre repondre correspondre vendre perdre joindre rejoindre craindre contraindre atteindre eteindre peindre restreindre prevoir promouvoir recevoir percevoir concevoir devoir pouvoir savoir voir revoir avoir valoir vouloir pourvoir emouvoir surseoir asseoir'.split(
    ' ',
  ),
);
/**
 * Does `word` (folded), followed by `next`, read as an infinitive verb? At the opening of a
 * text (`opening`), a word in "-er" or "-ir" is one whatever follows ("Renforcer, en lien
 * avec …").
 */
function isInfinitive(word: string, next: string | undefined, opening = false): boolean {
  if (!INFINITIVE_WORD.test(word) || NOT_VERBS.has(word)) return false;
  if (opening && (/(?:er|ir)$/u.test(word) || VERBS_IN_RE.has(word))) return true;
  // Adjectives and nouns: "judiciaire", "financière", "carcérale", "procédure", "directeur".
  if (/(?:aire|iere|oire|ture|dure|sure|eur)$/u.test(word)) return false;
  // Or an adverb in "-ment" ("et à alimenter systématiquement le SIS").
  return next === undefined || AFTER_VERB.has(next) || /^[ldsmnc]'/u.test(next) || /^\p{L}{3,}ment$/u.test(next);
}

/** Nouns that name an action: "Création", "Renforcement", "Mise en place", "Envoi", "Prochain point de situation". */
const ACTION_NOUNS = String.raw`signature|doublement|triplement|cr[ée]ation|[ée]change|poursuite|renforcement|mise en (?:place|œuvre|oeuvre|service)|lancement|d[ée]ploiement|ouverture|r[ée]ouverture|fermeture|maintien|envoi|installation|adoption|[ée]laboration|extension|recrutement|d[ée]signation|g[ée]n[ée]ralisation|reconduction|constitution|instauration|activation|pr[ée]l[èe]vements?|premi[èe]re r[ée]union|r[ée]union de coordination|prochaine r[ée]union|prochain point(?: de situation)?`;
/**
 * An action named by its noun at an item's start, or after a label and its colon: a
 * decision, except a call ("Appel conjoint à …") and support ("Soutien commun à …").
 */
export const ACTION_NOUN = new RegExp(String.raw`^(?:[^:;.]{3,80}:\s+)?(?:(${ACTION_NOUNS})|(appel)|(soutien))(?![\p{L}])`, 'iu');
/** The same at the very start of a text: "Création d'une équipe commune d'enquête". */
export const OPENS_WITH_ACTION_NOUN = new RegExp(String.raw`^(?:${ACTION_NOUNS}|appel|soutien)(?![\p{L}])`, 'iu');
/**
 * Does a text open with an infinitive — "Renforcer …", "Se réunir …", "De poursuivre …" —
 * and not with a word that only looks like one ("Entre 2020 et 2023", "Notre objectif")?
 */
export function opensWithInfinitive(text: string): boolean {
  const trimmed = text.trim();
  const found = wordsFrom(foldSameLength(trimmed), 0);
  const words = found.map((w) => w.word);
  let i = /^(?:de|d)$/u.test(words[0] ?? '') ? 1 : 0;
  if (/^(?:se|s|ne)$/u.test(words[i] ?? '')) i++;
  if (words[i] === 'pas') i++;
  // (No infinitive ends in "-ère" or "-ème", which folding would hide: "Ministère de la Justice".)
  const word = found[i];
  if (word && /^[\p{L}-]*[èê](?:re|me)$/u.test(trimmed.slice(word.index, word.index + word.word.length))) return false;
  return isInfinitive(words[i] ?? '', words[i + 1], true);
}

/** Does the sentence report the past rather than commit to the future? */
function isRetrospective(folded: string, year: number | null): boolean {
  if (wordRegex(/\b(?:avions|aviez|avaient|avait)\s+(?:decide|convenu|adopte|arrete|engage)/).test(folded)) return true;
  const opening = /^(?:en|depuis|des|au cours de l'annee|lors de)\s+(\d{4})\b/u.exec(folded);
  return opening !== null && (year === null || Number(opening[1]) < year);
}

/** Is the trigger at `index` negated ("nous ne nous engageons pas")? */
function isNegated(folded: string, index: number, length: number): boolean {
  const before = folded.slice(Math.max(0, index - 12), index);
  const after = folded.slice(index, index + length + 16);
  return /(?:^|\s)(?:ne|n')\s*(?:nous\s+|se\s+|s')?$|(?:^|\s)n'$/u.test(before) || /\b(?:ne|n')\s*(?:nous\s+)?\S+\s+(?:pas|plus|jamais|guere|point)\b/u.test(after);
}

/** Words of a folded text after `from`, with their offsets. */
function wordsFrom(folded: string, from: number): Array<{ word: string; index: number }> {
  return [...folded.slice(from).matchAll(/[\p{L}'-]+/gu)].map((m) => ({ word: m[0].replace(/^[ldsmnc]'/u, ''), index: from + m.index! + (m[0].match(/^[ldsmnc]'/u)?.[0].length ?? 0) }));
}

/**
 * Where a commitment with an infinitive ("Nous allons installer X et réunir Y") goes on
 * with a second infinitive, return the offset of " et" that starts the second part.
 */
function coordinatedSplit(folded: string, from: number): number | null {
  const pattern = /\s(?:,\s*)?et\s+(?:de\s+|d'|a\s+)?(\p{L}+)(?:\s+([\p{L}']+))?/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const next = match[2]?.replace(/'.*$/u, '');
    if (!isInfinitive(match[1]!, next === undefined ? undefined : match[2]!.includes("'") ? `${next}'` : next)) continue;
    const before = folded.slice(from, match.index);
    // Stay at the top level: not inside parentheses or quotation marks.
    const count = (mark: string) => before.split(mark).length - 1;
    if (count('(') !== count(')') || count('«') !== count('»') || count('"') % 2 !== 0) continue;
    return match.index;
  }
  return null;
}

/** The kind of a third-person verb of commitment. */
const SAME_SUBJECT_KIND = Object.entries(THIRD_PERSON).map(([kind, verbs]) => [new RegExp(`^(?:${verbs})$`, 'u'), kind as CommitmentKind] as const);
/** Such a verb right after "et" or "; ", with no subject of its own (folded text). */
const SAME_SUBJECT_VERB = new RegExp(`(?:,?\\s+et|;)\\s+(${Object.values(THIRD_PERSON).join('|')})(?![\\p{L}])`, 'gu');

/** Trim spaces and quotation marks at the edges of a span. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s«»"“”,]/u.test(text[start]!)) start++;
  while (end > start && /[\s«»"“”,]/u.test(text[end - 1]!)) end--;
  return [start, end];
}

// In a press report, measures are reported in the future tense or with a reporting
// verb ("La déclaration prévoit …", "le ministre a promis …").
/** An adverb that may sit inside a verb group ("ont par ailleurs décidé", "sera en outre mise"), or a comma-enclosed one. */
/** A subjunctive that tells a proposal ("propose que … soient consignés") from a finding ("suggère que le suspect a agi seul"). */
const SUBJUNCTIVE = String.raw`(?:soit|soient|puisse|puissent|fasse|fassent|ait|aient|aille|aillent|prenne|prennent|vienne|viennent|devienne|deviennent|veuille|veuillent|sache|sachent)`;
const ADVERB = String.raw`(?:,?\s+(?:également|aussi|encore|désormais|ensuite|bientôt|rapidement|prochainement|enfin|donc|notamment|ainsi|en outre|par ailleurs|de nouveau|d['’]ores et déjà|d['’]un commun accord|pour (?:sa|leur) part|de (?:son|leur) côté)(?![\p{L}]),?)?`;
const REPORTED: Array<{ name: 'future' | 'continues' | 'intends' | 'decided' | 'promised' | 'passive' | 'call' | 'called' | 'stance' | 'ready' | 'adopted' | 'scheduled' | 'should' | 'conditional'; kind: CommitmentKind; pattern: RegExp }> = [
  // In a text's own words, what a body or a state should do is the authors' recommendation:
  // "Les États membres devraient confier …", "Europol et Eurojust devraient créer …" (its
  // subject acts, in the main clause; not a forecast, see `FORECAST_VERBS`).
  { name: 'should', kind: 'call', pattern: new RegExp(String.raw`(?<![\p{L}])devrai(?:en)?t${ADVERB}(?:,[^,.;:]{1,90},)?\s+(?:(?:se|s['’]|y|en|leur|lui|les|la|le|l['’])\s*)?(?!(?:${FORECAST})(?![\p{L}]))\p{L}+(?:er|ir|re|oir)(?![\p{L}])`, 'u') },
  // Not the future of a state ("restera bloqué", "relèveront de l'affichage"): no action;
  // nor a prefix that ends like a future ("les vols intra-européens", "extra"). "fera",
  // "feront" count, but not after "cela" nor in "fera face", "fera partie", "fera suite".
  { name: 'future', kind: 'announcement', pattern: /(?<![\p{L}])(?!(?:sera|seront|serait|seraient|faudra|(?:rester|demeurer|relèver|sembler|paraîtr|dépendr|coûter|suffir|vaudr|manquer|durer|permettr|contribuer|faciliter|favoriser|constituer|accueiller|quitter|présider|connaîtr|sortir|jouer|deviendr|pèser|compliquer|juger|augmenter|diminuer|progresser|accentuer|améliorer|aggraver|évoluer|dégrader|continuer|croîtr|baisser|assurer)(?:a|ont))(?![\p{L}])|(?:intra|extra|ultra|contra)(?![\p{L}]))\p{Ll}{2,}(?:era|ira|dra|tra|rra|vra|eront|iront|dront|tront|rront|vront)(?![\p{L}-])|(?<![\p{L}])(?:aura|auront)\s+(?:accès|lieu|pour)(?![\p{L}])|(?<![\p{L}])(?<!(?:[Cc]ela|[Çç]a|[Cc]e|[Cc]['’])\s*)fer(?:a|ont)(?![\p{L}])(?!\s+(?:partie|face|suite|date|figure|défaut|état|preuve))/u },
  // Going on with an action (its subject must act, as any future's): "La France continuera de
  // procéder à des rapatriements" (not a trend: "Le nombre continuera d'augmenter", "… de peser").
  // (Its partners may come between, "continuera, avec ses partenaires, de soutenir"; "ne
  // cessera de soutenir" says it too.)
  { name: 'continues', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])(?:continuer(?:a|ont)|(?<=(?:ne|n['’])\s*)cesser(?:a|ont)(?:\s+(?:pas|jamais))?)${ADVERB}(?:,\s+[^,;.]{2,60},)?\s+(?:de\s+|d['’]|à\s+)(?:(?:y|en|se|s['’]|le|la|les|l['’]|leur|lui)\s*)?(?!(?:${FORECAST}|croître|progresser|peser|évoluer|se\s+dégrader|s['’]aggraver|s['’]améliorer|jouer|compter|exister|fonctionner|menacer|représenter|manquer|grimper|vieillir|planer|attirer|subir|souffrir|inquiéter|préoccuper|hanter|marquer|alimenter|nourrir|susciter|dénoncer|critiquer|harceler|frapper|sévir|tuer|circuler|affluer|arriver|partir|tomber|monter|chuter|flamber|gonfler|fragiliser|déstabiliser|échapper|prospérer|recruter\s+(?:des|de\s+jeunes))(?![\p{L}]))\p{Ll}+(?:er|ir|re)(?![\p{L}])`, 'u') },
  // A body's stated intent: "Le parquet fédéral entend (bien) requérir la confiscation …" (not
  // "on entend parler", a definition's "entend par", nor hearing someone: "La commission
  // entend le ministre"), in a main clause ("les mesures que le Gouvernement entend prendre",
  // "quelles mesures il entend prendre" ask or describe).
  // (Its source may come between: "Le Gouvernement entend, selon le délégué, signer …".)
  { name: 'intends', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])entend(?:ent)?${ADVERB}(?:,\s+(?:selon|d['’]après)\s+[^,;.]{1,120},)?(?:\s+bien)?\s+(?:(?:y|en|se|s['’])\s*)?(?!(?:parler|dire|par)(?![\p{L}]))\p{Ll}+(?:er|ir|re|oir)(?![\p{L}])`, 'u') },
  // (A day and a place may come between: "ont décidé jeudi à Bruxelles de créer …".)
  { name: 'decided', kind: 'decision', pattern: new RegExp(String.raw`(?<![\p{L}])(?:(?:ont|a)${ADVERB}\s+(?:convenu|décidé)|(?:sont|est)${ADVERB}\s+convenue?s?)${ADVERB}(?:\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd['’]hui|ce matin|cet après-midi|ce soir)(?:\s+(?:à|au)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?|(?:à|au)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?))?\s+(?:de|d['’])`, 'u') },
  { name: 'promised', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])(?:prévoit|prévoient|(?:a|ont)${ADVERB}\s+(?:promis|annoncé)|(?:s['’]est|se sont)${ADVERB}\s+engagée?s?)(?![\p{L}])`, 'u') },
  // What someone said they would do, in the conditional: "La ministre a indiqué que la Belgique
  // financerait …", "Elle a affirmé que son gouvernement soutiendrait …" (a press report's).
  // (Its subject acts, and it is not negated: see `actsAsSubject`.)
  { name: 'conditional', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])(?:a|ont)${ADVERB}\s+(?:indiqué|affirmé|assuré|déclaré|précisé|confirmé|expliqué|souligné)${ADVERB}\s+(?:que\s+|qu['’])([^.;:]{1,120}?)(?<![\p{L}])(?!(?:serai(?:en)?t|aurai(?:en)?t|pourrai(?:en)?t|devrai(?:en)?t|faudrait|voudrai(?:en)?t|sembl\p{L}*)(?![\p{L}]))\p{Ll}{3,}(?:rait|raient)(?![\p{L}])`, 'u') },
  // … and a measure it says would be taken, in the passive: "M. Van Acker a indiqué qu'un
  // avant-projet de loi serait soumis au Conseil des ministres" (not a negated one, "qu'aucun
  // décret ne serait publié", nor a reported state, "que la victime serait décédée").
  { name: 'passive', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])(?:a|ont)${ADVERB}\s+(?:indiqué|affirmé|assuré|déclaré|précisé|confirmé|expliqué|annoncé)${ADVERB}\s+(?:que\s+|qu['’])(?![^.;:]{0,120}?(?<![\p{L}])(?:ne|n['’]|aucune?|nul(?:le)?)(?![\p{L}]))[^.;:]{1,120}?(?<![\p{L}])serai(?:en)?t${ADVERB}\s+(?!(?:décédée?s?|morte?s?|connue?s?|impliquée?s?|blessée?s?|soupçonnée?s?|suspectée?s?|liée?s?|armée?s?|recherchée?s?|détenue?s?|originaires?|âgée?s?|née?s?|tuée?s?|visée?s?|menacée?s?|présente?s?|absente?s?|responsables?|coupables?)(?![\p{L}]))\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|t|te|ts|tes)(?![\p{L}])`, 'u') },
  // A passive future: "seront échangées", "sera désormais associé", "sera en outre mise sur pied".
  { name: 'passive', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])(?<!(?:qui|que|qu['’]il|qu['’]elle)\s+)(?:sera|seront)${ADVERB}\s+\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|u|ue|us|ues|t|te|ts|tes)(?![\p{L}])`, 'u') },
  // A body's call: "La préfète invite par ailleurs les maires … à désigner …", "Le CCB
  // appelle chaque commune à …" (its subject must act: see agentSubject).
  // The infinitive after the first "à" (not "à partir de", "à compter de") is checked in
  // sentenceCommitments.
  { name: 'call', kind: 'call', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:invite|invitent|appelle|appellent|exhorte|exhortent|encourage|encouragent)${ADVERB}\s+(?:[^,.;:à]{1,80}?\s)?à\s+(?!partir|compter)(?:(?:ne pas|se|s['’])\s*)?(\p{L}+)(?:\s+([\p{L}'’]+))?`, 'u') },
  // "Le comité demande aux administrations centrales de désigner …".
  // (Not the noun: "la demande aux Pays-Bas de livrer …"; the infinitive may come after a
  // complement with "de": "demande aux ministres de l'Intérieur de désigner …".)
  { name: 'call', kind: 'call', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?<!(?:la|une|cette|sa|leur|notre|votre|ma|ta|leurs|nos|vos|des|les|ces)\s+)(?:demande|demandent)${ADVERB}\s+(?:à|aux)\s+[^,.;:]{1,80}?\s(?:de\s+|d['’])(?=(?:(?:ne pas|se|s['’])\s*)?\p{L}+(?:er|ir|re|oir)(?![\p{L}]))(?:(?:ne pas|se|s['’])\s*)?(\p{L}+)(?:\s+([\p{L}'’]+))?`, 'u') },
  // … and a press report's past of it: "Il a en outre appelé les États membres à garantir …".
  { name: 'called', kind: 'call', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:a|ont)${ADVERB}\s+(?:invité|appelé|exhorté|encouragé)${ADVERB}\s+(?:[^,.;:à]{1,80}?\s)?à\s+(?!partir|compter)(?:(?:ne pas|se|s['’])\s*)?(\p{L}+)(?:\s+([\p{L}'’]+))?`, 'u') },
  // In a body's own text (a letter, an e-mail), a service's stance on a measure: "Le SPF
  // Intérieur soutient la reconduction des patrouilles", "La Police grand-ducale valide ce
  // calendrier" (its subject must act, in the main clause).
  { name: 'stance', kind: 'support', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:soutient|soutiennent|appuie|appuient|approuve|approuvent)${ADVERB}\s+(?:(?:la|le|les|ce|cet|cette|ces|leur|leurs|notre|nos)(?![\p{L}])|l['’])`, 'u') },
  { name: 'stance', kind: 'decision', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:(?:valide|valident|entérine|entérinent|adopte|adoptent)${ADVERB}\s+(?:(?:la|le|les|ce|cet|cette|ces)(?![\p{L}])|l['’])|(?:décide|décident)${ADVERB}\s+(?:de(?![\p{L}])|d['’]))`, 'u') },
  // … what it proposes to its partners: "Le Gouvernement belge propose en conséquence que …",
  // "La Belgique suggère que ce point soit examiné …"; and a note's request, "L'Ambassade
  // serait reconnaissante au Ministère de bien vouloir …".
  { name: 'stance', kind: 'call', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:(?<![Jj]e\s+(?:vous\s+|leur\s+)?)(?:propose|proposent|suggère|suggèrent)${ADVERB}(?:\s+en\s+conséquence)?\s+(?:(?:que|qu['’])(?=[^.;]{0,100}?(?<![\p{L}])${SUBJUNCTIVE}(?![\p{L}]))|de(?=\s+\p{L}+(?:er|ir|re)(?![\p{L}]))|d['’])|(?:serai(?:en)?t|sera|seront)\s+(?:très\s+|particulièrement\s+)?reconnaissante?s?\s+(?:au|à|aux)\s+[^,.;]{1,80}?\s+(?:de|d['’])\s*(?:bien\s+vouloir)?|(?:saurai(?:en)?t|saura)\s+gré\s+(?:au|à|aux)\s+[^,.;]{1,80}?\s+(?:de|d['’])|(?:prie|prient)\s+(?:le|la|les|l['’])\s*[^,.;]{1,80}?\s+de\s+bien\s+vouloir)`, 'u') },
  // … and what it announces: "La délégation luxembourgeoise annonce l'organisation …".
  { name: 'stance', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:annonce|annoncent)${ADVERB}\s+(?:(?:la|le|les|un|une|son|sa|ses|leur|leurs)(?![\p{L}])|l['’])`, 'u') },
  // A meeting's communiqué tells what it did: "Le Conseil a approuvé la prolongation …", "Les
  // ministres ont adopté des conclusions …", "… ont soutenu la prolongation …" (its own
  // participants, in the main clause, not a year before the meeting's).
  { name: 'adopted', kind: 'decision', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:a|ont)${ADVERB}\s+(?:adopté|approuvé|arrêté|entériné|validé)${ADVERB}\s+(?:(?:la|le|les|des|un|une|son|sa|ses|leur|leurs|cette|ce|ces)(?![\p{L}])|l['’])`, 'u') },
  { name: 'adopted', kind: 'support', pattern: new RegExp(String.raw`(?<![\p{L}'’])(?:a|ont)${ADVERB}\s+(?:soutenu|appuyé)${ADVERB}\s+(?:(?:la|le|les|des|un|une|son|sa|ses|leur|leurs|cette|ce|ces)(?![\p{L}])|l['’])`, 'u') },
  // Scheduled: "Sa signature est prévue lors du prochain sommet", "Une réunion est programmée en juin".
  // Only with a time after it: "Une dérogation est prévue pour les mineurs", "Ce contrôle est
  // prévu à l'article 23", "Une amende est prévue en cas de récidive" describe a rule.
  { name: 'scheduled', kind: 'announcement', pattern: new RegExp(String.raw`(?<![\p{L}])(?:est|sont)\s+(?:prévue?s?|programmée?s?|planifiée?s?)\s+(?:lors\s+(?:du|de|des|d['’]\p{L}+)|d['’]ici|avant|dès|courant|au\s+cours|(?:le|au|en|à|pour|dans|d['’]ici)\s+(?:(?:le\s+|la\s+|l['’]|les\s+)?(?:fin|début|mi-|semaine|mois|printemps|été|automne|hiver|année|semestre|trimestre|prochaine?s?)|\d|${MONTH_NAME}))(?![\p{L}])`, 'iu') },
  // Ready to act: "La zone de police Sud-Luxembourg est prête à y engager six policiers".
  { name: 'ready', kind: 'engagement', pattern: new RegExp(String.raw`(?<![\p{L}])(?:est|sont|se (?:tient|tiennent|déclare|déclarent))${ADVERB}\s+(?:prête?s?|disposée?s?)\s+à\s+(?:(?:y|en|le|la|les|l['’]|leur|lui|se|s['’])\s*)?\p{L}+(?:er|ir|re|oir)(?![\p{L}])`, 'u') },
];

/**
 * A condition's opening word: "si", or "s'" elided before "il" / "ils" ("S'il le faut, …").
 * (An elided word runs into the next one: a word boundary after "s'" would never hold.)
 */
const CONDITION_OPENING = String.raw`(?:si(?![\p{L}])|s['’](?=ils?(?![\p{L}])))`;
/**
 * A clause that opens on a condition or a time, elided forms included ("s'il", "lorsqu'elle"):
 * its conjunction's first word is enough ("dès", "bien"), where `CONDITION_OR_TIME_FIRST`,
 * which reads a whole sentence's opening, asks for the whole conjunction ("dès que", "bien que").
 */
const SUBORDINATE_OPENING = new RegExp(String.raw`^(?:${CONDITION_OPENING}|lorsqu['’]|(?:lorsque|quand|dès|tant|puisque|comme|bien|alors)(?![\p{L}]))`, 'iu');
/** A sentence that opens on a condition or a time ("Si …", "S'il …", "Lorsqu'elle …", "Dès que …"). */
const CONDITION_OR_TIME_FIRST = new RegExp(String.raw`^(?:${CONDITION_OPENING}|lorsqu['’]|(?:lorsque|quand|dès que|tant que|puisque|comme(?!\s+(?:je|nous)\s+(?:l['’]|le\s)?(?:ai|avons|l['’]ai|l['’]avons)(?![\p{L}])|\s+prévu|\s+convenu|\s+annoncé)|bien que|alors que)(?![\p{L}]))`, 'iu');
/**
 * A sentence that opens on a condition, then its main clause after the comma: "Si le
 * bilan de l'opération est positif, la Belgique proposera …" (group 1) commits on that
 * condition. Only a short condition without a comma of its own; a time ("Lorsque la
 * Commission présentera sa proposition, les deux pays l'examineront") says when, and
 * commits to nothing yet.
 */
const CONDITION_FIRST = new RegExp(String.raw`^${CONDITION_OPENING}[^,;]{3,120},\s*((?:la|le|les|l['’]|nous|je|chaque)(?![\p{L}]).*)$`, 'isu');

/** A body outside the authors, whose past decision a declaration reports: "La Commission a décidé de …". */
// (With its capital: a report's "la commission a décidé d'entendre …" is its authors'.)
/** A parliamentary committee as a report's subject: "La commission des lois entendra …", "la commission a décidé …" (not a fee, "la commission de l'agence"). */
const COMMITTEE_SUBJECT = /^(?:[Ll]a|[Ll]es)\s+commissions?(?:\s+(?:des\s+lois|d['’]enquête|mixtes?|parlementaires?|spéciales?|de\s+suivi|de\s+l['’]Intérieur|des\s+affaires\s+\p{L}+))?$/u;
const THIRD_PARTY_COMMISSION = /^(?:[Ll]a |L['’]|l['’])?(?:Commission|COMMISSION|commission\s+européenne)(?![\p{L}])/u;
const THIRD_PARTY_BODY = /^(?:la |le |l['’])?(?:parlement|cour|europol|eurojust|frontex|interpol|agence|onu|otan|tribunal)(?![\p{L}])/iu;
const THIRD_PARTY = { test: (subject: string) => THIRD_PARTY_COMMISSION.test(subject) || THIRD_PARTY_BODY.test(subject) };

/**
 * Does the sentence before `start` in its paragraph name a body ("La présidence …", "la
 * DCIS transmettra …"), so that a lone "Elle" after it is that body going on (not "La
 * radicalisation progresse. Elle touchera …")?
 */
function bodyBefore(text: string, start: number): boolean {
  // The sentences before, nearest first, back over those that go on with a pronoun too.
  const sentences = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).split(/(?<=[.!?])\s+/u).filter((part) => part.trim() !== '').reverse();
  for (const previous of sentences.slice(0, 4)) {
    if (BODY_SUBJECT.test(previous)) return true;
    if (!/^(?:Elle|Il|Ils|Elles)(?![\p{L}])/u.test(previous)) return false;
  }
  return false;
}
const BODY_SUBJECT = /(?<![\p{L}])(?:[Ll]a|[Ll]e|[Ll]['’])\s*(?:\p{Lu}{2,}(?![\p{Ll}])|\p{Lu}\p{Ll}{2,}(?![\p{L}])|(?:présidence|commission|direction|délégation|autorité|agence|office|comité|conseil|cellule|mission|gouvernement|ministère|préfecture|coordination|unité)(?![\p{L}]))/u;

/**
 * Is the subject of the verb found at `m` an agent: a head word that is a name ("La
 * Sécurité civile", "L'Espagne", "Europol") or people and bodies ("les deux pays",
 * "chaque partenaire", "un comité de suivi")? A `caller` may also be a mayor, a town, a
 * centre or a group ("Le maire invite …"), whose futures are mostly forecasts ("Les communes
 * souffriront …"). "L'accord facilitera …" is a forecast; a future in a "que",
 * "qui", "dont", "si" or "lorsque" clause is no one's commitment. Where `pronounActs` (a
 * body's own text), a subject pronoun alone is that body going on ("Elle organisera …").
 */
/**
 * A subject that acts, as `agentSubject` reads one: a body, a state, a person ("que <subject>
 * financerait", "En 2027, la DJSOC :"), not a thing ("la mesure permettrait"), an impersonal
 * "il", a noun in -rait ("le retrait"), a negated verb ("la Belgique ne participerait") nor
 * words cut after their article.
 */
export function actsAsSubject(subject: string): boolean {
  const words = subject.trim();
  if (/(?<![\p{L}])(?:ne(?![\p{L}])|n['’])/iu.test(words) || /(?:^|\s)(?:le|la|les|un|une|du|des|ce|cet|cette|son|sa|ses|leur|leurs|l['’])$/iu.test(words)) return false;
  // The subject, then a stand-in for its verb, as `agentSubject` reads a clause.
  const clause = `${words} verbe`;
  return agentSubject(clause, /verbe$/u.exec(clause));
}

function agentSubject(text: string, m: RegExpExecArray | null, caller = false, pronounActs = false): boolean {
  if (!m) return false;
  // A meeting announced ("La réunion aura lieu à Bruxelles") needs no agent.
  if (/^(?:aura|auront)\s+lieu/u.test(m[0])) return true;
  // An absolute participle's phrase before the subject sets the scene ("Un accord ayant été
  // trouvé le 10 novembre, l'Audiencia Nacional rejoindra l'ECE").
  const clause = text
    .slice(0, m.index)
    .split(/[;:«“"]\s*/u)
    .at(-1)!
    .trim()
    .replace(/^[^,]*?(?<![\p{L}])(?:ayant|étant)(?![\p{L}])[^,]*,\s*/u, '')
    // … and an "as I said" clause: "Comme je l'ai indiqué jeudi …, la Commission présentera …".
    .replace(/^(?:comme|ainsi que)\s+(?:je|nous|vous|il|elle|on)\s[^,]*,\s*/iu, '');
  // A future in a "que" clause is what someone knows, fears or recalls ("Nous savons que la
  // Russie tentera …", "Les autorités estiment que les arrivées diminueront").
  if (/(?<![\p{L}])(?:que(?![\p{L}])|qu['’]|dont(?![\p{L}])|qui(?![\p{L}]))/iu.test(clause) || SUBORDINATE_OPENING.test(clause)) return false;
  // The head of the subject: the word after its determiner (and a number), or its first word.
  const words = clause.replace(/^(l['’])\s*/iu, '$1 ').split(/\s+/u);
  // In a body's own text, "Elle organisera …" is the body going on ("La présidence … Elle
  // organisera en novembre …").
  if (pronounActs && words.length === 1 && /^(?:elle|il|ils|elles)$/iu.test(words[0]!)) return true;
  const determiner = /^(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|mon|ma|mes|votre|vos|chaque|aucun|aucune|tout|toute|tous|toutes|certains|certaines|plusieurs|il|elle|cela|ceci|on)$/iu;
  // A minister's own ("Mon administration, le SPF Intérieur, publiera …", "mes services organiseront …").
  if (/^(?:mon|ma|mes)$/iu.test(words[0] ?? '') && /^(?:administrations?|cabinet|directeur|directrice|équipes?|collaborateurs?|conseillers?|ministère|département|gouvernement|services?|agents?)[,;]?$/iu.test(words[1] ?? '')) return true;
  let i = determiner.test(words[0] ?? '') ? 1 : 0;
  while (/^(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/iu.test(words[i] ?? '')) i++;
  const head = words[i] ?? '';
  // The authors of a text act ("L'auteur de l'avant-projet veillera …"), not those of a crime ("Les auteurs présumés de l'agression").
  if (/^auteurs?$/iu.test(head)) return /^(?:de\s+l['’]\s*(?:avant-projet|amendement|étude)|du\s+(?:projet|texte|rapport)|de\s+la\s+(?:proposition|note|résolution))(?![\p{L}])/iu.test(words.slice(i + 1).join(' '));
  // A name ("La Sécurité civile …", "L'Espagne", "Europol") or people and bodies ("Les deux pays", "Chaque partenaire").
  if (/^\p{Lu}/u.test(head) && (i > 0 || !/^(?:aucun|aucune|nul|nulle|il|elle|ils|elles|on|cela|ceci)$/iu.test(head))) return true;
  if (caller && /^(?:maires?|communes?|villes?|centres?|groupes?|présidents?|présidentes?|directeurs?|directrices?)$/iu.test(head)) return true;
  return /^(?:pays|ministres?|services?|polices?|autorités?|gouvernements?|états?|parties?|équipes?|agents?|partenaires?|délégations?|signataires?|collèges?|douanes?|unités?|participants?|enquêteurs?|enquêtrices?|officiers?|préfets?|préfètes?|procureurs?|procureures?|parquets?|magistrats?|juges?|rapporteurs?|rapporteures?|comités?|commissariats?|cellules?|brigades?|offices?|antennes?|détachements?|agences?|coordonnateurs?|coordinateurs?|ministères?|préfectures?|zones?|groupements?|directions?|chefs?|commandants?|commissaires?|bourgmestres?|gouverneurs?|gouverneures?|présidences?|policiers?|gendarmes?|douaniers?|experts?|analystes?|renforts?|sapeurs-pompiers|pompiers?|secouristes?|militaires?|garde-frontières|gardes-frontières|garde-côtes|gardes-côtes)$/iu.test(head);
}

/**
 * Council conclusions, resolutions and a council's deliberations open each paragraph with
 * their verb in capitals, the Council being the subject: "INVITE les États membres à …", "SOUTIENT …", "DÉCIDE
 * de …" commit; "RAPPELLE", "SOULIGNE", "SE FÉLICITE", "PREND ACTE" recall or note. One
 * paragraph may hold several ("SE FÉLICITE de …, et INVITE la Commission à …; DEMANDE à
 * Frontex …"): each operative verb starts a commitment that runs to the next verb.
 */
const CAPITAL_VERBS: Array<[RegExp, CommitmentKind | null]> = [
  [/^(?:INVITE|DEMANDE|ENCOURAGE|EXHORTE|PRIE|APPELLE|CHARGE|RECOMMANDE)$/u, 'call'],
  [/^(?:SOUTIENT|APPUIE|APPROUVE|ENTÉRINE)$/u, 'support'],
  [/^S['’]ENGAGE$/u, 'engagement'],
  [/^SE\s+DÉCLARE\s+PRÊT/u, 'engagement'],
  [/^(?:SE\s|S['’])/u, null],
  // A council's deliberation: "AUTORISE le Maire à signer …", "DIT que les crédits … sont inscrits …".
  [/^(?:DÉCIDE|CONVIENT|ARRÊTE|ADOPTE|INSTITUE|AUTORISE|HABILITE|MANDATE|DIT)$/u, 'decision'],
  // A court's operative part, under "PAR CES MOTIFS": "DÉCLARE IRRECEVABLE le pourvoi …",
  // "REJETTE …", "CASSE et ANNULE …", "RENVOIE la cause …", "ORDONNE l'impression …".
  [/^(?:REJETTE|CASSE|ANNULE|RENVOIE|ORDONNE|INFIRME|CONFIRME|DÉCLARE)$/u, 'decision'],
  [/^(?:RAPPELLE|SOULIGNE|CONSTATE|SALUE|NOTE|RECONNAÎT|ESTIME|CONSIDÈRE|CONDAMNE|REGRETTE|EXPRIME|RÉAFFIRME|RÉITÈRE|AFFIRME|ACCUEILLE|SE|PREND|DÉPLORE|OBSERVE|RELÈVE|INSISTE|MET)$/u, null],
];
/** The words of those verbs, which are not acronyms ("INVITE", "SE FÉLICITE", "PREND ACTE"). */
export const CAPITAL_VERB_WORDS: ReadonlySet<string> = new Set(
  CAPITAL_VERBS.flatMap(([pattern]) => pattern.source.match(/\p{Lu}[\p{Lu}]+/gu) ?? []).concat(['SE', 'ACTE', 'FÉLICITE', 'DÉCLARE', 'RÉJOUIT', 'INQUIÈTE']),
);

/** A verb in capitals where a clause starts (paragraph start, after ";" or ", et"), and its words. */
const CAPITAL_VERB = /(?:^\s*(?:\d+\s*[.)]\s*)?|;\s*|,?\s+et\s+)((?:SE\s+|S['’])?\p{Lu}{2,}(?:\s+(?:ACTE|NOTE|INSTAMMENT|VIVEMENT|EN OUTRE|ÉGALEMENT|AUSSI|DE NOUVEAU|PRÊTS?|PRÊTES?|IRRECEVABLES?|RECEVABLES?|NULS?|NULLES?|SANS OBJET|et ANNULE))*)(?=\s*,|\s+(?:\p{Ll}|\p{Lu}\p{Ll})|\s+(?:les?|la|l['’]|à|au|aux|de|d['’]|du|des|que|qu['’]|sur)\s)/gu;

/**
 * The kind of a verb of the capitals style, given in capitals ("INVITE", "SE FÉLICITE"), and
 * what follows it: undefined when it is none of them; null when it notes or recalls. "DIT
 * que …" decides; "DIT non à la réforme", "dit son opposition" do not.
 */
function capitalKind(word: string, after: string): CommitmentKind | null | undefined {
  const key = /^(?:SE\s|S['’])/u.test(word) ? word : word.split(/\s+/u)[0]!;
  const found = CAPITAL_VERBS.find(([pattern]) => pattern.test(key));
  if (!found || (key === 'DIT' && !/^\s*qu(?:e\s|['’])/u.test(after))) return undefined;
  return found[1];
}

/** Commitments of a paragraph of conclusions in the capital-verb style, or null for another style. */
function capitalVerbCommitments(text: string, start: number, end: number): CommitmentSpan[] | null {
  const sentence = text.slice(start, end);
  const verbs = [...sentence.matchAll(CAPITAL_VERB)]
    .map((m) => ({ at: m.index! + m[0].length - m[1]!.length, cut: m.index!, word: /^SE\s/u.test(m[1]!) ? m[1]! : m[1]!.split(/\s+/u)[0]! }))
    .map((v) => ({ ...v, kind: capitalKind(v.word, sentence.slice(v.at + v.word.length)) }))
    .filter((v) => v.kind !== undefined);
  // The style is a paragraph that opens with such a verb (after its number).
  if (verbs.length === 0 || !/^\s*(?:\d+\s*[.)]\s*)?$/u.test(sentence.slice(0, verbs[0]!.at))) return null;
  const spans: CommitmentSpan[] = [];
  verbs.forEach((verb, i) => {
    const kind = verb.kind;
    if (!kind) return;
    const [s, e] = trimSpan(text, start + verb.at, start + (verbs[i + 1]?.cut ?? sentence.length));
    spans.push({ start: s, end: e, kind, lead: null });
  });
  return spans;
}

/**
 * A European Parliament resolution's paragraph opens with its verb in lower case, the
 * Parliament named once above them ("Le Parlement européen, … 1. demande à la Commission de
 * …", "2. invite les États membres à …", "12. s'engage à …"): the verbs of the capitals
 * style, where a verb's complement follows (not the noun in "demande d'asile").
 */
const OPENING_VERB =
  /^\s*((?:se\s+|s['’])?\p{Ll}+)(?=\s+(?:(?:à|au|aux|que|le|la|les|son|sa|ses|leur|leurs|tous|toutes|chaque|instamment|vivement|également|en outre|de|pleinement|fermement)(?![\p{L}])|qu['’]|l['’]|d['’]))/u;
/**
 * The commitment of such a paragraph, or null to leave it to the other triggers: a verb that
 * notes or recalls ("se félicite", "salue … et s'engage à …"), a plural ("s'engagent à",
 * an item under "Les ministres :") and a noun are theirs.
 */
function openingVerbCommitment(text: string, start: number, end: number): CommitmentSpan[] | null {
  const sentence = text.slice(start, end);
  const verb = OPENING_VERB.exec(sentence);
  if (!verb) return null;
  const word = verb[1]!.toUpperCase().replace(/^SE\s+/u, 'SE ');
  // Not a noun: "demande d'asile", "demande de visa".
  if (/^(?:DEMANDE|CHARGE)$/u.test(word) && /^\s*\S+\s+d(?:e\s|['’])/u.test(sentence)) return null;
  const kind = capitalKind(word, sentence.slice(verb.index + verb[0].length));
  if (!kind) return null;
  const [s, e] = trimSpan(text, start + verb.index + verb[0].length - verb[1]!.length, end);
  return [{ start: s, end: e, kind, lead: null }];
}

/**
 * Does a sentence of a treaty speak of the instrument itself — its purpose, its terms, its
 * entry into force — rather than bind anyone ("Le présent arrangement fixe les modalités
 * …", "On entend par …", "Il prend effet le …")?
 */
export function speaksOfItself(text: string): boolean {
  return (
    /a pour objet|au sens du présent|on entend par|est conclu pour une durée|entre en vigueur(?![\p{L}])|prend effet (?:le|à|au|dès)/iu.test(text) ||
    // Its own entry into force, end and publication, the text itself (or the instrument a
    // decree publishes) their subject, in a clause of its own: "(1) Le présent accord est
    // entré en vigueur le 1er mai 2026.", "Elle prend fin le 30 juin 2027", "Le présent
    // mémorandum d'entente expire …", "L'accord …, signé à Tournai le …, sera publié au Journal
    // officiel …" (not "À compter de l'entrée en vigueur …, les polices organisent …", "La
    // liste des agents est publiée au Journal officiel", nor "Elle prend fin … et la Partie
    // requise rapatrie ses agents").
    ownLife(text) ||
    /^(?:il|elle) s['’]applique(?:nt)? (?:à|aux|au|sur|dans)(?![\p{L}])/iu.test(text.trim()) ||
    // An earlier instrument it replaces: "L'Accord du 27 août 2007 … cesse de s'appliquer …", "… est abrogé".
    /^(?:l['’]|le |la |les )?(?:accord|convention|protocole|arrangement|traité|échange de lettres|mémorandum|décision|règlement|instrument)s?(?![\p{L}])[^,;]{0,100}?(?:cesse(?:nt)? de s['’]appliquer|(?:est|sont) abrogée?s?(?![\p{L}]))[^,;]*$/iu.test(text.trim()) ||
    // An act's addressees: "Le Royaume de Belgique, … sont destinataires de la présente décision."
    /(?:est|sont) (?:les )?destinataires? d(?:u présent|e la présente)(?![\p{L}])/iu.test(text) ||
    /^(?:le|la) présente? (?:mémorandum|accord|arrangement|protocole|convention|traité|déclaration|texte|instrument|règlement|décret|arrêté|loi|décision|directive|recommandation|résolution|communication|contrat|charte|pacte|feuille de route) (?:précise|définit|fixe|vise|a pour|ne crée|ne constitue|n['’]affecte|ne porte|s['’]applique|est conclue?|peut être|complète|ne déroge)/iu.test(text.trim()) ||
    // An order's execution article: "Le directeur de cabinet, … sont chargés, chacun en ce qui le
    // concerne, de l'exécution du présent arrêté".
    /(?:est|sont) chargée?s?(?:,? chacun en ce qui le concerne,?)? de l['’]exécution (?:du présent|de la présente)/iu.test(text) ||
    // A law's own mechanics: the decree that will set its terms, the "gage" that offsets its cost.
    /^(?:un|des|le) décrets?(?: en conseil d['’]état)?[^.;]{0,120}?(?:fixe|fixent|précise|précisent|détermine|déterminent)(?![\p{L}])/iu.test(text.trim()) ||
    /^(?:les )?(?:modalités|conditions) d['’]application[^.;]{0,120}?(?:sont|seront) (?:fixées|précisées|déterminées|définies) par (?:un |des )?(?:décret|arrêté)/iu.test(text.trim()) ||
    /^(?:la charge|les charges|la perte de recettes|les pertes de recettes)[^.;]{0,200}?(?:est|sont) compensée?s?,? à due concurrence/iu.test(text.trim())
  );
}

/** The text itself as a clause's subject: "Le présent arrangement administratif", "Elle", "(1) L'accord entre …". */
const SELF_SUBJECT = /^(?:\(\d+\)\s*)?(?:il|elle|(?:le|la) présente?\s|l['’](?:accord|arrangement|échange de lettres)|la convention|le (?:protocole|mémorandum|traité|décret)|l['’]arrêté)/iu;
/** What a text says of its own life: its entry into force, its end, its publication. */
const OWN_LIFE = /(?:est|sont) entrée?s? en vigueur|entrera en vigueur|(?:prend|prendra) fin|expire(?:ra)?(?![\p{L}])|cesse(?:ra)? de produire|(?:sera|seront|est|sont) publiée?s?(?: par extrait)? (?:au|dans le) (?:journal officiel|moniteur belge|mémorial|bulletin officiel)/iu;

/** The text's own life, said in a clause with nothing after it of another subject (see `speaksOfItself`). */
function ownLife(text: string): boolean {
  const life = SELF_SUBJECT.test(text.trim()) ? OWN_LIFE.exec(text) : null;
  return life !== null && !/;|\set\s+(?:la|le|les|l['’]|chaque|leurs?)\s/iu.test(text.slice(life.index + life[0].length));
}

/** How many column gaps a line has: a tab, or four spaces or more, between two words (a table's or a PDF's columns). */
export const columnGaps = (text: string): number => text.match(/\S(?:\t|\s{4,})(?=\S)/gu)?.length ?? 0;

/** An auxiliary and a past participle: "a traité", "ont déjà été", "n'a pas reçu". */
const PERFECT = /(?<![\p{L}'’])(?:a|ont|avait|avaient)\s+(?:(?:déjà|pas|jamais|bien|aussi|notamment|récemment|toujours)\s+)?(?!(?:lieu|droit|priorité|autorité|qualité|accès|recours|vocation|intérêt|pouvoir|compétence)(?![\p{L}]))\p{L}{2,}(?:é|ée|és|ées|i|is|it|u|us|ert|eint|uit)(?![\p{L}])/giu;
/** The label of a field that states a finding or a context, not an action. */
const FINDING_LABEL = /^(?:constats?|contexte|diagnostic|enjeux?|objectifs?|observations?|rappel|motifs?|justification|état des lieux|situation|problématique)$/iu;
/** The label of an action sheet's field: "Pilote :", "Partenaires :", "Calendrier :", "Fiche action n° 3 :". */
const SHEET_FIELD = /^(?:pilotes?|partenaires?(?: associés)?|calendrier|indicateurs?(?: de suivi)?|échéances?|responsables?|budget|coûts?|financements?|porteurs?|référents?|livrables?|moyens|fiche(?:[- ]action)? n[°o]\s*\d+)$/iu;
/** A verb of finding or opinion before what it finds (see `isTreatyNorm`): "Les signataires estiment que …". */
const FINDING_VERB = /^[^;:]{0,160}?(?<![\p{L}])(?<!\bqui\s)(?:estiment|estime|considèrent|considère|constatent|constate|relèvent|relève|notent|soulignent|souligne|se félicitent|se félicite|regrettent|regrette)\s+(?:que|qu['’])/u;
/** A signature line's office: "Ministre de la Justice et de la Sécurité". */
const SIGNATURE_OFFICE = new RegExp(`^(?:le |la )?(?:premier |première )?${OFFICE}`, 'iu');
/** Is a paragraph of a treaty article a norm (not a definition, purpose, permission or closing formula)? */
export function isTreatyNorm(text: string): boolean {
  const trimmed = text.trim();
  if (/:\s*$/u.test(trimmed) || trimmed.split(/\s+/u).length < 6) return false;
  // A row of a table set out in columns (tabs, or runs of four spaces: "A. Personnel : 2
  // coordinateurs (2 ETP)     98 400,00 €"): two gaps or more, or one before a figure or
  // after no sentence's end (a justified PDF's line, "Les agents respectent    le droit …
  // .", is a sentence); or a title in capitals, no sentence's end either.
  const ended = /[.;!?…]$/u.test(trimmed);
  const gaps = columnGaps(trimmed);
  if (gaps >= 2 || (gaps === 1 && (!ended || /\d[\d\s,.]*\s*[€%]?$/u.test(trimmed)))) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (!ended && letters.length >= 20 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.8) return false;
  // A signature line: an office, no closing punctuation ("Ministre de la Justice et de la Sécurité").
  if (!/[.;!?…»”)]$/u.test(trimmed) && SIGNATURE_OFFICE.test(trimmed)) return false;
  if (/^(?:en foi de quoi|fait à|fait le|donné à|pour le|pour la)(?![\p{L}])/iu.test(trimmed)) return false;
  // A signature's place and date on a line of their own: "Palais de Luxembourg, le 12 mai 2021."
  if (/^\p{Lu}[^,;.]{0,60},\s+le\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\s*\.?$/u.test(trimmed)) return false;
  if (speaksOfItself(trimmed)) return false;
  // An action sheet's field, its label before a colon: "Pilote : groupement de gendarmerie du
  // Nord", "Calendrier : à compter du 1er juin 2026", "Fiche action n° 3 : Démantèlement …"
  // (labels from a list: "Délai de réponse : la Partie requise répond …" binds), or one that
  // states a finding ("Constat : les points de deal sont approvisionnés …").
  const field = /^(\p{Lu}[^:;,.]{0,40}?)\s?:\s/u.exec(trimmed);
  if (field && (SHEET_FIELD.test(field[1]!) || FINDING_LABEL.test(field[1]!))) return false;
  // What the parties find or think rather than do: "Les signataires estiment que …" (not what
  // they record: "Chaque Partie relève les empreintes …").
  if (FINDING_VERB.test(trimmed)) return false;
  // Clauses that describe rather than bind — the governing law, where a body sits — unless
  // the sentence goes on with an obligation ("… ; il se réunit …", "… et les Parties
  // veillent …").
  // ("… est régi par le règlement … et par la directive …" is still one clause.)
  const single = !/;|\s(?:et|puis)\s+(?!(?:par|de|du|des|d['’]|à|au|aux|en|dans|sur|pour|avec)\s)/u.test(trimmed);
  const describes =
    /(?:est|sont|reste|restent|demeure|demeurent) régie?s? par|relèv(?:e|ent) (?:du droit|de la Partie|des autorités (?:compétentes )?de la Partie|de l['’]État|de l['’]autorité|de la compétence|de la responsabilité)|s['’]exercen?t? (?:dans le (?:strict )?respect|conformément) (?:du|de la|des|de l['’]|au|aux)/iu.test(trimmed) ||
    /^[^,;]{0,80}?(?:est|sont) (?:établie?s?|située?s?|placée?s?|rattachée?s?|installée?s?) (?:au sein|auprès|à|au|dans)(?![\p{L}])/iu.test(trimmed);
  // (What a clause allots is an obligation when it is a cost: "Les frais d'intervention relèvent de la Partie requise".)
  const cost = /^(?:les |le |la |l['’])?(?:frais|coûts?|dépenses?|charges?)(?![\p{L}])/iu.test(trimmed);
  if (describes && single && !cost) return false;

  // What has been so far, in a past tense: "La poursuite … n'a jusqu'à présent été pratiquée
  // que …", "Les saisies … ont doublé au cours des trois dernières années".
  // (The auxiliary in the main clause, not in a relative one: "les saisies qu'elle a
  // effectuées l'année dernière", "Les Parties, qui ont constaté …, renforcent …" bind.)
  const auxiliary = /(?<![\p{L}'’])(?:a|ont|avait|avaient)(?![\p{L}])|(?<![\p{L}])n['’](?:a|ont|avait|avaient)(?![\p{L}])/giu;
  const inMain = (m: RegExpMatchArray) => !/(?<![\p{L}])(?:qui|que|dont|lorsque|si|quand|où)(?![\p{L}])|(?<![\p{L}])(?:qu|lorsqu)['’]/iu.test(trimmed.slice(0, m.index).split(/[,;]/u).at(-1)!);
  const mainPast = () => [...trimmed.matchAll(auxiliary)].some(inMain);
  // A fact told in the past, its auxiliary and participle in the main clause: "Le CCPD de
  // Tournai a traité, la même année, 1 870 demandes" (not "L'exercice a lieu chaque année").
  if ([...trimmed.matchAll(PERFECT)].some(inMain)) return false;
  if (/jusqu['’](?:à|a) (?:présent|ce jour|maintenant)|au cours des (?:\p{L}+ )?(?:dernières|derniers) (?:années|mois|ans)|(?:ces|les) (?:\p{L}+ )?dernières années|l['’](?:an|année) (?:dernier|dernière|passée?)/iu.test(trimmed) && mainPast()) return false;
  // A permission ("peut", "peuvent") is not an obligation; a prohibition ("ne peuvent") is.
  return !/(?<!\bne\s|\bn['’])\b(?:peut|peuvent)\b/iu.test(trimmed);
}

/**
 * Commitments in one sentence `text.slice(start, end)`. `year` is the document's
 * year, used to tell retrospective sentences apart; `kind` the kind of document;
 * `otherParty` says whether a subject names someone other than the text's speakers
 * ("la Russie" in a Franco-Belgian declaration), whose future after a condition is theirs.
 */
export function sentenceCommitments(text: string, start: number, end: number, year: number | null, kind: DocumentKind | null = null, otherParty: (subject: string) => boolean = () => false): CommitmentSpan[] {
  const sentence = text.slice(start, end);
  const folded = foldSameLength(sentence);
  // Sending the text on: "charge sa présidente de transmettre la présente résolution au Conseil".
  if (/(?<!\p{L})charge (?:son|sa) president(?:e)? de transmettre (?:la presente|le present) (?:resolution|declaration|texte|decision|position|avis)(?!\p{L})/iu.test(folded)) return [];
  const capitals = capitalVerbCommitments(text, start, end);
  if (capitals) return capitals;
  if (kind !== 'article') {
    const opening = openingVerbCommitment(text, start, end);
    if (opening) return opening;
  }
  if (/\?\s*["»”]?$/u.test(sentence) || isRetrospective(folded.replace(/^["«\s]+/u, ''), year)) return [];
  // A cover note's formula: "Les délégations trouveront ci-après les conclusions …".
  if (/trouveront ci-(?:apres|joint|dessous)/u.test(folded)) return [];
  // A letter's closing formula, known by its verb and its object: "Je vous prie de croire,
  // Monsieur le Préfet, à l'assurance de ma considération", "Veuillez agréer … l'expression
  // de …"; and "Je vous prie de trouver ci-joint …".
  if (/(?<!\p{L})(?:je vous prie|veuillez)\s+(?:de\s+|d')?(?:bien vouloir\s+)?(?:agreer|croire|recevoir|accepter|trouver ici|accueillir)(?!\p{L})[^.;]{0,120}?(?:l'assurance|l'expression|mes salutations|mes sentiments|mes respectueux|mes hommages|ma consideration|ma haute consideration)(?!\p{L})/u.test(folded)) return [];
  if (/(?<!\p{L})je vous prie de (?:bien vouloir )?trouver ci-(?:joint|apres|dessous)/u.test(folded)) return [];
  // Asking the assembly to pass the text itself: "nous vous demandons d'adopter la présente proposition de loi".
  if (/(?<!\p{L})vous (?:demandons|demande|prions|invitons) (?:de bien vouloir |d')(?:adopter|approuver|voter) (?:la presente|le present|ce texte)(?!\p{L})/u.test(folded)) return [];
  // The trigger that comes first in the sentence decides the kind.
  let best: { trigger: Trigger; match: RegExpExecArray } | null = null;
  const caseFolded = sentence.toLowerCase();
  const all: Array<{ trigger: Trigger; match: RegExpExecArray }> = [];
  for (const [index, trigger] of TRIGGERS.entries()) {
    if (trigger.kinds && !trigger.kinds.includes(kind ?? 'declaration')) continue;
    for (const match of (trigger.cased ? sentence : trigger.original ? caseFolded : folded).matchAll(GLOBAL_TRIGGERS[index]!)) {
      if (!trigger.litotes && isNegated(folded, match.index!, match[0].length)) continue;
      all.push({ trigger, match: match as RegExpExecArray });
    }
  }
  all.sort((a, b) => a.match.index - b.match.index);
  best = all[0] ?? null;
  // A second verb of the same subject, joined by "et": "Les ministres s'engagent à X et
  // conviennent d'échanger Y", "… conviennent d'intensifier X, et appellent à Y".
  if (best) {
    for (const match of folded.slice(best.match.index + best.match[0].length).matchAll(SAME_SUBJECT_VERB)) {
      const at = best.match.index + best.match[0].length + match.index! + match[0].length - match[1]!.length;
      const before = folded.slice(0, at);
      const count = (mark: string) => before.split(mark).length - 1;
      if (count('(') !== count(')') || count('«') !== count('»')) continue;
      const found = Object.assign([match[1]!], { index: at, input: folded, groups: undefined }) as unknown as RegExpExecArray;
      all.push({ trigger: { kind: SAME_SUBJECT_KIND.find(([verb]) => verb.test(match[1]!))![1], pattern: SAME_SUBJECT_VERB, infinitive: false }, match: found });
    }
  }
  // A second commitment joined by "et" or ";" with its own subject: "Nous soutenons X, et nous veillerons à Y."
  const second = all.find((x) => best !== null && x.match.index > best.match.index + best.match[0].length && /(?:,?\s+et|;)\s+$/u.test(folded.slice(0, x.match.index)));
  if (best && second) {
    const cut = start + /(?:,?\s+et|;)\s+$/u.exec(folded.slice(0, second.match.index))!.index;
    const [s1, e1] = trimSpan(text, start, cut);
    const [s2, e2] = trimSpan(text, cut, end);
    return [
      { start: s1, end: e1, kind: best.trigger.kind, lead: null },
      { start: s2, end: e2, kind: second.trigger.kind, lead: null },
    ];
  }
  if (best) {
    const { match } = best;
    const { kind, infinitive } = best.trigger;
    const [s, e] = trimSpan(text, start, end);
    if (!infinitive) return [{ start: s, end: e, kind, lead: null }];
    const split = coordinatedSplit(folded, match.index + match[0].length + 1);
    if (split === null) return [{ start: s, end: e, kind, lead: null }];
    // The words up to the first infinitive are shared by both parts.
    const words = wordsFrom(folded, match.index);
    const verb = words.find((w, i) => i > 0 && isInfinitive(w.word, words[i + 1]?.word));
    const leadEnd = verb ? verb.index : match.index + match[0].length;
    const lead = sentence.slice(s - start, leadEnd).trim();
    const [s1, e1] = trimSpan(text, s, start + split);
    const [s2, e2] = trimSpan(text, start + split, e);
    return [
      { start: s1, end: e1, kind, lead: null },
      { start: s2, end: e2, kind, lead },
    ];
  }
  // Press reports and press releases report measures in the third person and the future.
  if (kind === 'article' || kind === 'joint-communique' || kind === 'declaration') {
    // What the report says, without the attribution after a quotation (", a indiqué M. X,
    // porte-parole de la Guardia costiera") or a "dont" clause about something else
    // ("Frontex, dont le bilan sera publié la semaine prochaine, …").
    const said = sentence.replace(/([»”"])\s*,\s*[^«»“”"]*$/u, '$1').replace(/,\s*dont\s[^,]*,/gu, ',');
    // Not an instrument's entry into force or application: a legal condition (other clauses of
    // the sentence may still commit).
    const acts = said.replace(/(?:^|[,;]|\s+et\s)[^,;]*?(?<![\p{L}])(?:entr(?:era|eront)(?:\s+(?:progressivement|pleinement))?\s+en\s+(?:vigueur|application|service)|s['’]appliquer(?:a|ont)(?!\s+à\s+\p{L}+(?:er|ir|re)(?![\p{L}])))(?![\p{L}]).*?(?=[,;]|\s+et\s|$)/gu, ' ');
    // Outside press reports, a bare future commits only when its subject acts ("La Sécurité
    // civile française … mèneront …", "L'Espagne mettra …"; not "L'accord facilitera …").
    // A recalled or noted fact ("a rappelé que … sera commémoré") and a negated passive
    // ("ne seront jamais oubliées") do not commit either; a declaration's own commitments are
    // in its first-person and lead triggers, so only its bodies' futures are added here.
    const recalled = /(?<![\p{L}])(?:rappel|soulign|not|constat|reconn|estim|craign|regrett|sav)\p{L}*\s+qu(?:e|['’])/iu;
    // In a declaration, only the main clause: after an opening "Avec l'appui de Frontex, …",
    // before the first comma, and not in a sentence that opens on a condition or a time
    // ("Lorsque la Commission présentera …", "Si …").
    const conditionFirst = kind === 'declaration' && CONDITION_OR_TIME_FIRST.test(acts.trim());
    const main =
      kind === 'declaration'
        ? conditionFirst
          ? CONDITION_FIRST.exec(acts.trim())?.[1] ?? ''
          : acts
              .trim()
              .replace(/^(?:enfin|ensuite|par ailleurs|en outre|de plus|de même|parallèlement)(?![\p{L}])\s*,?\s*/iu, '')
              // (An "as said" clause: "Comme je l'ai indiqué jeudi, …", "Comme prévu, …".)
              .replace(/^comme\s+(?:(?:je|nous)\s[^,]{0,120}|prévu|convenu|annoncé),\s*/iu, '')
              .replace(/^(?:avec|dans|sur|en|pour|après|dès|d['’]ici|au|aux|à|par|lors|quel(?:le)?s? que soi(?:t|ent)|afin)(?![\p{L}])[^,]{0,120},\s*/iu, '')
              // … and a participle's phrase after it: "Dans la perspective de l'ETIAS, attendue
              // au dernier trimestre 2026, la DNPAF formera …".
              .replace(/^\p{Ll}+(?:ée?s?|ie?s?|ue?s?)\s[^,]{0,120},\s*/u, '')
        : acts;
    /** The verb found at `m` in `text` is in a main clause: not after "dont", "qui", "que" since the last comma. */
    const inMainClause = (text: string, m: RegExpExecArray | null) =>
      m !== null && !/(?<![\p{L}])(?:(?:dont|qui|que|lorsque|quand|si)(?![\p{L}])|qu['’]|lorsqu['’]|s['’](?=ils?(?![\p{L}])))[^,;]*$/iu.test(text.slice(0, m.index).split(/[,;]/u).at(-1)!);
    /** The clause names a year before the document's ("en 2019"), or the document has none. */
    const earlierYear = (text: string) => [...text.matchAll(/(?<![\p{L}'’])en ((?:19|20)\d\d)(?!\d)/gu)].some((m) => year === null || Number(m[1]) < year);
    /** The verb found at `m` in `text` is negated: "Aucun pays ne pourra …". */
    const negated = (text: string, m: RegExpExecArray) =>
      /(?<![\p{L}])(?:ne|n['’])\s*(?:(?:se|s['’]|le|la|les|l['’]|y|en|lui|leur)\s*)?$/iu.test(text.slice(0, m.index));
    /** In a declaration, a lone "Elle" after a body is that body going on (see `bodyBefore`); read once, when needed. */
    let goingOn: boolean | undefined;
    const goesOn = () => (goingOn ??= kind === 'declaration' && bodyBefore(text, start));
    // Each pattern is matched once in the sentence and once in its main clause.
    const reported = REPORTED.find(({ name, pattern }) => {
      const found = pattern.exec(acts);
      if (!found) return false;
      const inMain = main === acts ? found : pattern.exec(main);
      // After a condition, what someone other than the speakers will do is a forecast: "Si
      // l'accord échoue, la Russie renforcera …" (not "…, la Belgique proposera …" in a
      // Belgian declaration).
      if (conditionFirst && inMain && otherParty(main.slice(0, inMain.index))) return false;
      if (kind !== 'article' && name === 'future' && !agentSubject(main, inMain, false, goesOn()) && !COMMITTEE_SUBJECT.test(main.slice(0, inMain?.index ?? 0).trim())) return false;
      if (name === 'future' && negated(acts, found)) return false;
      // (Whatever the text, the subject acts; and "ne continuera pas de" does not go on.)
      if (name === 'continues' && (!agentSubject(main, inMain, false, goesOn()) || !inMainClause(main, inMain) || (/^continuer/u.test(found[0]) && negated(acts, found)))) return false;
      if (name === 'intends' && (!inMainClause(main, inMain) || /(?<![\p{L}])(?:où|quel(?:le)?s?|comment|pourquoi|combien|si|savoir)(?![\p{L}])[^,;]*$/iu.test(main.slice(0, inMain!.index)) || (kind !== 'article' && !agentSubject(main, inMain)))) return false;
      // (Only in a press report, and not a call of years before: "En 2019, la Commission a invité …".)
      if (name === 'called' && (kind !== 'article' || earlierYear(main))) return false;
      if (name === 'scheduled' && (!inMainClause(main, inMain) || negated(acts, found) || earlierYear(main) || recalled.test(acts))) return false;
      if (name === 'call' || name === 'called') {
        const verb = foldSameLength(found[1]!);
        // An invitation to a meal or an event is no call to act: "a invité ses homologues à déjeuner".
        if (/^(?:dejeuner|diner|souper|assister|participer|celebrer|feter)$/u.test(verb)) return false;
        if (!isInfinitive(verb, found[2] ? foldSameLength(found[2]) : undefined, true) && !/(?:er|ir)$/u.test(verb)) return false;
        // A report's "Il a appelé …" is the speaker it quotes going on.
        if (!agentSubject(main, inMain, true, name === 'called') || !inMainClause(main, inMain)) return false;
      }
      // A body of the text's own, acting now: not an outside body ("Frontex soutient les États
      // membres depuis 2005", "La Commission européenne approuve le plan …").
      // The text's own body, in the main clause: what it does now, or did at the meeting.
      const ownBody = () => agentSubject(main, inMain, false, goesOn()) && inMainClause(main, inMain) && !THIRD_PARTY.test(main.slice(0, inMain!.index).trim()) && !/(?<![\p{L}])depuis(?![\p{L}])/iu.test(main);
      if (name === 'adopted' && (kind !== 'joint-communique' || !ownBody() || /(?<![\p{L}])déjà(?![\p{L}])/iu.test(main) || earlierYear(main))) return false;
      if ((name === 'stance' || name === 'ready') && (kind !== 'declaration' || !ownBody())) return false;
      // A recommendation, not a forecast someone reports or a quoted one: "selon …", "« … »".
      if (name === 'should' && (kind !== 'declaration' || !agentSubject(main, inMain) || !inMainClause(main, inMain) || negated(acts, found) || /(?<![\p{L}])(?:selon|d['’]après|en théorie|théoriquement|a estimé|ont estimé|estime que)(?![\p{L}])|[«»“”]/iu.test(acts))) return false;
      if (name === 'conditional' && (kind === 'declaration' || !actsAsSubject(found[1]!) || /^\s*(?:pas|plus|jamais|guère)(?![\p{L}])/u.test(acts.slice(found.index + found[0].length)))) return false;
      // (A report's own committee decides too: "La commission a décidé d'entendre …".)
      const committee = COMMITTEE_SUBJECT.test(main.slice(0, inMain?.index ?? 0).trim());
      if (kind === 'declaration' && (name === 'promised' || !inMainClause(main, inMain) || (name === 'decided' && ((!agentSubject(main, inMain) && !committee) || THIRD_PARTY.test(main.slice(0, inMain!.index).trim()))))) return false;
      return !(name === 'passive' && (recalled.test(acts) || /(?<![\p{L}])(?:ne|n['’])\s*(?:sera|seront)(?![\p{L}])/iu.test(acts)));
    });
    if (reported) {
      const [s, e] = trimSpan(text, start, end);
      return [{ start: s, end: e, kind: reported.kind, lead: null }];
    }
  }
  return [];
}

// The verb of a commitment whose trigger is itself the operative verb.
const TRIGGER_VERBS: Array<[RegExp, string]> = [
  [/\b(?:appelons|appellent)\b/u, 'appeler'],
  [/\b(?:invitons|invitent)\b/u, 'inviter'],
  [/\b(?:exhortons|exhortent)\b/u, 'exhorter'],
  [/\b(?:demandons|demandent)\b/u, 'demander'],
  [/\b(?:encourageons|encouragent)\b/u, 'encourager'],
  [/\b(?:insistons|insistent)\b/u, 'insister'],
  [/\b(?:plaidons|plaident)\b/u, 'plaider'],
  [/\b(?:soutenons|soutiennent)\b/u, 'soutenir'],
  [/\b(?:appuyons|appuient)\b/u, 'appuyer'],
  [/\b(?:approuvons|approuvent)\b/u, 'approuver'],
];

/**
 * The operative verb of a commitment, as an infinitive: the verb that follows "De …" in
 * an item under a lead ("De poursuivre" → poursuivre; after an opening participle
 * clause, "Soulignant …, de nous accorder" → accorder), the trigger of a call or support
 * ("nous appelons" → appeler), the infinitive after "nous allons", "nous nous engageons
 * à", or a regular future ("renforceront" → renforcer). Null when none is found.
 */
export function operativeVerb(text: string, kind: CommitmentKind): string | null {
  const folded = foldSameLength(text);
  if (kind === 'call' || kind === 'support') {
    for (const [pattern, verb] of TRIGGER_VERBS) if (wordRegex(pattern).test(folded)) return verb;
  }
  // Skip an opening participle or circumstance clause: "Soulignant …, de …", "En prévention …, d'…".
  let from = 0;
  if (/^(?:\p{L}+ant|en|dans|pour|afin|au|compte tenu|conjointement)\b/u.test(folded)) {
    const comma = /,\s+(?:de|d')\s*/u.exec(folded);
    if (comma) from = comma.index + 1;
  }
  const words = wordsFrom(folded, from);
  const original = (w: { word: string; index: number }) => text.slice(w.index, w.index + w.word.length).toLowerCase();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const previous = words[i - 1]?.word;
    if (i > 0 && !/^(?:de|d|a|et|nous|se|s|allons|vont|engageons|engagent|pouvoir|mieux|aussi|enfin)$/u.test(previous ?? '')) continue;
    if (/^(?:nous|se|vous)$/u.test(w.word)) continue;
    const shaped = new RegExp(`^${INFINITIVE}$`, 'u').test(w.word) && !NOT_VERBS.has(w.word) && !/(?:aire|iere|oire|ture|dure|sure|eur)$/u.test(w.word);
    if (shaped) return original(w);
  }
  const future = /(?<![\p{L}])(\p{L}{3,}?)(e|i)ront(?![\p{L}])/u.exec(folded);
  if (future) return `${text.slice(future.index, future.index + future[1]!.length + 1).toLowerCase()}r`;
  return null;
}
