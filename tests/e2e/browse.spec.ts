// Filters, sorting and tag pages.
import type { Page } from '@playwright/test';
import { expect, readEveryPage, test } from './fixtures.ts';
import { categoryOrder, loadCategories, loadTools } from '../support/real-catalog.ts';

const tools = loadTools();
const inCategory = (category: string) => tools.filter((tool) => tool.categories.includes(category));
const visibleIds = (page: Page) =>
  page.locator('[data-filter-list] > li:visible').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['toolId']));
const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en', { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id);
/** A list shows one page of 60 tools at a time. */
const firstPage = <T>(list: T[]): T[] => list.slice(0, 60);

test('filtering a category by status updates the list, the counts and the URL, and a reload restores it', async ({ page }) => {
  const all = inCategory('service-discovery');
  const live = all.filter((tool) => tool.status === 'active' || tool.status === 'maintained');
  expect(live.length).toBeGreaterThan(0);
  expect(live.length).toBeLessThan(all.length);

  await page.goto('categories/service-discovery/');
  const status = page.getByLabel('Status');
  await expect(status.locator('option[value="live"]')).toHaveText(`Live (active or maintained) (${live.length})`);
  await status.selectOption('live');

  await expect(page).toHaveURL(/\?status=live$/);
  await expect(page.locator('[data-filter-count]')).toHaveText(`${live.length} of ${all.length} tools`);
  // The category holds more live tools than one page shows: the first page is full, and only live tools are on it.
  const liveIds = new Set(live.map((tool) => tool.id));
  const shown = await visibleIds(page);
  expect(shown).toHaveLength(firstPage(live).length);
  expect(shown.filter((id) => !liveIds.has(id ?? ''))).toEqual([]);

  // The other facets now count within the live tools only.
  const goLive = live.filter((tool) => ((tool as unknown as { language?: string[] }).language ?? []).includes('Go')).length;
  await expect(page.getByLabel('Language').locator('option[value="Go"]')).toHaveText(`Go (${goLive})`);

  await page.reload();
  await expect(status).toHaveValue('live');
  expect(await visibleIds(page)).toEqual(shown);
});

test('options with no results are disabled', async ({ page }) => {
  await page.goto('categories/paas/?status=archived');
  const archived = inCategory('paas').filter((tool) => tool.status === 'archived');
  await expect(page.locator('[data-filter-count]')).toHaveText(`${archived.length} of ${inCategory('paas').length} tools`);
  const options = await page
    .getByLabel('Licence')
    .locator('option')
    .evaluateAll((nodes) => nodes.map((node) => ({ disabled: (node as HTMLOptionElement).disabled, text: node.textContent ?? '' })));
  expect(options.some((option) => option.disabled)).toBe(true);
  for (const option of options) expect(option.disabled, option.text).toBe(option.text.endsWith('(0)'));
});

test('a status that the page does not offer is ignored', async ({ page }) => {
  expect(inCategory('networking').some((tool) => tool.status === 'defunct')).toBe(false);
  await page.goto('categories/networking/?status=defunct');
  await expect(page.getByLabel('Status')).toHaveValue('all');
  await expect(page.locator('[data-filter-count]')).toHaveText(`${inCategory('networking').length} tools`);
});

test('sorting by date added and by first release reorders the list', async ({ page }) => {
  const orchestration = inCategory('orchestration');
  await page.goto('categories/orchestration/');
  await page.getByLabel('Sort by').selectOption('added');
  await expect(page).toHaveURL(/\?sort=added$/);
  const byAdded = [...orchestration].sort((a, b) => b.added.localeCompare(a.added) || byName(a, b)).map((tool) => tool.id);
  expect(await visibleIds(page)).toEqual(firstPage(byAdded));

  await page.getByLabel('Sort by').selectOption('first-release');
  const release = (tool: (typeof tools)[number]) => (tool as unknown as { firstRelease?: number }).firstRelease ?? Infinity;
  const byRelease = [...orchestration].sort((a, b) => release(a) - release(b) || byName(a, b)).map((tool) => tool.id);
  expect(await visibleIds(page)).toEqual(firstPage(byRelease));
  expect(byRelease).not.toEqual([...orchestration].sort(byName).map((tool) => tool.id));
});

test('a hostile or unknown query falls back to the full list, subcategory by subcategory', async ({ page }) => {
  await page.goto('categories/networking/?status=%3Cscript%3E&sort=%E0%A4%A&language=Cobol&subcategory=%22x&cncf=nope');
  await expect(page.getByLabel('Status')).toHaveValue('all');
  await expect(page.getByLabel('Subcategory')).toHaveValue('all');
  expect(await visibleIds(page)).toEqual(firstPage(categoryOrder('networking').map((tool) => tool.id)));
});

