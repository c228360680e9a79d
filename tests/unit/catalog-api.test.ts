import { describe, expect, it } from 'vitest';
import { buildCatalogApi, buildTime } from '../../src/lib/catalog/api-records.ts';
import { readTags } from '../../src/lib/catalog/tags.ts';
import { catalogJsonSchema, createCatalogApiSchema } from '../../src/schemas/catalog-api.ts';
import { createPlainToolSchema } from '../../src/schemas/tool.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';
import { compileJsonSchema } from '../support/json-schema.ts';

const tags = readTags(new URL('../../', import.meta.url));
const pageUrl = (path: string): string => `https://example.org/atlas/${path}`;

describe('buildCatalogApi', () => {
  const tool = {
    id: 'etcd',
    name: 'etcd',
    summary: 'A distributed key-value store for the most critical data of a distributed system.',
    categories: ['service-discovery'],
    subcategory: 'key-value-stores',
    website: 'https://etcd.io/',
    license: 'Apache-2.0',
    status: 'active',
    successors: [],
    alternatives: [],
    aliases: [],
    tags: [],
    sources: [],
    added: '2026-01-01',
    verified: '2026-01-02',
    language: undefined,
    entry: { body: 'internal' },
  };
  const document = buildCatalogApi({
    tools: [tool],
    categories: [{ id: 'paas', title: 'PaaS', order: 1, summary: 'Platforms that deploy applications.', entry: {} }],
    tags: [{ id: 'kubernetes', description: 'Runs on or extends Kubernetes.' }],
    version: '1.2.3',
    buildDate: new Date('2026-05-01T12:00:00Z'),
    pageUrl,
  });

  it('publishes the schema fields with id and page URL, and nothing internal', () => {
    expect(document.tools[0]).toEqual({
      id: 'etcd',
      url: 'https://example.org/atlas/tools/etcd/',
      ...Object.fromEntries(Object.entries(tool).filter(([key, value]) => key !== 'entry' && key !== 'id' && value !== undefined)),
    });
    expect(document.categories[0]).toEqual({
      id: 'paas',
      url: 'https://example.org/atlas/categories/paas/',
      title: 'PaaS',
      order: 1,
      summary: 'Platforms that deploy applications.',
    });
    expect(document.version).toBe('1.2.3');
    expect(document.buildDate).toBe('2026-05-01T12:00:00.000Z');
  });

  it('validates against its own schema', () => {
    expect(createCatalogApiSchema(['kubernetes']).safeParse(document).success).toBe(true);
  });

  it('publishes the CNCF facts of a CNCF project, and none for other tools', () => {
    const cncf = { name: 'etcd', maturity: 'graduated', matchedBy: 'repository', accepted: '2018-12-11', graduated: '2020-11-24' } as const;
    const withFacts = buildCatalogApi({
      tools: [
        { ...tool, cncf },
        { ...tool, id: 'other', name: 'Other', cncf: undefined },
      ],
      categories: [],
      tags: [],
      version: '1.2.3',
      buildDate: new Date('2026-05-01T12:00:00Z'),
      pageUrl,
    });
    expect(withFacts.tools[0]?.cncf).toEqual(cncf);
    expect(withFacts.tools[1]).not.toHaveProperty('cncf');
    expect(createCatalogApiSchema(['kubernetes']).safeParse(withFacts).success).toBe(true);
  });
});

describe('the generated JSON Schema', () => {
  const tagIds = tags.map((tag) => tag.id);
  const schema = catalogJsonSchema(tagIds, 'https://example.org/api/schema.json');
  const document = buildCatalogApi({
    tools: loadTools() as unknown as Array<{ id: string } & Record<string, unknown>>,
    categories: loadCategories() as unknown as Array<{ id: string } & Record<string, unknown>>,
    tags,
    version: '0.0.0',
    buildDate: new Date(),
    pageUrl,
  });
  const validate = compileJsonSchema(schema);

  it('accepts the real catalog as the API publishes it', () => {
    expect(validate(document), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('requires a statusNote and a statusSince for every status but active, exactly as the zod refinement does', () => {
    const toolSchema = createPlainToolSchema(tagIds);
    const active = document.tools.find((tool) => tool.status === 'active')!;
    const archived = document.tools.find((tool) => tool.status === 'archived')!;
    const cases: Array<[string, Record<string, unknown>, boolean]> = [
      ['an active tool without a note', { ...active, statusNote: undefined }, true],
      ['an active tool with a note', { ...active, statusNote: 'Still released every month in 2026.' }, true],
      ['an archived tool with its note', archived, true],
      ['an archived tool without a note', { ...archived, statusNote: undefined }, false],
      ['an archived tool without its start', { ...archived, statusSince: undefined }, false],
      ['an active tool without a start', { ...active, statusSince: undefined }, true],
    ];
    for (const [label, tool, valid] of cases) {
      // Through JSON, as a client reads the API: an undefined note is no note at all.
      const candidate = JSON.parse(JSON.stringify({ ...document, tools: [tool] })) as { tools: Array<Record<string, unknown>> };
      expect(validate(candidate), `JSON Schema: ${label}`).toBe(valid);
      const { id: _id, url: _url, ...fields } = candidate.tools[0]!;
      expect(toolSchema.safeParse(fields).success, `zod: ${label}`).toBe(valid);
    }
  });

  it('carries the field descriptions and forbids unknown fields', () => {
    const tool = (
      schema as {
        properties: {
          tools: { items: { properties: Record<string, { description?: string }>; additionalProperties: unknown; required: string[] } };
        };
      }
    ).properties.tools.items;
    expect(tool.properties['license']?.description).toMatch(/SPDX/);
    expect(tool.additionalProperties).toBe(false);
    expect(tool.required).toEqual(expect.arrayContaining(['id', 'url', 'name', 'summary', 'status', 'added', 'verified']));
    expect(schema['$id']).toBe('https://example.org/api/schema.json');
  });
});

describe('buildTime', () => {
  it('uses SOURCE_DATE_EPOCH when set, for reproducible builds', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });

  it('falls back to now', () => {
    const before = Date.now();
    const time = buildTime({}).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(buildTime({ SOURCE_DATE_EPOCH: 'soon' }).getTime()).toBeGreaterThanOrEqual(before);
  });
});
