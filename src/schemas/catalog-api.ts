/**
 * The published catalog document, /api/tools.json, as a zod schema. Its JSON
 * Schema (/api/schema.json) is generated from this with z.toJSONSchema, so the
 * field rules and .describe() texts are the same ones the build and the
 * validator use.
 */
import { SITE_NAME } from '../lib/site/site-name.ts';
import { z } from 'astro/zod';
import { categorySchema } from './category.ts';
import { CATEGORY_IDS } from './ids.ts';
import { kebabId, tagIdSchema } from './kebab-id.ts';
import { createPlainToolSchema } from './tool.ts';
import { activitySchema } from './activity.ts';
import { cncfRecordSchema } from './cncf.ts';

export function createCatalogApiSchema(tagIds: readonly string[]) {
  // .shape keeps every field and its rules; the cross-field refinement (statusNote
  // required unless active) is not carried by .shape, so catalogJsonSchema adds it.
  const toolFields = createPlainToolSchema(tagIds).shape;
  const tool = z.strictObject({
    id: kebabId.describe("The tool's id: its file name in content/tools/ and its URL slug."),
    url: z.url().describe("The absolute URL of the tool's page."),
    ...toolFields,
    activity: activitySchema
      .optional()
      .describe(
        'Repository activity from the host (content/activity.json); absent when not fetched yet. Unknown facts are absent, never 0.',
      ),
    cncf: cncfRecordSchema
      .optional()
      .describe(
        "CNCF maturity and its dates, from CNCF's landscape data (content/cncf.json); absent for a tool that is not a CNCF project.",
      ),
  });
  const category = z.strictObject({
    id: z.enum(CATEGORY_IDS).describe("The category's stable id and URL slug."),
    url: z.url().describe("The absolute URL of the category's page."),
    ...categorySchema.shape,
  });
  const tag = z.strictObject({
    id: tagIdSchema(tagIds).describe('The tag id, kebab-case.'),
    description: z.string().min(1).describe('What the tag means, in one line.'),
  });
  return z
    .strictObject({
      version: z.string().min(1).describe("The catalog software's version (package.json)."),
      buildDate: z.iso.datetime().describe('When this file was built (ISO 8601, UTC).'),
      tools: z.array(tool).describe('Every tool, ordered by name.'),
      categories: z.array(category).describe('The categories, in home page order.'),
      tags: z.array(tag).describe('The tag vocabulary.'),
    })
    .describe(`${SITE_NAME}: the catalog of container ecosystem tools.`);
}

export type CatalogApi = z.output<ReturnType<typeof createCatalogApiSchema>>;
export type ApiTool = CatalogApi['tools'][number];

/**
 * The tool schema's refinement in JSON Schema terms: a tool whose status is
 * not active must say what happened in statusNote and since when in statusSince. z.toJSONSchema cannot
 * translate a refinement (it is a function), so this is written out once here
 * and tested against the refinement on the same documents.
 */
export const STATUS_NOTE_RULE = {
  if: { properties: { status: { const: 'active' } }, required: ['status'] },
  // The fields are repeated under properties so that strict validators (ajv's strictRequired) see them defined here.
  else: { properties: { statusNote: { type: 'string' }, statusSince: { type: 'string' } }, required: ['statusNote', 'statusSince'] },
} as const;

/** The JSON Schema of /api/tools.json, published as /api/schema.json. */
export function catalogJsonSchema(tagIds: readonly string[], schemaUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(createCatalogApiSchema(tagIds), { target: 'draft-2020-12', io: 'output' }) as unknown as Record<
    string,
    unknown
  > & {
    properties: Record<string, unknown> & { tools: { items: Record<string, unknown> } };
  };
  const tools = generated.properties.tools;
  return {
    ...generated,
    $id: schemaUrl,
    title: `${SITE_NAME} catalog`,
    properties: { ...generated.properties, tools: { ...tools, items: { ...tools.items, ...STATUS_NOTE_RULE } } },
  };
}
