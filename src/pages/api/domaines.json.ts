/** `/api/domaines.json`: the policy domains, by id, with their commitments and documents. */
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus.ts';
import { absoluteUrl, commitmentRef, compareStrings, jsonResponse } from '../../data/exports.ts';
import { domainUrl } from '../../data/urls.ts';
import { DomainListSchema, type DomainList } from '../../schemas/exports.ts';

/** The domains, validated against `DomainListSchema`. */
export const GET: APIRoute = async ({ site }) => {
  const { domains, documents, commitments } = await loadCorpus();
  const list: DomainList = [...domains]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((domain) => ({
      id: domain.id,
      label: domain.label,
      description: domain.description,
      eurovoc: domain.eurovoc?.uri ?? null,
      eurovocLabel: domain.eurovoc?.label ?? null,
      url: absoluteUrl(site, domainUrl(domain.id)),
      commitments: commitments.filter(({ c }) => c.domains.includes(domain.id)).map(commitmentRef),
      documents: documents.flatMap((doc) => doc.domains.filter((d) => d.id === domain.id).map((d) => ({ id: doc.id, weight: d.weight }))),
    }));
  return jsonResponse(DomainListSchema, list);
};
