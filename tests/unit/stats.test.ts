// The statistics page's data equals counts made directly from the catalog files, and each takeaway states it.
import { STATUSES } from '../../src/lib/status.ts';
import { describe, expect, it } from 'vitest';
import {
  catalogGrowth,
  growthTakeaway,
  languageTakeaway,
  licenseFamilies,
  licenseTakeaway,
  listWords,
  mainLanguages,
  releasesPerYear,
  releasesTakeaway,
  sourceAvailableTools,
  statusByCategory,
  statusBySubcategory,
  statusTakeaway,
  type StatsTool,
} from '../../src/lib/charts/stats.ts';
import { licenseFamily } from '../../src/lib/catalog/license.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';

const tools = loadTools() as unknown as StatsTool[];
const categories = loadCategories();
const countWhere = (predicate: (tool: StatsTool) => boolean): number => tools.filter(predicate).length;

describe('chart data equals counts from the catalog', () => {
  it('status by category: every cell counts the tools of that category with that status', () => {
    const data = statusByCategory(tools, categories);
    expect(data.map((datum) => datum.key)).toEqual(categories.map((category) => category.id));
    for (const datum of data) {
      expect(datum.total).toBe(countWhere((tool) => tool.categories.includes(datum.key)));
      for (const status of STATUSES) {
        expect(datum.parts[status]).toBe(countWhere((tool) => tool.categories.includes(datum.key) && tool.status === status));
      }
    }
  });

  it('licence families add up to the catalog, and source-available tools are named', () => {
    const data = licenseFamilies(tools);
    expect(data.reduce((sum, datum) => sum + datum.value, 0)).toBe(tools.length);
    for (const datum of data) expect(datum.value).toBe(countWhere((tool) => licenseFamily(tool.license) === datum.key));
    const moved = sourceAvailableTools(tools)
      .map((tool) => tool.id)
      .sort();
    // Source-available (PolyForm's noncommercial terms among them) unless an open licence can be chosen instead
    // (Elasticsearch added AGPL-3.0 beside SSPL and Elastic-2.0).
    const restrictive = /BUSL|SSPL|Elastic-|PolyForm-|LicenseRef-/;
    const expected = tools.filter(
      (tool) => restrictive.test(tool.license) && !tool.license.split(' OR ').some((choice) => !restrictive.test(choice)),
    );
    expect(moved).toEqual(expected.map((tool) => tool.id).sort());
    expect(moved).toEqual(expect.arrayContaining(['consul', 'nomad']));
    expect(moved).not.toContain('elasticsearch');
    expect(licenseTakeaway(data, sourceAvailableTools(tools))).toMatch(
      /; (\w[\w .-]*, )*Consul, .*Nomad.* are source-available in whole or in part\.$/,
    );
  });

  it('main languages count each tool once, by the first language it lists', () => {
    const data = mainLanguages(tools, 100);
    expect(data.reduce((sum, datum) => sum + datum.value, 0)).toBe(tools.length);
    const go = data.find((datum) => datum.key === 'Go');
    expect(go?.value).toBe(countWhere((tool) => tool.language?.[0] === 'Go'));
    const folded = mainLanguages(tools, 3);
    expect(folded.reduce((sum, datum) => sum + datum.value, 0)).toBe(tools.length);
    expect(folded.map((datum) => datum.key)).toContain('other');
  });

  it('first releases per year count every dated tool, with empty years as 0', () => {
    const data = releasesPerYear(tools);
    expect(data.reduce((sum, datum) => sum + datum.value, 0)).toBe(countWhere((tool) => tool.firstRelease !== undefined));
    for (const datum of data) expect(datum.value).toBe(countWhere((tool) => tool.firstRelease === Number(datum.key)));
    const years = data.map((datum) => Number(datum.key));
    expect(years).toEqual(years.map((_, index) => years[0]! + index));
  });

  it('growth ends at the size of the catalog', () => {
    const points = catalogGrowth(tools);
    expect(points.at(-1)?.total).toBe(tools.length);
    expect(points.reduce((sum, point) => sum + point.added, 0)).toBe(tools.length);
  });
});

describe('takeaways', () => {
  const make = (overrides: Partial<StatsTool>): StatsTool => ({
    id: 'x',
    name: 'X',
    status: 'active',
    categories: ['paas'],
    license: 'MIT',
    added: '2026-01-01',
    ...overrides,
  });

  it('name the category with the largest share of stopped tools', () => {
    const sample = [
      make({ id: 'a', categories: ['paas'], status: 'archived' }),
      make({ id: 'b', categories: ['paas'] }),
      make({ id: 'c', categories: ['networking'], status: 'defunct' }),
    ];
    const data = statusByCategory(sample, [
      { id: 'paas', title: 'PaaS' },
      { id: 'networking', title: 'Networking' },
    ]);
    expect(statusTakeaway(data)).toBe('Networking has the largest share of tools that are no longer active or maintained: 1 of 1 (100%).');
    expect(statusTakeaway(statusByCategory([make({})], [{ id: 'paas', title: 'PaaS' }]))).toBe(
      'Every tool in every category is still active or maintained.',
    );
  });

  it("count statuses per subcategory in the categories' order, leaving out empty ones and cutting long labels", () => {
    const sample = [
      { ...make({ id: 'a', status: 'archived' }), subcategory: 'cni-plugins' },
      { ...make({ id: 'b' }), subcategory: 'cni-plugins' },
      { ...make({ id: 'c' }), subcategory: 'functions' },
    ];
    const data = statusBySubcategory(sample, [
      {
        id: 'paas',
        subcategories: [
          { id: 'functions', title: 'Serverless and functions' },
          { id: 'empty', title: 'Empty' },
        ],
      },
      { id: 'networking', subcategories: [{ id: 'cni-plugins', title: 'The CNI spec, multiple networks and IPAM' }] },
    ]);
    expect(data.map((datum) => [datum.key, datum.label, datum.total, datum.parts.archived])).toEqual([
      ['functions', 'Serverless and functions', 1, 0],
      ['cni-plugins', 'The CNI spec, multiple networ…', 2, 1],
    ]);
  });

  it('say something sensible about an empty catalog', () => {
    expect(statusTakeaway([])).toMatch(/no tools/);
    expect(licenseTakeaway([], [])).toMatch(/no tools/);
    expect(languageTakeaway([])).toMatch(/No tool/);
    expect(releasesTakeaway([], 0)).toMatch(/No entry/);
    expect(growthTakeaway([])).toMatch(/no entries/);
  });

  it('describe growth over several days', () => {
    const points = catalogGrowth([
      make({ id: 'a', added: '2026-01-01' }),
      make({ id: 'b', added: '2026-02-01' }),
      make({ id: 'c', added: '2026-02-01' }),
    ]);
    expect(points).toEqual([
      { date: '2026-01-01', added: 1, total: 1 },
      { date: '2026-02-01', added: 2, total: 3 },
    ]);
    expect(growthTakeaway(points)).toBe(
      'The catalog grew from 1 entry on 2026-01-01 to 3 on 2026-02-01; the biggest day, 2026-02-01, added 2.',
    );
  });

  it('join names as a sentence', () => {
    expect(listWords(['A'])).toBe('A');
    expect(listWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
