/** Every internal URL of the site, built in one place so the base path is never forgotten. */
import { pagePath } from '../filter/pagination.ts';

/** Joins the configured base path and a site-relative path ("tools/etcd/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export const homeUrl = (): string => withBase('');
export const toolUrl = (id: string): string => withBase(`tools/${id}/`);
export const categoryUrl = (id: string, page = 1): string => withBase(pagePath(`categories/${id}/`, page));
/** A subcategory's own page (and its later pages), below its category. */
export const subcategoryUrl = (categoryId: string, id: string, page = 1): string =>
  withBase(pagePath(`categories/${categoryId}/${id}/`, page));
export const tagUrl = (id: string, page = 1): string => withBase(pagePath(`tags/${id}/`, page));
export const searchUrl = (query?: string): string => withBase(query ? `search/?q=${encodeURIComponent(query)}` : 'search/');
/** A letter of the A–Z index ("a", "0-9", "other"), and its later pages. */
export const azUrl = (letter: string, page = 1): string => withBase(pagePath(`search/${letter}/`, page));
/** The compare page; ids go into one comma list, the form the page links to and shares. */
export const compareUrl = (ids: readonly string[] = []): string =>
  withBase(ids.length > 0 ? `compare/?tools=${ids.map(encodeURIComponent).join(',')}` : 'compare/');
/** The static comparison table of a whole category (and its later pages). */
export const compareCategoryUrl = (id: string, page = 1): string => withBase(pagePath(`compare/${id}/`, page));
export const newUrl = (): string => withBase('new/');
export const feedUrl = (): string => withBase('feed.xml');

/** The entry file of a tool in the repository, opened in the host's editor. */
export function editUrl(repositoryUrl: string, branch: string, toolId: string): string {
  return `${repositoryUrl}/edit/${branch}/content/tools/${toolId}.md`;
}

/** The absolute URL of a site-relative path ("tools/etcd/"), for the JSON API and other machine-read links. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = import.meta.env.BASE_URL): string {
  if (site === undefined) throw new Error('absoluteUrl needs the `site` option of astro.config.mjs');
  return new URL(withBase(path, base), site).href;
}
