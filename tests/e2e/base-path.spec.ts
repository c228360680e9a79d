// Runs only in the base-path build (`npm run test:base-path`, BASE_PATH=/atlas/):
// every link and request of the site must stay under the base path.
import { expect, test } from './fixtures.ts';
import { siteConfig } from '../../site.config.mjs';

const base = siteConfig.basePath;
test.skip(base === '/', 'only meaningful when the site is built under a sub-path (npm run test:base-path)');

test('no internal link or request escapes the base path', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const escaped: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(base)) escaped.push(url.pathname);
  });
  for (const path of ['./', 'categories/orchestration/', 'tools/docker-swarm/', 'about/', 'search/?q=kube', 'does-not-exist/']) {
    await page.goto(path);
    const hrefs = await page.locator('a[href], link[href], script[src], img[src], form[action]').evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('action') ?? ''),
    );
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin === origin) expect(url.pathname, `${href} on ${path}`).toMatch(new RegExp(`^${base}`));
    }
  }
  expect(escaped).toEqual([]);
});

test('the site root redirects nowhere else: the home page is served under the base path', async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(base);
});
