// `npm run bench:interactions -- --tools=N [--dist=DIR]`: how fast the pages answer at scale, in
// Playwright's Chromium against a build of a synthetic catalog of N tools served on 127.0.0.1:
//   (a) a filter changed and cleared on the largest category page: change event → next frame (≤ 100 ms)
//   (b) a keystroke on /search/ with results showing: keydown → next frame (≤ 50 ms)
//   (c) the first query on a fresh /search/ page, search data already in the browser cache:
//       focus and typing → results drawn (≤ 500 ms)
// Each figure is the median of --runs runs (default 7), with the worst run beside it; the target is
// judged on the median. Without --dist it first builds the catalog (like bench:build, unmeasured).
// A benchmark, not a test: it exits 0 whatever the figures.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { serveStatic } from '../tests/support/static-server.ts';
import { CHROMIUM_ARGS, findBrowser } from './browser.mjs';
import { createScaleProject, runBuild } from './lib/bench/scale-project.ts';

function fail(message: string): never {
  console.error(`bench:interactions: ${message}`);
  process.exit(1);
}

let options;
try {
  options = parseArgs({
    options: { tools: { type: 'string', default: '1000' }, dist: { type: 'string' }, runs: { type: 'string', default: '7' } },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)} (options: --tools=N, --dist=DIR, --runs=N)`);
}
const tools = Number(options.tools);
const runs = Number(options.runs);
if (!Number.isInteger(tools) || tools < 150) fail(`--tools must be a whole number of at least 150, not "${options.tools}"`);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a positive whole number, not "${options.runs}"`);

