/**
 * One page of every page type of the built site, found by listing `dist/`: the first
 * (in sorted order) that exists, or none when the build has no page of that type.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist-files.ts';

/** A page type and the URL path of its first page in `dist/`, or null. */
export interface PageOfType {
  type: string;
  path: string | null;
}

/** Sub-folders of `dir` (sorted) that hold an `index.html`. */
function pageFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, 'index.html')));
}

/** Sub-folders of `dir` (sorted) that hold any folder. */
function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .filter((name) => statSync(join(dir, name)).isDirectory());
}

/** `path` if `dist/<path>index.html` exists. */
const single = (root: string, path: string) => (existsSync(join(root, path, 'index.html')) ? path : null);

/** The first `/<section>/<id>/` page. */
const firstIn = (root: string, section: string) => {
  const id = pageFolders(join(root, section))[0];
  return id ? `/${section}/${id}/` : null;
};

/** The first `/engagements/<doc>/<cid>/` page. */
function firstCommitment(root: string): string | null {
  for (const doc of folders(join(root, 'engagements'))) {
    const cid = pageFolders(join(root, 'engagements', doc))[0];
    if (cid) return `/engagements/${doc}/${cid}/`;
  }
  return null;
}

/** A path no page answers, served with the site's 404 page. */
export const MISSING_PATH = '/page-qui-n-existe-pas/';

/** One page of each type, in reading order of the site's navigation. */
export function pagesOfEveryType(root = DIST): PageOfType[] {
  return [
    { type: 'accueil', path: single(root, '/') },
    { type: 'documents', path: single(root, '/documents/') },
    { type: 'document', path: firstIn(root, 'documents') },
    { type: 'engagements', path: single(root, '/engagements/') },
    { type: 'engagement', path: firstCommitment(root) },
    { type: 'acteurs', path: single(root, '/acteurs/') },
    { type: 'acteur', path: firstIn(root, 'acteurs') },
    { type: 'domaines', path: single(root, '/domaines/') },
    { type: 'domaine', path: firstIn(root, 'domaines') },
    { type: 'chronologie', path: single(root, '/chronologie/') },
    { type: 'glossaire', path: single(root, '/glossaire/') },
    { type: 'recherche', path: single(root, '/recherche/') },
    { type: 'donnees', path: single(root, '/donnees/') },
    { type: 'a-propos', path: single(root, '/a-propos/') },
    { type: '404', path: existsSync(join(root, '404.html')) ? MISSING_PATH : null },
  ];
}
