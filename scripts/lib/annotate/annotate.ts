/**
 * Annotate a segmented document: actors, glossary terms, dates and references in every
 * text unit (title, header lines, headings, paragraphs, list items), domains of every
 * block, and the coding of every commitment (verb, deadline, actors — its speaker first
 * when it is quoted speech —, dates, domains).
 * Returns the marks to render inline and the frontmatter fields; offsets are both local
 * (to render) and in the decoded source (for exports).
 */
import type { CommitmentKind, DateMention, Mention } from '../../../src/schemas/document.ts';
import { toSource, type SourceMap } from '../blocks.ts';
import { operativeVerb } from '../commitments.ts';
import type { OtherLanguage } from '../language.ts';
import type { Registry } from '../registry.ts';
import type { InlineSpan } from '../segment.ts';
import { ActorAnnotator, TURN_LABEL } from './actors.ts';
import { findDates } from './dates.ts';
import { DomainScorer } from './domains.ts';
import { findReferences, type ReferenceHit } from './references.ts';
import { TermAnnotator } from './terms.ts';

/** An inline annotation of a text unit, in local offsets. */
export type Mark =
  | { type: 'actor'; start: number; end: number; id: string }
  | { type: 'term'; start: number; end: number; id: string }
  | { type: 'date'; start: number; end: number; iso: string; precision: DateMention['precision']; dateType: DateMention['type'] };

/** A text unit to annotate, in reading order. */
export interface TextUnit {
  /** Block id (paragraph, item, heading) or `title` / `header`. */
  block: string;
  text: string;
  map: SourceMap | null;
  /** Quotations and commitments in it (local offsets). */
  spans: InlineSpan[];
  /** Text of the heading of its section, for domains. */
  heading: string | null;
  /** Whether the block gets domains (paragraphs, items, headings). */
  classify: boolean;
  /** Header lines: their dates are publication dates. */
  header: boolean;
  /** Part of the title, for domains: a header line that goes with it (its subtitle, a breadcrumb). */
  titlePart?: boolean;
  /** Written in another language than French: shown, not annotated. */
  lang: OtherLanguage | null;
  /** Receives the marks for rendering. */
  marks: Mark[];
}

/** A commitment to code: where it is and what it says. */
export interface CommitmentToCode {
  id: string;
  kind: CommitmentKind;
  /** The unit holding it and its local offsets there. */
  unit: TextUnit;
  start: number;
  end: number;
  /** The unit of its lead paragraph, if any. */
  leadUnit: TextUnit | null;
  /** Who says it, when it is quoted speech ("Jan Jambon"). */
  speaker: string | null;
}

/** Frontmatter fields produced by the annotation. */
export interface Annotations {
  actors: Array<{ id: string; name: string; kind: string; reviewed: boolean; roles: string[]; mentions: number }>;
  terms: Array<{ id: string; term: string; expansion: string | null; reviewed: boolean; mentions: number }>;
  dates: DateMention[];
  mentions: Mention[];
  references: Array<{ id: string; kind: 'instrument' | 'event'; label: string; date: string | null; block: string; start: number; end: number; text: string }>;
  blocks: Array<{ id: string; domains: string[] }>;
  domains: Array<{ id: string; weight: number }>;
  coding: Map<string, { verb: string | null; deadline: string | null; actors: string[]; domains: string[]; dates: string[]; start: number; end: number }>;
}

const source = (unit: TextUnit, offset: number) => (unit.map ? toSource(unit.map, offset) : offset);
/**
 * The source offset of an annotation's end: just after its last character, which may sit
 * before markup the text lost ("Eurojust" in "[Eurojust](https://…)").
 */
const sourceEnd = (unit: TextUnit, offset: number) => (offset > 0 ? source(unit, offset - 1) + 1 : source(unit, offset));
const inside = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;

/**
 * The question an answer replies to, in an interview or a press conference: the paragraph
 * before it in its section, when that asks ("… ?", "Journaliste : …", "QUESTION. – …"). An
 * answer without cue words of its own is about what was asked — when it opens the answer
 * (after the speaker's label).
 */
