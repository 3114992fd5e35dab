/**
 * Serialise a document to MDX from an mdast tree. Seed text only ever becomes mdast
 * `text` nodes (escaped by remark-stringify) and the YAML frontmatter (written by
 * js-yaml, the parser Astro reads it with); JSX attributes carry only ids, enums and list markers. The one
 * hole in remark-stringify's escaping, a line that starts with `import ` or
 * `export `, is closed by the `unsafe` patterns below.
 */
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { dump as dumpYaml } from 'js-yaml';
import { buildPhrasing, type Range } from './inline.ts';
import type { Mark } from './annotate/annotate.ts';
import { isPipeDelimiter, isTableRow, isTabRow, tableCells, type HeadingOut, type InlineSpan, type ItemOut, type ListOut, type NodeOut, type Unit } from './segment.ts';
import { asciiSlug } from './slug.ts';

/** Options of remark-stringify that make ESM-looking lines inert (`&#x69;mport`). */
export const UNSAFE_ESM = [
  { character: 'i', atBreak: true, after: 'mport[ \\t]' },
  { character: 'e', atBreak: true, after: 'xport[ \\t]' },
] as const;

const processor = unified()
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkStringify, { unsafe: [...UNSAFE_ESM], bullet: '-', fences: true });

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

const textElement = (name: string, attributes: MdxJsxAttribute[], children: PhrasingContent[]): MdxJsxTextElement => ({
  type: 'mdxJsxTextElement',
  name,
  attributes,
  children,
});

/**
 * Inline elements of annotations: `<Actor id>`, `<Term id>`, `<DateRef iso precision type>`.
 * An annotation inside another one ("Hauts-de-France" in "Préfet des Hauts-de-France")
 * is marked `nested`, so that the page does not put a link inside a link.
 */
function markRange(mark: Mark, nested: boolean): Range {
  const attributes =
    mark.type === 'date'
      ? [attribute('iso', mark.iso), attribute('precision', mark.precision), attribute('type', mark.dateType)]
      : [attribute('id', mark.id)];
  if (nested) attributes.push(attribute('nested', 'true'));
  const name = mark.type === 'actor' ? 'Actor' : mark.type === 'term' ? 'Term' : 'DateRef';
  return { start: mark.start, end: mark.end, wrap: (children) => textElement(name, attributes, children) };
}

/** Phrasing content of a paragraph or item, with its commitments, quotations and annotations. */
function phrasing(text: string, spans: InlineSpan[], ids: Map<Unit, string>, marks: Mark[] = []): PhrasingContent[] {
  // Commitments and quotations enclose annotations: they come first among equal ranges.
  const order: Record<Mark['type'], number> = { actor: 0, term: 1, date: 2 };
  const sortedMarks = [...marks].sort((a, b) => a.start - b.start || b.end - a.end || order[a.type] - order[b.type]);
  const ranges: Range[] = spans.map((span) =>
    span.type === 'commitment'
      ? {
          start: span.start,
          end: span.end,
          wrap: (children) => textElement('Commitment', [attribute('id', ids.get(span.unit)!), attribute('kind', span.kind)], children),
        }
      : {
          start: span.start,
          end: span.end,
          wrap: (children) =>
            textElement('Quote', span.speaker ? [attribute('speaker', asciiSlug(span.speaker))] : [], children),
        },
  );
  const isNested = (m: Mark, i: number) => sortedMarks.some((o, j) => j < i && o.start <= m.start && m.end <= o.end);
  return buildPhrasing(text, [...ranges, ...sortedMarks.map((m, i) => markRange(m, isNested(m, i)))]);
}

/** Marks of a node (paragraph, item, heading) and of a heading's subtitle. */
type MarksOf = (node: object) => Mark[];

/** A list as a `<List>` of `<Item>` flow elements. */
function listElement(list: ListOut, ids: Map<Unit, string>, marksOf: MarksOf): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'List',
    attributes: [attribute('ordered', String(list.ordered))],
    children: list.items.map((item) => itemElement(item, ids, marksOf)),
  };
}

/** One `<Item>`: its paragraph, then its nested list. */
function itemElement(item: ItemOut, ids: Map<Unit, string>, marksOf: MarksOf): MdxJsxFlowElement {
  const attributes = [attribute('id', ids.get(item.unit)!), attribute('marker', item.marker)];
  if (item.commitment) attributes.push(attribute('kind', item.commitment.kind));
  // A quoted item says so, as a quoted paragraph does; one in another language says which,
  // for screen readers and hyphenation.
  if (item.quoted) attributes.push(attribute('quoted', 'quoted'));
  if (item.lang) attributes.push(attribute('lang', item.lang));
  // The item's text goes in one <ItemText> element: a paragraph made only of annotation
  // elements and spaces would otherwise be unravelled by MDX, and the spaces lost.
  const children: BlockContent[] = [{ type: 'paragraph', children: [textElement('ItemText', [], phrasing(item.text, item.spans, ids, marksOf(item)))] }];
  if (item.children) children.push(listElement(item.children, ids, marksOf));
  return { type: 'mdxJsxFlowElement', name: 'Item', attributes, children };
}

type ParagraphOut = Extract<NodeOut, { type: 'paragraph' }>;

/**
 * A run of table rows (pipes or tabs) as `<PipeTable>`: one `<PipeRow id>` per row (its paragraph's id), one
 * `<PipeCell>` per cell with the cell's annotations. The row above a separator is the
 * header; the separator is kept as an empty row, so that no line's anchor is lost. A body
 * row's first cell carries the row's link. A commitment, which runs from its action's cell
 * to the row's end, is marked on its cells: the first carries its id, the last its links.
 */
