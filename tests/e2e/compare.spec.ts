// Compare: the Compare buttons, the tray and its storage, and the /compare/ page with and without JavaScript.
import { PAGE_SIZE } from '../../src/lib/filter/pagination.ts';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, watchErrors } from './fixtures.ts';
import { loadTools } from '../support/real-catalog.ts';

const tools = loadTools();
const byId = new Map(tools.map((tool) => [tool.id, tool]));
const tool = (id: string) => {
  const found = byId.get(id);
  if (!found) throw new Error(`content/tools/${id}.md is missing`);
  return found;
};
const k8s = tool('kubernetes');
const nomad = tool('nomad');

/** The tool names heading the table's columns; assertions on it retry until the script has built the table. */
const columns = (page: Page) => page.locator('[data-output] thead th[scope="col"] a.name');
const tray = (page: Page) => page.getByRole('region', { name: /^Compare/ });
const trayNames = (page: Page) => tray(page).locator('.name');

test('compare flow: add two tools from two pages, open the tray, see both columns', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`categories/${k8s.categories[0]}/`);
  await expect(tray(page)).toBeHidden();
  const addK8s = page.getByRole('button', { name: `Compare ${k8s.name}`, exact: true });
  await expect(addK8s).toHaveAttribute('aria-pressed', 'false');
  await addK8s.click();
  await expect(addK8s).toHaveAttribute('aria-pressed', 'true');
  await expect(tray(page)).toBeVisible();
  await expect(trayNames(page)).toHaveText([k8s.name]);

  // A different page: the selection came along, and the tool page has its own button.
  await page.goto(`tools/${nomad.id}/`);
  await expect(trayNames(page)).toHaveText([k8s.name]);
  await page
    .locator('.tool-header')
    .getByRole('button', { name: `Compare ${nomad.name}` })
    .click();
  await expect(trayNames(page)).toHaveText([k8s.name, nomad.name]);

  // Back on the first page, its button shows the stored choice.
  await page.goBack();
  await expect(addK8s).toHaveAttribute('aria-pressed', 'true');
  await expect(trayNames(page)).toHaveText([k8s.name, nomad.name]);

  await tray(page).getByRole('link', { name: 'Compare (2)' }).click();
  await expect(page).toHaveURL(/\/compare\/\?tools=kubernetes,nomad$/);
  await expect(columns(page)).toHaveText([k8s.name, nomad.name]);
  const licence = page.getByRole('row', { name: /^Licence/ });
  await expect(licence.getByRole('cell')).toHaveText([k8s.license, nomad.license]);
  await expect(page.getByRole('table')).toHaveAccessibleName(`${k8s.name} and ${nomad.name} side by side`);
  expect(errors).toEqual([]);
});

test('/compare/?tools=kubernetes,nope shows Kubernetes and a notice about nope', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('compare/?tools=kubernetes,nope');
  await expect(columns(page)).toHaveText([k8s.name]);
  await expect(page.locator('.notice')).toContainText(['No tool with the id “nope”.']);
  await expect(page.getByRole('row', { name: /^Status/ }).getByRole('cell')).toContainText(['Active']);
  // The page learns that "nope" is no tool from the 404 of its data file; the browser logs that request.
  expect(errors.filter((error) => !/status of 404/.test(error))).toEqual([]);
});

test('the page accepts repeated tools= parameters, as the form sends them, and shortens the address', async ({ page }) => {
  await page.goto('compare/?tools=nomad&tools=kubernetes&tools=nomad');
  await expect(columns(page)).toHaveText([nomad.name, k8s.name]);
  await expect(page).toHaveURL(/\/compare\/\?tools=nomad,kubernetes$/);
});

