// `npm run bench:build -- --tools=N`: the site at scale. Generates a valid synthetic catalog of N tools
// in a temporary copy of the project, runs a cold `astro build` there and prints the build time, peak
// memory, page count, time per tool page, and per page type its largest page (bytes, gzip, DOM elements),
// then every HTML page over the scale budgets (tests/support/page-scale.ts) as "over budget" lines.
// A benchmark, not a test: it exits 0 whatever the figures, and 1 only when it could not measure.
//
//   --tools=N        catalog size (default 1000; at least 150)
//   --out=DIR        where the build goes (default: a temporary folder, removed unless --keep)
//   --keep           keep the project copy and the build, and print where they are
//   --validate       run `npm run validate` on the generated catalog before building
//   --profile=DIR    write a CPU profile of the build (node --cpu-prof) into DIR
//   --dist=DIR       measure an existing build of N tools instead of building
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listBuiltPages, PAGE_TYPES, type BuiltPage } from '../tests/support/built-pages.ts';
import { measureHtml, scaleViolations, SCALE_BUDGETS, type PageScale } from '../tests/support/page-scale.ts';
import { createScaleProject, runBuild, type BuildRun } from './lib/bench/scale-project.ts';

const root = resolve(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`bench:build: ${message}`);
  process.exit(1);
}

let options;
try {
  options = parseArgs({
    options: {
      tools: { type: 'string', default: '1000' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      validate: { type: 'boolean', default: false },
      profile: { type: 'string' },
      dist: { type: 'string' },
    },
  }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)} (see the options at the top of scripts/bench-build.ts)`);
}
const tools = Number(options.tools);
if (!Number.isInteger(tools) || tools < 150) fail(`--tools must be a whole number of at least 150, not "${options.tools}"`);

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let build: BuildRun | undefined;
let distDir: string;
let cleanup = (): void => {};
if (options.dist) {
  distDir = resolve(options.dist);
  if (!existsSync(join(distDir, 'index.html'))) fail(`${distDir} has no index.html: give the folder of a finished build`);
} else {
  const started = performance.now();
  const project = createScaleProject(root, tools);
  console.log(`Generated ${project.tools} tools in ${project.dir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  if (options.validate) {
    const validate = spawnSync(process.execPath, ['scripts/validate.ts'], { cwd: project.dir, encoding: 'utf8' });
    const lines = validate.stdout.trim().split('\n');
    console.log(`validate: ${validate.status === 0 ? lines.at(-1) : `FAILED\n${lines.slice(0, 20).join('\n')}`}`);
    if (validate.status !== 0) fail('the generated catalog is not valid; fix tests/support/synthetic-project.ts');
  }
  const tempOut = !options.out;
  distDir = options.out ? resolve(options.out) : mkdtempSync(join(tmpdir(), `atlas-scale-dist-${tools}-`));
  build = await runBuild(project, distDir, options.profile ? resolve(options.profile) : undefined);
  if (!build.ok) fail(`astro build failed after ${build.seconds.toFixed(1)} s:\n${build.output.split('\n').slice(-40).join('\n')}`);
  cleanup = () => {
    if (options.keep) {
      console.log(`\nKept the project copy ${project.dir} and the build ${distDir}`);
      return;
    }
    rmSync(project.dir, { recursive: true, force: true });
    if (tempOut) rmSync(distDir, { recursive: true, force: true });
  };
}

const pages = listBuiltPages(distDir);
const measured = new Map<BuiltPage, PageScale>();
for (const page of pages) measured.set(page, measureHtml(readFileSync(join(distDir, page.file))));
const toolPages = pages.filter((page) => page.type === 'tool').length;

console.log(`\n# Build at scale: ${tools} tools`);
if (build) {
  console.log(
    `cold build        ${build.seconds.toFixed(1)} s${build.cpuSeconds === undefined ? '' : ` (CPU ${build.cpuSeconds.toFixed(1)} s, user + system)`}`,
  );
  console.log(`peak memory       ${build.peakBytes === undefined ? 'unknown (no /usr/bin/time)' : mb(build.peakBytes)}`);
}
console.log(
  `HTML pages        ${pages.length} (${toolPages} tool pages, ${pages.filter((page) => page.type === 'redirect').length} redirects)`,
);
if (build && toolPages > 0)
  console.log(`per tool page     ${((build.seconds * 1000) / toolPages).toFixed(1)} ms (build time / tool pages)`);
const api = join(distDir, 'api', 'tools.json');
if (existsSync(api))
  console.log(
    `/api/tools.json   ${kb(measureHtml(readFileSync(api)).bytes)}, ${kb(measureHtml(readFileSync(api)).gzip)} gzip (JSON, exempt)`,
  );

const rows: string[][] = [['page type', 'pages', 'largest page', 'bytes', 'gzip', 'elements']];
for (const type of PAGE_TYPES) {
  const ofType = pages.filter((page) => page.type === type);
  if (ofType.length === 0) continue;
  const largest = ofType.reduce((a, b) => (measured.get(b)!.bytes > measured.get(a)!.bytes ? b : a));
  const scale = measured.get(largest)!;
  rows.push([type, String(ofType.length), `/${largest.path}`, kb(scale.bytes), kb(scale.gzip), String(scale.elements)]);
}
const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
console.log('');
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => (column <= 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}

const over = pages.flatMap((page) => {
  const problems = scaleViolations(page.path, measured.get(page)!, tools);
  return problems.length > 0 ? [`over budget: /${page.path} (${page.type}): ${problems.join(', ')}`] : [];
});
console.log(
  `\nBudgets: every HTML page ≤ ${kb(SCALE_BUDGETS.htmlGzip)} gzip and ≤ ${SCALE_BUDGETS.elements} elements; ` +
    `${SCALE_BUDGETS.wholeCatalog.paths.map((path) => `/${path}`).join(' and ')} ≤ ${kb(SCALE_BUDGETS.wholeCatalog.htmlGzip)} gzip and ≤ ${SCALE_BUDGETS.wholeCatalog.elementsPerTool} elements a tool.`,
);
if (over.length > 0) {
  console.log(`${over.length} ${over.length === 1 ? 'page is' : 'pages are'} over budget:`);
  for (const line of over.slice(0, 50)) console.log(`  ${line}`);
  if (over.length > 50) console.log(`  … and ${over.length - 50} more`);
} else console.log('All pages are within budget.');
if (build && tools >= 10000) console.log(`Target at 10,000 tools: cold build ≤ 60 s: ${build.seconds <= 60 ? 'met' : 'missed'}`);
cleanup();
