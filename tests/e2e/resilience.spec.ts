// The site stays usable when things go wrong: unknown addresses, old addresses, a search index that
// will not load, and hostile or broken query strings.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { readRedirects } from '../../src/lib/catalog/redirects.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';

const tools = new Map(loadTools().map((tool) => [tool.id, tool]));
const categoryTitles = new Map(loadCategories().map((category) => [category.id, category.title]));

/** Records uncaught exceptions and dialogs (an injected alert() would open one). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return problems;
}

test.describe('unknown addresses', () => {
  // (A path with broken percent-encoding is left out: `astro preview` answers it with a 500 of its
  // own before the site is involved; static hosts answer 400 or 404.)
  for (const path of [
    'no-such-page/',
    'tools/no-such-tool/',
    'categories/no-such-category/',
    'a/b/c/d/e/',
    'tools/Kubernetes%20Dashboard/',
    'tools/<script>/',
  ]) {
    test(`${path} is answered by the 404 page, with search`, async ({ page }) => {
      const problems = watch(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      const search = page.locator('input[type="search"]').first();
      await expect(search).toBeVisible();
      await search.fill('kubernetes');
      await search.press('Enter');
      await expect(page).toHaveURL(/\/search\/\?q=kubernetes$/);
      expect(problems).toEqual([]);
    });
  }
});

test('an old tool address from content/redirects.yml lands on the tool that replaced it', async ({ page }) => {
  const [redirect] = readRedirects(new URL('../../', import.meta.url));
  expect(redirect, 'content/redirects.yml has an entry').toBeDefined();
  if (!redirect) return;
  await page.goto(redirect.from);
  await expect(page).toHaveURL(new RegExp(`/tools/${redirect.to}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(tools.get(redirect.to)?.name ?? redirect.to);
});

test('when the search index cannot be loaded, the dropdown says so and the page stays usable', async ({ page }) => {
  const problems = watch(page);
  let refused = 0;
  // The file addresses carry a version (?v=…), so match the path, not the whole URL.
  await page.route(/\/search-index\.json(\?|$)/, async (route) => {
    refused += 1;
    await route.abort('failed');
  });
  await page.goto('tools/kubernetes/');
  const input = page.locator('#site-search');
  await input.click();
  await input.fill('kube');
  const message = page.locator('[data-search-message]');
  await expect(message).toBeVisible();
  await expect(message).toContainText(/could not|failed|unavailable/i);
  expect(refused).toBeGreaterThan(0);
  // The rest of the page still works: a link navigates, and Enter falls back to the results page.
  await page.keyboard.press('Escape');
  await page.locator('.breadcrumb a').click();
  await expect(page).toHaveURL(/\/categories\/orchestration\/$/);
  await page.locator('#site-search').fill('kube');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=kube$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(problems).toEqual([]);
});

test('when only the summaries cannot be loaded, search by name still works and the results page lists results without them', async ({
  page,
}) => {
  const problems = watch(page);
  let refused = 0;
  await page.route(/\/search-summaries\.json(\?|$)/, async (route) => {
    refused += 1;
    await route.abort('failed');
  });
  await page.goto('tools/kubernetes/');
  const input = page.locator('#site-search');
  await input.click();
  await input.fill('dokku');
  const first = page.locator('#site-search-listbox [role="option"]').first();
  await expect(first).toContainText('Dokku');
  await expect.poll(() => refused).toBeGreaterThan(0);
  await expect(page.locator('[data-search-message]')).toBeHidden();
  // The option shows the category only: no summary, no dangling separator.
  await expect(first.locator('.option-summary')).toHaveText(categoryTitles.get(tools.get('dokku')!.categories[0]!)!);

  await page.goto('search/?q=dokku');
  const item = page.locator('#search-results > li').first();
  await expect(item).toHaveAttribute('data-tool-id', 'dokku');
  await expect(item.locator('.result-summary')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test.describe('the search page with a broken or hostile query string', () => {
  const queries: Array<[string, string]> = [
    ['a 10,000-character query', `q=${'kubernetes '.repeat(910).slice(0, 10_000)}`],
    ['invalid percent-encoding', 'q=%E0%A4%A'],
    ['a lone percent sign', 'q=%'],
    ['a malformed escape in a word', 'q=kube%ZZrnetes'],
    ['markup in the query', `q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`],
  ];
  for (const [label, query] of queries) {
    test(`${label} does not break it`, async ({ page }) => {
      const problems = watch(page);
      const response = await page.goto(`search/?${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
      const input = page.locator('#search-page-input');
      await expect(input).toBeVisible();
      // Whatever the address held, the query is shown as text and the search still answers a new one.
      expect(await page.locator('main img[src="x"], main script:not([src])').count()).toBe(0);
      await input.fill('kubernetes');
      await expect(page.locator('#search-results').getByRole('link', { name: 'Kubernetes', exact: true })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});