test('the page fetches only the chosen tools, and a broken response becomes a notice', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) requested.push(new URL(request.url()).pathname);
  });
  await page.route('**/api/tools/nomad.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"tool":' }));
  await page.goto('compare/?tools=kubernetes,nomad');
  await expect(columns(page)).toHaveText([k8s.name]);
  await expect(page.locator('.notice')).toContainText(['The facts of nomad could not be loaded; try again later.']);
  expect(requested.map((path) => path.replace(/^.*\/api\//, 'api/')).sort()).toEqual(['api/tools/kubernetes.json', 'api/tools/nomad.json']);
});

test('more than four tools: the first four are shown and the rest named in a notice', async ({ page }) => {
  const five = tools.slice(0, 5);
  await page.goto(`compare/?tools=${five.map((entry) => entry.id).join(',')}`);
  await expect(columns(page)).toHaveText(five.slice(0, 4).map((entry) => entry.name));
  await expect(page.locator('.notice')).toContainText([`Only 4 tools fit side by side, so ${five[4]!.name} was left out.`]);
});

test('the add box adds the best match for a name, typos included', async ({ page }) => {
  await page.goto('compare/');
  const box = page.getByLabel('Add a tool by name');
  await box.fill('kubernets');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/compare\/\?tools=kubernetes$/);
  await expect(columns(page)).toHaveText([k8s.name]);
  await page.getByLabel('Add a tool by name').fill('nomad');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page).toHaveURL(/\/compare\/\?tools=kubernetes,nomad$/);
  await expect(columns(page)).toHaveText([k8s.name, nomad.name]);
  await page.getByLabel('Add a tool by name').fill('qqqqzzzz');
  await page.getByLabel('Add a tool by name').press('Enter');
  await expect(page.locator('.notice')).toContainText(['No tool matches “qqqqzzzz”.']);
});

test('hostile values in the query are shown as text and never become markup', async ({ page }) => {
  const errors = watchErrors(page);
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)>';
  await page.goto(`compare/?tools=${encodeURIComponent(hostile)},kubernetes,nomad`);
  await expect(page.locator('.notice')).toHaveText([`No tool with the id “${hostile}”.`]);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
  expect(errors).toEqual([]);
});

test('removing a column links to the comparison without it', async ({ page }) => {
  await page.goto('compare/?tools=kubernetes,nomad');
  await page.getByRole('link', { name: `Remove ${k8s.name} from the comparison` }).click();
  await expect(page).toHaveURL(/\/compare\/\?tools=nomad$/);
  await expect(columns(page)).toHaveText([nomad.name]);
  await expect(page.locator('.notice')).toContainText(['Add at least one more tool to compare it with.']);
});

test('a fifth tool is refused with an explanation, and a removal makes room', async ({ page }) => {
  // PaaS fits on one page, so all five are on it.
  const [first, second, third, fourth, fifth] = tools.filter((entry) => entry.categories.includes('paas'));
  expect(fifth).toBeDefined();
  await page.goto('categories/paas/');
  for (const entry of [first, second, third, fourth])
    await page.getByRole('button', { name: `Compare ${entry!.name}`, exact: true }).click();
  const addFifth = page.getByRole('button', { name: `Compare ${fifth!.name}`, exact: true });
  await addFifth.click();
  await expect(addFifth).toHaveAttribute('aria-pressed', 'false');
  await expect(tray(page)).toContainText(`You can compare up to 4 tools. Remove one to add ${fifth!.name}.`);
  await expect(trayNames(page)).toHaveCount(4);

  await tray(page)
    .getByRole('button', { name: `Remove ${first!.name}` })
    .click();
  await expect(page.getByRole('button', { name: `Compare ${first!.name}`, exact: true })).toHaveAttribute('aria-pressed', 'false');
  // Focus stays in the tray, on the next remove button.
  await expect(tray(page).getByRole('button', { name: `Remove ${second!.name}` })).toBeFocused();
  await addFifth.click();
  await expect(trayNames(page)).toHaveText([second!.name, third!.name, fourth!.name, fifth!.name]);
});

