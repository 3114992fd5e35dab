/** Read `seeds/<name>.meta.yaml`: curated facts, validated by `SidecarSchema`. */
import { isMap, isScalar, parseDocument } from 'yaml';
import { SidecarSchema, type Sidecar } from '../../src/schemas/document.ts';
import { SourceError } from './errors.ts';

/** 1-based line of an offset in `text`. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Parse and validate a sidecar; errors name the file, the line and the field. */
export function readSidecar(text: string, file: string): Sidecar {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new SourceError(file, lineAt(text, error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`);
  const value: unknown = doc.toJS() ?? {};
  const parsed = SidecarSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys[0]! : String(issue.path[0] ?? '');
  let line: number | undefined;
  if (isMap(doc.contents)) {
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === field);
    if (pair && isScalar(pair.key) && pair.key.range) line = lineAt(text, pair.key.range[0]);
  }
  const reason =
    issue.code === 'unrecognized_keys'
      ? `unknown field "${field}"; expected one of ${Object.keys(SidecarSchema.shape).join(', ')}`
      : `field "${field}": ${issue.message}`;
  throw new SourceError(file, line, reason);
}
