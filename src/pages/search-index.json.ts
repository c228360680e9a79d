// /search-index.json: the search data the search box fetches on first intent,
// packed by column (src/lib/search/packing.ts); the summaries follow in
// /search-summaries.json.
import type { APIRoute } from 'astro';
import { getSearchFiles } from '../data/search-files.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getSearchFiles()).index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
