// Page size at scale: bytes, gzip and elements of a page, and the budgets bench:build holds pages to.
import { describe, expect, it } from 'vitest';
import { measureHtml, scaleViolations, SCALE_BUDGETS } from '../support/page-scale.ts';

describe('measureHtml', () => {
  it('counts every element, void ones included, and measures bytes and gzip', () => {
    const html = '<!doctype html><html><head><meta charset="utf-8"><title>x</title></head><body><p>a<br>b</p><!-- c --></body></html>';
    const scale = measureHtml(html);
    expect(scale.elements).toBe(7);
    expect(scale.bytes).toBe(Buffer.byteLength(html));
    expect(scale.gzip).toBeGreaterThan(0);
    expect(measureHtml(Buffer.from(html))).toEqual(scale);
  });
});

describe('scaleViolations', () => {
  const page = (gzip: number, elements: number) => ({ bytes: gzip * 8, gzip, elements });

  it('holds every page to 150 KB gzip and 5,000 elements', () => {
    expect(scaleViolations('tools/a/', page(SCALE_BUDGETS.htmlGzip, SCALE_BUDGETS.elements), 10000)).toEqual([]);
    expect(scaleViolations('new/', page(SCALE_BUDGETS.htmlGzip + 1, SCALE_BUDGETS.elements + 1), 10000)).toEqual([
      '150.0 KB gzip (budget 150 KB)',
      '5001 elements (budget 5000)',
    ]);
  });

  it('lets whole-catalog pages grow by three elements a tool, up to 400 KB gzip', () => {
    expect(scaleViolations('map/', page(300 * 1024, 29000), 10000)).toEqual([]);
    expect(scaleViolations('timeline/', page(401 * 1024, 31000), 10000)).toEqual([
      '401.0 KB gzip (budget 400 KB)',
      '31000 elements (budget 30000)',
    ]);
  });
});
