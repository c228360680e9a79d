import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../scripts/lib/front-matter.ts';
import { CATEGORY_IDS } from '../../src/schemas/ids.ts';
import { alternativesOf, countByCategory, oneSidedAlternatives, replacedTools, sortByName, type ToolLike } from '../../src/lib/catalog.ts';
import { readTags } from '../../src/lib/tags.ts';
import { MORE_GROUP_TAGS } from '../../src/lib/groups.ts';
import { loadTools } from '../support/real-catalog.ts';

const tools = loadTools() as unknown as ToolLike[];

describe('the catalog as a whole', () => {
  it('has at least 150 tools', () => {
    expect(tools.length).toBeGreaterThanOrEqual(150);
  });

  it.each(CATEGORY_IDS)('category %s has at least 15 tools', (category) => {
    expect(countByCategory(tools).get(category) ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('uses every tag at least twice and no undefined tag', () => {
    const defined = readTags(new URL('../../', import.meta.url)).map((tag) => tag.id);
    const uses = (tag: string) => tools.filter((tool) => tool.tags.includes(tag)).length;
    expect(defined.filter((tag) => uses(tag) < 2)).toEqual([]);
    expect(tools.flatMap((tool) => tool.tags).filter((tag) => !defined.includes(tag))).toEqual([]);
  });

  it('gives every tool of "More" one of the group tags', () => {
    const ungrouped = tools.filter((tool) => tool.categories.includes('more') && !tool.tags.some((tag) => (MORE_GROUP_TAGS as readonly string[]).includes(tag)));
    expect(ungrouped.map((tool) => tool.id)).toEqual([]);
  });

  it('describes every tool in 60 to 250 words', () => {
    const folder = new URL('../../content/tools/', import.meta.url);
    const outOfRange = readdirSync(folder).flatMap((name) => {
      const split = splitFrontMatter(readFileSync(new URL(name, folder), 'utf8'));
      const words = split.ok ? split.body.split(/\s+/).filter(Boolean).length : 0;
      return words >= 60 && words <= 250 ? [] : [`${name}: ${words} words`];
    });
    expect(outOfRange).toEqual([]);
  });

  it('lists alternatives on both sides', () => {
    expect(oneSidedAlternatives(tools)).toEqual([]);
  });
});

describe('relations', () => {
  const sample: ToolLike[] = [
    { id: 'old', name: 'Old', status: 'archived', categories: ['paas'], successors: ['new'], alternatives: ['other'], tags: [] },
    { id: 'new', name: 'New', status: 'active', categories: ['paas', 'more'], successors: [], alternatives: [], tags: [] },
    { id: 'other', name: 'other', status: 'active', categories: ['more'], successors: [], alternatives: [], tags: [] },
  ];

  it('finds the tools a tool replaces', () => {
    expect(replacedTools(sample, 'new').map((tool) => tool.id)).toEqual(['old']);
  });

  it('shows alternatives from either side', () => {
    expect(alternativesOf(sample, sample[2]!).map((tool) => tool.id)).toEqual(['old']);
    expect(oneSidedAlternatives(sample)).toEqual([['old', 'other']]);
  });

  it('counts tools in every category they belong to and sorts names case-insensitively', () => {
    expect(Object.fromEntries(countByCategory(sample))).toEqual({ paas: 2, more: 2 });
    expect(sortByName(sample).map((tool) => tool.name)).toEqual(['New', 'Old', 'other']);
  });
});