test('the tray can be hidden and cleared, and keeps its state across pages', async ({ page }) => {
  await page.goto(`tools/${k8s.id}/`);
  await page
    .locator('.tool-header')
    .getByRole('button', { name: `Compare ${k8s.name}` })
    .click();
  const hide = tray(page).getByRole('button', { name: 'Hide' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.click();
  await expect(trayNames(page)).toBeHidden();
  await expect(tray(page).getByRole('link', { name: 'Compare (1)' })).toBeVisible();

  await page.goto(`tools/${nomad.id}/`);
  await expect(tray(page).getByRole('button', { name: 'Show' })).toHaveAttribute('aria-expanded', 'false');
  await tray(page).getByRole('button', { name: 'Show' }).click();
  await expect(trayNames(page)).toHaveText([k8s.name]);

  await tray(page).getByRole('button', { name: 'Clear' }).click();
  await expect(tray(page)).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('atlas:compare'))).toBe('[]');
});

test('a change in one tab shows in another', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(`tools/${k8s.id}/`);
  await second.goto(`tools/${k8s.id}/`);
  await first
    .locator('.tool-header')
    .getByRole('button', { name: `Compare ${k8s.name}` })
    .click();
  await expect(second.locator('.tool-header').getByRole('button', { name: `Compare ${k8s.name}` })).toHaveAttribute('aria-pressed', 'true');
  await expect(trayNames(second)).toHaveText([k8s.name]);
});

test('broken storage is ignored rather than breaking the page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('about/');
  await page.evaluate(() => localStorage.setItem('atlas:compare', '{"not":"a list"'));
  await page.goto(`categories/${k8s.categories[0]}/`);
  await expect(tray(page)).toBeHidden();
  await expect(page.getByRole('button', { name: `Compare ${k8s.name}`, exact: true })).toHaveAttribute('aria-pressed', 'false');
  expect(errors).toEqual([]);
});

test('the compare page and the open tray pass axe, also at 375 px', async ({ page }) => {
  // axe walks every node, and the page carries a check box and a fact sheet for each tool.
  test.setTimeout(120_000);
  await page.goto(`tools/${nomad.id}/`);
  await page
    .locator('.tool-header')
    .getByRole('button', { name: `Compare ${nomad.name}` })
    .click();
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('compare/?tools=kubernetes,nomad,nope');
    await expect(page.getByRole('table')).toBeVisible();
    // The hidden fact sheets are data for the table (checked without JavaScript below), not content here.
    const results = await new AxeBuilder({ page }).exclude('.sheets').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`)).toEqual([]);
    // The table scrolls inside its own region; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no Compare buttons or tray, and each category has a comparison table of its tools', async ({ page }) => {
    await page.goto(`tools/${k8s.id}/`);
    await expect(page.getByRole('button', { name: `Compare ${k8s.name}` })).toHaveCount(0);
    await expect(tray(page)).toHaveCount(0);

    await page.goto('compare/');
    await expect(page.getByLabel('Add a tool by name')).toBeHidden();
    await page.getByRole('link', { name: 'Orchestration', exact: true }).click();
    await expect(page).toHaveURL(/\/compare\/orchestration\/$/);
    const orchestration = tools.filter((entry) => entry.categories.includes('orchestration'));
    // The table is paged like the lists: the first page holds up to PAGE_SIZE.compareRows tools.
    await expect(page.locator('tbody tr')).toHaveCount(Math.min(orchestration.length, PAGE_SIZE.compareRows));
    // Kubernetes is on whichever page its place in the A–Z order puts it.
    const row = page.locator(`tbody tr[data-tool-id="${k8s.id}"]`);
    const pages = Math.ceil(orchestration.length / PAGE_SIZE.compareRows);
    for (let number = 2; number <= pages && (await row.count()) === 0; number += 1) await page.goto(`compare/orchestration/${number}/`);
    await expect(row.getByRole('rowheader')).toHaveText(k8s.name);
    await expect(row.getByRole('cell').nth(1)).toHaveText(k8s.license);
  });
});
