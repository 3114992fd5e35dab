/**
 * A synthetic corpus for benchmarks: N seed texts made by recombining the paragraphs,
 * leads, headings and list items of `seeds/*.txt` and `test/fixtures/* /input.txt`, in
 * the shapes those texts have (title line, header lines with a date, headings, a decision
 * lead and its items, paragraphs, articles). Deterministic for a given seed; every
 * document has a distinct title and a distinct date, so document ids never collide.
 *
 * Usage: tsx scripts/make-corpus.ts --out <dir> [--count N] [--seed S]
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeSource } from './lib/decode.ts';
import { structure, type BodyNode, type ListNode } from './lib/structure.ts';

/** Paragraphs, leads, headings, items, titles and places read from the source texts. */
export interface Pools {
  titles: string[];
  places: string[];
  paragraphs: string[];
  leads: string[];
  headings: string[];
  articleTitles: string[];
  items: string[];
}

/** The source texts: the seeds and the fixtures' inputs, in a stable order. */
export function sourceFiles(root = '.'): string[] {
  const seeds = readdirSync(join(root, 'seeds'))
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => join(root, 'seeds', n));
  const fixtures = readdirSync(join(root, 'test/fixtures'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((n) => join(root, 'test/fixtures', n, 'input.txt'));
  return [...seeds, ...fixtures];
}

/** Read the source texts with the ingest's own structure pass and pool their parts. */
export function readPools(files: string[]): Pools {
  const pools: Pools = { titles: [], places: [], paragraphs: [], leads: [], headings: [], articleTitles: [], items: [] };
  const addItems = (list: ListNode) => {
    for (const item of list.items) {
      if (item.text.length >= 20) pools.items.push(item.text);
      if (item.children) addItems(item.children);
    }
  };
  for (const file of files) {
    const { text } = decodeSource(readFileSync(file), file);
    const doc = structure(text, file);
    pools.titles.push(doc.title);
    if (doc.place && doc.place.length <= 30) pools.places.push(doc.place);
    for (const node of doc.body as BodyNode[]) {
      if (node.type === 'list') addItems(node);
      else if (node.type === 'heading') {
        if (node.label === null && node.text.length <= 90) pools.headings.push(node.text);
        else if (node.label?.startsWith('article') && node.subtitle) pools.articleTitles.push(node.subtitle);
      } else if (node.lead) pools.leads.push(node.text);
      else if (!/:$/u.test(node.text) && !/^fait\s/iu.test(node.text) && node.text.length >= 60) pools.paragraphs.push(node.text);
    }
  }
  for (const key of Object.keys(pools) as Array<keyof Pools>) pools[key] = [...new Set(pools[key])];
  return pools;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const PLACES = ['Paris', 'Bruxelles', 'Lille', 'Luxembourg', 'Berlin', 'Rome', 'Madrid', 'La Haye', 'Namur', 'Strasbourg', 'Anvers', 'Metz'];
const TOPICS = [
  'la sécurité intérieure',
  'la lutte contre le terrorisme',
  'la coopération policière',
  'la protection civile',
  'la coopération judiciaire en matière pénale',
  'la lutte contre la radicalisation violente',
  'la gestion des frontières extérieures',
  'la lutte contre le trafic de stupéfiants',
  'la cybersécurité',
  'la migration irrégulière',
];
// Ordinal words make every title distinct in words, not only in numbers (which ids drop).
const UNITS = ['', 'première', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième'];

/** Distinct words for the n-th document ("rencontre 1234" → letters only). */
function serial(n: number): string {
  const letters = 'bcdfghjklmnprstvz';
  const vowels = 'aeiou';
  let word = '';
  let k = n + 1;
  do {
    word += letters[k % letters.length]! + vowels[Math.floor(k / letters.length) % vowels.length]!;
    k = Math.floor(k / (letters.length * vowels.length));
  } while (k > 0);
  return word;
}

/** The n-th date: one distinct day per document from 1 January 2010. */
function nthDate(n: number): { d: number; m: number; y: number } {
  const t = new Date(Date.UTC(2010, 0, 1) + n * 86_400_000 * 2);
  return { d: t.getUTCDate(), m: t.getUTCMonth() + 1, y: t.getUTCFullYear() };
}

/** One synthetic text: returns its file name and its content. */
export function makeDocument(pools: Pools, n: number, random: () => number): { name: string; text: string } {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: T[], min: number, max: number): T[] => Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(list));
  const { d, m, y } = nthDate(n);
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const place = pick([...PLACES, ...pools.places]);
  const topic = pick(TOPICS);
  const tag = `${serial(n)}${UNITS[n % 10] ? ` (${UNITS[n % 10]} session)` : ''}`;
  const shape = pick(['declaration', 'communique', 'article', 'treaty'] as const);
  const lines: string[] = [];
  const para = () => lines.push('', pick(pools.paragraphs));
  if (shape === 'declaration') {
    lines.push(`Déclaration conjointe ${tag} sur ${topic}`, '', `Publié ${dd}/${mm}/${y}`, '', place, '', `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`, 'Seul le prononcé fait foi');
    for (const p of some(pools.paragraphs, 2, 4)) lines.push(p);
    lines.push(pick(pools.leads));
    const sections = 1 + Math.floor(random() * 3);
    for (let s = 0; s < sections; s++) {
      lines.push(pick(pools.headings));
      for (const item of some(pools.items, 2, 6)) lines.push(`  • ${item}`);
    }
    for (const p of some(pools.paragraphs, 1, 3)) lines.push(p);
  } else if (shape === 'communique') {
    lines.push(`Communiqué conjoint ${tag} sur ${topic}`, '', `${place}, le ${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`);
    for (let i = 0; i < 1 + Math.floor(random() * 2); i++) para();
    lines.push('', pick(pools.leads));
    some(pools.items, 3, 7).forEach((item, i) => lines.push(`${i + 1} - ${item}`));
    para();
    lines.push('', 'Partager sur Twitter', 'Imprimer');
  } else if (shape === 'article') {
    lines.push(`${pick(['Sécurité', 'Justice', 'Frontières', 'Coopération'])} : rencontre ${tag} sur ${topic}`, '', `Publié le ${dd}/${mm}/${y} à ${String(8 + Math.floor(random() * 10)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}`);
    for (let i = 0; i < 4 + Math.floor(random() * 5); i++) para();
  } else {
    lines.push(`Accord ${tag} relatif à ${topic}`, '', pick(pools.paragraphs), '', 'Sont convenus de ce qui suit :');
    const articles = 2 + Math.floor(random() * 5);
    for (let a = 1; a <= articles; a++) {
      lines.push('', a === 1 ? 'Article 1er' : `Article ${a}`, pick(pools.articleTitles.length ? pools.articleTitles : ['Objet']), '', pick(pools.paragraphs));
      if (random() < 0.4) {
        lines.push(pick(pools.leads));
        some(pools.items, 2, 4).forEach((item, i) => lines.push(`${i + 1}° ${item}`));
      }
    }
    lines.push('', `Fait à ${place}, le ${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}, en deux exemplaires originaux.`);
  }
  return { name: `synthetic-${String(n + 1).padStart(5, '0')}.txt`, text: `${lines.join('\n')}\n` };
}

/** Write `count` synthetic texts into `out`; returns their total size in bytes. */
export function makeCorpus(out: string, count: number, seed: number, root = '.'): number {
  const pools = readPools(sourceFiles(root));
  const random = prng(seed);
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const { name, text } = makeDocument(pools, n, random);
    const data = Buffer.from(text, 'utf8');
    writeFileSync(join(out, name), data);
    bytes += data.length;
  }
  return bytes;
}

if (process.argv[1] && /make-corpus\.ts$/.test(process.argv[1])) {
  const { values } = parseArgs({
    options: { out: { type: 'string' }, count: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' } },
  });
  if (!values.out) {
    console.error('usage: tsx scripts/make-corpus.ts --out <dir> [--count N] [--seed S]');
    process.exit(2);
  }
  const count = Number(values.count);
  const bytes = makeCorpus(values.out, count, Number(values.seed));
  console.log(`${count} text(s), ${(bytes / 1024).toFixed(1)} KB, written to ${values.out}`);
}
