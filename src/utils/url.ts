/** Site-relative URLs that respect the configured base path. */

/** Ensure the passed path ends with a trailing slash. */
export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** Prefix a site path ("/documents/x/") with the base path ("/sub/"). */
export function href(path: string): string {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  return `${base}${path.replace(/^\//, '')}`;
}

/** URL of a document's reader page, optionally at an anchor. */
export function documentHref(docId: string, anchor?: string): string {
  return href(`/documents/${docId}/${anchor ? `#${anchor}` : ''}`);
}
