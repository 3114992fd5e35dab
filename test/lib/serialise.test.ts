import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { load as loadYaml } from 'js-yaml';
import type { RootContent } from 'mdast';
import { ingestDocument } from '../../scripts/lib/document.ts';
import { serialiseMdx } from '../../scripts/lib/serialise.ts';
import { collapseSpace } from '../../scripts/lib/normalise.ts';
import { elementNames, parseMdx, renderMdx, textOf } from '../support/mdx.ts';
import { readSeedFiles } from '../support/seeds.ts';

const CANARY = join(tmpdir(), `declarations-canary-${process.pid}`);
const COMPONENTS = new Set(['Actor', 'Commitment', 'DateRef', 'Heading', 'Item', 'ItemText', 'List', 'Para', 'PipeCell', 'PipeRow', 'PipeTable', 'Quote', 'Subtitle', 'Term']);

// Hostile lines, each placed as a title, a heading, a list item, a paragraph and a quotation.
const PAYLOADS = [
  `import fs from 'node:fs'; fs.writeFileSync('${CANARY}', 'x')`,
  `export const a = require('node:fs').writeFileSync('${CANARY}', 'x')`,
  `{require('node:fs').writeFileSync('${CANARY}', 'x')}`,
  '{process.exit(1)}',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '<!-- a comment --> and <Para id="fake">',
  '[lien](javascript:alert(1)) et `code` et **gras** et _souligné_',
  '# pas un titre',
  '> pas une citation',
  '---',
  '| a | b |',
  '&amp; &lt;b&gt; &#x69;mport',
  '\\{échappé\\} et \\\\ double',
];

const encoder = new TextEncoder();
const mdxOf = (text: string) => ingestDocument({ file: 'hostile.txt', bytes: encoder.encode(text) }).mdx;

/** Assert the MDX has no ESM, no expressions, only our components, and shows `expected` literally. */
async function assertLiteral(mdx: string, expected: string[]) {
  const tree = parseMdx(mdx);
  const kinds = new Set<string>();
  const jsx = new Set<string>();
  visit(tree, (node) => {
    kinds.add(node.type);
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node) jsx.add(String(node.name));
  });
  expect([...kinds].filter((k) => k === 'mdxjsEsm' || k.endsWith('Expression'))).toEqual([]);
  expect([...jsx].filter((name) => !COMPONENTS.has(name))).toEqual([]);
  rmSync(CANARY, { force: true });
  const rendered = await renderMdx(mdx);
  expect(existsSync(CANARY)).toBe(false);
  const text = collapseSpace(textOf(rendered));
  for (const line of expected) expect(text).toContain(collapseSpace(line));
  expect([...elementNames(rendered)].filter((n) => !COMPONENTS.has(n) && n !== 'p' && n !== 'Fragment')).toEqual([]);
}

