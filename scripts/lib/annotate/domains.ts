/**
 * Policy domains of a passage, from the cue stems of the controlled vocabulary
 * (`content/registry/domains.yaml`). A passage's own distinct cues count one each; the
 * cues of its section heading (with the article title of a treaty) give a base, and the
 * title's a lighter one. A passage without cues takes those of its nearest context: heading, lead sentence,
 * document title, the document's profile. A passage that reviews the whole text ("pour
 * évaluer la mise en œuvre de ces engagements", "un premier bilan") takes the document's
 * profile. The main domains are those scoring at least half of the best subject domain,
 * three at most, framework domains last.
 */
import type { Domain } from '../../../src/schemas/registry.ts';
import { foldSameLength } from '../fold.ts';
import { splitSentences } from '../sentences.ts';

/** Weight of the section heading's cues for the passages under it. */
export const HEADING_WEIGHT = 0.5;
/**
 * Weight of the title's cues (with its subtitle and rubric) for every passage with cues of
 * its own: one title cue only breaks a tie; a subject the title names twice ("trafic de
 * stupéfiants … cocaïne", 1 + ln 2 by `cueWeight`) reaches half of a single own cue, so it
 * comes second. Measured against the gold files: 0.25 (0.3 since cues weigh by
 * `cueWeight`) raised recall on the texts it was chosen on and on the others alike, 0.5
 * cost precision everywhere.
 */
export const TITLE_WEIGHT = 0.3;
/**
 * A title names the document's theme when a single subject domain leads its cues and that
 * domain holds at least this share of the document's own subject cues ("Feuille de route
 * … contre le trafic de cocaïne dans les ports": the ports' controls, seizures and
 * liaison officers are all about trafficking, though few of them say so). Measured on the
 * gold files: from 0.2 to 0.3 the scores stay within a point of each other (the rule
 * raised the other texts' recall from 0.70 to 0.72 at no cost in precision, the seeds'
 * scores did not move); 0.4 lost half of that recall. See `theme`.
 */
export const THEME_SHARE = 0.25;
/**
 * Score of a domain named by `n` distinct cues in one passage: 1 + ln n. Each further cue
 * adds less, because several cues of one domain often name one thing several ways
 * ("criminalité organisée … réseaux de trafics d'armes … narcotrafic" is one subject, not
 * four): counted one each, they silenced the police and judicial cooperation the same
 * sentence names once. Measured against the gold files (domains P/R): the seeds went from
 * 0.957/0.863 to 0.957/0.882, the other texts from 0.792/0.714 to 0.797/0.719, with the
 * title's weight raised to keep its rule (the square root, or a cap at two, gained as much
 * recall but cost precision on both).
 */
export const cueWeight = (n: number) => (n > 0 ? 1 + Math.log(n) : 0);
/** A domain is kept when it scores at least this share of the best score. */
export const RELATIVE_THRESHOLD = 0.5;
/** Context of a passage, for `classify`. */
export interface PassageContext {
  heading?: string | null;
  lead?: string | null;
  title?: string | null;
  /** The document's domain scores (sum of its passages' own cues). */
  document?: Map<string, number>;
  /** The document's theme, if its title names one (see `DomainScorer.theme`). */
  theme?: string | null;
}
/**
 * Framework domains name the setting more than the subject ("européen", "Conseil",
 * "directive" appear in most commitments of an EU text): they are kept when they score,
 * but listed after the more specific domains, so that the main domain is the subject.
 */
export const FRAMEWORK = new Set(['cooperation-europeenne']);
/** At most this many domains per passage. */
export const MAX_DOMAINS = 3;

/**
 * A passage that plans to review the text as a whole: a review word ("évaluer", "examen",
 * "faire le point", "suivi", "bilan") whose object is the text itself ("la présente
 * déclaration", "du présent accord" — not "du présent article" —, "ces engagements", "ces
 * mesures"), directly or through its implementation ("évaluer la mise en œuvre de ces
 * engagements"), or that follows it closely ("ces engagements feront l'objet d'un suivi");
 * or "un premier bilan" of nothing in particular ("un premier bilan des patrouilles"
 * reviews the patrols). Its subject is everything the text commits to, not the cue words
 * it happens to contain. Matched on the folded text (no accents, lower case).
 */