let distDir: string;
let cleanup = (): void => {};
if (options.dist) {
  distDir = resolve(options.dist);
  if (!existsSync(join(distDir, 'index.html')))
    fail(`${distDir} has no index.html: give the folder of a finished build (npm run bench:build -- --tools=${tools} --keep)`);
} else {
  const project = createScaleProject(resolve(import.meta.dirname, '..'), tools);
  distDir = mkdtempSync(join(tmpdir(), `atlas-interactions-${tools}-`));
  console.log(`Building ${project.tools} synthetic tools…`);
  const build = await runBuild(project, distDir);
  if (!build.ok) fail(`astro build failed:\n${build.output.split('\n').slice(-30).join('\n')}`);
  cleanup = () => {
    rmSync(project.dir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  };
}

/** The category with the most pages of cards. */
const categoriesDir = join(distDir, 'categories');
const largest = readdirSync(categoriesDir)
  .map((id) => ({ id, pages: 1 + readdirSync(join(categoriesDir, id)).filter((name) => /^\d+$/.test(name)).length }))
  .reduce((a, b) => (b.pages > a.pages ? b : a));

// In the page: resolves with the milliseconds from the next `event` on the document (captured before
// the page's own handlers see it) to the first frame drawn after `watched` changes. The change is seen
// by a MutationObserver; a message posted from its callback is handled once that frame's rendering
// work is done, which is the usual way to time "to next frame" from inside a page.
const ARM = `(([event, watched]) => {
  window.__timing = new Promise((resolve) => {
    document.addEventListener(event, () => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        observer.disconnect();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(0);
      });
      observer.observe(document.querySelector(watched), { subtree: true, childList: true, characterData: true, attributes: true });
    }, { once: true, capture: true });
  });
})`;

async function timed(page: Page, event: string, watched: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate(`${ARM}(${JSON.stringify([event, watched])})`);
  await act();
  return page.evaluate<number>('window.__timing');
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Row {
  what: string;
  values: number[];
  target?: number;
}
const rows: Row[] = [];

const server = await serveStatic(distDir);
const executablePath = findBrowser();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const url = (path: string): string => new URL(path, server.origin).href;

  // (a) The largest category page: the first change loads the filter and the list's data; then changes and clears.
  await page.goto(url(`categories/${largest.id}/`));
  const status = page.locator('form[data-filter-form] select[name="status"]');
  const firstChange = await timed(page, 'change', 'atlas-filter', () => status.selectOption('live').then(() => undefined));
  rows.push({ what: `filter: first change on /categories/${largest.id}/ (loads the list data)`, values: [firstChange] });
  const changes: number[] = [];
  const clears: number[] = [];
  const sorts: number[] = [];
  await page.locator('form[data-filter-form] button[type="reset"]').click();
  await page.waitForFunction(() => !document.querySelector('[data-filter-count]')?.textContent?.includes(' of '));
  for (let run = 0; run < runs; run += 1) {
    changes.push(
      await timed(page, 'change', 'atlas-filter', () => status.selectOption(run % 2 === 0 ? 'live' : 'archived').then(() => undefined)),
    );
    sorts.push(
      await timed(page, 'change', 'atlas-filter', () =>
        page
          .locator('form[data-filter-form] select[name="sort"]')
          .selectOption(run % 2 === 0 ? 'stars' : 'added')
          .then(() => undefined),
      ),
    );
    clears.push(await timed(page, 'reset', 'atlas-filter', () => page.locator('form[data-filter-form] button[type="reset"]').click()));
  }
  rows.push({ what: 'filter: change a filter → next frame', values: changes, target: 100 });
  rows.push({ what: 'filter: change the sort → next frame', values: sorts, target: 100 });
  rows.push({ what: 'filter: clear the filters → next frame', values: clears, target: 100 });

  // (b) Keystrokes on /search/ with results showing.
  await page.goto(url('search/'));
  const box = page.locator('#search-page-input');
  await box.click();
  await page.keyboard.type('k');
  await page.locator('#search-results > li').first().waitFor();
  const keystrokes: number[] = [];
  const words = ['ube', 'ubectl', 'o'];
  for (let run = 0; keystrokes.length < runs * 3; run += 1) {
    const typed = words[run % words.length]!;
    for (const key of typed) keystrokes.push(await timed(page, 'keydown', '[data-results]', () => page.keyboard.press(key)));
    for (const _ of typed) keystrokes.push(await timed(page, 'keydown', '[data-results]', () => page.keyboard.press('Backspace')));
  }
  rows.push({ what: 'search: a keystroke with results showing → next frame', values: keystrokes, target: 50 });

  // (c) A fresh /search/ page; the visit above left its data in the cache.
  const firsts: number[] = [];
  let fromCache = true;
  for (let run = 0; run < runs; run += 1) {
    await page.goto(url('search/'));
    await page.waitForLoadState('load');
    firsts.push(
      await timed(page, 'focus', '#search-results', async () => {
        await box.focus();
        await page.keyboard.insertText('kube');
      }),
    );
    fromCache &&= await page.evaluate<boolean>(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /search-(index|summaries)/.test(entry.name))
        .every((entry) => (entry as PerformanceResourceTiming).transferSize === 0),
    );
  }
  rows.push({
    what: `search: first query on a fresh page${fromCache ? ' (data from the cache)' : ' (data NOT from the cache)'} → results drawn`,
    values: firsts,
    target: 500,
  });
} finally {
  await browser.close();
  await server.close();
  cleanup();
}

console.log(
  `\n# Interactions at scale: ${tools} tools (largest category: ${largest.id}, ${largest.pages} ${largest.pages === 1 ? 'page' : 'pages'} of cards; ${runs} runs)`,
);
const width = Math.max(...rows.map((row) => row.what.length));
for (const row of rows) {
  const mid = median(row.values);
  const verdict = row.target === undefined ? '' : `  target ≤ ${row.target} ms: ${mid <= row.target ? 'met' : 'missed'}`;
  const spread = row.values.length > 1 ? `  (worst ${Math.max(...row.values).toFixed(1)} ms)` : '';
  console.log(`${row.what.padEnd(width)}  ${mid.toFixed(1).padStart(7)} ms${spread}${verdict}`);
}
