// Relations between entries as pages show them. Rules about the real catalog are the validator's.
import { describe, expect, it } from 'vitest';
import { countByCategory, indexCatalog, sortByName, type ToolLike } from '../../src/lib/catalog/catalog.ts';

describe('relations', () => {
  const sample: ToolLike[] = [
    { id: 'old', name: 'Old', status: 'archived', categories: ['paas'], successors: ['new'], alternatives: ['other'], tags: [] },
    { id: 'new', name: 'New', status: 'active', categories: ['paas', 'more'], successors: [], alternatives: [], tags: [] },
    { id: 'other', name: 'other', status: 'active', categories: ['more'], successors: [], alternatives: [], tags: [] },
  ];

  const index = indexCatalog(sample);
  const ids = (tools: readonly ToolLike[] | undefined): string[] => (tools ?? []).map((tool) => tool.id);

  it('finds the tools a tool replaces', () => {
    expect(ids(index.replaces.get('new'))).toEqual(['old']);
    expect(index.replaces.get('old')).toBeUndefined();
  });

  it('shows alternatives from either side, sorted by name', () => {
    expect(ids(index.alternatives.get('other'))).toEqual(['old']);
    expect(ids(index.alternatives.get('old'))).toEqual(['other']);
  });

  it('lists each category and tag A–Z', () => {
    expect(ids(index.byCategory.get('more'))).toEqual(['new', 'other']);
    expect(ids(index.byCategory.get('paas'))).toEqual(['new', 'old']);
  });

  it('counts tools in every category they belong to and sorts names case-insensitively', () => {
    expect(Object.fromEntries(countByCategory(sample))).toEqual({ paas: 2, more: 2 });
    expect(sortByName(sample).map((tool) => tool.name)).toEqual(['New', 'Old', 'other']);
  });
});