const REVIEW = String.raw`(?<!\p{L})(?:evalu\p{L}*|examin\p{L}*|examen|(?:fai|fer|fon)\p{L}* le point|suivi|suivre|suivront|bilans?)(?!\p{L})`;
const IMPLEMENTATION = String.raw`(?:sur )?(?:la mise en (?:oeuvre|œuvre)|l'application|l'execution|l'etat d'avancement|les progres|la realisation|le respect) (?:de |d')?`;
/** The text itself: "la présente déclaration", "du présent accord", "ces engagements"… */
const WHOLE_TEXT = String.raw`(?:(?:la|le|du|de la|cette) presente? (?:declaration|accord|convention|protocole|traite|plan|feuille de route|programme|arrangement|memorandum|communique|charte|pacte|strategie|texte)|(?:ces|nos|tous ces|l'ensemble de ces) (?:engagements|mesures|decisions|orientations|actions|conclusions))(?!\p{L})`;
/** Up to `n` words between two phrases. */
const near = (n: number) => String.raw`\s+(?:\S+\s+){0,${n}}?`;
const REVIEWS_WHOLE = new RegExp(
  [
    `${REVIEW}${near(2)}(?:${IMPLEMENTATION})?${WHOLE_TEXT}`,
    `(?<!\\p{L})${WHOLE_TEXT}${near(4)}${REVIEW}`,
    String.raw`(?<!\p{L})premiers? bilans?(?!\s+(?:(?:de|des|du)(?!\p{L})|d'))`,
  ].join('|'),
  'u',
);
export const reviewsWholeText = (text: string) => REVIEWS_WHOLE.test(foldSameLength(text));

/** Scores passages against the domains. */
export class DomainScorer {
  private readonly cues: Array<{ id: string; pattern: RegExp }>;
  private readonly scored = new Map<string, Map<string, number>>();

  constructor(domains: Domain[]) {
    // A cue is a word stem: it must start a word ("terroris" in "antiterroriste" does not
    // count); one in capitals (an acronym, a name: "LAPI", "INTERPOL") is a whole word. One
    // alternation per domain, longest cues first, inside a lookahead: every word start is
    // tried, so that cues overlapping each other are all found ("retour des combattants
    // terroristes" holds "combattants terroristes", which masks "terroris"), and
    // `scoreText` counts overlapping cues of one domain once. (Weighting phrases by their
    // length was measured against the gold files and lost recall for little precision.)
    this.cues = domains.map((d) => ({
      id: d.id,
      pattern: new RegExp(
        `(?<![\\p{L}])(?=(${[...d.cues]
          .sort((x, y) => y.length - x.length)
          .map((c) => foldSameLength(c).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + (c === c.toUpperCase() && /\p{Lu}/u.test(c) ? '(?![\\p{L}\\d])' : ''))
          .join('|')}))`,
        'gu',
      ),
    }));
  }

  /**
   * Raw scores of a text: per domain, `cueWeight` of the number of its distinct cue words
   * (a cue repeated counts once, so that one repeated word does not outweigh a domain named
   * once). A cue inside a longer cue of another domain does not count ("terrorisme" inside
   * "financement du terrorisme").
   */
  score(text: string): Map<string, number> {
    // Headings, leads and titles are scored once per passage under them: remember them.
    const remembered = this.scored.get(text);
    if (remembered) return new Map(remembered);
    const scores = this.scoreText(text);
    this.scored.set(text, scores);
    return new Map(scores);
  }

