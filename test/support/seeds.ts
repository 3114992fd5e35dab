/** The project's seeds and fixtures, read once, for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of `seeds/` by name. */
export function readSeedFiles(dir = 'seeds'): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of readdirSync(dir).sort()) files.set(name, readFileSync(join(dir, name)));
  return files;
}

/** The 11 June 2018 joint declaration. */
export const DECLARATION_FILE = '004_4b42052c82f51971.txt';
/** The VRT NWS press report of the Lille meeting. */
export const ARTICLE_FILE = '000_a1574602505f9247.txt';

/** Text of a seed. */
export function seedText(file: string): string {
  return readFileSync(join('seeds', file), 'utf8');
}

/** Names of the fixture folders under test/fixtures. */
export function fixtureNames(): string[] {
  return readdirSync('test/fixtures').sort();
}

/** Text of a fixture's input. */
export function fixtureText(name: string): string {
  return readFileSync(join('test/fixtures', name, 'input.txt'), 'utf8');
}
