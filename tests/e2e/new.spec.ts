// What's new: the /new/ page and the RSS feed, against the selection src/lib/catalog/recent.ts makes from the real catalog.
import { expect, test } from './fixtures.ts';
import { groupByDate, recentAdditions, recentlyVerified } from '../../src/lib/catalog/recent.ts';
import { siteConfig } from '../../site.config.mjs';
import { loadTools } from '../support/real-catalog.ts';

const tools = loadTools();
const recent = recentAdditions(tools);
const rechecked = recentlyVerified(tools);

test('/new/ lists the recent additions grouped by date, newest first', async ({ page }) => {
  await page.goto('new/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What’s new');
  const added = page.getByRole('region', { name: 'Recently added' });
  const groups = groupByDate(recent, (tool) => tool.added);
  await expect(added.getByRole('heading', { level: 3 })).toHaveCount(groups.length);
  for (const group of groups) {
    const day = added.locator('section').filter({ has: page.locator(`h3 time[datetime="${group.date}"]`) });
    const ids = await day.locator('[data-tool-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tool-id')));
    expect(ids).toEqual(group.items.map((tool) => tool.id));
  }
  const section = page.getByRole('region', { name: 'Facts checked again' });
  await expect(section.locator('[data-tool-id]')).toHaveCount(rechecked.length);
  // Everything arrived on one day: the page says so rather than calling the whole catalog news.
  const oneDay = groups.length === 1 && recent.length === tools.length;
  await expect(page.getByText(/^The catalog opened on/)).toHaveCount(oneDay ? 1 : 0);
});

test('the header links to /new/, and every page announces the feed', async ({ page, request }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What’s new' }).click();
  await expect(page).toHaveURL(/\/new\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What’s new' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feed).toHaveCount(1);
  const href = await feed.getAttribute('href');
  expect(href).toBe(`${siteConfig.basePath}feed.xml`);
  expect((await request.get(new URL(href!, page.url()).href)).status()).toBe(200);
});

test('/feed.xml parses as RSS 2.0 with one item per recent tool', async ({ page, request }) => {
  const response = await request.get('feed.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  await page.goto('about/');
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const child = (node: Element, name: string) => node.getElementsByTagName(name)[0]?.textContent ?? null;
    const channel = doc.querySelector('rss > channel');
    return {
      error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: doc.documentElement.nodeName,
      version: doc.documentElement.getAttribute('version'),
      title: channel ? child(channel, 'title') : null,
      link: channel ? (channel.querySelector(':scope > link')?.textContent ?? null) : null,
      description: channel ? child(channel, 'description') : null,
      items: [...doc.querySelectorAll('rss > channel > item')].map((item) => ({
        title: child(item, 'title'),
        link: child(item, 'link'),
        guid: child(item, 'guid'),
        description: child(item, 'description'),
        pubDate: child(item, 'pubDate'),
      })),
    };
  }, xml);

  expect(feed.error).toBeNull();
  expect(feed.root).toBe('rss');
  expect(feed.version).toBe('2.0');
  expect(feed.title).toBe('Container Atlas: new tools');
  expect(feed.description).toBeTruthy();
  const home = new URL(siteConfig.basePath, siteConfig.siteUrl).href;
  expect(feed.link).toBe(home);

  expect(feed.items).toHaveLength(recent.length);
  feed.items.forEach((item, index) => {
    const tool = recent[index]!;
    const url = new URL(`tools/${tool.id}/`, home).href;
    expect(item).toEqual({
      title: tool.name,
      link: url,
      guid: url,
      description: tool.summary,
      pubDate: new Date(`${tool.added}T00:00:00Z`).toUTCString(),
    });
  });
});
