import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  DEFAULT_STATE,
  facetCounts,
  parseFilterState,
  serializeFilterState,
  type FilterableTool,
  type FilterState,
} from '../../src/lib/filter/filter.ts';
import { tagLabel } from '../../src/lib/catalog/tag-label.ts';

const tool = (id: string, overrides: Partial<FilterableTool> = {}): FilterableTool => ({
  id,
  name: id.charAt(0).toUpperCase() + id.slice(1),
  status: 'active',
  licenseFamily: 'permissive',
  languages: ['Go'],
  tags: [],
  added: '2026-01-01',
  ...overrides,
});

const tools = [
  tool('alpha', { status: 'archived', firstRelease: 2014, added: '2026-03-01' }),
  tool('bravo', { status: 'maintained', licenseFamily: 'copyleft', languages: ['C'], tags: ['runtime'], firstRelease: 2019 }),
  tool('charlie', { status: 'deprecated', tags: ['runtime', 'build'], added: '2026-05-01' }),
  tool('delta', { licenseFamily: 'source-available', languages: ['Go', 'Rust'], firstRelease: 2010 }),
];
const state = (overrides: Partial<FilterState>): FilterState => ({ ...DEFAULT_STATE, ...overrides });
const ids = (list: FilterableTool[]): string[] => list.map((item) => item.id);
const known = { languages: ['Go', 'C', 'Rust'], tags: ['runtime', 'build'], licenses: ['permissive', 'copyleft', 'source-available'] };

describe('applyFilters', () => {
  it('shows everything A–Z by default', () => {
    expect(ids(applyFilters(tools, DEFAULT_STATE))).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
  });

  it('treats "live" as active or maintained', () => {
    expect(ids(applyFilters(tools, state({ status: 'live' })))).toEqual(['bravo', 'delta']);
    expect(ids(applyFilters(tools, state({ status: 'archived' })))).toEqual(['alpha']);
  });

  it('combines facets with AND', () => {
    expect(ids(applyFilters(tools, state({ language: 'Go', tag: 'runtime' })))).toEqual(['charlie']);
    expect(ids(applyFilters(tools, state({ license: 'copyleft', language: 'Go' })))).toEqual([]);
  });

  it('sorts by date added, newest first, then by name', () => {
    expect(ids(applyFilters(tools, state({ sort: 'added' })))).toEqual(['charlie', 'alpha', 'bravo', 'delta']);
  });

  it('sorts by first release, oldest first, unknown last', () => {
    expect(ids(applyFilters(tools, state({ sort: 'first-release' })))).toEqual(['delta', 'alpha', 'bravo', 'charlie']);
  });
});

describe('facetCounts', () => {
  it('counts each option under the other facets only', () => {
    const counts = facetCounts(tools, state({ status: 'archived', language: 'Go' }), 'status', ['all', 'live', 'archived', 'defunct']);
    expect(Object.fromEntries(counts)).toEqual({ all: 3, live: 1, archived: 1, defunct: 0 });
  });
});

describe('the URL query', () => {
  it('round-trips a state and leaves defaults out', () => {
    const chosen = state({ status: 'live', sort: 'added', tag: 'runtime' });
    const query = serializeFilterState(chosen);
    expect(query).toBe('?status=live&tag=runtime&sort=added');
    expect(parseFilterState(new URLSearchParams(query), known)).toEqual(chosen);
    expect(serializeFilterState(DEFAULT_STATE)).toBe('');
  });

  it('ignores unknown and hostile values', () => {
    const parsed = parseFilterState(new URLSearchParams('status=<script>&sort=evil&language=Cobol&license=free&tag='), known);
    expect(parsed).toEqual(DEFAULT_STATE);
  });

  it('ignores a status the page does not offer', () => {
    expect(parseFilterState(new URLSearchParams('status=defunct'), { ...known, statuses: ['all', 'live', 'active'] }).status).toBe('all');
  });
});

describe('tagLabel', () => {
  it.each([
    ['web-ui', 'Web UI'],
    ['ebpf', 'eBPF'],
    ['local-development', 'Local development'],
    ['cni', 'CNI'],
    ['api-gateway', 'API gateway'],
    ['gitops', 'GitOps'],
    ['cloud-foundry', 'Cloud Foundry'],
  ])('%s → %s', (id, label) => {
    expect(tagLabel(id)).toBe(label);
  });
});
