/** Checks on the editorial notes (`content/notes/<doc-id>/<commitment-id>.mdx`). */

/** Every note must be named after a commitment that exists or existed; else the build fails naming the file. */
export function checkNotes(noteIds: string[], commitmentKeys: string[]): void {
  const known = new Set(commitmentKeys);
  for (const id of noteIds) {
    if (known.has(id)) continue;
    const [docId, cid] = id.split('/');
    throw new Error(`content/notes/${id}.mdx: no commitment "${cid}" in document "${docId}"; name the note after an existing commitment id`);
  }
}
