import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { BUDGETS, budgetViolations, measurePage, staticImports } from '../support/page-weight.ts';

const files = new Map<string, string>([
  ['/atlas/_astro/site.css', 'body{color:red}'.repeat(50)],
  ['/atlas/_astro/entry.js', 'import{a as b}from"./shared.js";import"./side.js";const lazy=()=>import("./lazy.js");b();'],
  ['/atlas/_astro/shared.js', 'export const a=()=>1;'],
  ['/atlas/_astro/side.js', 'console.log(1);'],
  ['/atlas/_astro/lazy.js', 'x'.repeat(50_000)],
  ['/atlas/favicon.svg', '<svg/>'],
]);
const read = (path: string): Uint8Array | undefined => (files.has(path) ? Buffer.from(files.get(path)!) : undefined);
const gz = (text: string): number => gzipSync(text, { level: 9 }).length;

const page = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/atlas/_astro/site.css"><link rel="icon" href="/atlas/favicon.svg">
<link rel="stylesheet" href="/atlas/_astro/print.css" media="print"><script>var t=1</script></head>
<body><script type="module" src="/atlas/_astro/entry.js"></script></body></html>`;

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic import()', () => {
    expect(
      staticImports('import{a}from"./a.js";import"./b.js";export{c}from"../c.js";import("./d.js");import x from "https://cdn/x.js"'),
    ).toEqual(['./a.js', './b.js', '../c.js']);
  });
});

describe('measurePage', () => {
  const weight = measurePage(page, '/atlas/tools/x/', read);

  it('counts the JavaScript run on load, with static imports, but not lazy chunks', () => {
    const expected =
      gz(files.get('/atlas/_astro/entry.js')!) +
      gz(files.get('/atlas/_astro/shared.js')!) +
      gz(files.get('/atlas/_astro/side.js')!) +
      gz('var t=1');
    expect(weight.jsGzip).toBe(expected);
    expect(weight.requests).not.toContain('/atlas/_astro/lazy.js');
  });

  it('counts requests, CSS bytes and render-blocking stylesheets', () => {
    expect(weight.requests.sort()).toEqual(
      [
        '/atlas/tools/x/',
        '/atlas/_astro/site.css',
        '/atlas/_astro/print.css',
        '/atlas/_astro/entry.js',
        '/atlas/_astro/shared.js',
        '/atlas/_astro/side.js',
        '/atlas/favicon.svg',
      ].sort(),
    );
    expect(weight.renderBlocking).toEqual(['/atlas/_astro/site.css']);
    expect(weight.cssGzip).toBe(gz(files.get('/atlas/_astro/site.css')!));
    expect(weight.missing).toEqual(['/atlas/_astro/print.css']);
  });

  it('treats a classic script in <head> as render-blocking', () => {
    const blocking = measurePage('<html><head><script src="/atlas/_astro/side.js"></script></head><body></body></html>', '/atlas/', read);
    expect(blocking.renderBlocking).toEqual(['/atlas/_astro/side.js']);
    expect(budgetViolations('tool', '/atlas/', blocking).join('\n')).toMatch(/render-blocking/);
  });
});

describe('budgetViolations', () => {
  const base = { htmlBytes: 0, htmlGzip: 1000, cssGzip: 0, jsGzip: 100, requests: [], renderBlocking: ['/a.css'], missing: [] };

  it('accepts a page within budget', () => {
    expect(budgetViolations('home', '/', base)).toEqual([]);
  });

  it('names the measured figure when the home HTML or the JavaScript is over budget', () => {
    const problems = budgetViolations('home', '/', { ...base, htmlGzip: BUDGETS.homeHtmlGzip + 1, jsGzip: 5000 });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(`${BUDGETS.homeHtmlGzip + 1} bytes gzip`);
    expect(problems[1]).toContain('5000 bytes gzip');
  });

  it('applies the HTML budget to the home page only', () => {
    expect(budgetViolations('category', '/c/', { ...base, htmlGzip: 50_000 })).toEqual([]);
  });

  it('holds the map, timeline and stats pages to a budget that grows with the catalog', () => {
    const { map } = BUDGETS.wholeCatalogHtmlGzip;
    expect(map.base + map.perTool * 10_000).toBeLessThanOrEqual(400 * 1024);
    expect(budgetViolations('map', '/map/', { ...base, htmlGzip: map.base + map.perTool * 100 }, 100)).toEqual([]);
    const over = budgetViolations('map', '/map/', { ...base, htmlGzip: map.base + map.perTool * 100 + 1 }, 100);
    expect(over.join('\n')).toMatch(/over the \d+-byte budget of the map page at 100 tools/);
    expect(budgetViolations('stats', '/stats/', { ...base, htmlGzip: 30 * 1024 }, 10_000)).toHaveLength(1);
  });

  it('reports a second render-blocking request', () => {
    expect(budgetViolations('tool', '/t/', { ...base, renderBlocking: ['/a.css', '/b.css'] })).toHaveLength(1);
  });
});
