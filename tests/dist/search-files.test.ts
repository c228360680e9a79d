// The two search files of the build: what they hold, that they belong together, and that every
// page points to this build's versions of them.
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { addSummaries, unpackSearchIndex } from '../../src/lib/search/packing.ts';
import { loadTools } from '../support/real-catalog.ts';
import { assertBuilt, basePath, distDir, readDist } from '../support/dist.ts';

assertBuilt();
const indexFile = JSON.parse(readDist('search-index.json')) as unknown;
const summariesFile = JSON.parse(readDist('search-summaries.json')) as unknown;
const tools = loadTools();

describe('the search files', () => {
  const { key, data } = unpackSearchIndex(indexFile);

  it('the search data lists every tool of the catalog once, A–Z, without summaries', () => {
    expect(data.tools.map((tool) => tool.id).sort()).toEqual(tools.map((tool) => tool.id).sort());
    for (const tool of data.tools) expect(tool.summary, tool.id).toBe('');
    expect(readDist('search-index.json')).not.toContain(tools[0]!.summary);
  });

  it('the summaries belong to the same build and fill in every tool', () => {
    const full = addSummaries(data, key, summariesFile);
    const byId = new Map(tools.map((tool) => [tool.id, tool]));
    for (const tool of full.tools) {
      const source = byId.get(tool.id)!;
      expect(tool.summary, tool.id).toBe(source.summary);
      expect(tool.name, tool.id).toBe(source.name);
      expect(tool.status, tool.id).toBe(source.status);
      expect(tool.category, tool.id).toBe(source.categories[0]);
      expect(tool.aliases ?? [], tool.id).toEqual(source.aliases);
      expect(tool.tags ?? [], tool.id).toEqual([...source.tags].sort());
    }
  });

  it('every page with a search box points to both files of this build', () => {
    // Redirect stubs have no header; every other page has at least the header box.
    const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');
    expect(pages.length).toBeGreaterThan(tools.length);
    for (const { file } of pages) {
      const boxes = [...readDist(file).matchAll(/<(?:atlas-search|atlas-search-results|atlas-compare)(?=[\s>])[^>]*>/g)].map((match) => match[0]);
      expect(boxes.length, file).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box, file).toContain(`data-index-url="${basePath}search-index.json?v=${key}"`);
        expect(box, file).toContain(`data-summaries-url="${basePath}search-summaries.json?v=${key}"`);
      }
    }
  });
});
