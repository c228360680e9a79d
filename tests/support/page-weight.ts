/**
 * Page weight of a built page, as the browser pays for it on load: HTML,
 * CSS and JavaScript bytes after gzip, the requests made before any
 * interaction, and the render-blocking ones. `npm run bench:pages` prints
 * these figures; tests/dist/budgets.test.ts holds them to the budgets below.
 */
import { gzipSync } from 'node:zlib';
import { scanHtml } from './html-scan.ts';

export const BUDGETS = {
  /** The home page's HTML fits the first round trip (initial TCP window ≈ 14 KB). */
  homeHtmlGzip: 14 * 1024,
  /** JavaScript run on load, on every page; search and other heavy code load on intent. */
  jsGzip: 4 * 1024,
  /** At most one render-blocking request, and it must be the stylesheet. */
  renderBlocking: 1,
  /**
   * HTML gzip of the pages that show the whole catalog, as a fixed part plus a share per tool, so the
   * budget grows with the catalog but not with the markup per tool.
   * - map: 10 KB + 39 B per tool reaches 400 KB at 10,000 tools, the ceiling the map is designed for
   *   (a tile is 2 elements, about 10–20 B gzip; 156 tools weigh 5.7 KB today).
   * - timeline: 12 KB + 100 B per tool; a drawn tool is an SVG bar, a label and links (about 100 B gzip),
   *   an undated one a tile (8 KB today for 156 tools).
   * - stats: 24 KB whatever the size: its charts have one row per category, licence family, top language
   *   or year, not per tool (6.8 KB today).
   */
  wholeCatalogHtmlGzip: {
    map: { base: 10 * 1024, perTool: 39 },
    timeline: { base: 12 * 1024, perTool: 100 },
    stats: { base: 24 * 1024, perTool: 0 },
  },
} as const;

export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  /** External stylesheets, gzip. */
  cssGzip: number;
  /** Scripts run on load (inline, external and their static imports), gzip. */
  jsGzip: number;
  /** Every URL fetched on load, the page itself included. */
  requests: string[];
  /** Requests that hold the first render: stylesheets and classic scripts in <head>. */
  renderBlocking: string[];
  /** Files that were referenced but are not in the build. */
  missing: string[];
}

/** Reads a built file by its URL path ("/atlas/_astro/x.js"); undefined when it does not exist. */
export type AssetReader = (urlPath: string) => Uint8Array | undefined;

const gzipSize = (data: string | Uint8Array): number => gzipSync(data, { level: 9 }).length;

/** Static `import … from "x"`, `import "x"` and `export … from "x"` in bundled code; dynamic import() is lazy and excluded. */
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

export function staticImports(code: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '').filter((specifier) => /^(?:\.{1,2}\/|\/)/.test(specifier));
}

/**
 * Measures one page. `pageUrl` is its URL path ("/atlas/tools/etcd/") so
 * relative references resolve as the browser would resolve them.
 */
export function measurePage(html: string, pageUrl: string, read: AssetReader): PageWeight {
  const page = scanHtml(html);
  const origin = 'http://site.invalid';
  const resolve = (href: string, from: string): string | undefined => {
    const url = new URL(href, new URL(from, origin));
    return url.origin === origin ? url.pathname : undefined;
  };
  const requests = new Set<string>([pageUrl]);
  const missing: string[] = [];
  const load = (path: string): Uint8Array | undefined => {
    requests.add(path);
    const data = read(path);
    if (!data) missing.push(path);
    return data;
  };

  let cssGzip = 0;
  const renderBlocking: string[] = [];
  for (const sheet of page.stylesheets) {
    const path = resolve(sheet.href, pageUrl);
    if (!path) continue;
    const data = load(path);
    if (data) cssGzip += gzipSize(data);
    if (sheet.inHead && sheet.blocking) renderBlocking.push(path);
  }

  // Inline and external scripts, then everything they import statically, each file once.
  let jsGzip = 0;
  const seen = new Set<string>();
  const queue: Array<{ path: string; code: string }> = [];
  for (const script of page.scripts) {
    if (script.inline !== undefined) {
      jsGzip += gzipSize(script.inline);
      if (script.module) queue.push({ path: pageUrl, code: script.inline });
      continue;
    }
    const path = script.src === undefined ? undefined : resolve(script.src, pageUrl);
    if (!path || seen.has(path)) continue;
    seen.add(path);
    if (script.inHead && !script.module && !script.async && !script.defer) renderBlocking.push(path);
    const data = load(path);
    if (data) {
      jsGzip += gzipSize(data);
      queue.push({ path, code: Buffer.from(data).toString('utf8') });
    }
  }
  while (queue.length > 0) {
    const { path: from, code } = queue.shift()!;
    for (const specifier of staticImports(code)) {
      const path = resolve(specifier, from);
      if (!path || seen.has(path)) continue;
      seen.add(path);
      const data = load(path);
      if (data) {
        jsGzip += gzipSize(data);
        queue.push({ path, code: Buffer.from(data).toString('utf8') });
      }
    }
  }

  for (const link of page.fetchedLinks) {
    const path = resolve(link.href, pageUrl);
    if (path) load(path);
  }
  for (const image of page.images) {
    const path = resolve(image.src, pageUrl);
    if (path && !image.lazy) load(path);
  }

  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
    cssGzip,
    jsGzip,
    requests: [...requests],
    renderBlocking,
    missing,
  };
}

/** Every budget the page exceeds, each as a sentence with the measured figure. */
export function budgetViolations(pageType: string, pageUrl: string, weight: PageWeight, toolCount = 0): string[] {
  const problems: string[] = [];
  const whole = BUDGETS.wholeCatalogHtmlGzip[pageType as keyof typeof BUDGETS.wholeCatalogHtmlGzip];
  if (whole) {
    const limit = whole.base + whole.perTool * toolCount;
    if (weight.htmlGzip > limit)
      problems.push(
        `${pageUrl}: HTML is ${weight.htmlGzip} bytes gzip, over the ${limit}-byte budget of the ${pageType} page at ${toolCount} tools`,
      );
  }
  if (pageType === 'home' && weight.htmlGzip > BUDGETS.homeHtmlGzip) {
    problems.push(`${pageUrl}: HTML is ${weight.htmlGzip} bytes gzip, over the ${BUDGETS.homeHtmlGzip}-byte home page budget`);
  }
  if (weight.jsGzip > BUDGETS.jsGzip) {
    problems.push(
      `${pageUrl}: loads ${weight.jsGzip} bytes gzip of JavaScript before any interaction, over the ${BUDGETS.jsGzip}-byte budget`,
    );
  }
  const blockingScripts = weight.renderBlocking.filter((path) => !path.endsWith('.css'));
  if (weight.renderBlocking.length > BUDGETS.renderBlocking || blockingScripts.length > 0) {
    problems.push(
      `${pageUrl}: ${weight.renderBlocking.length} render-blocking requests (${weight.renderBlocking.join(', ')}); the budget is one stylesheet`,
    );
  }
  if (weight.missing.length > 0) problems.push(`${pageUrl}: references files missing from the build: ${weight.missing.join(', ')}`);
  return problems;
}
