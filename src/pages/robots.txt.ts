/** `/robots.txt`: every page may be crawled; the sitemap lists them all. */
import type { APIRoute } from 'astro';
import { href } from '../utils/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(href('/sitemap-index.xml'), site).href}` : '';
  return new Response(`User-agent: *\nAllow: /${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
