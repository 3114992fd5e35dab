/**
 * Compare the engine's annotations with hand-made gold files (`test/gold/*.yaml`, format
 * in test/gold/README.md): precision and recall per annotation type. A prediction
 * matches a gold annotation when their source offsets overlap and their values agree
 * (same actor or term id; same ISO value and precision for dates); each is used once.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import type { DocumentData } from '../../src/schemas/document.ts';
import { ingestCorpus, readLock } from './corpus.ts';
import { decodeSource } from './decode.ts';
import { SourceError } from './errors.ts';
import { loadRegistry } from './registry.ts';
import { asciiSlug } from './slug.ts';

const Located = { text: z.string().min(1), n: z.number().int().positive() };

/** A gold file. */
export const GoldSchema = z
  .object({
    source: z.string(),
    document_date: z.union([z.string(), z.date()]).transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
    actors: z.array(z.object({ ...Located, id: z.string() }).strict()).default([]),
    dates: z
      .array(z.object({ ...Located, iso: z.union([z.string(), z.number()]).transform(String), precision: z.enum(['day', 'month', 'year', 'range']), type: z.enum(['event', 'deadline', 'publication']) }).strict())
      .default([]),
    terms: z.array(z.object({ ...Located, id: z.string() }).strict()).default([]),
    commitments: z.array(z.object({ start: z.string().min(1), domains: z.array(z.string()).min(1) }).strict()).default([]),
  })
  .strict();
export type Gold = z.infer<typeof GoldSchema>;

/** Precision and recall counts of one annotation type. */
export interface Score {
  predicted: number;
  gold: number;
  matched: number;
}

/** Scores of one text. */
export type Scores = Record<'actors' | 'dates' | 'terms' | 'commitments' | 'domains', Score>;

