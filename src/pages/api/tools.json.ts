// /api/tools.json: the whole catalog for programs, described by /api/schema.json.
import type { APIRoute } from 'astro';
import { getCategories, getTags, getTools } from '../../data/collections.ts';
import { getActivityMap } from '../../data/activity-records.ts';
import { buildCatalogApi, buildTime } from '../../lib/catalog/api-records.ts';
import { absoluteUrl } from '../../lib/catalog/urls.ts';
import pkg from '../../../package.json';

export const GET: APIRoute = async ({ site }) => {
  const [tools, categories, activity] = await Promise.all([getTools(), getCategories(), getActivityMap()]);
  const document = buildCatalogApi({
    tools,
    categories,
    tags: getTags(),
    version: pkg.version,
    buildDate: buildTime(),
    pageUrl: (path) => absoluteUrl(path, site),
    activity,
  });
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
