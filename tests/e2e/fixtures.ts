/**
 * The `test` every browser test imports: Playwright's, plus a guard that
 * fails any test whose pages request another origin (the site promises no
 * third-party requests at run time) and blocks such requests so nothing
 * leaves the machine. Import `test` and `expect` from here, not from
 * @playwright/test.
 */
import { test as base, expect, type Page } from '@playwright/test';

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export const test = base.extend<{ thirdPartyGuard: void }>({
  thirdPartyGuard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const isLocal = (url: URL): boolean => LOCAL_SCHEMES.has(url.protocol) || url.origin === origin;
      const requested = new Set<string>();
      // A pattern, not a predicate: only matching requests are paused and sent to this process.
      const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      await context.route(new RegExp(`^(?!${escaped}/|data:|blob:|about:)`), async (route) => {
        requested.add(route.request().url());
        await route.abort('blockedbyclient');
      });
      // Requests that bypass routing (service workers, websockets) are still seen here.
      context.on('request', (request) => {
        if (!isLocal(new URL(request.url()))) requested.add(request.url());
      });
      context.on('page', (page) => page.on('websocket', (socket) => requested.add(socket.url())));
      await use();
      expect([...requested], 'requests to other origins (the site must load everything from itself)').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Collects console errors and uncaught exceptions, so a test can insist on none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Reads every static page of a paged list, from the page the browser is on, by following "Next →"
 * links, and returns what `read` found on each page, in order.
 */
export async function readEveryPage<T>(page: Page, read: () => Promise<T[]>): Promise<T[]> {
  const found: T[] = [];
  for (;;) {
    found.push(...(await read()));
    const next = page.getByRole('link', { name: 'Next →' });
    if ((await next.count()) === 0) return found;
    // Wait for the next page itself, or the list of the page being left is read twice.
    const href = (await next.getAttribute('href'))!;
    await next.click();
    await expect(page).toHaveURL(new URL(href, page.url()).href);
  }
}
