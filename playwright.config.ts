import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './scripts/browser.mjs';
import { siteConfig } from './site.config.mjs';

const port = Number(process.env['PREVIEW_PORT'] ?? 4321);
const executablePath = findBrowser();
const browser = { ...devices['Desktop Chrome'], launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS } };

/** The second build (`npm run build:base-path`): the site under a sub-path, as on a project page. */
export const BASE_PATH_RUN = { base: '/atlas/', outDir: './dist-atlas', port: port + 1 } as const;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['github']] : 'list',
  use: { trace: 'off' },
  projects: [
    {
      name: 'chromium',
      testIgnore: /base-path\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${port}${siteConfig.basePath}` },
    },
    {
      // Navigation, search and compare again, plus the base-path checks, on the build under /atlas/.
      name: 'base-path',
      testMatch: /(pages|search|compare|base-path)\.spec\.ts/,
      use: { ...browser, baseURL: `http://127.0.0.1:${BASE_PATH_RUN.port}${BASE_PATH_RUN.base}` },
    },
  ],
  // --ignore-lock: run alongside any preview server a developer already has open.
  webServer: [
    {
      command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}${siteConfig.basePath}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `BASE_PATH=${BASE_PATH_RUN.base} OUT_DIR=${BASE_PATH_RUN.outDir} npx astro preview --ignore-lock --host 127.0.0.1 --port ${BASE_PATH_RUN.port}`,
      url: `http://127.0.0.1:${BASE_PATH_RUN.port}${BASE_PATH_RUN.base}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
  ],
});
