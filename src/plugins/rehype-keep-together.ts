/**
 * Rehype plugin for the documents' reading text (MDX): every text node's French
 * punctuation is held to its word by a span that does not wrap (see `keepTogether`), and an
 * opening "«" that ends a text node goes into one span with the element after it ("« " then
 * an annotated name: "tient à « <Actor>…</Actor>"). Text in code, scripts and styles is left
 * alone. The text content of the page is unchanged.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { keepTogether, splitOpeningAtEnd } from '../utils/keep-together.ts';

const VERBATIM = new Set(['code', 'pre', 'script', 'style', 'textarea']);
const keep = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'span', properties: { className: ['keep'] }, children });

export default function rehypeKeepTogether() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && VERBATIM.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const siblings = parent.children as ElementContent[];
      const segments = keepTogether((node as Text).value);
      const replacement: ElementContent[] = segments.map((s) => (s.keep ? keep([{ type: 'text', value: s.text }]) : ({ type: 'text', value: s.text } satisfies Text)));
      // "« " before an inline element: the mark, its spaces and the element on one line.
      const last = replacement.at(-1);
      const next = siblings[index + 1];
      const [before, opening] = last?.type === 'text' ? splitOpeningAtEnd(last.value) : ['', ''];
      let taken = 1;
      if (opening && next !== undefined && next.type !== 'text' && next.type !== 'comment') {
        replacement.splice(-1, 1, ...(before ? [{ type: 'text' as const, value: before }] : []), keep([{ type: 'text', value: opening }, next]));
        taken = 2;
      }
      if (taken === 1 && !segments.some((s) => s.keep)) return;
      siblings.splice(index, taken, ...replacement);
      // Go on after the nodes put in, whose text is already done.
      return [SKIP, index + replacement.length];
    });
  };
}