/** Read and validate a gold file. */
export function readGold(file: string): Gold {
  const parsed = GoldSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new SourceError(file, undefined, `invalid gold file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** Offset of the n-th occurrence of `needle` in `text`. */
function nth(text: string, needle: string, n: number, file: string): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new SourceError(file, undefined, `gold text ${JSON.stringify(needle)} does not occur ${n} time(s) in the source`);
  }
  return at;
}

/** Unmatched predictions and gold items, for `npm run eval -- --diff`. */
export const misses: Array<{ kind: 'false positive' | 'false negative'; type: string; item: unknown }> = [];

/** Count one-to-one matches between predictions and gold items. */
function match<P extends { start: number; end: number }, G extends { start: number; end: number }>(
  predicted: P[],
  gold: G[],
  same: (p: P, g: G) => boolean,
  type = '',
): Score {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    const index = predicted.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end && same(p, g));
    if (index !== -1) {
      used.add(index);
      matched++;
    } else misses.push({ kind: 'false negative', type, item: g });
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) misses.push({ kind: 'false positive', type, item: p });
  });
  return { predicted: predicted.length, gold: gold.length, matched };
}

/**
 * The registry actor an id names: its own id, or the slug of one of its names ("ofast" for
 * the Office anti-stupéfiants, whose alias is "OFAST") — so that a gold file written before
 * the registry knew an actor, or naming it by its acronym, needs no update when it does.
 */
let actorIds: Map<string, string> | null = null;
export function canonicalActor(id: string): string {
  if (!actorIds) {
    actorIds = new Map();
    const actors = loadRegistry().actors;
    for (const a of actors) actorIds.set(a.id, a.id);
    for (const a of actors) {
      for (const slug of [a.name, ...a.aliases].map(asciiSlug)) if (!actorIds.has(slug)) actorIds.set(slug, a.id);
    }
  }
  return actorIds.get(id) ?? id;
}

/** Score a document's annotations against its gold file. */
export function evaluate(gold: Gold, data: DocumentData, goldFile: string): Scores {
  const source = decodeSource(readFileSync(gold.source), gold.source).text;
  const place = <T extends { text: string; n: number }>(items: T[]) =>
    items.map((item) => {
      const start = nth(source, item.text, item.n, goldFile);
      return { ...item, start, end: start + item.text.length };
    });
  const actors = match(
    data.mentions.filter((m) => m.type === 'actor'),
    place(gold.actors),
    (p, g) => canonicalActor(p.id) === canonicalActor(g.id),
    'actor',
  );
  const terms = match(
    data.mentions.filter((m) => m.type === 'term'),
    place(gold.terms),
    (p, g) => p.id === g.id,
    'term',
  );
  const dates = match(data.dates, place(gold.dates), (p, g) => p.iso === g.iso && p.precision === g.precision, 'date');
  const goldCommitments = gold.commitments.map((c) => {
    const start = nth(source, c.start, 1, goldFile);
    return { ...c, words: c.start, start, end: start + c.start.length };
  });
  const pairs: Array<[DocumentData['commitments'][number], (typeof goldCommitments)[number]]> = [];
  const used = new Set<number>();
  for (const g of goldCommitments) {
    const index = data.commitments.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (index !== -1) {
      used.add(index);
      pairs.push([data.commitments[index]!, g]);
    } else misses.push({ kind: 'false negative', type: 'commitment', item: g.words });
  }
  data.commitments.forEach((c, i) => {
    if (!used.has(i)) misses.push({ kind: 'false positive', type: 'commitment', item: c.text.slice(0, 80) });
  });
  for (const [p, g] of pairs) {
    if (p.domains.join() !== g.domains.join()) misses.push({ kind: 'false positive', type: 'domains', item: `${p.id}: predicted ${p.domains.join(',')} / gold ${g.domains.join(',')} | ${p.text.replace(/\s+/g, ' ')}` });
  }
  const commitments = { predicted: data.commitments.length, gold: goldCommitments.length, matched: pairs.length };
  const domains = pairs.reduce(
    (s, [p, g]) => ({ predicted: s.predicted + p.domains.length, gold: s.gold + g.domains.length, matched: s.matched + p.domains.filter((d) => g.domains.includes(d)).length }),
    { predicted: 0, gold: 0, matched: 0 },
  );
  return { actors, dates, terms, commitments, domains };
}

/** Precision (1 when nothing was predicted). */
export const precision = (s: Score) => (s.predicted === 0 ? 1 : s.matched / s.predicted);
/** Recall (1 when there was nothing to find). */
export const recall = (s: Score) => (s.gold === 0 ? 1 : s.matched / s.gold);

/** Sum scores. */
export function total(all: Scores[]): Scores {
  const keys = ['actors', 'dates', 'terms', 'commitments', 'domains'] as const;
  return Object.fromEntries(
    keys.map((k) => [k, all.reduce((s, x) => ({ predicted: s.predicted + x[k].predicted, gold: s.gold + x[k].gold, matched: s.matched + x[k].matched }), { predicted: 0, gold: 0, matched: 0 })]),
  ) as Scores;
}

/** Evaluate every gold file; seeds are ingested as the corpus is, other texts on their own. */
export function runEvaluation(goldDir = 'test/gold', onScored: (name: string) => void = () => {}): Array<{ name: string; seed: boolean; scores: Scores }> {
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: basename(f, '.yaml'), file: join(goldDir, f), gold: readGold(join(goldDir, f)) }));
  const seeds = new Map<string, Uint8Array>();
  for (const name of readdirSync('seeds').sort()) seeds.set(name, readFileSync(join('seeds', name)));
  const lock = readLock(existsSync('content/ids.lock.yaml') ? readFileSync('content/ids.lock.yaml', 'utf8') : null);
  const corpus = ingestCorpus(seeds, lock);
  return golds.map(({ name, file, gold }) => {
    const seed = gold.source.startsWith('seeds/');
    const data = seed
      ? corpus.documents.find((d) => `seeds/${d.data.source.file}` === gold.source)!.data
      : ingestCorpus(new Map([[basename(gold.source), readFileSync(gold.source)]]), { version: 1, documents: [] }).documents[0]!.data;
    misses.length = 0;
    const scores = evaluate(gold, data, file);
    onScored(name);
    return { name, seed, scores };
  });
}


/** One annotator's domain labels (`test/gold/agreement/*-annotator-domains.json`). */
const AnnotatorSchema = z.array(z.object({ gold: z.string(), start: z.string(), domains: z.array(z.string()).min(1), note: z.string().optional() }).strict());
type Labels = z.infer<typeof AnnotatorSchema>;

/** Domain agreement of one set of labels with a reference, for the seeds and the other texts. */
export interface Agreement {
  seeds: Score;
  others: Score;
}

/**
 * How far the human annotators agree on domains. Each annotator is scored against the
 * gold (the adjudicated labels) as the engine is, over the commitments they labelled; and
 * the second against the first, which is the fairer ceiling (the gold equals each one's
 * labels wherever the two agreed). A file that is not valid JSON and an entry naming no
 * gold commitment are errors naming the file, and so is a domain id not in `domainIds`
 * when given.
 */
export function humanAgreement(goldDir = 'test/gold', domainIds?: ReadonlySet<string>): { annotators: Array<{ annotator: string } & Agreement>; between: Agreement | null } {
  const dir = join(goldDir, 'agreement');
  if (!existsSync(dir)) return { annotators: [], between: null };
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ name: basename(f, '.yaml'), gold: readGold(join(goldDir, f)) }));
  const seedText = new Set(golds.filter((g) => g.gold.source.startsWith('seeds/')).map((g) => g.name));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('-annotator-domains.json'))
    .sort();
  const labelsOf = new Map<string, Labels>();
  /** Gold domains of each labelled commitment, found once when the files are checked. */
  const goldOf = new Map<Labels[number], string[]>();
  for (const file of files) {
    const path = join(dir, file);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new SourceError(path, undefined, `not valid JSON: ${(error as Error).message}`);
    }
    const parsed = AnnotatorSchema.safeParse(json);
    if (!parsed.success) throw new SourceError(path, undefined, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    for (const label of parsed.data) {
      const gold = golds.find((g) => g.name === label.gold)?.gold.commitments.find((c) => c.start === label.start);
      if (!gold) throw new SourceError(path, undefined, `no gold commitment "${label.start}" in ${label.gold}`);
      goldOf.set(label, gold.domains);
      const unknown = domainIds ? label.domains.find((d) => !domainIds.has(d)) : undefined;
      if (unknown) throw new SourceError(path, undefined, `unknown domain "${unknown}" for "${label.start}" in ${label.gold}`);
    }
    labelsOf.set(basename(file, '-annotator-domains.json'), parsed.data);
  }
  /** Labels against reference labels (by text and commitment). */
  const agreement = (labels: Labels, reference: (label: Labels[number]) => string[] | undefined): Agreement => {
    const empty = () => ({ predicted: 0, gold: 0, matched: 0 });
    const scores = { seeds: empty(), others: empty() };
    for (const label of labels) {
      const ref = reference(label);
      if (!ref) continue;
      const s = seedText.has(label.gold) ? scores.seeds : scores.others;
      s.predicted += label.domains.length;
      s.gold += ref.length;
      s.matched += label.domains.filter((d) => ref.includes(d)).length;
    }
    return scores;
  };
  const annotators = [...labelsOf].map(([annotator, labels]) => ({ annotator, ...agreement(labels, (label) => goldOf.get(label)) }));
  const [first, second] = [labelsOf.get('first'), labelsOf.get('second')];
  const between = first && second ? agreement(second, (label) => first.find((l) => l.gold === label.gold && l.start === label.start)?.domains) : null;
  return { annotators, between };
}
