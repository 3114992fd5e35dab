/**
 * Generators for the cases too big to commit: a seed template in this folder is grown at
 * test time, so the repository holds kilobytes instead of megabytes.
 *
 * - `line`: the template's last non-blank line is repeated, joined by spaces, on ONE line
 *   until the file reaches `bytes` (the 200 KB single line).
 * - `body`: the template's body (everything after its first blank-line-separated header
 *   block of title + publication line) is repeated, separated by blank lines, until the
 *   file reaches `bytes` (the 5 MB text).
 */
export interface Grow {
  mode: 'line' | 'body';
  bytes: number;
}

const size = (text: string) => Buffer.byteLength(text, 'utf8');

/** The grown text of `template`. */
export function grow(template: string, { mode, bytes }: Grow): string {
  const lines = template.replace(/\n+$/, '').split('\n');
  if (mode === 'line') {
    const last = lines.pop()!;
    const unit = size(last) + 1;
    const count = Math.ceil(bytes / unit);
    return `${[...lines, Array.from({ length: count }, () => last).join(' ')].join('\n')}\n`;
  }
  // Title, blank, publication line, blank: the rest is the body.
  const head = lines.slice(0, 4).join('\n');
  const body = lines.slice(4).join('\n');
  const count = Math.ceil((bytes - size(head)) / (size(body) + 2));
  return `${head}\n${Array.from({ length: count }, () => body).join('\n\n')}\n`;
}
