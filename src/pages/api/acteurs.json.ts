/** `/api/acteurs.json`: every actor the corpus mentions, by id, with where it appears. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { absoluteUrl, commitmentRef, compareStrings, jsonResponse } from '../../data/exports.ts';
import { actorUrl } from '../../data/urls.ts';
import { ActorListSchema, type ActorList } from '../../schemas/exports.ts';

/** The actors, validated against `ActorListSchema`. */
export const GET: APIRoute = async ({ site }) => {
  const { actors } = await loadCorpus();
  const list: ActorList = [...actors.values()]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      reviewed: a.reviewed,
      description: a.description,
      country: a.country,
      party: a.party,
      roles: a.roles,
      aliases: a.aliases,
      url: absoluteUrl(site, actorUrl(a.id)),
      mentions: a.mentions.length,
      documents: [...new Set([...a.mentions.map((m) => m.doc.id), ...a.commitments.map((e) => e.doc.id)])].sort(),
      commitments: a.commitments.map(commitmentRef),
      quotations: a.quotations.length,
      related: a.related,
    }));
  return jsonResponse(ActorListSchema, list);
};
