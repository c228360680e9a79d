// Performance budgets over the built site (tests/support/page-weight.ts; `npm run bench:pages` prints the figures).
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { BUDGETS, budgetViolations, measurePage } from '../support/page-weight.ts';
import { assertBuilt, basePath, distDir, readByUrlPath, readDist } from '../support/dist.ts';

assertBuilt();
const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');
const toolCount = pages.filter((page) => page.type === 'tool').length;

describe('page budgets', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s is within budget', (_file, page) => {
    const url = basePath + page.path;
    const weight = measurePage(readDist(page.file), url, readByUrlPath);
    expect(budgetViolations(page.type, url, weight, toolCount)).toEqual([]);
    // The only render-blocking request is the one stylesheet.
    expect(weight.renderBlocking.length).toBeLessThanOrEqual(BUDGETS.renderBlocking);
    expect(weight.renderBlocking.every((path) => path.endsWith('.css'))).toBe(true);
  });

  it('the home page exists and is measured', () => {
    const weight = measurePage(readDist('index.html'), basePath, readByUrlPath);
    expect(weight.htmlGzip).toBeGreaterThan(0);
    expect(weight.cssGzip).toBeGreaterThan(0);
    expect(weight.requests[0]).toBe(basePath);
  });
});