function pipeTable(rows: ParagraphOut[], ids: Map<Unit, string>, marksOf: MarksOf): MdxJsxFlowElement {
  // A spreadsheet's tab rows have no separator: their first row is the header.
  const header = isTabRow(rows[0]!.text) ? 0 : rows.findIndex((row, i) => isPipeDelimiter(rows[i + 1]?.text ?? '') && !isPipeDelimiter(row.text));
  return {
    type: 'mdxJsxFlowElement',
    name: 'PipeTable',
    attributes: [],
    children: rows.map((row, r): MdxJsxFlowElement => {
      const rowAttributes = [attribute('id', ids.get(row.unit)!)];
      if (isPipeDelimiter(row.text)) return { type: 'mdxJsxFlowElement', name: 'PipeRow', attributes: [...rowAttributes, attribute('separator', 'true')], children: [] };
      const commitment = row.spans.find((span) => span.type === 'commitment');
      const others = row.spans.filter((span) => span !== commitment);
      const marks = marksOf(row);
      const cells = tableCells(row.text);
      const inCommitment = cells.map((cell) => commitment !== undefined && cell.end > commitment.start && cell.start < commitment.end);
      const lastCommitted = inCommitment.lastIndexOf(true);
      return {
        type: 'mdxJsxFlowElement',
        name: 'PipeRow',
        attributes: r === header ? [...rowAttributes, attribute('header', 'true')] : rowAttributes,
        children: cells.map(({ text, start, end }, c) => {
          const within = <T extends { start: number; end: number }>(items: T[]) =>
            items.filter((item) => item.start >= start && item.end <= end).map((item) => ({ ...item, start: item.start - start, end: item.end - start }));
          const attributes: MdxJsxAttribute[] = [];
          if (r === header) attributes.push(attribute('header', 'true'));
          // The row's own link, as every paragraph has, in its first cell.
          else if (c === 0) attributes.push(attribute('row', ids.get(row.unit)!));
          if (commitment && inCommitment[c]) {
            attributes.push(attribute('kind', commitment.kind));
            if (c === inCommitment.indexOf(true)) attributes.push(attribute('commitment', ids.get(commitment.unit)!));
            if (c === lastCommitted) attributes.push(attribute('links', ids.get(commitment.unit)!));
          }
          return { type: 'paragraph', children: [textElement('PipeCell', attributes, phrasing(text, within(others), ids, within(marks)))] };
        }),
      };
    }),
  };
}

/** The body of a document as mdast flow content, annotations included. */
export function serialiseBody(body: NodeOut[], ids: Map<Unit, string>, marksOf: MarksOf = () => [], subtitleMarks: (node: HeadingOut) => Mark[] = () => []): RootContent[] {
  // Runs of two table rows or more (pipes or tabs) are tables.
  const isRow = (node: NodeOut | undefined): node is ParagraphOut => node?.type === 'paragraph' && isTableRow(node.text);
  const grouped: Array<NodeOut | ParagraphOut[]> = [];
  body.forEach((node, i) => {
    if (isRow(node) && (isRow(body[i - 1]) || isRow(body[i + 1]))) {
      const last = grouped.at(-1);
      if (Array.isArray(last) && isRow(body[i - 1])) last.push(node);
      else grouped.push([node]);
    } else grouped.push(node);
  });
  return grouped.map((node): RootContent => {
    if (Array.isArray(node)) return pipeTable(node, ids, marksOf);
    if (node.type === 'heading') {
      const children: PhrasingContent[] = phrasing(node.text, [], ids, marksOf(node));
      if (node.subtitle) children.push(textElement('Subtitle', [], phrasing(node.subtitle, [], ids, subtitleMarks(node))));
      return {
        type: 'paragraph',
        children: [textElement('Heading', [attribute('id', ids.get(node.unit)!), attribute('level', String(node.level))], children)],
      };
    }
    if (node.type === 'paragraph') {
      const attributes = [attribute('id', ids.get(node.unit)!)];
      // A quoted paragraph says so, for the reader to show it as a quotation, and a line of a
      // quoted or forwarded message's header that it is one; one in another language says which.
      if (node.quoted) attributes.push(attribute('quoted', node.header ? 'header' : 'quoted'));
      if (node.lang) attributes.push(attribute('lang', node.lang));
      return { type: 'paragraph', children: [textElement('Para', attributes, phrasing(node.text, node.spans, ids, marksOf(node)))] };
    }
    return listElement(node, ids, marksOf);
  });
}

/** YAML of the frontmatter, led by a comment saying where it comes from. */
export function frontmatterYaml(data: object, notice: string): string {
  // Every string double-quoted: no plain scalar can be read back as a number, a date or
  // a boolean by Astro's YAML parser (js-yaml), whatever the seed says ("0o17", "yes").
  // No line folding, no anchors: one value per line, each object written out in full.
  const yaml = dumpYaml(data, { lineWidth: -1, forceQuotes: true, quotingType: '"', noRefs: true }).trimEnd();
  return `${notice
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${yaml}`;
}

/** The whole MDX file: frontmatter, then the body. */
export function serialiseMdx(frontmatter: string, body: RootContent[]): string {
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: frontmatter }, ...body] };
  return processor.stringify(tree);
}
