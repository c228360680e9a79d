/** Builds the /api/tools.json document from catalog entries: every schema field, nothing internal. */
import { categorySchema } from '../../schemas/category.ts';
import type { CatalogApi } from '../../schemas/catalog-api.ts';
import { createPlainToolSchema } from '../../schemas/tool.ts';
import type { Tag } from './tags.ts';
import type { Activity } from '../../schemas/activity.ts';

type Entry = { id: string } & Record<string, unknown>;

export interface ApiInput {
  tools: readonly Entry[];
  categories: readonly Entry[];
  tags: ReadonlyArray<Pick<Tag, 'id' | 'description'>>;
  version: string;
  buildDate: Date;
  /** Absolute URL of a page from its site-relative path ("tools/etcd/"). */
  pageUrl: (path: string) => string;
  /** Repository activity by tool id (content/activity.json); a tool without a record has no `activity`. */
  activity?: ReadonlyMap<string, Activity>;
}

// The schemas' own field lists, so a field added to the data model is published without touching this file.
const TOOL_FIELDS = Object.keys(createPlainToolSchema([]).shape);
const CATEGORY_FIELDS = Object.keys(categorySchema.shape);

/** Copies only the schema's fields, skipping undefined ones, so no build-only property (like the rendered entry) leaks. */
function pick(source: Entry, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** One tool as the API publishes it: id, page URL, every schema field it has, its activity and CNCF facts when known. */
export function apiTool(tool: Entry, pageUrl: ApiInput['pageUrl'], activity?: Activity): CatalogApi['tools'][number] {
  const cncf = tool['cncf'];
  return {
    id: tool.id,
    url: pageUrl(`tools/${tool.id}/`),
    ...pick(tool, TOOL_FIELDS),
    ...(activity ? { activity } : {}),
    ...(cncf ? { cncf } : {}),
  } as CatalogApi['tools'][number];
}

export function buildCatalogApi(input: ApiInput): CatalogApi {
  const document = {
    version: input.version,
    buildDate: input.buildDate.toISOString(),
    tools: input.tools.map((tool) => apiTool(tool, input.pageUrl, input.activity?.get(tool.id))),
    categories: input.categories.map((category) => ({
      id: category.id,
      url: input.pageUrl(`categories/${category.id}/`),
      ...pick(category, CATEGORY_FIELDS),
    })),
    tags: input.tags.map(({ id, description }) => ({ id, description })),
  };
  // The entries were validated by the content collections; tests/dist checks the result against the JSON Schema.
  return document as CatalogApi;
}

/** The build time: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds; otherwise now. */
export function buildTime(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const raw = env['SOURCE_DATE_EPOCH'];
  const seconds = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  return Number.isFinite(seconds) ? new Date(seconds * 1000) : new Date();
}
