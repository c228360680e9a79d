// /api/lists/categories/<id>.json, /api/lists/subcategories/<id>.json and /api/lists/tags/<id>.json: every tool of a list with what the
// filter needs, fetched by <atlas-filter> on first use so that filters and sorts span every page of it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActivityMap } from '../../../../data/activity-records.ts';
import { getCategories, getTags, getToolIndex, type Tool } from '../../../../data/collections.ts';
import { toListRecord, type ListFile } from '../../../../lib/filter/list-data.ts';
import { cncfFacet } from '../../../../lib/cncf/facts.ts';

export const getStaticPaths = (async () => {
  const [categories, index] = await Promise.all([getCategories(), getToolIndex()]);
  return [
    ...categories.map((category) => ({
      params: { kind: 'categories', id: category.id },
      props: { tools: index.byCategory.get(category.id) ?? [] },
    })),
    ...categories.flatMap((category) =>
      category.subcategories.map((subcategory) => ({
        params: { kind: 'subcategories', id: subcategory.id },
        props: { tools: index.bySubcategory.get(subcategory.id) ?? [] },
      })),
    ),
    ...getTags().map((tag) => ({ params: { kind: 'tags', id: tag.id }, props: { tools: index.byTag.get(tag.id) ?? [] } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tools: readonly Tool[] }> = async ({ props }) => {
  const activity = await getActivityMap();
  const document: ListFile = { tools: props.tools.map((tool) => toListRecord(tool, activity.get(tool.id), cncfFacet(tool.cncf))) };
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
