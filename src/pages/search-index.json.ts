// /search-index.json: the search data, a slim projection of the catalog that
// the search box fetches on first intent (see src/lib/search/projection.ts).
import type { APIRoute } from 'astro';
import { getCategories, getTools } from '../data/catalog.ts';
import { toSearchData } from '../lib/search/projection.ts';

export const GET: APIRoute = async () => {
  const [tools, categories] = await Promise.all([getTools(), getCategories()]);
  return new Response(JSON.stringify(toSearchData(tools, categories)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
