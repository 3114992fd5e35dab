/**
 * The corpus as the site sees it: documents, commitments, actors, terms, domains, dates,
 * references, notes and tombstones, with the indexes the pages need. Built once per
 * build from the content collections, the registry and the id lock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { decodeSource } from '../../scripts/lib/decode.ts';
import { splitSentences } from '../../scripts/lib/sentences.ts';
import type { Commitment, DocumentData } from '../schemas/document.ts';
import type { Actor, Domain, Term } from '../schemas/registry.ts';
import { readDocumentData } from './document-files.ts';
import { compareStrings } from './exports.ts';
import { checkNotes } from './notes.ts';
import { PAGE_SIZE, packPages } from './paginate.ts';

/** A commitment with its document. */
export interface CommitmentEntry {
  doc: DocumentData;
  c: Commitment;
}

/** A mention of an actor or term, with the sentence around it. */
export interface MentionView {
  doc: DocumentData;
  block: string;
  text: string;
  sentence: string;
}

/** An actor as its page shows it. */
export interface ActorView {
  id: string;
  name: string;
  kind: Actor['kind'];
  reviewed: boolean;
  description: string | null;
  roles: Array<{ title: string; country: string | null; from: string | null; to: string | null }>;
  country: string | null;
  party: string | null;
  aliases: string[];
  mentions: MentionView[];
  /** Commitments that name it. */
  commitments: CommitmentEntry[];
  /** Quotations it speaks. */
  quotations: Array<{ doc: DocumentData; text: string; block: string }>;
  /** Actors named in the same blocks, most often first. */
  related: Array<{ id: string; count: number }>;
}

/** A term as the glossary shows it. */
export interface TermView {
  id: string;
  term: string;
  expansion: string | null;
  definition: string | null;
  reviewed: boolean;
  mentions: MentionView[];
}

/** A dated event or deadline of the timeline. */
export interface TimelineEntry {
  iso: string;
  precision: string;
  type: string;
  text: string;
  sentence: string;
  doc: DocumentData;
  block: string;
}

/** One date of the timeline and everything that names it. */
export interface TimelineDay {
  iso: string;
  entries: TimelineEntry[];
}

/** A commitment removed from its text, with its last words. */
export interface Tombstone {
  docId: string;
  docTitle: string | null;
  id: string;
  text: string;
}

/** Everything the pages need. */
export interface Corpus {
  documents: DocumentData[];
  /** The documents by id. */
  byId: Map<string, DocumentData>;
  entries: Map<string, CollectionEntry<'documents'>>;
  commitments: CommitmentEntry[];
  actors: Map<string, ActorView>;
  terms: Map<string, TermView>;
  domains: Domain[];
  timeline: TimelineEntry[];
  /** Domains that have commitments, with how many (main or secondary), most first. */
  domainCounts: Array<{ d: Domain; n: number }>;
  /** The timeline's days (a date and its entries) packed into the pages of `/chronologie/`. */
  timelinePages: TimelineDay[][];
  /** The page of `/chronologie/` (from 1) that shows each date. */
  timelinePage: Map<string, number>;
  notes: Map<string, CollectionEntry<'notes'>>;
  tombstones: Tombstone[];
  /** The decoded source text of each document. */
  sources: Map<string, string>;
}

/** The sentence of `source` around `[start, end)`: within its line, by the project's sentence splitter. */
export function sentenceAround(source: string, start: number, end: number): string {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = source.indexOf('\n', end);
  const line = source.slice(lineStart, nextBreak === -1 ? source.length : nextBreak);
  const local = start - lineStart;
  const sentence = splitSentences(line).find((s) => s.start <= local && local < s.end);
  return (sentence ? line.slice(sentence.start, sentence.end) : line)
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[•·▪◦‣⁃–—-]\s+/u, '');
}

/** Order documents: newest first, then by id. */
export function byDate(a: DocumentData, b: DocumentData): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id);
}

interface LockFile {
  documents: Array<{ id: string; title: string; removed?: boolean; units: Array<{ id: string; type: string; text: string; removed?: boolean }> }>;
}

let cached: Promise<Corpus> | null = null;

