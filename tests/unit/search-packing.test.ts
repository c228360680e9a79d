import type { Status } from '../../src/lib/status.ts';
import { describe, expect, it } from 'vitest';
import { buildIndex, search } from '../../src/lib/search/engine.ts';
import { toolIdFromName } from '../../src/lib/catalog/catalog.ts';
import { addSummaries, packSearchData, PackingError, unpackSearchIndex, type PackedIndex } from '../../src/lib/search/packing.ts';
import { toSearchData, type SearchData } from '../../src/lib/search/projection.ts';
import { syntheticCatalog } from '../support/synthetic-catalog.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';

/** A stand-in for the build's SHA-256: stable, and different for different texts. */
const hash = (text: string): string =>
  `${text.length.toString(16)}-${[...text].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7).toString(16)}`;
const realData = toSearchData(
  loadTools().map((tool) => ({ ...tool, status: tool.status as Status })),
  loadCategories(),
);
/** What goes over the wire: each file as JSON text, parsed again as the browser would. */
const roundTrip = (data: SearchData) => {
  const files = packSearchData(data, hash);
  const index: unknown = JSON.parse(JSON.stringify(files.index));
  const summaries: unknown = JSON.parse(JSON.stringify(files.summaries));
  return { files, index, summaries };
};
/** The packed files keep tags A–Z, as the projection does; the synthetic catalog does not sort them. */
const tagsSorted = (data: SearchData): SearchData => ({
  ...data,
  tools: data.tools.map((tool) => (tool.tags ? { ...tool, tags: [...tool.tags].sort() } : tool)),
});
const withoutSummaries = (data: SearchData): SearchData => ({
  ...data,
  tools: tagsSorted(data).tools.map((tool) => ({ ...tool, summary: '' })),
});

describe('toolIdFromName, from which ids need not be stored', () => {
  it.each([
    ['Argo CD', 'argo-cd'],
    ['etcd', 'etcd'],
    ['kube-router', 'kube-router'],
    ['Docker Compose (v2)', 'docker-compose-v2'],
    ['Flüentd', 'fluentd'],
    ['  --Odd__Name--  ', 'odd-name'],
  ])('%s → %s', (name, id) => expect(toolIdFromName(name)).toBe(id));
});

describe.each([
  ['the real catalog', realData],
  ['a synthetic catalog of 1,000 tools', syntheticCatalog(1000)],
])('packing %s', (_, data) => {
  const { files, index, summaries } = roundTrip(data);

  it('unpacks to the same records, with summaries empty until they arrive', () => {
    const unpacked = unpackSearchIndex(index);
    expect(unpacked.key).toBe(files.index.key);
    expect(unpacked.data).toEqual(withoutSummaries(data));
  });

  it('restores every summary from the summaries file of the same build', () => {
    const { key, data: core } = unpackSearchIndex(index);
    expect(addSummaries(core, key, summaries)).toEqual(tagsSorted(data));
  });

  it('keeps summaries out of the search data', () => {
    const text = JSON.stringify(files.index);
    for (const tool of data.tools.slice(0, 50)) expect(text).not.toContain(tool.summary);
  });
});

describe('packing the real catalog', () => {
  const { files } = roundTrip(realData);

  it('stores an id only where it is not the name in kebab case', () => {
    const stored = Object.values(files.index.ids);
    expect(stored).toContain('docker-swarm'); // "Classic Swarm"
    expect(stored).not.toContain('etcd');
    for (const [position, id] of Object.entries(files.index.ids))
      expect(toolIdFromName(realData.tools[Number(position)]!.name)).not.toBe(id);
  });

  it('gives both files the same key, which changes with any change to the catalog', () => {
    expect(files.summaries.key).toBe(files.index.key);
    const renamed = {
      ...realData,
      tools: realData.tools.map((tool, position) => (position === 0 ? { ...tool, summary: `${tool.summary} ` } : tool)),
    };
    expect(packSearchData(renamed, hash).index.key).not.toBe(files.index.key);
  });

  it('refuses a tool with a category or status the lists do not know', () => {
    const stray = { ...realData, tools: [{ ...realData.tools[0]!, category: 'nowhere' }] };
    expect(() => packSearchData(stray, hash)).toThrow(`${realData.tools[0]!.id}: unknown category "nowhere"`);
  });
});

describe('unpacking a file that is not what the build wrote', () => {
  const { files, summaries } = roundTrip(realData);
  const spoilt = (change: Partial<Record<keyof PackedIndex, unknown>>): unknown => ({ ...files.index, ...change });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'search data: not a JSON object'],
    ['another format', spoilt({ format: 99 }), 'search data: format 99, expected 2'],
    ['no key', spoilt({ key: undefined }), 'search data: no key'],
    ['a missing alias list', spoilt({ aliases: files.index.aliases.slice(1) }), 'search data: aliases must hold one list per tool'],
    [
      'a tag code out of range',
      spoilt({ tagCodes: [[999], ...files.index.tagCodes.slice(1)] }),
      'search data: tagCodes must hold one list of tag positions per tool',
    ],
    ['an unknown status', spoilt({ statuses: ['thriving'] }), 'search data: unknown status in statuses'],
    [
      'a status code out of range',
      spoilt({ statusCodes: files.index.statusCodes.map(() => 42) }),
      'search data: statusCodes must hold one status position per tool',
    ],
    ['a category that is not a pair', spoilt({ categories: [['paas']] }), 'search data: categories must be [id, title] pairs'],
    ['an id for a tool that does not exist', spoilt({ ids: { 9999: 'ghost' } }), 'search data: ids must map tool positions to ids'],
  ])('%s', (_, file, message) => {
    expect(() => unpackSearchIndex(file)).toThrow(new PackingError(message));
  });

  it('summaries of another build', () => {
    const { data } = unpackSearchIndex(files.index);
    expect(() => addSummaries(data, 'another-key', summaries)).toThrow('summaries: from another build than the search data');
  });

  it('summaries for fewer tools', () => {
    const { key, data } = unpackSearchIndex(files.index);
    const short = { ...files.summaries, summaries: files.summaries.summaries.slice(1) };
    expect(() => addSummaries(data, key, short)).toThrow('summaries: must hold one summary per tool');
  });
});

describe('search before the summaries arrive', () => {
  const { data: core } = unpackSearchIndex(roundTrip(realData).index);
  const index = buildIndex(core);
  const first = (query: string): string | undefined => search(index, query).hits[0]?.record.id;

  it('finds tools by name, alias, typo and tag', () => {
    expect(first('dokku')).toBe('dokku');
    expect(first('k8s')).toBe('kubernetes');
    expect(first('promethus')).toBe('prometheus');
    expect(search(index, 'service-mesh').total).toBeGreaterThan(2);
  });

  it('finds summary words only once the summaries are in', () => {
    // "Consensus" appears in summaries only (etcd …), not in any name, alias or tag, nor close to one.
    expect(realData.tools.some((tool) => /\bconsensus\b/i.test(tool.summary))).toBe(true);
    expect(search(index, 'consensus').total).toBe(0);
    const full = buildIndex(realData);
    expect(search(full, 'consensus').total).toBeGreaterThan(0);
  });
});
