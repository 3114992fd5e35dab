/**
 * Short calls into the annotation engine for table-like tests on invented texts: the kinds
 * of a sentence's commitments, a whole document's model, the actor mentions of texts read
 * as one document, and the dates of a text against a document date.
 */
import { ActorAnnotator } from '../../scripts/lib/annotate/actors.ts';
import { findDates } from '../../scripts/lib/annotate/dates.ts';
import { sentenceCommitments } from '../../scripts/lib/commitments.ts';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import type { DocumentKind } from '../../src/schemas/document.ts';

/** The kinds of the commitments of one sentence, in a text of `kind` dated 2025. */
export const said = (text: string, kind: DocumentKind = 'declaration') => sentenceCommitments(text, 0, text.length, 2025, kind).map((c) => c.kind);

/** The document model of a text. */
export const ingest = (text: string) => ingestDocument({ file: 't.txt', bytes: new TextEncoder().encode(text) }).data;

/** The first four words of each commitment of a text, in order. */
export const openings = (text: string) => ingest(text).commitments.map((c) => c.text.split(/\s+/u).slice(0, 4).join(' '));

/** "mention=actor-id" for every actor mention of the texts, read as one document. */
export const actors = (...texts: string[]) => {
  const annotator = new ActorAnnotator(loadRegistry());
  annotator.discover(texts);
  return texts.flatMap((text) => annotator.annotate(text).map((h) => `${text.slice(h.start, h.end)}=${h.id}`));
};

/** "text=iso" for every date of a body text, against the document date `date`. */
export const dates = (text: string, date: string) => findDates(text, { date, header: false }).map((h) => `${text.slice(h.start, h.end)}=${h.iso}`);
