// The map's markup: each tool exactly once, escaped, at most 3 elements per tool; the CSS status symbols
// match the shared list.
import { STATUSES, STATUS_SYMBOLS } from '../../src/lib/status.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml, mapSections, statusCounts, tilesHtml, type MapTool } from '../../src/lib/charts/catalog-map.ts';
import { syntheticCatalog } from '../support/synthetic-catalog.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';

const categories = loadCategories();
const url = (id: string): string => `/tools/${id}/`;
const render = (tools: readonly MapTool[]): string =>
  mapSections(tools, categories)
    .flatMap((section) => section.groups.map((group) => tilesHtml(group.tools, url)))
    .join('');

describe('map sections', () => {
  it('place every real tool exactly once, under its primary category', () => {
    const tools = loadTools() as unknown as MapTool[];
    const sections = mapSections(tools, categories);
    const placed = sections.flatMap((section) =>
      section.groups.flatMap((group) => group.tools.map((tool) => [section.categoryId, tool.id])),
    );
    expect(placed.map(([, id]) => id).sort()).toEqual(tools.map((tool) => tool.id).sort());
    for (const [category, id] of placed) expect(tools.find((tool) => tool.id === id)?.categories[0]).toBe(category);
    expect(sections.find((section) => section.categoryId === 'more')?.groups.length).toBeGreaterThan(1);
    // Groups are the subcategories, in the category's order.
    const networking = sections.find((section) => section.categoryId === 'networking')!;
    expect(networking.groups.map((group) => group.id)).toEqual(
      categories
        .find((category) => category.id === 'networking')!
        .subcategories.map((sub) => sub.id)
        .filter((id) => networking.groups.some((group) => group.id === id)),
    );
    for (const group of networking.groups) for (const tool of group.tools) expect((tool as MapTool).subcategory).toBe(group.id);
  });

  it('count statuses for the legend', () => {
    const tools = loadTools() as unknown as MapTool[];
    const counts = statusCounts(tools);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(tools.length);
  });
});

describe('tiles', () => {
  it('escape names and URLs', () => {
    const html = tilesHtml([{ id: 'x', name: '<img src=x onerror=alert(1)> & "q"', status: 'active' }], () => '/a?b="c"&d');
    expect(html).toBe(
      '<ul class="tiles"><li><a class="s-active" href="/a?b=&quot;c&quot;&amp;d">&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot;</a></li></ul>',
    );
    expect(escapeHtml("'")).toBe('&#39;');
  });

  it('refuse an unknown status instead of writing it into a class', () => {
    expect(() => tilesHtml([{ id: 'x', name: 'X', status: 'gone" onclick="x' as never }], url)).toThrow(/unknown status/);
  });

  // The same at 10,000 tools, and the page's 400 KB gzip, is `npm run bench:build -- --tools=10000`'s job.
  it('use at most 3 elements per tool', () => {
    const { tools: records } = syntheticCatalog(500);
    const tools: MapTool[] = records.map((record) => ({
      id: record.id,
      name: record.name,
      status: record.status,
      categories: [record.category],
      subcategory: categories.find((category) => category.id === record.category)?.subcategories[0]?.id ?? '',
      tags: record.tags ?? [],
    }));
    const html = render(tools);
    const elements = (html.match(/<[a-z]/g) ?? []).length;
    expect(elements / tools.length).toBeLessThanOrEqual(3);
  });
});

describe('status symbols', () => {
  it('the map stylesheet shows the same symbol for each status as the shared list', () => {
    const css = readFileSync(new URL('../../src/components/charts/CatalogMap.astro', import.meta.url), 'utf8');
    for (const status of STATUSES) {
      expect(css).toContain(`.catalog-map .s-${status}::after {\n    content: '${STATUS_SYMBOLS[status]}' / '(${status})';`);
    }
    expect(new Set(Object.values(STATUS_SYMBOLS)).size).toBe(STATUSES.length);
  });
});
