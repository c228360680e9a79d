// The built pictures: a social card for every tool, category and the home page (a complete 1200×630 PNG
// that the page names in og:image), a status badge for every tool, and the map and timeline pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../support/html-scan.ts';
import { pngComplete, pngSize } from '../support/png.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';
import { assertBuilt, basePath, distDir, readDist } from '../support/dist.ts';
import { siteConfig } from '../../site.config.mjs';

assertBuilt();
const tools = loadTools();
const absolute = (path: string): string => new URL(`${basePath}${path}`, siteConfig.siteUrl).href;
const pagesWithCards = [
  { page: 'index.html', card: 'og/home.png', title: 'home' },
  ...loadCategories().map((category) => ({ page: `categories/${category.id}/index.html`, card: `og/categories/${category.id}.png`, title: category.id })),
  ...tools.map((tool) => ({ page: `tools/${tool.id}/index.html`, card: `og/tools/${tool.id}.png`, title: tool.id })),
];

describe('social cards', () => {
  it.each(pagesWithCards.map((entry) => [entry.title, entry] as const))('%s: a 1200×630 PNG, named by its page with size, alt and a large-image card', (_title, entry) => {
    const png = readFileSync(join(distDir, entry.card));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngComplete(png)).toBe(true);
    const meta = scanHtml(readDist(entry.page)).meta;
    expect(meta.get('og:image')).toBe(absolute(entry.card));
    expect(meta.get('og:image:width')).toBe('1200');
    expect(meta.get('og:image:height')).toBe('630');
    expect(meta.get('og:image:alt')?.length).toBeGreaterThan(20);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
  });

  it('the other pages share the home card', () => {
    for (const page of ['map/index.html', 'timeline/index.html', 'stats/index.html', 'about/index.html']) {
      expect(scanHtml(readDist(page)).meta.get('og:image')).toBe(absolute('og/home.png'));
    }
  });
});

describe('status badges', () => {
  it.each(tools.map((tool) => [tool.id, tool] as const))('%s: a valid SVG badge with its status', (_id, tool) => {
    const svg = readDist(`badges/${tool.id}.svg`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`>${tool.status}</text>`);
    expect(svg).not.toMatch(/<script|\son\w+=|href=|url\((?!#)/i);
    expect(() => new Resvg(svg).render()).not.toThrow();
  });

  it('each tool page shows its badge and the Markdown to embed it', () => {
    const tool = tools.find((entry) => entry.id === 'docker-swarm')!;
    const html = readDist(`tools/${tool.id}/index.html`);
    expect(html).toContain(`src="${basePath}badges/${tool.id}.svg"`);
    expect(html).toContain(`[![Container Atlas: ${tool.status}](${absolute(`badges/${tool.id}.svg`)})](${absolute(`tools/${tool.id}/`)})`);
  });
});

describe('map and timeline pages', () => {
  it('the map links every tool exactly once', () => {
    const html = readDist('map/index.html');
    const links = [...html.matchAll(/<a class="s-[a-z]+" href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.sort()).toEqual(tools.map((tool) => `${basePath}tools/${tool.id}/`).sort());
  });

  it('the timeline draws Classic Swarm with a link to its successor, Swarm mode', () => {
    const html = readDist('timeline/index.html');
    expect(html).toMatch(new RegExp(`<a href="${basePath}tools/docker-swarm/">Classic Swarm</a>[^<]*<a class="successor" href="${basePath}tools/docker-swarm-mode/">`));
  });

  it('the header and the home page link to the map', () => {
    expect(readDist('index.html')).toContain(`href="${basePath}map/"`);
    expect(readDist('about/index.html')).toContain(`href="${basePath}map/"`);
  });
});
