// The search, in a real browser against the built site: the header combobox
// (keyboard, ARIA, lazy loading), the results page (linkable, updated as you
// type), hostile queries, and the A–Z index without JavaScript.
import { STATUS_LABELS, type Status } from '../../src/lib/status.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, readEveryPage, test } from './fixtures.ts';
import { loadTools } from '../support/real-catalog.ts';

const tools = loadTools();
const byId = new Map(tools.map((tool) => [tool.id, tool]));
const SEARCH_DATA = /\/search-index\.json$/;
const SUMMARIES = /\/search-summaries\.json$/;
const XSS = '<img src=x onerror=alert(1)>';

/** Records script dialogs and calls to alert(), so a test can prove that nothing ran. */
async function watchForScript(page: Page): Promise<() => Promise<string[]>> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const ran: string[] = [];
    (window as unknown as { __ran: string[] }).__ran = ran;
    window.alert = (message?: unknown) => void ran.push(String(message));
  });
  return async () => [...dialogs, ...(await page.evaluate(() => (window as unknown as { __ran: string[] }).__ran))];
}

const headerBox = (page: Page) => page.locator('#site-search');
const options = (page: Page) => page.locator('#site-search-listbox [role="option"]');

test.describe('header search', () => {
  test('loads no search code or data until the box is focused, and the summaries after the search data', async ({ page }) => {
    const requested: string[] = [];
    /** Requests and responses of the two search files, in the order they happened. */
    const events: string[] = [];
    const fileOf = (url: string): string | undefined => {
      const path = new URL(url).pathname;
      return SEARCH_DATA.test(path) ? 'search data' : SUMMARIES.test(path) ? 'summaries' : undefined;
    };
    page.on('request', (request) => {
      requested.push(new URL(request.url()).pathname);
      const file = fileOf(request.url());
      if (file) events.push(`request ${file}`);
    });
    page.on('response', (response) => {
      const file = fileOf(response.url());
      if (file) events.push(`response ${file}`);
    });
    await page.goto('tools/etcd/');
    await page.waitForLoadState('networkidle');
    expect(events).toEqual([]);
    const scriptsBefore = new Set(requested.filter((path) => path.endsWith('.js')));

    const summariesRequest = page.waitForRequest((request) => SUMMARIES.test(new URL(request.url()).pathname));
    await headerBox(page).focus();
    await summariesRequest;
    await expect(headerBox(page)).toHaveAttribute('role', 'combobox');
    // The combobox, the engine and fuse.js come in chunks that were not part of the page load.
    expect(requested.filter((path) => path.endsWith('.js') && !scriptsBefore.has(path)).length).toBeGreaterThan(0);
    // The summaries wait until the search data has arrived, so the first results do not share its bandwidth.
    expect(events.slice(0, 3)).toEqual(['request search data', 'response search data', 'request summaries']);

    // Once both are in, options carry the summary line.
    await page.keyboard.type('etcd');
    await expect(options(page).first().locator('.option-summary')).toContainText(byId.get('etcd')!.summary);
  });

  test('keyboard: `/` focuses, typing lists results, ↓ selects, Enter opens the tool', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await expect(headerBox(page)).toBeFocused();
    await page.keyboard.type('dokku');
    await expect(options(page).first()).toContainText('Dokku');
    await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(headerBox(page)).not.toHaveAttribute('aria-activedescendant');

    await page.keyboard.press('ArrowDown');
    const first = options(page).first();
    await expect(first).toHaveAttribute('aria-selected', 'true');
    await expect(headerBox(page)).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tools\/dokku\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dokku');
  });

  test('↑/↓ move through the results and wrap around', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('kube');
    await expect(options(page).first()).toBeVisible();
    const count = await options(page).count();
    expect(count).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(options(page).nth(count - 1)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('#site-search-listbox [aria-selected="true"]')).toHaveCount(1);
  });

  test('Esc closes the list and gives focus back to where `/` took it from', async ({ page }) => {
    await page.goto('tools/etcd/');
    const link = page.locator('main a').first();
    await link.focus();
    await page.keyboard.press('/');
    await page.keyboard.type('etcd');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-popup]')).toBeHidden();
    await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(link).toBeFocused();
    await expect(headerBox(page)).toHaveValue('etcd');
  });

  test('Ctrl+K focuses the box too, but `/` typed in another field stays there', async ({ page }) => {
    await page.goto('tools/etcd/');
    await page.keyboard.press('Control+k');
    await expect(headerBox(page)).toBeFocused();

    await page.goto('search/');
    const field = page.locator('#search-page-input');
    await field.focus();
    await page.keyboard.type('a/b');
    await expect(field).toHaveValue('a/b');
    await expect(headerBox(page)).not.toBeFocused();
  });

  test('announces how many results there are', async ({ page }) => {
    await page.goto('./');
    await headerBox(page).focus();
    await page.keyboard.type('kube');
    await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ results$/);
  });

  test('results come before the summaries do, and the selection survives their arrival', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/search-summaries\.json(\?|$)/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await page.keyboard.press('/');
    await page.keyboard.type('kube');
    await expect(options(page).first()).toContainText('Kubernetes');
    // Without the summaries an option shows its category only.
    await expect(options(page).first().locator('.option-summary')).toHaveText('Orchestration');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = options(page).nth(1);
    const chosenId = await chosen.getAttribute('data-tool-id');
    expect(chosenId).toBeTruthy();

    release();
    await expect(options(page).first().locator('.option-summary')).toContainText(byId.get('kubernetes')!.summary);
    await expect(page.locator('#site-search-listbox [aria-selected="true"]')).toHaveAttribute('data-tool-id', chosenId!);
    const selectedNow = page.locator(`#site-search-listbox [data-tool-id="${chosenId}"]`);
    await expect(headerBox(page)).toHaveAttribute('aria-activedescendant', (await selectedNow.getAttribute('id'))!);
  });

  test('finds a tool by alias and by a typo, and shows its status badge', async ({ page }) => {
    await page.goto('./');
    await headerBox(page).focus();
    await page.keyboard.type('Surf');
    await expect(options(page).first()).toContainText('Serf');
    await expect(options(page).first().locator('.option-alias')).toContainText('Surf');
    await headerBox(page).fill('');
    await page.keyboard.type('kubernets');
    await expect(options(page).first().locator('.option-name')).toHaveText('Kubernetes');
    await expect(options(page).first().locator('.option-name mark')).toHaveText('Kubernetes');
    await expect(options(page).first().locator('.status-badge')).toHaveText(STATUS_LABELS[byId.get('kubernetes')!.status as Status]);
  });

  test('shows a hostile query as text in the no-results line and runs nothing', async ({ page }) => {
    const ran = await watchForScript(page);
    await page.goto('./');
    await headerBox(page).focus();
    await page.keyboard.type(XSS);
    await expect(page.locator('[data-search-message]')).toHaveText(`No tools match “${XSS}”. Browse the categories`);
    await expect(headerBox(page)).toHaveValue(XSS);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await ran()).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with the list open, in ${colorScheme}`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await headerBox(page).focus();
      await page.keyboard.type('prom');
      await expect(options(page).first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
      const results = await new AxeBuilder({ page }).include('atlas-search').analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        ),
      ).toEqual([]);
    });
  }
});

test.describe('search page', () => {
  test('/search/?q=dokku lists Dokku first', async ({ page }) => {
    await page.goto('search/?q=dokku');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('a').first()).toHaveAttribute('href', /\/tools\/dokku\/$/);
    await expect(first.locator('.result-name')).toHaveText('Dokku');
    await expect(first.locator('.result-name mark')).toHaveText('Dokku');
    await expect(page.locator('#search-page-input')).toHaveValue('dokku');
    await expect(page).toHaveTitle(/^dokku – Search/);
  });

  test('each result links to its tool first and shows its name, summary, category and status', async ({ page }) => {
    await page.goto('search/?q=kube');
    await expect(page.locator('#search-summary')).toHaveText(/^\d+ tools match “kube”\.$/);
    const kubeTotal = Number((await page.locator('#search-summary').textContent())?.match(/^\d+/)?.[0]);
    const items = page.locator('#search-results > li');
    await expect(items.first()).toBeVisible();
    const count = await items.count();
    expect(count).toBeGreaterThan(3);
    for (let position = 0; position < count; position += 1) {
      const item = items.nth(position);
      const id = (await item.getAttribute('data-tool-id'))!;
      const tool = byId.get(id);
      expect(tool, id).toBeDefined();
      await expect(item.locator('a').first()).toHaveAttribute('href', new RegExp(`/tools/${id}/$`));
      await expect(item.locator('.result-name')).toHaveText(tool!.name);
      await expect(item.locator('.result-summary')).toHaveText(tool!.summary);
      await expect(item.locator('.status-badge')).toHaveText(STATUS_LABELS[tool!.status as Status]);
      await expect(item.locator('.result-meta a')).toHaveAttribute('href', new RegExp(`/categories/${tool!.categories[0]}/$`));
    }
    // Fifty are drawn at once; the button draws the rest.
    const total = kubeTotal;
    expect(count).toBe(Math.min(total, 50));
    await expect(page.locator('#search-summary')).toHaveText(`${total} tools match “kube”.`);
    if (total > 50) {
      await page.getByRole('button', { name: `Show ${Math.min(total - 50, 50)} more of ${total - 50}` }).click();
      await expect(items).toHaveCount(Math.min(total, 100));
    }
  });

  test('typing updates the list, the address and the title', async ({ page }) => {
    await page.goto('search/');
    await expect(page.locator('#az-index')).toBeVisible();
    const field = page.locator('#search-page-input');
    await field.pressSequentially('consul');
    await expect(page).toHaveURL(/\/search\/\?q=consul$/);
    await expect(page).toHaveTitle(/^consul – Search/);
    await expect(page.locator('#search-results > li').first()).toHaveAttribute('data-tool-id', 'consul');
    await expect(page.locator('#az-index')).toBeHidden();

    await field.fill('');
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.locator('#az-index')).toBeVisible();
  });

  test('a hostile query renders literally in the box, the summary and the title, and runs nothing', async ({ page }) => {
    const ran = await watchForScript(page);
    await page.goto(`search/?q=${encodeURIComponent(XSS)}`);
    await expect(page.locator('#search-page-input')).toHaveValue(XSS);
    await expect(page.locator('#search-summary')).toHaveText(`No tools match “${XSS}”.`);
    expect(await page.title()).toBe(`${XSS} – Search · Container Atlas`);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await ran()).toEqual([]);
  });

  test('a query with no match says so and offers the categories', async ({ page }) => {
    await page.goto('search/?q=xqzvwj');
    await expect(page.locator('#search-summary')).toHaveText('No tools match “xqzvwj”.');
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    await expect(page.locator('[data-no-results] a')).toHaveCount(6);
    await expect(page.locator('[data-no-results] a').first()).toHaveAttribute('href', /\/categories\/[a-z-]+\/$/);
  });

  test('without JavaScript, /search/ leads to A–Z pages that list every tool once with its summary', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('search/?q=kube');
    await expect(page.locator('#search-results')).toBeHidden();
    const letters = await page.locator('#az-index nav a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(letters.length).toBeGreaterThan(10);
    const ids: string[] = [];
    for (const href of letters) {
      await page.goto(href);
      // A long letter has further pages; follow them.
      ids.push(
        ...(await readEveryPage(page, () =>
          page.locator('.az-list [data-tool-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tool-id')!)),
        )),
      );
    }
    expect([...ids].sort()).toEqual(tools.map((tool) => tool.id).sort());
    await page.goto(letters.find((href) => href.endsWith('/search/e/'))!);
    const etcd = page.locator('.az-list [data-tool-id="etcd"]');
    await expect(etcd.locator('a')).toHaveAttribute('href', /\/tools\/etcd\/$/);
    await expect(etcd).toContainText(byId.get('etcd')!.summary);
    await context.close();
  });
});
