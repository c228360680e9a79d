// /search-summaries.json: every tool's summary, fetched once the search data
// has arrived (src/lib/search/packing.ts).
import type { APIRoute } from 'astro';
import { getSearchFiles } from '../data/search-files.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getSearchFiles()).summaries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