  private scoreText(text: string): Map<string, number> {
    const folded = foldSameLength(text);
    const found: Array<{ id: string; start: number; end: number }> = [];
    for (const { id, pattern } of this.cues) {
      for (const m of folded.matchAll(pattern)) found.push({ id, start: m.index!, end: m.index! + m[1]!.length });
    }
    const scores = new Map<string, number>();
    const seen = new Set<string>();
    const counted = new Map<string, number>();
    for (const f of found) {
      // Masked by a longer cue of another domain.
      const covered = found.some((g) => g.id !== f.id && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start);
      // Overlapping a cue of its own domain already counted ("retour des combattants
      // terroristes": one cue, though both "retour des combattants" and "combattants
      // terroristes" are there).
      const overlaps = f.start < (counted.get(f.id) ?? -1);
      const key = `${f.id} ${folded.slice(f.start, f.end)}`;
      if (covered || overlaps || seen.has(key)) continue;
      seen.add(key);
      counted.set(f.id, f.end);
      scores.set(f.id, (scores.get(f.id) ?? 0) + 1);
    }
    for (const [id, n] of scores) scores.set(id, cueWeight(n));
    return scores;
  }

  /**
   * The theme a document's title names: the single subject domain that leads the title's
   * cues, when it also holds at least `THEME_SHARE` of the document's own subject cues
   * (a title word the body hardly uses names the occasion, not the theme). Null when the
   * title names no subject, or several.
   */
  theme(title: string | null, document: Map<string, number>): string | null {
    if (!title) return null;
    const named = pick(this.score(title)).filter((id) => !FRAMEWORK.has(id));
    if (named.length !== 1) return null;
    const total = [...document].reduce((sum, [id, n]) => (FRAMEWORK.has(id) ? sum : sum + n), 0);
    return total > 0 && (document.get(named[0]!) ?? 0) / total >= THEME_SHARE ? named[0]! : null;
  }

  /**
   * The subject domains a passage names in a part of its own, scored without its context
   * (see `subjectClauses`): the first sentence of a passage of several, and each side of
   * a fronted topic ("En matière de criminalité organisée, … renforcer notre coopération
   * via Eurojust, Europol").
   */
  private ownSubjects(text: string): string[] {
    const found: string[] = [];
    for (const clause of subjectClauses(text)) {
      for (const id of pick(this.score(clause))) if (!FRAMEWORK.has(id) && !found.includes(id)) found.push(id);
    }
    return found;
  }

  /**
   * Main domains of a passage in its context (or none). A passage with cues of its own
   * is classified by them, with its section heading as a base; one without takes the
   * domains of the nearest context that has cues: its heading, the lead sentence it
   * completes, the document's title, and last the document's own profile. One that
   * reviews the whole text takes the document's profile first.
   */
  classify(text: string, context: PassageContext = {}): string[] {
    if (context.document && reviewsWholeText(text)) {
      const whole = pick(context.document);
      if (whole.length > 0) return whole;
    }
    const scores = this.score(text);
    if (scores.size > 0) {
      if (context.heading) for (const [id, n] of this.score(context.heading)) scores.set(id, (scores.get(id) ?? 0) + n * HEADING_WEIGHT);
      if (context.title) for (const [id, n] of this.score(context.title)) if (!FRAMEWORK.has(id)) scores.set(id, (scores.get(id) ?? 0) + n * TITLE_WEIGHT);
      return withTheme(withOwn(pick(scores), this.ownSubjects(text)), context.theme ?? null);
    }
    for (const around of [context.heading, context.lead, context.title]) {
      const found = around ? this.score(around) : new Map<string, number>();
      if (found.size > 0) return pick(found);
    }
    return pick(context.document ?? new Map());
  }
}

/**
 * A fronted topic: "En matière de …, ", "S'agissant de …, ", "En ce qui concerne …, ", up
 * to the comma before the main clause (its subject, or an infinitive: "…, nous
 * souhaitons", "…, d'intensifier"), so that a list ("En matière de terrorisme, de
 * radicalisation et de prisons, nous …") stays in the topic. What the topic names is a
 * subject of the passage as much as what the rest of the sentence does.
 */
