/**
 * Load and check the curated registry: every file validated by its zod schema, ids
 * unique, and every actor id referenced (country, party, role country) defined.
 * Problems are errors naming the file and, where known, the line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { RegistryFilesSchema, type Actor, type Domain, type Term } from '../../src/schemas/registry.ts';
import { SourceError } from './errors.ts';

/** The registry, validated. */
export interface Registry {
  actors: Actor[];
  terms: Term[];
  domains: Domain[];
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Parse one registry file's text and validate it; errors name the file and line. */
export function parseRegistryFile<K extends keyof typeof RegistryFilesSchema>(
  kind: K,
  text: string,
  file: string,
): z.infer<(typeof RegistryFilesSchema)[K]> {
  const doc = parseDocument(text, { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) throw new SourceError(file, lineAt(text, error.pos[0]), `invalid YAML: ${error.message.split('\n')[0]}`);
  const parsed = RegistryFilesSchema[kind].safeParse(doc.toJS() ?? []);
  if (parsed.success) return parsed.data as z.infer<(typeof RegistryFilesSchema)[K]>;
  const issue = parsed.error.issues[0]!;
  const index = typeof issue.path[0] === 'number' ? issue.path[0] : undefined;
  let line: number | undefined;
  if (index !== undefined && isSeq(doc.contents)) {
    const node = doc.contents.items[index];
    if (node && isMap(node) && node.range) line = lineAt(text, node.range[0]);
  }
  const where = issue.path.slice(1).join('.');
  throw new SourceError(file, line, `${where ? `field "${where}": ` : ''}${issue.message}`);
}

/** Find the line where `id: <id>` is written, for error messages. */
function lineOfId(text: string, id: string): number | undefined {
  const index = text.search(new RegExp(`^\\s*-?\\s*id:\\s*${id.replace(/[-]/g, '\\-')}\\s*$`, 'm'));
  return index === -1 ? undefined : lineAt(text, index);
}

/** Cross-file checks: unique ids, and references to actors that exist. */
export function checkRegistry(registry: Registry, texts: Record<keyof Registry, { file: string; text: string }>): void {
  for (const kind of ['actors', 'terms', 'domains'] as const) {
    const seen = new Set<string>();
    for (const entry of registry[kind]) {
      if (seen.has(entry.id)) throw new SourceError(texts[kind].file, lineOfId(texts[kind].text, entry.id), `duplicate id "${entry.id}"`);
      seen.add(entry.id);
    }
  }
  const actors = new Set(registry.actors.map((a) => a.id));
  for (const actor of registry.actors) {
    const refs = [
      ['country', actor.country],
      ['party', actor.party],
      ...actor.roles.map((r, i) => [`roles.${i}.country`, r.country ?? null] as const),
    ] as const;
    for (const [field, ref] of refs) {
      if (ref && !actors.has(ref)) {
        throw new SourceError(texts.actors.file, lineOfId(texts.actors.text, actor.id), `actor "${actor.id}": ${field} "${ref}" is not an actor id of the registry`);
      }
    }
  }
}

/** Read `content/registry/{actors,terms,domains}.yaml` (or another folder). */
export function loadRegistry(dir = 'content/registry'): Registry {
  const texts = {
    actors: { file: join(dir, 'actors.yaml'), text: readFileSync(join(dir, 'actors.yaml'), 'utf8') },
    terms: { file: join(dir, 'terms.yaml'), text: readFileSync(join(dir, 'terms.yaml'), 'utf8') },
    domains: { file: join(dir, 'domains.yaml'), text: readFileSync(join(dir, 'domains.yaml'), 'utf8') },
  };
  const registry: Registry = {
    actors: parseRegistryFile('actors', texts.actors.text, texts.actors.file),
    terms: parseRegistryFile('terms', texts.terms.text, texts.terms.file),
    domains: parseRegistryFile('domains', texts.domains.text, texts.domains.file),
  };
  checkRegistry(registry, texts);
  return registry;
}
