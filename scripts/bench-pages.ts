// `npm run bench:pages`: page weight of the built site (run `npm run build` first), per page type:
// HTML, CSS and on-load JavaScript bytes after gzip, requests on load and render-blocking requests,
// with the budgets that tests/dist/budgets.test.ts enforces.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distReader, listBuiltPages, PAGE_TYPES } from '../tests/support/built-pages.ts';
import { BUDGETS, budgetViolations, measurePage, type PageWeight } from '../tests/support/page-weight.ts';
import { siteConfig } from '../site.config.mjs';

const distDir = resolve(process.env['OUT_DIR'] ?? 'dist');
if (!existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir} has no index.html: run \`npm run build\` first`);
  process.exit(1);
}
const base = siteConfig.basePath;
const read = distReader(distDir, base);
const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');
const toolCount = pages.filter((page) => page.type === 'tool').length;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const rows: string[][] = [
  ['page type', 'pages', 'HTML gzip (max)', 'CSS gzip', 'JS on load gzip (max)', 'requests (max)', 'render-blocking', 'largest page'],
];
const problems: string[] = [];
for (const type of PAGE_TYPES) {
  const ofType = pages.filter((page) => page.type === type);
  if (ofType.length === 0) continue;
  const measured = ofType.map((page) => {
    const url = base + page.path;
    const weight: PageWeight = measurePage(readFileSync(join(distDir, page.file), 'utf8'), url, read);
    problems.push(...budgetViolations(type, url, weight, toolCount));
    return { url, weight };
  });
  const max = (pick: (weight: PageWeight) => number): number => Math.max(...measured.map(({ weight }) => pick(weight)));
  const largest = measured.reduce((a, b) => (b.weight.htmlGzip > a.weight.htmlGzip ? b : a));
  rows.push([
    type,
    String(ofType.length),
    kb(max((w) => w.htmlGzip)),
    kb(max((w) => w.cssGzip)),
    kb(max((w) => w.jsGzip)),
    String(max((w) => w.requests.length)),
    String(max((w) => w.renderBlocking.length)),
    largest.url,
  ]);
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
for (const [index, row] of rows.entries()) {
  console.log(
    row
      .map((cell, column) => (column === 0 || column === row.length - 1 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  '),
  );
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}
console.log(
  `\nBudgets: home HTML ≤ ${kb(BUDGETS.homeHtmlGzip)} gzip; JS on load ≤ ${kb(BUDGETS.jsGzip)} gzip on every page; ` +
    `≤ ${BUDGETS.renderBlocking} render-blocking request (the stylesheet).`,
);
if (problems.length > 0) {
  console.log(`\nOver budget:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exitCode = 1;
} else console.log('All pages are within budget.');
