/**
 * `/flux.xml`: an RSS feed of the newest documents, for readers who follow the corpus
 * (each item: the document's page, date, one-line summary and domains). Built with
 * @astrojs/rss; no build date in it, so the same corpus gives the same bytes.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../data/corpus.ts';
import { PAGE_SIZE } from '../data/paginate.ts';
import { documentUrl } from '../data/urls.ts';
import { documentSummary } from '../utils/format.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The feed needs absolute URLs: set `site` in astro.config.mjs (SITE_URL).');
  const { documents, domains } = await loadCorpus();
  const label = new Map(domains.map((d) => [d.id, d.label]));
  return rss({
    title: 'Déclarations annotées',
    description: 'Les derniers documents du corpus : déclarations intergouvernementales et articles de presse, annotés, avec un lien permanent pour chaque engagement.',
    site,
    trailingSlash: true,
    customData: '<language>fr-FR</language>',
    items: documents.slice(0, PAGE_SIZE.feed).map((doc) => ({
      title: doc.title,
      link: documentUrl(doc.id),
      pubDate: doc.date ? new Date(`${doc.date}T00:00:00Z`) : undefined,
      description: documentSummary(doc),
      categories: doc.domains.slice(0, 3).map((d) => label.get(d.id) ?? d.id),
    })),
  });
};
