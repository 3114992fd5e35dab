/** Public URLs of the site: the URL contract, in one place. */
import { dateAnchor } from '../utils/format.ts';
import { href } from '../utils/url.ts';
import { pageUrl } from './paginate.ts';

/** `/documents/<doc-id>/` (optionally at an anchor). */
export const documentUrl = (docId: string, anchor?: string) => href(`/documents/${docId}/${anchor ? `#${anchor}` : ''}`);
/** `/engagements/<doc-id>/<commitment-id>/`. */
export const commitmentUrl = (docId: string, id: string) => href(`/engagements/${docId}/${id}/`);
/** `/acteurs/<id>/`. */
export const actorUrl = (id: string) => href(`/acteurs/${id}/`);
/** `/domaines/<id>/`. */
export const domainUrl = (id: string) => href(`/domaines/${id}/`);
/** `/glossaire/#<id>`. */
export const termUrl = (id: string) => href(`/glossaire/#${id}`);

/**
 * `/chronologie/#date-<iso>` on the page of the timeline that shows that date (`pages`:
 * the corpus's `timelinePage`), or null for a date the timeline does not show.
 */
export function chronologyUrl(iso: string, pages: ReadonlyMap<string, number>): string | null {
  const page = pages.get(iso);
  return page === undefined ? null : `${pageUrl('/chronologie/', page)}#${dateAnchor(iso)}`;
}

/** A link to the exact passage with a text fragment (`#id:~:text=start,end`). */
export function passageUrl(docId: string, anchor: string, text: string): string {
  // A table row's cell bars are not on the page, where its cells are a table's.
  const words = text.replace(/\s+/gu, ' ').trim().split(' ').filter((word) => word !== '|');
  // Percent-encode everything a text directive treats as syntax (",", "-", "&").
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C');
  const directive = words.length <= 8 ? encode(words.join(' ')) : `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${documentUrl(docId)}#${anchor}:~:text=${directive}`;
}
