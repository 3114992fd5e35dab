import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadRegistry } from '../../scripts/lib/registry.ts';

const dir = mkdtempSync(join(tmpdir(), 'declarations-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write a registry folder from the real one with `actors.yaml` replaced. */
function registryWith(actors: string): string {
  const folder = mkdtempSync(join(dir, 'r-'));
  writeFileSync(join(folder, 'actors.yaml'), actors);
  for (const file of ['terms.yaml', 'domains.yaml']) writeFileSync(join(folder, file), readFileSync(join('content/registry', file)));
  return folder;
}

const actor = (fields: string) => `- id: x\n  name: X\n  kind: person\n  aliases: []\n  demonyms: []\n  country: null\n  party: null\n  roles: []\n  description: Test.\n${fields}`;

describe('loadRegistry', () => {
  test('the project registry loads: actors, terms and a controlled vocabulary of 15 to 25 domains', () => {
    const registry = loadRegistry();
    expect(registry.actors.length).toBeGreaterThan(50);
    expect(registry.domains.length).toBeGreaterThanOrEqual(15);
    expect(registry.domains.length).toBeLessThanOrEqual(25);
    for (const id of ['jan-jambon', 'gerard-collomb', 'edouard-philippe', 'charles-michel', 'nicole-belloubet', 'koen-geens', 'ocam', 'frontex', 'europol', 'eurojust']) {
      expect(registry.actors.some((a) => a.id === id), id).toBe(true);
    }
    for (const id of ['sis', 'pnr', 'etias', 'ece', 'ccpd', 'ocam', 'rgpd', 'cjue', 'frontex', 'adn', 'n-va']) expect(registry.terms.some((t) => t.id === id), id).toBe(true);
  });

  test('domains carry a EuroVoc concept (URI and French label) where one fits; only EuroVoc URIs are accepted, naming the line', () => {
    const domains = loadRegistry().domains;
    expect(domains.find((d) => d.id === 'terrorisme')?.eurovoc).toEqual({ uri: 'http://eurovoc.europa.eu/4452', label: 'terrorisme' });
    expect(domains.find((d) => d.id === 'radicalisation')?.eurovoc?.uri).toBe('http://eurovoc.europa.eu/c_3a9ccfe3');
    expect(domains.filter((d) => d.eurovoc === null).map((d) => d.id)).toEqual(['combattants-etrangers']);
    const folder = registryWith(readFileSync('content/registry/actors.yaml', 'utf8'));
    const yaml = readFileSync('content/registry/domains.yaml', 'utf8');
    writeFileSync(join(folder, 'domains.yaml'), yaml.replace('http://eurovoc.europa.eu/4452', 'https://example.org/terrorisme'));
    const line = yaml.split('\n').findIndex((l) => l.startsWith('- id: terrorisme')) + 1;
    expect(() => loadRegistry(folder)).toThrowError(new RegExp(`domains\\.yaml:${line}: .*a EuroVoc concept URI`));
  });

  test('an unknown actor id referenced as a country is an error naming the file and line', () => {
    const folder = registryWith(actor('').replace('country: null', 'country: atlantide'));
    expect(() => loadRegistry(folder)).toThrowError(`${join(folder, 'actors.yaml')}:1: actor "x": country "atlantide" is not an actor id of the registry`);
  });

  test('an unknown party id is an error too', () => {
    const folder = registryWith(actor('').replace('party: null', 'party: parti-imaginaire'));
    expect(() => loadRegistry(folder)).toThrowError(/party "parti-imaginaire" is not an actor id/);
  });

  test('a duplicate id is an error naming its line', () => {
    const folder = registryWith(`${actor('')}${actor('')}`);
    expect(() => loadRegistry(folder)).toThrowError(`${join(folder, 'actors.yaml')}:1: duplicate id "x"`);
  });

  test('a wrongly typed or unknown field is an error naming the entry’s line and the field', () => {
    const folder = registryWith(`${actor('')}- id: y\n  name: Y\n  kind: wizard\n`);
    expect(() => loadRegistry(folder)).toThrowError(new RegExp(`${join(folder, 'actors.yaml').replace(/[.]/g, '\\.')}:10: field "kind"`));
  });
});
