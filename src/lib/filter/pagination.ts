/** Splits long lists into static pages with stable URLs: page 1 at the list's own path, then /2/, /3/… */

/**
 * How many items a static page of each list holds: enough to scan (and to search with the browser's
 * find), few enough to stay under the page budgets at 10,000 tools (about five elements per A–Z row,
 * about fifteen per tool card).
 */
export const PAGE_SIZE = { azIndex: 400, toolCards: 60, compareRows: 100 } as const;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** Position of the first item in the whole list (0-based). */
  start: number;
}

/** Always at least one page, so an empty list still has its page. */
export function paginate<T>(items: readonly T[], size: number): Array<ListPage<T>> {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
    start: index * size,
  }));
}

/** The path of page `number` of a list whose first page is at `path` ("categories/more/" → "categories/more/2/"). */
export function pagePath(path: string, number: number): string {
  const base = path.endsWith('/') ? path : `${path}/`;
  return number <= 1 ? base : `${base}${number}/`;
}

/** The `[...page]` route parameter of page `number`: none for the first page, so its URL stays the list's own. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}

/**
 * " (page 2 of 3)" after the title of one page of a list split over several, or nothing when the list
 * fits on one. Pages whose first page stands for the whole list (a category, whose filter may show
 * every tool) pass `fromSecond` and name only the later pages.
 */
export function pageNote(page: Pick<ListPage<unknown>, 'number' | 'count'>, { fromSecond = false } = {}): string {
  if (page.count < 2 || (fromSecond && page.number < 2)) return '';
  return ` (page ${page.number} of ${page.count})`;
}