test('without JavaScript a category shows its first page of tools, subcategory by subcategory, and no filter controls', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${test.info().project.use.baseURL}categories/monitoring/?status=live`);
  await expect(page.locator('form[data-filter-form]')).toBeHidden();
  const listed = await page
    .locator('[data-filter-list] > li')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['toolId']));
  expect(listed).toEqual(firstPage(categoryOrder('monitoring').map((tool) => tool.id)));
  await context.close();
});

test('"More" is grouped by subcategory, page after page', async ({ page }) => {
  const more = loadCategories().find((category) => category.id === 'more')!;
  const withTools = more.subcategories.filter((subcategory) => inCategory('more').some((tool) => tool.subcategory === subcategory.id));
  await page.goto('categories/more/');
  const headings = await readEveryPage(page, () => page.locator('[data-filter-static] h3 a').allTextContents());
  expect([...new Set(headings)]).toEqual(withTools.map((subcategory) => subcategory.title));
  await page.goto('categories/more/');
  const first = page.getByRole('heading', { level: 3, name: new RegExp(`^${withTools[0]!.title}`) });
  await expect(first).toBeVisible();
  // A filter shows its matches from every subcategory in one list, so the section headings give way.
  await page.getByLabel('Status').selectOption('defunct');
  await expect(first).toBeHidden();
  expect((await visibleIds(page)).sort()).toEqual(
    inCategory('more')
      .filter((tool) => tool.status === 'defunct')
      .map((tool) => tool.id)
      .sort(),
  );
});

test('the tag index and a tag page list the tagged tools', async ({ page }) => {
  await page.goto('tags/');
  const cni = tools.filter((tool) => tool.tags.includes('cni'));
  await expect(page.locator('[data-tag-id="cni"]')).toContainText(`CNI (${cni.length})`);
  await page.locator('[data-tag-id="cni"] a').click();
  await expect(page).toHaveURL(/\/tags\/cni\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CNI');
  expect((await visibleIds(page)).sort()).toEqual(cni.map((tool) => tool.id).sort());
  await expect(page.getByLabel('Tag', { exact: true })).toHaveCount(0);
});

test('a tool page shows what replaced it and what it replaced', async ({ page }) => {
  await page.goto('tools/docker-swarm-mode/');
  await expect(page.locator('#replaces + ul')).toContainText('Classic Swarm');
  await page.goto('tools/docker-swarm/');
  await expect(page.locator('#replaced-by + ul')).toContainText('Swarm mode');
});

test.describe('a paged category', () => {
  const more = inCategory('more');
  const live = more.filter((tool) => tool.status === 'active' || tool.status === 'maintained');
  const pageIds = (page: Page) =>
    page.locator('[data-filter-static] [data-tool-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tool-id')!));

  test('has static pages with stable URLs, the first unchanged', async ({ page }) => {
    expect(more.length).toBeGreaterThan(120);
    await page.goto('categories/more/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('More');
    const first = await pageIds(page);
    expect(first).toHaveLength(60);
    await page.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/categories\/more\/2\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^More \(page 2 of \d+\)$/);
    const second = await pageIds(page);
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
  });

  test('filters across every page, and pages the results', async ({ page }) => {
    expect(live.length).toBeGreaterThan(60);
    // Start on a later page: the filter covers the whole category, not the page it was chosen on.
    await page.goto('categories/more/2/');
    await page.getByLabel('Status').selectOption('live');
    await expect(page).toHaveURL(/\/categories\/more\/\?status=live$/);
    // The filtered view belongs to the category as a whole, not to the static page it started on.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('More');
    await expect(page.locator('[data-filter-count]')).toHaveText(`${live.length} of ${more.length} tools`);
    const seen: string[] = [];
    const pages = Math.ceil(live.length / 60);
    for (let number = 1; number <= pages; number += 1) {
      await expect(page.locator('[data-page-label]')).toHaveText(`Page ${number} of ${pages}`);
      seen.push(...(await visibleIds(page)).map(String));
      if (number < pages) {
        await page.getByRole('button', { name: 'Next →' }).click();
        await expect(page).toHaveURL(new RegExp(`\\?status=live&page=${number + 1}$`));
      }
    }
    expect(seen.sort()).toEqual(live.map((tool) => tool.id).sort());
    // A reload comes back to the same page of results.
    await page.reload();
    await expect(page.locator('[data-page-label]')).toHaveText(`Page ${pages} of ${pages}`);
  });
});
