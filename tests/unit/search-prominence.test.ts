// Ties between equally good matches go to the more prominent tool: stars where
// content/activity.json has them, else how many entries point to the tool.
import { describe, expect, it } from 'vitest';
import { buildIndex, search } from '../../src/lib/search/engine.ts';
import { packSearchData, PackingError, unpackSearchIndex } from '../../src/lib/search/packing.ts';
import { toSearchData, type ToolSource } from '../../src/lib/search/projection.ts';

const tool = (id: string, name: string, extra: Partial<ToolSource> = {}): ToolSource => ({
  id,
  name,
  summary: `${name} does something useful for containers.`,
  categories: ['orchestration'],
  status: 'active',
  ...extra,
});
const categories = [{ id: 'orchestration', title: 'Orchestration' }];
const ids = (data: ReturnType<typeof toSearchData>, query: string): string[] =>
  search(buildIndex(data), query).hits.map((hit) => hit.record.id);

describe('prominence in search', () => {
  const tools = [tool('kubero', 'Kubero'), tool('kubernetes', 'Kubernetes'), tool('kubeapps', 'Kubeapps')];

  it('without data, a shorter name wins a prefix tie', () => {
    expect(ids(toSearchData(tools, categories), 'kube')[0]).toBe('kubero');
  });

  it('stars break the tie: kuber finds Kubernetes before Kubero', () => {
    const stars = new Map([
      ['kubernetes', 118_000],
      ['kubero', 4_000],
    ]);
    expect(ids(toSearchData(tools, categories, stars), 'kuber').slice(0, 2)).toEqual(['kubernetes', 'kubero']);
  });

  it('without stars, references from other entries break the tie', () => {
    const pointing = [
      ...tools,
      tool('nomad', 'Nomad', { alternatives: ['kubernetes'] }),
      tool('mesos', 'Mesos', { successors: ['kubernetes'] }),
    ];
    expect(ids(toSearchData(pointing, categories), 'kuber')[0]).toBe('kubernetes');
  });

  it('a tool with stars outranks one known only by references', () => {
    const pointing = [
      ...tools,
      tool('nomad', 'Nomad', { alternatives: ['kubernetes', 'kubero'] }),
      tool('mesos', 'Mesos', { successors: ['kubernetes'] }),
    ];
    expect(ids(toSearchData(pointing, categories, new Map([['kubero', 10]])), 'kuber')[0]).toBe('kubero');
  });

  it('never lifts a worse match over a better one', () => {
    const stars = new Map([['kubernetes', 118_000]]);
    expect(ids(toSearchData(tools, categories, stars), 'kubero')[0]).toBe('kubero');
  });

  it('travels through the packed search file', () => {
    const data = toSearchData(tools, categories, new Map([['kubernetes', 118_000]]));
    const { index } = packSearchData(data, () => 'key');
    const unpacked = unpackSearchIndex(JSON.parse(JSON.stringify(index)));
    expect(unpacked.data.tools.find((record) => record.id === 'kubernetes')?.prominence).toBeGreaterThan(100);
    expect(unpacked.data.tools.find((record) => record.id === 'kubero')?.prominence).toBeUndefined();
    expect(() => unpackSearchIndex({ ...index, prominence: [1] })).toThrow(PackingError);
    expect(() => unpackSearchIndex({ ...index, prominence: index.prominence.map(() => -1) })).toThrow(PackingError);
  });
});
