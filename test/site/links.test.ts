/**
 * Every link of the built site leads somewhere: each internal `href`/`src` (root-relative,
 * relative, or absolute on the site's own address) resolves to a file of `dist/` (a
 * directory to its `index.html`), and each `#anchor` names an `id` of the target page.
 * A text directive after the anchor (`#id:~:text=…`) is ignored; `#:~:text=…` alone has
 * no anchor to check. All failures are reported together, with the page and the link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, fileOfUrl, htmlFiles, startTags, targetsIn, urlOfFile, type StartTag } from '../support/dist-files.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/ is missing: run \`npm run build\` (npm test does) before the site tests`);

/** Origin the relative links are resolved against; never contacted. */
const LOCAL = 'http://dist.invalid';

/** Attributes holding a URL, by element (`*` for any). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  embed: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  input: ['src', 'formaction'],
  button: ['formaction'],
  form: ['action'],
  object: ['data'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};
/** `<meta>` whose content is a URL (Open Graph and Twitter cards). */
const URL_METAS = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:url']);

/** A link found in a page. */
interface Link {
  /** URL path of the page holding it. */
  page: string;
  line: number;
  /** As written, e.g. `a[href]="/acteurs/x/"`. */
  where: string;
  value: string;
  url: URL;
  /** Written relative to the page (`x/`, `../x`, `#id`, `?q`), not from the root or with a scheme. */
  relative: boolean;
}

/** Each URL a tag carries (a `srcset` holds several). */
function urlsOf(tag: StartTag): Array<[attribute: string, value: string]> {
  const out: Array<[string, string]> = [];
  for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attrs.get(attribute);
    if (value === undefined) continue;
    if (attribute === 'srcset') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push([attribute, url]);
      }
    } else out.push([attribute, value.trim()]);
  }
  if (tag.name === 'meta') {
    const key = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
    const content = tag.attrs.get('content');
    if (URL_METAS.has(key.toLowerCase()) && content) out.push([`content of ${key}`, content.trim()]);
  }
  return out;
}

const files = htmlFiles();
const tagsByFile = new Map(files.map((file) => [file, startTags(readFileSync(join(DIST, file), 'utf8'))]));

/** The site's public address, from the home page's canonical link (absolute links on it are internal). */
const siteOrigin = (() => {
  const canonical = tagsByFile.get('index.html')?.find((t) => t.name === 'link' && t.attrs.get('rel')?.split(/\s+/).includes('canonical'));
  const href = canonical?.attrs.get('href');
  return href ? new URL(href).origin : null;
})();

const links: Link[] = [];
for (const [file, tags] of tagsByFile) {
  const page = urlOfFile(file);
  for (const tag of tags) {
    for (const [attribute, value] of urlsOf(tag)) {
      if (value === '' && attribute !== 'href') continue;
      let url: URL;
      try {
        url = new URL(value, LOCAL + page);
      } catch {
        links.push({ page, line: tag.line, where: `${tag.name}[${attribute}]`, value, url: new URL('invalid:'), relative: false });
        continue;
      }
      links.push({ page, line: tag.line, where: `${tag.name}[${attribute}]`, value, url, relative: !/^([a-z][a-z0-9+.-]*:|\/)/i.test(value) });
    }
  }
}

/** Links into the site: relative or root-relative, or absolute on the site's own origin. */
const internal = links.filter((l) => l.url.origin === LOCAL || (siteOrigin !== null && l.url.origin === siteOrigin) || l.url.protocol === 'invalid:');
const describeLink = (l: Link) => `${l.page} (line ${l.line}): ${l.where}="${l.value}"`;

/** The anchor of a fragment, without a text directive; null when there is none to check. */
function anchorOf(hash: string): string | null {
  const fragment = hash.replace(/^#/, '').split(':~:')[0]!;
  let anchor: string;
  try {
    anchor = decodeURIComponent(fragment);
  } catch {
    anchor = fragment;
  }
  // An empty fragment and "top" scroll to the top of the page (HTML, "find a potential indicated element").
  if (anchor === '' || (anchor.toLowerCase() === 'top')) return null;
  return anchor;
}

const targetsCache = new Map<string, Set<string>>();
const targetsOf = (file: string) => {
  let ids = targetsCache.get(file);
  if (!ids) {
    ids = targetsIn(tagsByFile.get(file) ?? startTags(readFileSync(join(DIST, file), 'utf8')));
    targetsCache.set(file, ids);
  }
  return ids;
};

describe(`links of the ${files.length} pages of ${DIST}/`, () => {
  test('the crawl sees the pages and their links', () => {
    expect(files).toContain('index.html');
    expect(internal.length).toBeGreaterThan(files.length);
  });

  test('every relative and root-relative link resolves to a file', () => {
    const failures = internal
      .filter((l) => l.url.origin === LOCAL || l.url.protocol === 'invalid:')
      .filter((l) => l.url.protocol === 'invalid:' || fileOfUrl(l.url.pathname) === null)
      .map(describeLink);
    expect(failures, `${failures.length} broken links:\n${failures.join('\n')}`).toEqual([]);
  });

  test("every absolute link on the site's own address (canonical, og:url…) resolves to a file", () => {
    expect(siteOrigin, 'the home page has a canonical link').not.toBeNull();
    const failures = internal.filter((l) => l.url.origin === siteOrigin && fileOfUrl(l.url.pathname) === null).map(describeLink);
    expect(failures, `${failures.length} broken links:\n${failures.join('\n')}`).toEqual([]);
  });

  test('the 404 page, served at any missing address, links only from the root', () => {
    const failures = links.filter((l) => l.page === '/404.html' && l.relative && !l.value.startsWith('#')).map(describeLink);
    expect(failures, `${failures.length} relative links in 404.html:\n${failures.join('\n')}`).toEqual([]);
  });

  test('every #anchor, on the same page or another, is an id of the target page', () => {
    const failures: string[] = [];
    for (const link of internal) {
      if (link.url.protocol === 'invalid:' || !link.url.hash) continue;
      const anchor = anchorOf(link.url.hash);
      if (anchor === null) continue;
      const file = fileOfUrl(link.url.pathname);
      if (file === null || !file.endsWith('.html')) continue; // reported above, or not a page
      if (!targetsOf(file).has(anchor)) failures.push(`${describeLink(link)}: no id "${anchor}" in ${urlOfFile(file)}`);
    }
    expect(failures, `${failures.length} missing anchors:\n${failures.join('\n')}`).toEqual([]);
  });
});
