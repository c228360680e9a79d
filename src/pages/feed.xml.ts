/**
 * /feed.xml: RSS 2.0 feed of the tools added recently (the same selection as
 * /new/), one item per tool, newest first.
 */
import { SITE_NAME } from '../lib/site/site-name.ts';
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCategories, getTools } from '../data/collections.ts';
import { newestDate, recentAdditions } from '../lib/catalog/recent.ts';
import { feedUrl, homeUrl, toolUrl } from '../lib/catalog/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('feed.xml needs the `site` option of astro.config.mjs');
  const [tools, categories] = await Promise.all([getTools(), getCategories()]);
  const categoryTitle = new Map(categories.map((category) => [category.id, category.title]));
  const absolute = (path: string): string => new URL(path, site).href;
  const newest = newestDate(tools);
  return rss({
    title: `${SITE_NAME}: new tools`,
    description: `Tools recently added to ${SITE_NAME}, a curated map of the container ecosystem.`,
    // The channel links to the home page under the base path, not to the bare origin.
    site: absolute(homeUrl()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: [
      '<language>en</language>',
      `<atom:link href="${absolute(feedUrl())}" rel="self" type="application/rss+xml"/>`,
      // The newest catalog date, not the build time, so an unchanged catalog builds an unchanged feed.
      newest ? `<lastBuildDate>${new Date(`${newest}T00:00:00Z`).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: recentAdditions(tools).map((tool) => ({
      title: tool.name,
      // Absolute, so @astrojs/rss uses it as is (and as the permalink guid).
      link: absolute(toolUrl(tool.id)),
      description: tool.summary,
      pubDate: new Date(`${tool.added}T00:00:00Z`),
      categories: tool.categories.map((id) => categoryTitle.get(id) ?? id),
    })),
  });
};
