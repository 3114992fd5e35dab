/**
 * Nest inline ranges (commitments, quotations) over a text and turn them into mdast
 * phrasing nodes. A range that crosses the end of the range it starts in is clipped
 * to it, so the text is always emitted once, whole and in order.
 */
import type { PhrasingContent } from 'mdast';

/** An inline range and how to wrap its children. */
export interface Range {
  start: number;
  end: number;
  wrap: (children: PhrasingContent[]) => PhrasingContent;
}

interface TreeNode {
  range: Range;
  start: number;
  end: number;
  children: TreeNode[];
}

/** Phrasing nodes for `text` with `ranges` applied. */
export function buildPhrasing(text: string, ranges: Range[]): PhrasingContent[] {
  const sorted = ranges
    .filter((r) => r.end > r.start)
    .map((range) => ({ range, start: Math.max(0, range.start), end: Math.min(text.length, range.end), children: [] as TreeNode[] }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root: TreeNode = { range: { start: 0, end: text.length, wrap: () => ({ type: 'text', value: '' }) }, start: 0, end: text.length, children: [] };
  const stack: TreeNode[] = [root];
  for (const node of sorted) {
    while (stack.length > 1 && node.start >= stack.at(-1)!.end) stack.pop();
    const parent = stack.at(-1)!;
    node.end = Math.min(node.end, parent.end);
    if (node.end <= node.start) continue;
    parent.children.push(node);
    stack.push(node);
  }
  const emit = (node: TreeNode): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    let at = node.start;
    for (const child of node.children) {
      if (child.start > at) out.push({ type: 'text', value: text.slice(at, child.start) });
      out.push(child.range.wrap(emit(child)));
      at = child.end;
    }
    if (node.end > at) out.push({ type: 'text', value: text.slice(at, node.end) });
    return out;
  };
  return emit(root);
}
