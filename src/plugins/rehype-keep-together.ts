/**
 * Rehype plugin for the documents' reading text (MDX): every text node's French
 * punctuation is held to its word by a span that does not wrap (see `keepTogether`). Text
 * in code, scripts and styles is left alone. The text content of the page is unchanged.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { keepTogether } from '../utils/keep-together.ts';

const VERBATIM = new Set(['code', 'pre', 'script', 'style', 'textarea']);

export default function rehypeKeepTogether() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && VERBATIM.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const segments = keepTogether((node as Text).value);
      if (!segments.some((s) => s.keep)) return;
      const replacement: ElementContent[] = segments.map((s) =>
        s.keep ? ({ type: 'element', tagName: 'span', properties: { className: ['keep'] }, children: [{ type: 'text', value: s.text }] } satisfies Element) : ({ type: 'text', value: s.text } satisfies Text),
      );
      (parent.children as ElementContent[]).splice(index, 1, ...replacement);
      // Go on after the nodes put in, whose text is already done.
      return [SKIP, index + replacement.length];
    });
  };
}
