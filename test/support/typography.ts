/**
 * French punctuation on a built page, read without a browser: the shown text nodes that
 * have a plain space before ";", ":", "!", "?" or "»", or after "«", outside a `.keep` span
 * that holds it to its word (see `keepTogether`). Hidden search-index text, scripts, styles,
 * code and the page title are not shown as text and are left out.
 */
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const NOT_SHOWN = new Set(['script', 'style', 'code', 'pre', 'title', 'template']);
/** A plain space before a closing mark, or after an opening one. */
export const BREAKABLE = /[ \t\n][;:!?»]|«[ \t\n]/u;

/** The breakable places of a page, each with the 40 characters before it. */
export function breakablePunctuation(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      const element = node as Element;
      const classes = (element.properties['className'] as string[] | undefined) ?? [];
      if (NOT_SHOWN.has(element.tagName) || element.properties['hidden'] !== undefined || classes.includes('keep')) return;
    }
    if (node.type === 'text') {
      const m = BREAKABLE.exec(node.value);
      if (m) found.push(node.value.slice(Math.max(0, m.index - 40), m.index + 10));
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(fromHtml(html));
  return found;
}
