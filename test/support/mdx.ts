/**
 * Compile and run generated MDX outside Astro, with a tiny JSX runtime that builds a
 * plain tree, so tests can read the text that a page would show and see which
 * elements it would create.
 */
import { evaluate } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** An element of the rendered tree. */
export interface Element {
  type: string | symbol | ((props: Record<string, unknown>) => unknown);
  props: Record<string, unknown>;
}

const Fragment = Symbol('Fragment');
const jsx = (type: Element['type'], props: Record<string, unknown>): Element => ({ type, props });

/** Parse MDX into mdast (with the MDX and frontmatter syntax extensions). */
export function parseMdx(mdx: string): Root {
  return unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).parse(mdx) as Root;
}

/** Run the MDX and return its rendered tree; components render as their own name. */
export async function renderMdx(mdx: string): Promise<Element> {
  const mod = await evaluate(mdx, { Fragment, jsx, jsxs: jsx, remarkPlugins: [[remarkFrontmatter, ['yaml']]] } as never);
  const names = ['Actor', 'Commitment', 'DateRef', 'Heading', 'Item', 'ItemText', 'List', 'Para', 'PipeCell', 'PipeRow', 'PipeTable', 'Quote', 'Subtitle', 'Term'];
  const components = Object.fromEntries(names.map((name) => [name, name]));
  return (mod.default as (props: unknown) => Element)({ components });
}

/** Text content of a rendered tree, in order. */
export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const element = node as Element;
  return textOf(element.props?.['children']);
}

/** Every element type name in a rendered tree. */
export function elementNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => elementNames(n, out));
  else if (node && typeof node === 'object' && 'type' in node) {
    const element = node as Element;
    out.add(typeof element.type === 'string' ? element.type : typeof element.type === 'symbol' ? 'Fragment' : 'function');
    elementNames(element.props?.['children'], out);
  }
  return out;
}
