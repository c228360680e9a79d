// The pictures of the catalog in a browser: the map links every tool once, the timeline names and links a
// replaced tool's successor, all three pages work without JavaScript, the map prints without its chrome,
// and the badge Markdown can be copied.
import { expect, test, watchErrors } from './fixtures.ts';
import { loadTools } from '../support/real-catalog.ts';

const tools = loadTools();

test('the map links every tool exactly once, each with its status in words', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('map/');
  const tiles = page.locator('.catalog-map .tiles a');
  await expect(tiles).toHaveCount(tools.length);
  const hrefs = await tiles.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(new Set(hrefs).size).toBe(tools.length);
  expect(hrefs.map((href) => href.replace(/^.*\/tools\/([^/]+)\/$/, '$1')).sort()).toEqual(tools.map((tool) => tool.id).sort());
  // The status is in the accessible name, not only in the colour.
  await expect(page.getByRole('link', { name: 'Classic Swarm (archived)' })).toBeVisible();
  await page.getByRole('link', { name: 'Classic Swarm (archived)' }).click();
  await expect(page).toHaveURL(/\/tools\/docker-swarm\/$/);
  expect(errors).toEqual([]);
});

test('the timeline shows Classic Swarm replaced by Swarm mode, and the successor link leads there', async ({ page }) => {
  await page.goto('timeline/');
  const orchestration = page.getByRole('region', { name: 'Orchestration: timeline, scrolls sideways' });
  const swarm = orchestration.getByRole('link', { name: 'Classic Swarm', exact: true });
  await expect(swarm).toBeVisible();
  const label = orchestration.locator('text').filter({ has: page.getByRole('link', { name: 'Classic Swarm', exact: true }) });
  await expect(label).toContainText('archived, 2015–2020');
  const successor = label.getByRole('link', { name: '→ Docker Swarm mode' });
  await expect(successor).toBeVisible();
  // Playwright aims its clicks at SVG links inside <text> by quads that miss the glyphs; a reader's mouse at the
  // middle of the link's box (what getBoundingClientRect says) lands on it.
  await successor.scrollIntoViewIfNeeded();
  const box = (await successor.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/tools\/docker-swarm-mode\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, heading] of [
    ['map/', 'Map of the catalog'],
    ['timeline/', 'Timeline of the container ecosystem'],
    ['stats/', 'Statistics'],
  ] as const) {
    test(`${path} shows its whole content`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      if (path === 'stats/') {
        // Status by category and by subcategory, licences, languages, first releases, growth.
        await expect(page.locator('svg[role="img"]')).toHaveCount(6);
        await expect(page.getByRole('table')).toHaveCount(6);
      } else {
        await expect(page.getByRole('link', { name: /Kubernetes/ }).first()).toBeVisible();
      }
    });
  }
});

test('the map prints without the page chrome, with every tile', async ({ page }) => {
  await page.goto('map/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.picture-nav')).toBeHidden();
  await expect(page.locator('.catalog-map .tiles a').last()).toBeVisible();
});

test('the badge Markdown of a tool page can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('tools/docker-swarm/');
  await expect(page.getByRole('img', { name: 'Container Atlas: archived' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy the badge Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Copied|Selected/ })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
  if (copied) expect(copied).toMatch(/^\[!\[Container Atlas: archived\]\(.+\/badges\/docker-swarm\.svg\)\]\(.+\/tools\/docker-swarm\/\)$/);
});