function questionBefore(units: TextUnit[], { unit, start }: CommitmentToCode): string | null {
  // Only for a commitment that opens the answer, after the speaker's label if any.
  if (/[.!?…]/u.test(unit.text.slice(0, start).replace(LABEL, ''))) return null;
  const previous = units.slice(0, units.indexOf(unit)).findLast((u) => u.classify && u.heading === unit.heading);
  if (!previous) return null;
  // A question put by someone ("Journaliste : …", "QUESTION. – …"), or one that ends in "?"
  // answered by someone who speaks ("Gérald Darmanin : …") — not a declaration's rhetorical question.
  const asked = /^(?:journaliste|question)(?![\p{L}])(?!\s+écrite)/iu.test(previous.text);
  const answered = /\?\s*["»”]?\s*$/u.test(previous.text) && (LABEL.test(unit.text) || LABEL.test(previous.text));
  return asked || answered ? previous.text : null;
}
/** A speaker's label opening a paragraph ("Vincent Dehaene : ", "M. DARMANIN. – ", "— "). */
const LABEL = new RegExp(`${TURN_LABEL.source}|^[–—]\\s`, 'u');

/**
 * A text with its tabs (a spreadsheet's cells, "Gendarmerie nationale\tGuardia Civil") as
 * bars, of the same length: a name never runs from one cell into the next.
 */
const cellBound = (text: string): string => (text.includes('\t') ? text.replace(/\t/gu, '|') : text);

/** Annotate the units of one document. */
export function annotate(units: TextUnit[], commitments: CommitmentToCode[], registry: Registry, date: string | null): Annotations {
  const actors = new ActorAnnotator(registry);
  actors.discover(units.map((u) => cellBound(u.text)));
  const terms = new TermAnnotator(registry);
  const scorer = new DomainScorer(registry.domains);

  const mentions: Mention[] = [];
  const dates: DateMention[] = [];
  const references: Annotations['references'] = [];
  const blocks: Annotations['blocks'] = [];
  const docScores = new Map<string, number>();
  const counts = new Map<string, number>();
  const termCounts = new Map<string, number>();

  for (const unit of units) {
    const quotes = unit.spans.filter((s) => s.type === 'quote').map((q) => ({ start: q.start, end: q.end, speaker: q.type === 'quote' ? q.speaker : null }));
    // A passage in another language (a bilingual text's other version) is shown, not annotated.
    if (unit.lang !== null) {
      if (unit.classify) for (const [id, n] of scorer.score(unit.text)) docScores.set(id, (docScores.get(id) ?? 0) + n);
      continue;
    }
    const cells = cellBound(unit.text);
    const actorHits = actors.annotate(cells, quotes);
    const persons = actorHits.filter((h) => actors.actors.get(h.id)?.kind === 'person');
    // (Codes with figures do not shout: "Code NUTS : FRE11 Nord".)
    const lettered = unit.text.replace(/[\p{L}\d]*\d[\p{L}\d]*/gu, ' ');
    const shouting = (lettered.match(/\p{Lu}/gu)?.length ?? 0) > (lettered.match(/\p{Ll}/gu)?.length ?? 0);
    // Capitals inside a name are not acronyms of their own: upper-case surnames, and the
    // first word of "SOS Méditerranée" (but "… organisée (CITCO)" defines one).
    // A place in capitals ("BRUGES (Belga)") is a name too.
    const names = actorHits.filter((h) => {
      const kind = actors.actors.get(h.id)?.kind;
      return kind !== 'person' && (/\s/u.test(unit.text.slice(h.start, h.end)) || kind === 'place' || kind === 'country');
    });
    const termHits = terms.annotate(cells, [...persons, ...names], shouting);
    const dateHits = findDates(unit.text, { date, header: unit.header });
    const places = actorHits
      .filter((h) => ['place', 'country'].includes(actors.actors.get(h.id)?.kind ?? ''))
      .map((h) => ({ start: h.start, end: h.end, slug: h.id }));
    const refHits: ReferenceHit[] = findReferences(unit.text, dateHits, places);

    for (const h of actorHits) {
      unit.marks.push({ type: 'actor', start: h.start, end: h.end, id: h.id });
      mentions.push({ type: 'actor', id: h.id, block: unit.block, start: source(unit, h.start), end: sourceEnd(unit, h.end), text: unit.text.slice(h.start, h.end) });
      counts.set(h.id, (counts.get(h.id) ?? 0) + 1);
    }
    for (const h of termHits) {
      unit.marks.push({ type: 'term', start: h.start, end: h.end, id: h.id });
      mentions.push({ type: 'term', id: h.id, block: unit.block, start: source(unit, h.start), end: sourceEnd(unit, h.end), text: unit.text.slice(h.start, h.end) });
      termCounts.set(h.id, (termCounts.get(h.id) ?? 0) + 1);
    }
    for (const h of dateHits) {
      unit.marks.push({ type: 'date', start: h.start, end: h.end, iso: h.iso, precision: h.precision, dateType: h.type });
      dates.push({ iso: h.iso, precision: h.precision, type: h.type, block: unit.block, start: source(unit, h.start), end: sourceEnd(unit, h.end), text: unit.text.slice(h.start, h.end) });
    }
    for (const h of refHits) {
      references.push({ id: h.id, kind: h.kind, label: h.label, date: h.date, block: unit.block, start: source(unit, h.start), end: sourceEnd(unit, h.end), text: unit.text.slice(h.start, h.end) });
    }
    if (unit.classify) for (const [id, n] of scorer.score(unit.text)) docScores.set(id, (docScores.get(id) ?? 0) + n);
  }
  // Domains need the whole document's profile: a second pass.
  // The title, with what the header adds to it (a subtitle, the rest of a title, a
  // breadcrumb "Belgique > Société > Migration"), as the domains' widest context.
  const title = units.filter((u) => u.block === 'title' || u.titlePart).map((u) => u.text).join(' ') || null;
  const theme = scorer.theme(title, docScores);
  for (const unit of units) {
    if (unit.classify) blocks.push({ id: unit.block, domains: scorer.classify(unit.text, { heading: unit.heading, title, document: docScores, theme }) });
  }

  /** The actor a quotation's speaker names: a mention of the document with that text, or an actor of that name. */
  const speakerOf = (speaker: string | null): string[] => {
    if (!speaker) return [];
    const mention = mentions.find((m) => m.type === 'actor' && (m.text === speaker || actors.actors.get(m.id)?.name === speaker));
    return mention ? [mention.id] : [];
  };
  const coding: Annotations['coding'] = new Map();
  for (const c of commitments) {
    const span = { start: c.start, end: c.end };
    const marks = c.unit.marks.filter((m) => inside(m, span));
    // A place a commitment names ("un officier de liaison à Paris") is where, not who: it
    // stays marked in the text, but is not one of the commitment's actors.
    const actorIds = (list: Mark[]) => list.flatMap((m) => (m.type === 'actor' && actors.actors.get(m.id)?.kind !== 'place' ? [m.id] : []));
    const leadActors = c.leadUnit ? actorIds(c.leadUnit.marks) : [];
    const own = actorIds(marks);
    const dated = marks.filter((m): m is Extract<Mark, { type: 'date' }> => m.type === 'date');
    const text = c.unit.text.slice(c.start, c.end);
    let domains = scorer.classify(text, { heading: c.unit.heading, lead: c.leadUnit?.text ?? questionBefore(units, c), title, document: docScores, theme });
    // Never without a domain: in a document without a single cue, the framework domain.
    if (domains.length === 0) domains = ['cooperation-europeenne'];
    coding.set(c.id, {
      verb: operativeVerb(text, c.kind),
      deadline: dated.find((d) => d.dateType === 'deadline')?.iso ?? null,
      // The speaker of quoted speech commits first; then the actors it names and its lead's.
      actors: [...new Set([...speakerOf(c.speaker), ...own, ...leadActors])],
      domains,
      dates: [...new Set(dated.map((d) => d.iso))],
      start: source(c.unit, c.start),
      end: sourceEnd(c.unit, c.end),
    });
  }

  const actorList = [...counts]
    .map(([id, n]) => {
      const info = actors.actors.get(id)!;
      return { id, name: info.name, kind: info.kind, reviewed: info.reviewed, roles: info.reviewed ? [] : info.roles, mentions: n };
    })
    .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
  const termList = [...termCounts]
    .map(([id, n]) => {
      const info = terms.terms.get(id)!;
      return { id, term: info.term, expansion: info.expansion, reviewed: info.reviewed, mentions: n };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const uniqueRefs = references.filter((r, i) => references.findIndex((x) => x.id === r.id && x.start === r.start) === i);
  return {
    actors: actorList,
    terms: termList,
    dates,
    mentions,
    references: uniqueRefs,
    blocks,
    domains: [...docScores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, weight]) => ({ id, weight: Math.round(weight * 100) / 100 })),
    coding,
  };
}
