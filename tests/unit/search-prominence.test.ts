// Ties between equally good matches go to the more prominent tool: stars where
// content/activity.json has them, else how many entries point to the tool.
import { describe, expect, it } from 'vitest';
import { buildIndex, search } from '../../src/lib/search/engine.ts';
import { packSearchData, PackingError, unpackSearchIndex } from '../../src/lib/search/packing.ts';
import { toSearchData, type ToolSource } from '../../src/lib/search/projection.ts';
import { prominence, referenceCounts } from '../../src/lib/search/prominence.ts';

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

describe('prominence', () => {
  it('ranks any star count above any reference count, and more above fewer', () => {
    expect(prominence(0, 0)).toBeGreaterThan(prominence(undefined, 50));
    expect(prominence(100_000, 0)).toBeGreaterThan(prominence(4_000, 0));
    expect(prominence(undefined, 3)).toBeGreaterThan(prominence(undefined, 1));
  });

  it('counts each entry referring to a tool once, by link or by name, never itself', () => {
    const counts = referenceCounts([
      { id: 'a', name: 'A', successors: ['k'], alternatives: ['k', 'n'], text: 'Kay and Kay again.' },
      { id: 'b', name: 'B', successors: [], alternatives: [], text: 'Runs beside Kay.' },
      { id: 'k', name: 'Kay', successors: [], alternatives: ['k'], text: 'Kay is Kay.' },
      { id: 'n', name: 'En', successors: [], alternatives: [] },
    ]);
    expect(Object.fromEntries(counts)).toEqual({ k: 2, n: 1 });
  });
});

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

  it('an entry that mentions a tool by name in its text counts as a reference', () => {
    const grafana = [
      tool('grafana', 'Grafana'),
      tool('grafana-loki', 'Grafana Loki', { alternatives: ['elk'] }),
      tool('elk', 'ELK', { alternatives: ['grafana-loki'] }),
      tool('tempo', 'Tempo', { body: 'Traces are viewed in Grafana next to logs.' }),
      tool('mimir', 'Mimir', { summary: 'Stores metrics that Grafana dashboards query.' }),
    ];
    expect(ids(toSearchData(grafana, categories), 'graf').slice(0, 2)).toEqual(['grafana', 'grafana-loki']);
  });

  it('matches mentioned names as written: a common word is not the tool of that name', () => {
    const kind = [
      tool('kind', 'kind'),
      tool('kindling', 'Kindling', { alternatives: ['x'] }),
      tool('x', 'X', { alternatives: ['kindling'] }),
    ];
    const mentions = [...kind, tool('y', 'Y', { body: 'A different kind of runtime, and the kind of thing Kindling does.' })];
    expect(ids(toSearchData(mentions, categories), 'kind')[0]).toBe('kind');
    expect(ids(toSearchData(mentions, categories), 'kin')[0]).toBe('kindling');
  });

  it('an owner/name alias never outranks a name, however prominent its tool', () => {
    const owners = [
      tool('helm', 'Helm'),
      tool('helmfile', 'helmfile', { aliases: ['helm/helmfile'], alternatives: ['a'] }),
      tool('a', 'A', { alternatives: ['helmfile'] }),
      tool('b', 'B', { alternatives: ['helmfile'] }),
    ];
    const stars = new Map([['helmfile', 5_000]]);
    expect(ids(toSearchData(owners, categories, stars), 'helm')[0]).toBe('helm');
    const paths = [tool('loki', 'Loki', { aliases: ['grafana/loki'] }), tool('grafana', 'Grafana')];
    expect(ids(toSearchData(paths, categories, new Map([['loki', 25_000]])), 'graf')).toEqual(['grafana', 'loki']);
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
