// /api/tools/<id>.json: one tool, with the names of what it points to, so that a page (the compare
// table) or a program can fetch just the tools it needs instead of the whole catalog.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActivityMap } from '../../../data/activity-records.ts';
import { getCategories, getTags, getToolIndex, getTools, type Tool } from '../../../data/collections.ts';
import { apiTool } from '../../../lib/catalog/api-records.ts';
import { tagLabel } from '../../../lib/catalog/tag-label.ts';
import { absoluteUrl } from '../../../lib/catalog/urls.ts';

export const getStaticPaths = (async () =>
  (await getTools()).map((tool) => ({ params: { id: tool.id }, props: { tool } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ tool: Tool }> = async ({ props, site }) => {
  const { tool } = props;
  const [index, categories, activity] = await Promise.all([getToolIndex(), getCategories(), getActivityMap()]);
  const titles = new Map(categories.map((category) => [category.id, category.title]));
  const tags = new Set(getTags().map((tag) => tag.id));
  const document = {
    tool: apiTool(tool, (path) => absoluteUrl(path, site), activity.get(tool.id)),
    names: {
      categories: Object.fromEntries(tool.categories.map((id) => [id, titles.get(id) ?? id])),
      tags: Object.fromEntries(tool.tags.filter((id) => tags.has(id)).map((id) => [id, tagLabel(id)])),
      tools: Object.fromEntries(tool.successors.map((id) => [id, index.byId.get(id)?.name ?? id])),
    },
  };
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
