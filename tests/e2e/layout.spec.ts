// Where things sit on the first screen: a tool page's facts beside its title on a wide screen, and a
// phone header short enough that content starts at once, with the search field in it.
import { expect, test } from './fixtures.ts';

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("a tool page's facts start beside its title", async ({ page }) => {
    await page.goto('tools/fleet/');
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    const facts = await page.getByRole('complementary', { name: 'Facts' }).boundingBox();
    expect(title && facts).toBeTruthy();
    // Right of the title, and starting no lower than the title's own line.
    expect(facts!.x).toBeGreaterThan(title!.x + title!.width);
    expect(facts!.y).toBeLessThanOrEqual(title!.y + title!.height);
  });
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const path of ['', 'tools/fleet/', 'categories/networking/']) {
    test(`the header of /${path} is at most 120 px tall, with the search field in it`, async ({ page }) => {
      await page.goto(path);
      const header = await page.getByRole('banner').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(120);
      // By id: once focused, the field becomes a combobox and changes its role.
      const search = page.getByRole('banner').locator('#site-search');
      await expect(search).toHaveAccessibleName('Search tools');
      await expect(search).toBeInViewport();
      await search.click();
      await expect(search).toBeFocused();
    });
  }

  test('every menu link can be reached in the one-line menu', async ({ page }) => {
    await page.goto('');
    const about = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' });
    await about.scrollIntoViewIfNeeded();
    await expect(about).toBeInViewport();
  });
});
