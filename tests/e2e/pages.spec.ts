import { expect, readEveryPage, test, watchErrors } from './fixtures.ts';
import { loadCategories, loadTools, SEED_TOOL_IDS } from '../support/real-catalog.ts';
import { typePages } from '../support/pages.ts';

const tools = loadTools();
const categories = loadCategories();
const byId = new Map(tools.map((tool) => [tool.id, tool]));
const STATUS_WORD: Record<string, string> = {
  active: 'Active',
  maintained: 'Maintained',
  inactive: 'Inactive',
  deprecated: 'Deprecated',
  archived: 'Archived',
  defunct: 'Defunct',
};

test('home shows the six categories with their tool counts', async ({ page }) => {
  await page.goto('./');
  const cards = page.locator('[data-category-id]');
  await expect(cards).toHaveCount(6);
  expect(await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-category-id')))).toEqual(
    categories.map((category) => category.id),
  );
  for (const category of categories) {
    const expected = tools.filter((tool) => tool.categories.includes(category.id)).length;
    await expect(page.locator(`[data-category-id="${category.id}"] [data-count]`)).toHaveText(String(expected));
  }
});

for (const category of categories) {
  test(`category ${category.id} lists exactly its tools, across its pages`, async ({ page }) => {
    await page.goto(`categories/${category.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(category.title);
    const listed = await readEveryPage(page, () =>
      page.locator('[data-filter-static] [data-tool-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tool-id')!)),
    );
    const expected = tools.filter((tool) => tool.categories.includes(category.id)).map((tool) => tool.id);
    expect([...listed].sort()).toEqual([...expected].sort());
  });
}

test('every seed tool has a page with its name, status and licence', async ({ page }) => {
  // 29 pages in one test: allow for a busy machine.
  test.setTimeout(180_000);
  for (const id of SEED_TOOL_IDS) {
    const tool = byId.get(id);
    expect(tool, `content/tools/${id}.md exists`).toBeDefined();
    if (!tool) continue;
    await page.goto(`tools/${id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tool.name);
    await expect(page.locator('.tool-header .status-badge')).toHaveText(STATUS_WORD[tool.status]!);
    await expect(page.locator('[data-fact="license"]')).toHaveText(tool.license);
  }
});

test("a replaced tool's banner links to its successor", async ({ page }) => {
  const swarm = byId.get('docker-swarm');
  expect(swarm?.successors).toContain('docker-swarm-mode');
  await page.goto('tools/docker-swarm/');
  const banner = page.locator('.status-banner');
  await expect(banner).toContainText(STATUS_WORD[swarm!.status]!);
  await banner.getByRole('link', { name: byId.get('docker-swarm-mode')!.name }).click();
  await expect(page).toHaveURL(/\/tools\/docker-swarm-mode\/$/);
  await expect(page.locator('.status-banner')).toHaveCount(0);
});

test('an active tool has no status banner', async ({ page }) => {
  await page.goto('tools/kubernetes/');
  await expect(page.locator('.status-banner')).toHaveCount(0);
});

test('an unknown URL is answered with the 404 page', async ({ page }) => {
  const response = await page.goto('tools/no-such-tool/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('search')).toBeVisible();
});

// Every built page's h1 and landmarks are checked in dist/ (tests/dist/structure.test.ts); the browser
// visits one page per page type and per status for what only it can see: console errors.
test('one page of each type has exactly one h1, landmarks and no console errors', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchErrors(page);
  for (const { url: path } of typePages()) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    expect(errors, path).toEqual([]);
  }
});

test('the tool page links its edit file, category and alternatives', async ({ page }) => {
  await page.goto('tools/kubernetes/');
  await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', /\/edit\/main\/content\/tools\/kubernetes\.md$/);
  await expect(page.locator('.breadcrumb a')).toHaveAttribute('href', /\/categories\/orchestration\/$/);
  const kubernetes = byId.get('kubernetes')!;
  for (const id of kubernetes.alternatives) {
    await expect(page.locator('#alternatives + ul').getByRole('link', { name: byId.get(id)!.name, exact: true })).toBeVisible();
  }
});

test('the about page credits the original article', async ({ page }) => {
  await page.goto('about/');
  await expect(page.getByRole('link', { name: /The Docker Ecosystem/ })).toHaveAttribute('href', /digitalocean\.com/);
  await expect(page.getByText('Justin Ellingwood')).toBeVisible();
});

test('keyboard focus is visible', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((node) => getComputedStyle(node).outlineStyle);
  expect(outline).not.toBe('none');
});

test('pages fit a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['./', 'categories/orchestration/', 'tools/kubernetes/', 'about/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the dark colour scheme changes the page colours', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).not.toBe(light);
});
