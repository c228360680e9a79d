// /api/schema.json: the JSON Schema of /api/tools.json, generated from the zod schemas.
import type { APIRoute } from 'astro';
import { getTags } from '../../data/collections.ts';
import { catalogJsonSchema } from '../../schemas/catalog-api.ts';
import { absoluteUrl } from '../../lib/catalog/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = catalogJsonSchema(
    getTags().map((tag) => tag.id),
    absoluteUrl('api/schema.json', site),
  );
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