describe('serialised MDX is inert', () => {
  test.each(PAYLOADS)('%j as a paragraph, list item, quotation and heading', async (payload) => {
    const text = [
      'Déclaration de test',
      '',
      payload,
      `Les Parties ont décidé :`,
      `  • ${payload}`,
      `Au niveau ${payload.replace(/[:.]/g, '')} :`,
      `« ${payload} avec assez de mots pour être une citation », a déclaré Jan Jambon.`,
      `Nous nous engageons à ${payload}.`,
    ].join('\n');
    await assertLiteral(mdxOf(text), [payload, `« ${payload} avec assez de mots`, `Nous nous engageons à ${payload}.`]);
  });

  test.each(PAYLOADS)('%j in the cells of a table written with pipes', async (payload) => {
    const cell = payload.replace(/\|/g, '/');
    const text = ['Feuille de route', '', '| N° | Action | Échéance |', '|---|---|---|', `| 1 | ${cell} | T2 2025 |`, `| 2 | Créer une cellule commune d’analyse ${cell} | fin 2025 |`, ''].join('\n');
    await assertLiteral(mdxOf(text), [cell, `Créer une cellule commune d’analyse ${cell}`]);
  });

  test('a run of pipe rows is a table: a header row, a hidden separator, each row’s link in its first cell, a commitment marked on its cells', () => {
    const text = ['Feuille de route commune', '', '| N° | Action | Pilote | Échéance |', '|---|---|---|---|', '| 1.1 | Créer un point de contact unique pour les hôpitaux | ANSSI / CCB | T2 2025 |', '| 1.2 | Publier un guide commun de réponse aux incidents | CCB | fin 2025 |', ''].join('\n');
    const doc = ingestDocument({ file: 'roadmap.txt', bytes: encoder.encode(text) });
    const tree = parseMdx(doc.mdx);
    const rows: string[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' || !('name' in node) || node.name !== 'PipeRow') return;
      const attributes = (node as { attributes: Array<{ name: string; value: string }> }).attributes.map((a) => `${a.name}=${a.value}`);
      const cells: string[] = [];
      visit(node, (cell) => {
        if (cell.type === 'mdxJsxTextElement' && 'name' in cell && cell.name === 'PipeCell') {
          const marks = (cell as { attributes: Array<{ name: string; value: string }> }).attributes.map((a) => `${a.name}=${a.value}`).join(',');
          let words = '';
          visit(cell, 'text', (t: { value: string }) => void (words += t.value));
          cells.push(`${collapseSpace(words)}${marks ? `[${marks}]` : ''}`);
        }
      });
      rows.push(`${attributes.join(',')}: ${cells.join(' | ')}`);
    });
    expect(rows).toEqual([
      'id=p-1,header=true: N°[header=true] | Action[header=true] | Pilote[header=true] | Échéance[header=true]',
      'id=p-2,separator=true: ',
      `id=p-3: 1.1[row=p-3] | Créer un point de contact unique pour les hôpitaux[kind=decision,commitment=${doc.data.commitments[0]!.id}] | ANSSI / CCB[kind=decision] | T2 2025[kind=decision,links=${doc.data.commitments[0]!.id}]`,
      `id=p-4: 1.2[row=p-4] | Publier un guide commun de réponse aux incidents[kind=decision,commitment=${doc.data.commitments[1]!.id}] | CCB[kind=decision] | fin 2025[kind=decision,links=${doc.data.commitments[1]!.id}]`,
    ]);
  });

  test('a paragraph that starts with "import " or "export " is written with a character reference', async () => {
    // Generated paragraphs sit inside <Para>, so this guards the serialiser itself.
    const body: RootContent[] = [
      { type: 'paragraph', children: [{ type: 'text', value: 'import x from "y"' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'export const a = 1' }] },
    ];
    const mdx = serialiseMdx('id: x', body);
    expect(mdx).toBe('---\nid: x\n---\n\n&#x69;mport x from "y"\n\n&#x65;xport const a = 1\n');
    await assertLiteral(mdx, ['import x from "y"', 'export const a = 1']);
  });

  test('a paragraph of a quoted message is marked quoted; the reply around it, and a lone ">" line, are not', async () => {
    const mdx = mdxOf(['Objet : Patrouilles', '', 'Nous validons ce calendrier.', '', '> Nous proposons des patrouilles', '> mixtes le samedi.', '', '> Pas une citation'].join('\n'));
    const paras: Array<{ text: string; quoted: boolean }> = [];
    visit(parseMdx(mdx), (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Para') {
        const words: string[] = [];
        visit(node, 'text', (text) => void words.push(text.value));
        paras.push({ text: words.join(''), quoted: node.attributes.some((a) => 'name' in a && a.name === 'quoted' && a.value === 'quoted') });
      }
    });
    expect(paras.map((p) => [collapseSpace(p.text), p.quoted])).toEqual([
      ['Nous validons ce calendrier.', false],
      ['Nous proposons des patrouilles mixtes le samedi.', true],
      ['> Pas une citation', false],
    ]);
    await assertLiteral(mdx, ['Nous proposons des patrouilles mixtes le samedi.', '> Pas une citation']);
  });

  test('the data file reads back as exactly the validated model, and the frontmatter (js-yaml, as Astro reads it) as its card', () => {
    const hostile = '--- import x from "y" : {a} # not a comment\n\nLe 2018-06-11, « yes » : no.\n\nNous nous engageons à tout.';
    for (const text of [hostile, ...[...readSeedFiles()].filter(([n]) => n.endsWith('.txt')).map(([, b]) => new TextDecoder().decode(b))]) {
      const doc = ingestDocument({ file: 'x.txt', bytes: encoder.encode(text) });
      expect(JSON.parse(doc.json).document).toStrictEqual(doc.data);
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(doc.mdx)![1]!;
      const { id, title, kind, date, place, language } = doc.data;
      expect(loadYaml(yaml)).toStrictEqual({ id, title, kind, date, place, language });
    }
  });

  test('the seeds render to their own text', async () => {
    const seeds = readSeedFiles();
    for (const [name, bytes] of seeds) {
      if (!name.endsWith('.txt')) continue;
      const doc = ingestDocument({ file: name, bytes });
      const rendered = collapseSpace(textOf(await renderMdx(doc.mdx)));
      for (const commitment of doc.data.commitments) expect(rendered).toContain(collapseSpace(commitment.text));
    }
  });
});

describe('spaces between annotations survive', () => {
  test('a list item made only of annotations keeps the spaces between them', async () => {
    const mdx = mdxOf('Titre\n\nArticle 2\n\n- CCPD Lille');
    expect(collapseSpace(textOf(await renderMdx(mdx)))).toContain('CCPD Lille');
  });
});
