// Relations between entries as pages show them. Rules about the real catalog are the validator's.
import { describe, expect, it } from 'vitest';
import { alternativesOf, countByCategory, oneSidedAlternatives, replacedTools, sortByName, type ToolLike } from '../../src/lib/catalog.ts';

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
