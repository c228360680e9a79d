// Every page describes itself to search engines and link previews: description, canonical URL,
// Open Graph; the sitemap lists exactly the indexable pages; robots.txt points to it.
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { scanHtml } from '../support/html-scan.ts';
import { assertBuilt, basePath, distDir, readDist } from '../support/dist.ts';
import { siteConfig } from '../../site.config.mjs';

assertBuilt();
const absolute = (path: string): string => new URL(`${basePath}${path}`, siteConfig.siteUrl).href;
const pages = listBuiltPages(distDir)
  .filter((page) => page.type !== 'redirect')
  .map((page) => ({ ...page, scan: scanHtml(readDist(page.file)) }));
const indexable = pages.filter((page) => page.scan.meta.get('robots') !== 'noindex');

describe('page metadata', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s has a description and Open Graph tags', (_file, page) => {
    const description = page.scan.meta.get('description') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(page.scan.meta.get('og:title')).toBeTruthy();
    expect(page.scan.meta.get('og:description')).toBe(description);
    expect(page.scan.meta.get('og:type')).toBeTruthy();
    if (page.scan.meta.get('robots') === 'noindex') return;
    expect(page.scan.canonical).toBe(absolute(page.path));
    expect(page.scan.meta.get('og:url')).toBe(page.scan.canonical);
  });

  it('only the 404 page is kept out of search engines', () => {
    expect(pages.filter((page) => !indexable.includes(page)).map((page) => page.type)).toEqual(['404']);
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every indexable page, and nothing else', () => {
    const index = readDist('sitemap-index.xml');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls = sitemaps.flatMap((url) => {
      const file = decodeURI(new URL(url).pathname).slice(basePath.length);
      return [...readDist(file).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    });
    expect([...urls].sort()).toEqual(indexable.map((page) => absolute(page.path)).sort());
  });

  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readDist('robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${absolute('sitemap-index.xml')}`);
  });
});
