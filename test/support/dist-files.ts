/**
 * The built site as files: every HTML page of `dist/`, the URL each one answers, and a
 * small start-tag reader for the attributes the link checks need. The HTML is Astro's
 * output (well-formed, quoted attributes), so a tokenizer is enough; no DOM is built.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from './html.ts';

/** The built site's folder (`DIST_DIR` overrides, for a build elsewhere). */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** Every `.html` file under `root`, as sorted paths relative to it with `/` separators. */
export function htmlFiles(root = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** The URL path a file of `dist/` is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlOfFile(file: string): string {
  return file === 'index.html' ? '/' : file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * The file of `root` a URL path resolves to, as a static host would serve it (a directory
 * gives its `index.html`), or null when nothing is there.
 */
export function fileOfUrl(pathname: string, root = DIST): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = join(root, path);
  if (!file.startsWith(join(root)) || !existsSync(file)) return null;
  if (statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? relative(root, index).split(sep).join('/') : null;
  }
  return relative(root, file).split(sep).join('/');
}

/** A start tag: element name (lower case), attributes (entities decoded) and its line. */
export interface StartTag {
  name: string;
  attrs: Map<string, string>;
  line: number;
}

const RAW_TEXT = /(<(script|style|textarea|title)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
const START_TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Every start tag of a page, outside comments and the text of script, style and title. */
export function startTags(html: string): StartTag[] {
  // Blank out (keeping newlines, hence line numbers) what is not markup.
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const source = html
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(RAW_TEXT, (_all, open: string, _name: string, body: string, close: string) => open + blank(body) + close);
  const tags: StartTag[] = [];
  let line = 1;
  let last = 0;
  for (const match of source.matchAll(START_TAG)) {
    for (let i = last; i < match.index; i++) if (source.charCodeAt(i) === 10) line++;
    last = match.index;
    const attrs = new Map<string, string>();
    for (const a of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      const name = a[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name: match[1]!.toLowerCase(), attrs, line });
  }
  return tags;
}

/** Every fragment target of a page: `id` of any element and `name` of `<a>`. */
export function targetsIn(tags: StartTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.name === 'a' ? tag.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}
