/**
 * `/api/schemas/<name>.schema.json`: the JSON Schema (draft-07) of each JSON export,
 * generated from its zod schema in `src/schemas/exports.ts`, the single source of truth.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { absoluteUrl } from '../../../data/exports.ts';
import { EXPORT_SCHEMAS, type ExportName } from '../../../schemas/exports.ts';
import { href } from '../../../utils/url.ts';

/** One schema per export. */
export const getStaticPaths = (() =>
  (Object.keys(EXPORT_SCHEMAS) as ExportName[]).sort().map((name) => ({ params: { name }, props: { name } }))) satisfies GetStaticPaths;

/** The JSON Schema, with its own address as `$id` and the export it describes in its title. */
export const GET: APIRoute<{ name: ExportName }> = ({ props: { name }, site }) => {
  const { schema, path, title } = EXPORT_SCHEMAS[name];
  const { $schema, ...body } = zodToJsonSchema(schema, { $refStrategy: 'none', target: 'jsonSchema7' });
  const json = {
    $schema,
    $id: absoluteUrl(site, href(`/api/schemas/${name}.schema.json`)),
    title: `${title} — /${path}`,
    ...body,
  };
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
