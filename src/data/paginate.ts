/**
 * Pagination of the long listings (all commitments, the timeline, an actor's or a
 * domain's page). Items come in groups that a reader expects together (one document's
 * commitments, one day's dates): groups are packed in order into pages of at most `max`
 * items, and a group is never split (a group larger than `max` has a page of its own).
 * The first page keeps the listing's own URL (`/engagements/`), the next ones add their
 * number (`/engagements/2/`); a small corpus has one page and no pager.
 */
import type { DocumentData } from '../schemas/document.ts';
import { href } from '../utils/url.ts';
import type { ActorView } from './corpus.ts';

/** Items per page of each listing (a page stays around 100 KB of HTML). */
export const PAGE_SIZE = {
  commitments: 200,
  timeline: 250,
  actor: 200,
  domain: 200,
  /** Documents in the RSS feed (`/flux.xml`), newest first. */
  feed: 50,
} as const;

/** Groups packed into pages of at most `max` items (by `weight`); always one page at least. */
export function packPages<T>(groups: readonly T[], weight: (group: T) => number, max: number): T[][] {
  const pages: T[][] = [[]];
  let size = 0;
  for (const group of groups) {
    const w = weight(group);
    if (size > 0 && size + w > max) {
      pages.push([]);
      size = 0;
    }
    pages.at(-1)!.push(group);
    size += w;
  }
  return pages;
}

/**
 * The pages of an actor's page: its documents in corpus order — those that mention it,
 * name it in a commitment or quote it — weighed by what the page shows of each.
 */
export function actorPages(actor: Pick<ActorView, 'mentions' | 'commitments' | 'quotations'>, documents: readonly DocumentData[]): DocumentData[][] {
  const weight = new Map<string, number>();
  for (const { doc } of [...actor.mentions, ...actor.commitments, ...actor.quotations]) weight.set(doc.id, (weight.get(doc.id) ?? 0) + 1);
  return packPages(
    documents.filter((doc) => weight.has(doc.id)),
    (doc) => weight.get(doc.id)!,
    PAGE_SIZE.actor,
  );
}

/** URL of page `n` (from 1) of the listing at `base` ("/engagements/"). */
export const pageUrl = (base: string, n: number) => href(n === 1 ? base : `${base}${n}/`);

/** The rest parameter of page `n` in `getStaticPaths`: none for the first. */
export const pageParam = (n: number) => (n === 1 ? undefined : String(n));

/** "Engagements" on page 1, "Engagements — page 2 sur 5" after. */
export const pageTitle = (title: string, n: number, count: number) => (n === 1 ? title : `${title} — page ${n} sur ${count}`);
