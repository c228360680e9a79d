/**
 * The pages of a build (dist/), each with its URL and page type, so the
 * quality gates cover every page type that exists (tags, compare, search…)
 * as soon as it is built, without a list to keep up to date.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const PAGE_TYPES = [
  'home',
  'category',
  'category-page',
  'subcategory',
  'subcategory-page',
  'tool',
  'tags',
  'tag',
  'tag-page',
  'search',
  'az-index',
  'compare',
  'compare-category',
  'new',
  'about',
  'map',
  'timeline',
  'stats',
  '404',
  'redirect',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface BuiltPage {
  /** The file, relative to the build directory: "tools/etcd/index.html". */
  file: string;
  /** The page's path below the base path: "tools/etcd/", "" for home, "404.html". */
  path: string;
  type: PageType;
}

const REDIRECT_PAGE = /<meta\s+http-equiv=["']?refresh/i;

/** The page type of a site-relative path ("tools/etcd/"); redirect pages are recognised by their content. */
export function pageTypeOf(path: string): PageType {
  if (path === '') return 'home';
  if (path === '404.html' || path === '404/') return '404';
  const [first, second, ...rest] = path.replace(/\/$/, '').split('/');
  const nested = second !== undefined && rest.length === 0;
  // A later page of a paged list: /categories/more/2/.
  const paged = second !== undefined && rest.length === 1 && /^[2-9]\d*$|^1\d+$/.test(rest[0] ?? '');
  // A subcategory below its category, /categories/networking/cni-plugins/, and its later pages.
  const subcategory = rest.length === 1 && !paged && !/^\d+$/.test(rest[0] ?? '');
  const subcategoryPage = rest.length === 2 && /^[2-9]\d*$|^1\d+$/.test(rest[1] ?? '');
  if (first === 'categories')
    return nested ? 'category' : paged ? 'category-page' : subcategory ? 'subcategory' : subcategoryPage ? 'subcategory-page' : 'other';
  if (first === 'tools' && nested) return 'tool';
  if (first === 'tags' && second !== undefined) return nested ? 'tag' : paged ? 'tag-page' : 'other';
  if (first === 'search' && second !== undefined) return nested || paged ? 'az-index' : 'other';
  if (first === 'compare' && second !== undefined) return nested || paged ? 'compare-category' : 'other';
  if (
    second === undefined &&
    (first === 'tags' ||
      first === 'search' ||
      first === 'compare' ||
      first === 'new' ||
      first === 'about' ||
      first === 'map' ||
      first === 'timeline' ||
      first === 'stats')
  )
    return first;
  return 'other';
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : entry.name.endsWith('.html') ? [full] : [];
  });
}

/** Every HTML page of the build, sorted by path. */
export function listBuiltPages(distDir: string): BuiltPage[] {
  return walk(distDir)
    .map((full) => {
      const file = relative(distDir, full).split(sep).join('/');
      const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
      const type = REDIRECT_PAGE.test(readFileSync(full, 'utf8').slice(0, 600)) ? 'redirect' : pageTypeOf(path);
      return { file, path, type };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One page per type: the largest file of its type, since it carries the most
 * components (banners, alternatives…). Pages of no known type are each their
 * own kind, so all of them are included; redirect pages are not.
 */
export function representativePages(distDir: string, pages: readonly BuiltPage[] = listBuiltPages(distDir)): BuiltPage[] {
  const best = new Map<PageType, { page: BuiltPage; size: number }>();
  const others: BuiltPage[] = [];
  for (const page of pages) {
    if (page.type === 'redirect') continue;
    if (page.type === 'other') {
      others.push(page);
      continue;
    }
    const size = readFileSync(join(distDir, page.file)).length;
    const current = best.get(page.type);
    if (!current || size > current.size) best.set(page.type, { page, size });
  }
  const typed = PAGE_TYPES.flatMap((type) => {
    const found = best.get(type);
    return found ? [found.page] : [];
  });
  return [...typed, ...others];
}

/**
 * Reads a built file by the URL path the browser would request
 * ("/atlas/_astro/x.js", "/atlas/tools/etcd/"); undefined when the build has no such file.
 */
export function distReader(distDir: string, basePath: string): (urlPath: string) => Uint8Array | undefined {
  return (urlPath) => {
    if (!urlPath.startsWith(basePath)) return undefined;
    const rest = decodeURIComponent(urlPath.slice(basePath.length));
    const file = join(distDir, rest.endsWith('/') || rest === '' ? `${rest}index.html` : rest);
    try {
      return statSync(file).isFile() ? readFileSync(file) : undefined;
    } catch {
      return undefined;
    }
  };
}
