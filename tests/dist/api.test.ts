// /api/tools.json is the whole catalog and validates against /api/schema.json (ajv, JSON Schema 2020-12).
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { loadCategories, loadTools } from '../support/real-catalog.ts';
import { compileJsonSchema } from '../support/json-schema.ts';
import { assertBuilt, basePath, readDist } from '../support/dist.ts';
import { siteConfig } from '../../site.config.mjs';

assertBuilt();
const schema = JSON.parse(readDist('api/schema.json')) as Record<string, unknown>;
const catalog = JSON.parse(readDist('api/tools.json')) as {
  version: string;
  buildDate: string;
  tools: Array<Record<string, unknown> & { id: string; url: string }>;
  categories: Array<{ id: string; url: string }>;
  tags: Array<{ id: string }>;
};

describe('the JSON API', () => {
  it('tools.json validates against schema.json', () => {
    const validate = compileJsonSchema(schema);
    const valid = validate(catalog);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('schema.json rejects a document that breaks the data model', () => {
    const validate = compileJsonSchema(schema);
    const broken = structuredClone(catalog);
    // A tool that has a status note, so the unknown status is its only fault.
    const withNote = broken.tools.findIndex((tool) => typeof tool['statusNote'] === 'string');
    const archived = broken.tools.findIndex((tool, position) => position > 3 && position !== withNote && tool['status'] === 'archived');
    const plain = [0, 1, 2, 3].filter((position) => position !== withNote);
    broken.tools[withNote]!['status'] = 'retired';
    broken.tools[plain[0]!]!['website'] = 42;
    delete broken.tools[plain[1]!]!['name'];
    broken.tools[plain[2]!]!['homepage'] = 'https://example.org/';
    delete broken.tools[archived]!['statusNote'];
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`).sort()).toEqual(
      [
        `/tools/${withNote}/status enum`,
        `/tools/${plain[0]}/website type`,
        `/tools/${plain[1]} required`,
        `/tools/${plain[2]} additionalProperties`,
        // statusNote is required unless the tool is active: the "else" of an if/else.
        `/tools/${archived} if`,
        `/tools/${archived} required`,
      ].sort(),
    );
  });

  it('schema.json is a 2020-12 schema with the field descriptions of the data model', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(new URL(`${basePath}api/schema.json`, siteConfig.siteUrl).href);
    const toolProperties = (schema as { properties: { tools: { items: { properties: Record<string, { description?: string }> } } } }).properties.tools.items.properties;
    expect(toolProperties['summary']?.description).toMatch(/one sentence/i);
    expect(toolProperties['status']?.description).toBeTruthy();
  });

  it('tools.json holds every tool with all its fields, the categories, tags, version and build date', () => {
    const tools = loadTools();
    expect(catalog.tools.map((tool) => tool.id).sort()).toEqual(tools.map((tool) => tool.id).sort());
    for (const source of tools) {
      const published = catalog.tools.find((tool) => tool.id === source.id)!;
      const { id: _id, ...fields } = source as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(fields)) expect(published[field], `${source.id}.${field}`).toEqual(value);
      expect(published.url).toBe(new URL(`${basePath}tools/${source.id}/`, siteConfig.siteUrl).href);
    }
    expect(catalog.categories.map((category) => category.id)).toEqual(loadCategories().map((category) => category.id));
    expect(catalog.tags.length).toBeGreaterThan(0);
    expect(catalog.version).toBe(pkg.version);
    expect(new Date(catalog.buildDate).toISOString()).toBe(catalog.buildDate);
  });
});
