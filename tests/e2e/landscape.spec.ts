// The landscape's second level: subcategory sections and pages, the subcategory and CNCF facets, CNCF
// facts on tool pages, sources, and the map drawn as a landscape, with JavaScript on and off.
import { expect, readEveryPage, test } from './fixtures.ts';
import { categoryOrder, loadCategories, loadTools } from '../support/real-catalog.ts';
import cncf from '../../content/cncf.json' with { type: 'json' };

const tools = loadTools();
const categories = loadCategories();
const networking = categories.find((category) => category.id === 'networking')!;
const cni = networking.subcategories.find((subcategory) => subcategory.id === 'cni-plugins')!;
const inCni = tools.filter((tool) => tool.categories[0] === 'networking' && tool.subcategory === 'cni-plugins');
const records = cncf as Record<string, { maturity: string }>;
const graduatedInNetworking = tools.filter((tool) => tool.categories.includes('networking') && records[tool.id]?.maturity === 'graduated');

test.describe('at 1280 × 900', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const category of categories) {
    test(`/categories/${category.id}/ shows its first row of tools on the first screen`, async ({ page }) => {
      await page.goto(`categories/${category.id}/`);
      const card = page.locator('[data-filter-static] [data-tool-id]').first();
      const box = await card.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    });
  }
});

test.describe('at 375 × 800', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('the first tool of a category ends within the first two screens', async ({ page }) => {
    for (const category of categories) {
      await page.goto(`categories/${category.id}/`);
      const box = await page.locator('[data-filter-static] [data-tool-id]').first().boundingBox();
      expect(box!.y + box!.height, category.id).toBeLessThanOrEqual(1600);
    }
  });
});

test('a category lists its tools in subcategory sections with counts, each linked to its own page', async ({ page }) => {
  await page.goto('categories/networking/');
  const section = page.getByRole('region', { name: new RegExp(`^${cni.title}`) });
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(`${cni.title} ${inCni.length}`);
  await section.getByRole('link', { name: cni.title }).click();
  await expect(page).toHaveURL(/\/categories\/networking\/cni-plugins\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cni.title);
  await expect(page.getByText(cni.guide)).toBeVisible();
  const listed = await readEveryPage(page, () =>
    page.locator('[data-filter-static] [data-tool-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tool-id')!)),
  );
  expect([...listed].sort()).toEqual(inCni.map((tool) => tool.id).sort());
  // The category's other subcategories are one step away.
  await expect(page.getByRole('navigation', { name: 'Subcategories' }).getByRole('link', { name: cni.title })).toHaveAttribute(
    'aria-current',
    'page',
  );
});

test('the subcategory facet narrows a category to one subcategory, and the URL keeps it', async ({ page }) => {
  await page.goto('categories/networking/');
  await page.getByLabel('Subcategory').selectOption('cni-plugins');
  await expect(page).toHaveURL(/\?subcategory=cni-plugins$/);
  await expect(page.locator('[data-filter-count]')).toHaveText(`${inCni.length} of ${categoryOrder('networking').length} tools`);
  await page.reload();
  await expect(page.getByLabel('Subcategory')).toHaveValue('cni-plugins');
  const shown = await page
    .locator('[data-filter-results] [data-tool-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tool-id')!));
  expect(shown.sort()).toEqual(inCni.map((tool) => tool.id).sort());
});

test('the CNCF facet lists the graduated projects, each card with its badge', async ({ page }) => {
  expect(graduatedInNetworking.length).toBeGreaterThan(0);
  await page.goto('categories/networking/?cncf=graduated');
  await expect(page.getByLabel('CNCF')).toHaveValue('graduated');
  const cards = page.locator('[data-filter-results] [data-tool-id]');
  await expect(cards).toHaveCount(graduatedInNetworking.length);
  for (const card of await cards.all()) await expect(card.getByText('CNCF graduated')).toBeVisible();
});

test('without JavaScript, a subcategory page and the map work and link each other', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${baseURL}map/`);
  const box = page.getByRole('region', { name: new RegExp(`^${cni.title}`) });
  await expect(box.getByRole('listitem')).toHaveCount(inCni.length);
  await box.getByRole('link', { name: cni.title }).click();
  await expect(page).toHaveURL(/\/categories\/networking\/cni-plugins\/$/);
  await expect(page.locator('[data-filter-static] [data-tool-id]')).toHaveCount(Math.min(inCni.length, 60));
  await context.close();
});

test('a CNCF project shows its maturity and dates, and its sources say what they support', async ({ page }) => {
  const record = records['kubernetes'] as { maturity: string; accepted?: string; graduated?: string };
  await page.goto('tools/kubernetes/');
  const facts = page.getByRole('complementary', { name: 'Facts' });
  await expect(facts.getByText(`CNCF ${record.maturity}`)).toBeVisible();
  await expect(facts.getByText(/^Graduated /)).toBeVisible();

  const sourced = tools.find((tool) => (tool as unknown as { sources?: unknown[] }).sources?.length && tool.status !== 'active')!;
  const sources = (sourced as unknown as { sources: Array<{ label: string; url: string }> }).sources;
  await page.goto(`tools/${sourced.id}/`);
  const list = page.getByRole('region', { name: 'Sources' });
  await expect(list.getByRole('listitem')).toHaveCount(sources.length);
  await expect(list.getByRole('link', { name: sources[0]!.label })).toHaveAttribute('href', sources[0]!.url);
  await expect(list.getByText(/Supports: .*status/).first()).toBeVisible();
});
