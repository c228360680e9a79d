// The base-path project (playwright.config.ts) runs this on the build under /atlas/ (`npm run build:base-path`):
// every link and request of the site must stay under the base path.
import { expect, test } from './fixtures.ts';

test.beforeEach(({ baseURL }) => {
  expect(new URL(baseURL!).pathname, 'this spec runs on the base-path build only').not.toBe('/');
});

test('no internal link or request escapes the base path', async ({ page, baseURL }) => {
  const { origin, pathname: base } = new URL(baseURL!);
  const escaped: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(base)) escaped.push(url.pathname);
  });
  for (const path of ['./', 'categories/orchestration/', 'tools/docker-swarm/', 'about/', 'search/?q=kube', 'does-not-exist/']) {
    await page.goto(path);
    const hrefs = await page
      .locator('a[href], link[href], script[src], img[src], form[action]')
      .evaluateAll((nodes) =>
        nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('action') ?? ''),
      );
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin === origin) expect(url.pathname, `${href} on ${path}`).toMatch(new RegExp(`^${base}`));
    }
  }
  expect(escaped).toEqual([]);
});

test('the site root redirects nowhere else: the home page is served under the base path', async ({ page, baseURL }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(new URL(baseURL!).pathname);
});
