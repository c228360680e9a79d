import { LIVE_STATUSES, STATUSES, isLive } from '../../src/lib/status.ts';
import { describe, expect, it } from 'vitest';
import { toSearchData, toSearchRecord } from '../../src/lib/search/projection.ts';
import { loadCategories, loadTools, type TestTool } from '../support/real-catalog.ts';

const tools = loadTools();
const categories = loadCategories();
const asSource = (tool: TestTool) => ({ ...tool, status: tool.status as (typeof STATUSES)[number] });

describe('toSearchRecord', () => {
  it('keeps only what search matches on or a result shows', () => {
    const record = toSearchRecord({
      id: 'serf',
      name: 'Serf',
      aliases: ['Surf'],
      tags: ['gossip'],
      summary: 'Decentralized agent that tracks cluster membership.',
      categories: ['more', 'service-discovery'],
      status: 'maintained',
    });
    expect(record).toEqual({
      id: 'serf',
      name: 'Serf',
      aliases: ['Surf'],
      tags: ['gossip'],
      summary: 'Decentralized agent that tracks cluster membership.',
      category: 'more',
      status: 'maintained',
    });
  });

  it('leaves out empty alias and tag lists', () => {
    const record = toSearchRecord({
      id: 'x',
      name: 'X',
      aliases: [],
      summary: 'Something that does things.',
      categories: ['more'],
      status: 'active',
    });
    expect(Object.keys(record).sort()).toEqual(['category', 'id', 'name', 'status', 'summary']);
  });
});

describe('toSearchData over the real catalog', () => {
  const data = toSearchData(tools.map(asSource), categories);

  it('has every tool once, sorted A–Z by name', () => {
    expect(data.tools.map((tool) => tool.id).sort()).toEqual(tools.map((tool) => tool.id).sort());
    const names = data.tools.map((tool) => tool.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('maps every category id to its title', () => {
    expect(data.categories).toEqual(Object.fromEntries(categories.map((category) => [category.id, category.title])));
    for (const tool of data.tools) expect(data.categories[tool.category], tool.id).toBeDefined();
  });

  it('carries no field beyond the projection', () => {
    const allowed = new Set(['id', 'name', 'aliases', 'tags', 'summary', 'category', 'status', 'prominence']);
    for (const tool of data.tools)
      expect(
        Object.keys(tool).filter((key) => !allowed.has(key)),
        tool.id,
      ).toEqual([]);
  });
});

describe('isLive, which search ranks by', () => {
  it('agrees with LIVE_STATUSES for every status', () => {
    for (const status of STATUSES) expect(isLive(status), status).toBe(LIVE_STATUSES.includes(status));
  });
});