/** The corpus, built once. Notes for unknown commitments fail the build, naming the file. */
export function loadCorpus(): Promise<Corpus> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Corpus> {
  const root = import.meta.env['PROJECT_ROOT'] ?? process.cwd();
  const entriesList = await getCollection('documents');
  const documents = entriesList.map((e) => readDocumentData(root, e.data.id)).sort(byDate);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const entries = new Map(entriesList.map((e) => [e.data.id, e]));
  const registryActors = new Map((await getCollection('actors')).map((e) => [e.data.id, e.data]));
  const registryTerms = new Map((await getCollection('terms')).map((e) => [e.data.id, e.data as Term]));
  const domains = (await getCollection('domains')).map((e) => e.data).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  const sources = new Map(documents.map((d) => [d.id, decodeSource(readFileSync(join(root, 'seeds', d.source.file)), d.source.file).text]));

  const commitments = documents.flatMap((doc) => doc.commitments.map((c) => ({ doc, c })));

  // Actors: registry entries and unreviewed ones, for those the corpus mentions.
  const actors = new Map<string, ActorView>();
  const actorView = (doc: DocumentData, id: string): ActorView => {
    let view = actors.get(id);
    if (view) return view;
    const registry = registryActors.get(id);
    const found = doc.actors.find((a) => a.id === id);
    view = {
      id,
      name: registry?.name ?? found?.name ?? id,
      kind: registry?.kind ?? found?.kind ?? 'person',
      reviewed: Boolean(registry),
      description: registry?.description ?? null,
      roles: registry
        ? registry.roles.map((r) => ({ title: r.title, country: r.country ?? null, from: r.from ?? null, to: r.to ?? null }))
        : (found?.roles ?? []).map((title) => ({ title, country: null, from: null, to: null })),
      country: registry?.country ?? null,
      party: registry?.party ?? null,
      aliases: registry?.aliases ?? [],
      mentions: [],
      commitments: [],
      quotations: [],
      related: [],
    };
    actors.set(id, view);
    return view;
  };
  const terms = new Map<string, TermView>();
  const cooccurrence = new Map<string, Map<string, number>>();
  for (const doc of documents) {
    const source = sources.get(doc.id)!;
    const byBlock = new Map<string, Set<string>>();
    for (const m of doc.mentions) {
      const view: MentionView = { doc, block: m.block, text: m.text, sentence: sentenceAround(source, m.start, m.end) };
      if (m.type === 'actor') {
        actorView(doc, m.id).mentions.push(view);
        byBlock.set(m.block, (byBlock.get(m.block) ?? new Set()).add(m.id));
      } else {
        let term = terms.get(m.id);
        if (!term) {
          const registry = registryTerms.get(m.id);
          const found = doc.terms.find((t) => t.id === m.id);
          term = { id: m.id, term: registry?.term ?? found?.term ?? m.text, expansion: registry?.expansion ?? found?.expansion ?? null, definition: registry?.definition ?? null, reviewed: Boolean(registry), mentions: [] };
          terms.set(m.id, term);
        }
        term.mentions.push(view);
      }
    }
    for (const ids of byBlock.values()) {
      for (const a of ids) for (const b of ids) if (a !== b) cooccurrence.set(a, (cooccurrence.get(a) ?? new Map()).set(b, (cooccurrence.get(a)?.get(b) ?? 0) + 1));
    }
    for (const c of doc.commitments) for (const id of c.actors) actorView(doc, id).commitments.push({ doc, c });
    for (const q of doc.quotations) {
      if (!q.speaker) continue;
      const speaker = [...actors.values()].find((a) => a.name === q.speaker || a.aliases.includes(q.speaker!) || a.mentions.some((m) => m.text === q.speaker));
      speaker?.quotations.push({ doc, text: q.text, block: q.block });
    }
  }
  for (const [id, others] of cooccurrence) {
    actors.get(id)!.related = [...others].map(([other, count]) => ({ id: other, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)).slice(0, 8);
  }

  const timeline = documents
    .flatMap((doc) =>
      doc.dates
        .filter((d) => d.type !== 'publication')
        .map((d) => ({ iso: d.iso, precision: d.precision, type: d.type, text: d.text, sentence: sentenceAround(sources.get(doc.id)!, d.start, d.end), doc, block: d.block })),
    )
    // Code-unit order, which is date order for ISO values; site.js compares the same way.
    .sort((a, b) => compareStrings(a.iso, b.iso) || compareStrings(a.doc.id, b.doc.id));

  const perDomain = new Map<string, number>();
  for (const { c } of commitments) for (const id of c.domains) perDomain.set(id, (perDomain.get(id) ?? 0) + 1);
  const domainCounts = domains
    .map((d) => ({ d, n: perDomain.get(d.id) ?? 0 }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n || a.d.label.localeCompare(b.d.label, 'fr'));

  const days: TimelineDay[] = [];
  for (const entry of timeline) {
    if (days.at(-1)?.iso === entry.iso) days.at(-1)!.entries.push(entry);
    else days.push({ iso: entry.iso, entries: [entry] });
  }
  const timelinePages = packPages(days, (day) => day.entries.length, PAGE_SIZE.timeline);
  const timelinePage = new Map(timelinePages.flatMap((page, i) => page.map((day) => [day.iso, i + 1] as const)));

  // Notes must name a commitment that exists (or existed).
  const lock = parseYaml(readFileSync(join(root, 'content/ids.lock.yaml'), 'utf8')) as LockFile;
  const tombstones: Tombstone[] = lock.documents.flatMap((d) =>
    d.units
      .filter((u) => u.type === 'commitment' && (u.removed || d.removed))
      .map((u) => ({ docId: d.id, docTitle: d.removed ? d.title : (documents.find((x) => x.id === d.id)?.title ?? d.title), id: u.id, text: u.text })),
  );
  const notes = new Map((await getCollection('notes')).map((n) => [n.id, n]));
  checkNotes([...notes.keys()], [...commitments.map((e) => `${e.doc.id}/${e.c.id}`), ...tombstones.map((t) => `${t.docId}/${t.id}`)]);

  return { documents, byId, entries, commitments, actors, terms, domains, domainCounts, timeline, timelinePages, timelinePage, notes, tombstones, sources };
}
