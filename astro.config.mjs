// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import rehypeKeepTogether from './src/plugins/rehype-keep-together.ts';

// The project folder: pages read the seeds and the id lock from it at build time.
const root = fileURLToPath(new URL('.', import.meta.url));

// The public address and sub-path are settings, so the site can be served from any
// static host: SITE_URL=https://example.org BASE_PATH=/declarations npm run build
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Smart quotes would rewrite the sources' own apostrophes and quotation marks, and GFM's
  // autolinks and strikethrough would read seed text as markup (a "<" escaped after a bare
  // URL becomes a tag): the published text must stay verbatim, parsed as CommonMark + MDX,
  // exactly as the ingest's serialiser escapes it.
  markdown: { smartypants: false, gfm: false },
  // The sitemap lists every page with an address of its own (not the 404 page); no dates
  // in it, so the same corpus gives the same bytes.
  // French punctuation is held to its word by spans that do not wrap, the characters kept
  // (see src/utils/keep-together.ts).
  integrations: [mdx({ smartypants: false, gfm: false, rehypePlugins: [rehypeKeepTogether] }), sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/404/') })],
  devToolbar: { enabled: false },
  vite: { define: { 'import.meta.env.PROJECT_ROOT': JSON.stringify(root) } },
  server: { port: 4321 },
});
