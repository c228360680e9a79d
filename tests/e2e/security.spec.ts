// The Content-Security-Policy at work in a real browser: the site's own scripts run, anything
// injected does not, and no request can reach another origin.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { typePages } from '../support/pages.ts';

const pages = typePages();

/** Collects CSP violation reports from the first moment of the page, before any of its scripts. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const store: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: store });
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
}
const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...((window as unknown as { __cspViolations: string[] }).__cspViolations ?? [])]);

for (const { label, url } of pages) {
  test(`the ${label} page loads without a CSP violation and refuses injected scripts`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await recordViolations(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    // The site's own scripts ran: the bundled module defined the theme toggle.
    expect(await page.evaluate(() => customElements.get('atlas-theme-toggle') !== undefined)).toBe(true);
    expect(await violations(page), 'violations while loading').toEqual([]);

    const external = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedInline = true;';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.injectedHandler = true');
      const failed = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
      image.src = 'data:,not-an-image';
      document.body.append(image);
      await failed;
      const link = document.createElement('a');
      link.href = 'javascript:window.injectedUrl = true';
      document.body.append(link);
      link.click();
      return fetch('https://example.org/tracker.js').then(
        () => 'fetched',
        () => 'refused',
      );
    });
    expect(external).toBe('refused');
    // Each attempt is reported: the inline script, the event handler, the javascript: URL and the fetch.
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThanOrEqual(4);
    const reported = await violations(page);
    expect(reported.filter((entry) => entry.startsWith('script-src-elem inline')).length).toBe(2);
    expect(reported.some((entry) => entry.startsWith('script-src-attr inline'))).toBe(true);
    expect(reported.some((entry) => entry.startsWith('connect-src https://example.org'))).toBe(true);
    const ran = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return [w['injectedInline'], w['injectedHandler'], w['injectedUrl']];
    });
    expect(ran).toEqual([undefined, undefined, undefined]);
    expect(errors).toEqual([]);
  });
}

test('the saved theme is applied before the page is drawn, by the hashed inline script', async ({ page }) => {
  await recordViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
  expect(await violations(page)).toEqual([]);
});

test('links to other sites open without a referrer or an opener', async ({ page }) => {
  await page.goto('tools/kubernetes/');
  const external = page.locator('a[href^="http"]');
  expect(await external.count()).toBeGreaterThan(0);
  for (const rel of await external.evaluateAll((links) => links.map((link) => link.getAttribute('rel') ?? ''))) {
    expect(rel.split(/\s+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
});

test.describe('the third-party guard', () => {
  // The guard must fail a test whose page reaches another origin; this test expects that failure.
  test('fails a test whose page requests another origin', async ({ page }) => {
    test.fail();
    await page.goto('about:blank');
    await page.evaluate(() => fetch('https://example.org/').catch(() => undefined));
  });
});
