/** Reading built HTML pages in tests without a browser. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode character references (named, decimal, hexadecimal). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Visible text of an HTML fragment: tags, scripts and styles removed, entities decoded.
 * With `reading`, the links that pages add to each paragraph and commitment (¶, ids)
 * are left out too, giving the text of the source alone.
 */
export function htmlText(html: string, options: { reading?: boolean } = {}): string {
  const source = options.reading ? html.replace(/<a\b[^>]*\bclass="(?:self-link|commitment-link|note-link)[^"]*"[^>]*>[\s\S]*?<\/a>/g, '') : html;
  return decodeEntities(
    source
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, (tag) => (/^<\/?(?:span|a|q|mark|em|strong|abbr|time)\b/i.test(tag) ? '' : ' ')),
  );
}

/** A built page of `dist/`, by its URL path. */
export function readPage(path: string, dist = 'dist'): string {
  return readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** Every `id="…"` in a page. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}
