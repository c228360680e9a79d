// /robots.txt: everything may be crawled; points crawlers at the sitemap under the configured base path.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/catalog/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
