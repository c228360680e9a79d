// Repository activity on the site: the facts on a tool page (absolute dates,
// "as of", missing data shown as missing), the activity sorts kept in the URL,
// the compare rows, and search ranking Kubernetes first for "kuber".
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { loadTools } from '../support/real-catalog.ts';
import { formatCount, latestActivity } from '../../src/lib/tool/activity-facts.ts';
import { formatDay, isoDay } from '../../src/lib/site/dates.ts';
import type { ActivityFile } from '../../src/schemas/activity.ts';

const tools = loadTools();
const activity = JSON.parse(readFileSync(new URL('../../content/activity.json', import.meta.url), 'utf8')) as ActivityFile;
const visibleIds = (page: Page) =>
  page.locator('[data-filter-list] > li:visible').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['toolId']));
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id);

test.describe('tool page', () => {
  const [id, record] = Object.entries(activity).find(([, value]) => value.lastCommit && value.latestRelease)!;

  test('shows the activity facts with absolute dates and the day they were fetched', async ({ page }) => {
    await page.goto(`tools/${id}/`);
    const section = page.getByRole('region', { name: 'Repository activity' });
    await expect(section).toBeVisible();
    await expect(section.locator('[data-fact="repository"] a')).toHaveAttribute('href', `https://github.com/${record.repository}`);
    await expect(section.locator('[data-fact="last-commit"]')).toHaveText(formatDay(record.lastCommit!));
    await expect(section.locator('[data-fact="last-commit"] time')).toHaveAttribute('datetime', isoDay(record.lastCommit!));
    await expect(section.locator('[data-fact="latest-release"]')).toHaveText(
      `${record.latestRelease!.tag}, ${formatDay(record.latestRelease!.date)}`,
    );
    await expect(section.locator('[data-fact="stars"]')).toHaveText(record.stars === undefined ? 'No data yet' : formatCount(record.stars));
    await expect(section.locator('[data-fact="as-of"]')).toContainText(`As of ${formatDay(record.fetchedAt)}`);
    // No relative dates that a static page would let go stale.
    await expect(section).not.toContainText(/\bago\b/);
    await expect(section).not.toContainText(/\b0 stars\b/);
  });

  test('says "No data yet" for a tool without a record', async ({ page }) => {
    const missing = tools.find((tool) => !activity[tool.id])!;
    await page.goto(`tools/${missing.id}/`);
    await expect(page.getByRole('region', { name: 'Repository activity' })).toContainText('No data yet');
  });
});

test.describe('category sorts', () => {
  const category = 'service-discovery';
  const inCategory = tools.filter((tool) => tool.categories.includes(category));

  test('sorting by latest activity puts the newest first, unknown last, and is kept in the URL', async ({ page }) => {
    const last = (toolId: string): string => {
      const date = latestActivity(activity[toolId]);
      return date ? isoDay(date) : '';
    };
    const expected = [...inCategory].sort((a, b) => last(b.id).localeCompare(last(a.id)) || byName(a, b)).map((tool) => tool.id);
    expect(inCategory.filter((tool) => activity[tool.id]).length).toBeGreaterThan(1);

    await page.goto(`categories/${category}/`);
    await page.getByLabel('Sort by').selectOption('activity');
    await expect(page).toHaveURL(/\?sort=activity$/);
    expect(await visibleIds(page)).toEqual(expected.slice(0, 60));

    await page.reload();
    await expect(page.getByLabel('Sort by')).toHaveValue('activity');
    expect(await visibleIds(page)).toEqual(expected.slice(0, 60));
  });

  test('sorting by stars is kept in the URL; tools without a star count go last, never as 0', async ({ page }) => {
    const stars = (toolId: string): number => activity[toolId]?.stars ?? -1;
    const expected = [...inCategory].sort((a, b) => stars(b.id) - stars(a.id) || byName(a, b)).map((tool) => tool.id);
    await page.goto(`categories/${category}/?sort=stars`);
    await expect(page.getByLabel('Sort by')).toHaveValue('stars');
    expect(await visibleIds(page)).toEqual(expected.slice(0, 60));
  });

  test('a tag page offers the same sorts', async ({ page }) => {
    const tag = inCategory.find((tool) => tool.tags.length > 0)!.tags[0]!;
    await page.goto(`tags/${tag}/`);
    await page.getByLabel('Sort by').selectOption('stars');
    await expect(page).toHaveURL(/\?sort=stars$/);
    await page.getByLabel('Sort by').selectOption('activity');
    await expect(page).toHaveURL(/\?sort=activity$/);
  });
});

test('the compare page has the activity rows', async ({ page }) => {
  const [id, record] = Object.entries(activity).find(([, value]) => value.lastCommit)!;
  const other = tools.find((tool) => !activity[tool.id])!;
  await page.goto(`compare/?tools=${id},${other.id}`);
  const row = page.getByRole('row', { name: /^Last commit/ });
  await expect(row).toContainText(formatDay(record.lastCommit!));
  await expect(row).toContainText('No data yet');
  await expect(page.getByRole('row', { name: /^Stars/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Activity as of/ })).toContainText(formatDay(record.fetchedAt));
});

test.describe('search prominence', () => {
  test('typing "kuber" lists Kubernetes first, before Kubero', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('kuber');
    const options = page.locator('#site-search-listbox [role="option"]');
    await expect(options.first()).toContainText('Kubernetes');
    const names = await options.allTextContents();
    expect(names.findIndex((text) => text.includes('Kubero'))).toBeGreaterThan(0);
  });

  test('/search/?q=kuber lists Kubernetes first', async ({ page }) => {
    await page.goto('search/?q=kuber');
    await expect(page.locator('#search-results > li').first().locator('a').first()).toHaveAttribute('href', /\/tools\/kubernetes\/$/);
  });
});
