// The activity sorts of category and tag pages: most stars, latest activity; unknown always last.
import { describe, expect, it } from 'vitest';
import { applyFilters, DEFAULT_STATE, parseFilterState, serializeFilterState, type FilterableTool } from '../../src/lib/filter/filter.ts';

const tool = (id: string, overrides: Partial<FilterableTool> = {}): FilterableTool => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  status: 'active',
  licenseFamily: 'permissive',
  languages: [],
  tags: [],
  added: '2026-01-01',
  ...overrides,
});
const tools = [
  tool('alpha', { stars: 10, lastActivity: '2024-01-01' }),
  tool('bravo'),
  tool('charlie', { stars: 0, lastActivity: '2026-05-01' }),
  tool('delta', { stars: 5000 }),
  tool('echo', { lastActivity: '2025-02-02' }),
];
const ids = (list: FilterableTool[]): string[] => list.map((item) => item.id);

describe('activity sorts', () => {
  it('sorts by stars, most first; zero stars before unknown', () => {
    expect(ids(applyFilters(tools, { ...DEFAULT_STATE, sort: 'stars' }))).toEqual(['delta', 'alpha', 'charlie', 'bravo', 'echo']);
  });

  it('sorts by latest activity, newest first, unknown last', () => {
    expect(ids(applyFilters(tools, { ...DEFAULT_STATE, sort: 'activity' }))).toEqual(['charlie', 'echo', 'alpha', 'bravo', 'delta']);
  });

  it('keeps the sort in the URL and reads it back', () => {
    const known = { languages: [], tags: [], licenses: [] };
    expect(serializeFilterState({ ...DEFAULT_STATE, sort: 'stars' })).toBe('?sort=stars');
    expect(parseFilterState(new URLSearchParams('sort=activity'), known).sort).toBe('activity');
  });
});