const FRONTED_TOPIC = /^(?:en matière d[e'’]|dans le domaine d[e'’]|s['’]agissant d[e'’]|concernant|en ce qui concerne|pour ce qui (?:est|concerne)|sur le plan d[eu'’]|quant aux?|au sujet d[e'’])[^;:]{3,200}?(?=,\s*(?:nous|je|ils?|elles?|on|les|la|le|l['’]|chaque|ces|cette|ce|nos|notre|leurs?|tous|toutes|une?|des|(?:de\s|d['’])\p{L}+(?:er|ir|re))(?!\p{L}))/iu;

/**
 * Parts of a passage that name its subjects on their own, apart from the sentences around
 * them: in a passage of several sentences, the first (a commitment's action comes first,
 * and what follows explains it: "D'appuyer … le renforcement des contrôles aux frontières
 * extérieures, … dans le contexte d'un retour possible des combattants terroristes
 * étrangers. Pour répondre à ces défis, l'Union européenne s'est dotée … FRONTEX, ETIAS,
 * entrée/sortie …", where the second sentence's many border cues silenced the fighters);
 * and in that sentence, a fronted topic and the rest. Scored with the whole passage, a
 * subject named several ways outweighs the one the action names once: "En matière de
 * criminalité organisée … trafics d'armes … narcotrafic, nous souhaitons renforcer notre
 * coopération via notamment les agences Eurojust, Europol" is about trafficking, and about
 * police and judicial cooperation. Measured against the gold files (domains P/R): the
 * seeds went from 0.957/0.882 to 0.961/0.961; the other texts did not move (0.802/0.743),
 * where few commitments run to several sentences or open on a topic.
 */
export function subjectClauses(text: string): string[] {
  const sentences = splitSentences(text);
  const first = sentences[0] ? text.slice(sentences[0].start, sentences[0].end) : text;
  const topic = FRONTED_TOPIC.exec(first);
  if (topic) return [topic[0], first.slice(topic[0].length + 1)];
  return sentences.length > 1 ? [first] : [];
}

/**
 * Subject domains with those a passage's own parts name added after them (see
 * `subjectClauses`), framework domains last, at most `MAX_DOMAINS`.
 */
export function withOwn(domains: string[], own: string[]): string[] {
  const extra = own.filter((id) => !domains.includes(id));
  if (extra.length === 0) return domains;
  const subjects = domains.filter((id) => !FRAMEWORK.has(id));
  return [...subjects, ...extra, ...domains.filter((id) => FRAMEWORK.has(id))].slice(0, MAX_DOMAINS);
}

/**
 * Domains with the document's theme added after the subject domains (when not among them),
 * still at most `MAX_DOMAINS`: the theme goes before a framework domain, not before a
 * subject the passage names itself.
 */
export function withTheme(domains: string[], theme: string | null): string[] {
  if (!theme || domains.includes(theme)) return domains;
  const subjects = domains.filter((id) => !FRAMEWORK.has(id));
  if (subjects.length >= MAX_DOMAINS) return domains;
  return [...subjects, theme, ...domains.filter((id) => FRAMEWORK.has(id))].slice(0, MAX_DOMAINS);
}

/**
 * The best domains of a score table, best first (ties by id, for stable output). The
 * subject domains are ranked among themselves: a framework domain, however often its
 * cues occur ("règlement", "directive", "Conseil"), never pushes a subject out; it
 * follows them when it scores as well as they do, and stands alone when none scores.
 */
export function pick(scores: Map<string, number>): string[] {
  const ranked = [...scores].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const subjects = ranked.filter(([id]) => !FRAMEWORK.has(id));
  const best = subjects[0]?.[1] ?? ranked[0]?.[1] ?? 0;
  const kept = subjects.filter(([, n]) => n >= best * RELATIVE_THRESHOLD).slice(0, MAX_DOMAINS);
  const framework = ranked.filter(([id, n]) => FRAMEWORK.has(id) && n >= best * RELATIVE_THRESHOLD).slice(0, MAX_DOMAINS - kept.length);
  return [...kept, ...framework].map(([id]) => id);
}
