// `npm run dev`: copy the search index of the last build (dist/pagefind) into public/, so
// that search works under `astro dev` too. public/pagefind/ is git-ignored; rerun
// `npm run dev` (or `npm run build:site` then this) after changing the texts.
import { cpSync, existsSync, rmSync } from 'node:fs';

if (!existsSync('dist/pagefind')) {
  console.error('dist/pagefind is missing: run `npm run build:site` first');
  process.exit(1);
}
rmSync('public/pagefind', { recursive: true, force: true });
cpSync('dist/pagefind', 'public/pagefind', { recursive: true });
console.log('search index copied to public/pagefind/ for astro dev');
