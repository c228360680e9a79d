import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { createPlainToolSchema } from '../../src/schemas/tool.ts';
import { categorySchema } from '../../src/schemas/category.ts';
import { CATEGORY_IDS } from '../../src/schemas/ids.ts';
import { readTags } from '../../src/lib/tags.ts';
import { checkEntryFile } from '../../scripts/lib/validate/entry.ts';
import { brokenReferences, type ToolLike } from '../../src/lib/catalog.ts';

const root = new URL('../../', import.meta.url);
const toolSchema = createPlainToolSchema(readTags(root).map((tag) => tag.id));

function parse(relativePath: string, schema: z.ZodType = toolSchema) {
  return checkEntryFile(relativePath, readFileSync(new URL(relativePath, root)), schema);
}

const toolFiles = readdirSync(new URL('content/tools/', root)).filter((name) => name.endsWith('.md'));
const tools = toolFiles.map((name) => parse(`content/tools/${name}`));

describe('the real catalog', () => {
  it('has entries', () => {
    expect(toolFiles.length).toBeGreaterThan(30);
  });

  it.each(toolFiles.map((name, index) => [name, tools[index]!] as const))('%s matches the schema', (_name, result) => {
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each(readdirSync(new URL('content/categories/', root)))('category %s matches the schema', (name) => {
    const result = parse(`content/categories/${name}`, categorySchema);
    expect(result.problems).toEqual([]);
  });

  it('has exactly the six stable categories', () => {
    const ids = readdirSync(new URL('content/categories/', root)).map((name) => name.replace(/\.md$/, ''));
    expect(ids.sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('resolves every successor and alternative to another entry', () => {
    const catalog: ToolLike[] = tools.flatMap((result) =>
      result.entry ? [{ ...(toolSchema.parse(result.entry.data) as Omit<ToolLike, 'id'>), id: result.entry.id }] : [],
    );
    expect(brokenReferences(catalog)).toEqual([]);
  });
});

describe('broken entries', () => {
  const cases: Array<[fixture: string, field: string, message: RegExp]> = [
    ['missing-name', 'name', /is required/],
    ['bad-status', 'status', /"retired" is not allowed/],
    ['bad-category', 'categories[0]', /"pass" is not allowed/],
    ['bad-license', 'license', /not an SPDX licence expression/],
    ['deprecated-license', 'license', /deprecated SPDX id/],
    ['http-website', 'website', /is not an https URL/],
    ['javascript-website', 'website', /must not be a script or data URL/],
    ['unknown-field', 'homepage', /is not a known field/],
    ['missing-status-note', 'statusNote', /is required when status is archived/],
    ['short-summary', 'summary', /at least 20 characters/],
    ['bad-date', 'verified', /YYYY-MM-DD/],
    ['wrong-type', 'language', /must be a list/],
    ['bad-tag', 'tags[0]', /"kubernets" is not allowed/],
  ];

  it('accepts the valid fixture', () => {
    expect(parse('tests/fixtures/schema/valid-minimal.md').problems).toEqual([]);
  });

  it.each(cases)('%s is rejected at the field %s', (fixture, field, message) => {
    const result = parse(`tests/fixtures/schema/${fixture}.md`);
    expect(result.valid).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.field).toBe(field);
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('suggests the closest category', () => {
    expect(parse('tests/fixtures/schema/bad-category.md').problems[0]?.hint).toBe('did you mean `paas`?');
  });

  it('suggests the closest tag', () => {
    expect(parse('tests/fixtures/schema/bad-tag.md').problems[0]?.hint).toBe('did you mean `kubernetes`?');
  });
});
