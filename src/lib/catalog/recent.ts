/**
 * "What's new" (/new/ and /feed.xml): which entries count as recently added or
 * re-checked. "Recently" is measured back from the newest date in the catalog,
 * never from the build clock, so the same content always builds the same pages.
 */
import { compareByName } from './catalog.ts';

/** The fields these helpers need: `added` and `verified` are YYYY-MM-DD strings. */
export interface Dated {
  id: string;
  name: string;
  added: string;
  verified: string;
}

export interface RecentOptions {
  /** How many days back from the newest catalog date count as recent. */
  windowDays?: number;
  /** List at least this many additions even when the window holds fewer. */
  minCount?: number;
  /** List at most this many, newest first, however many the window holds. */
  maxCount?: number;
}

export const RECENT_WINDOW_DAYS = 90;
export const RECENT_MIN_COUNT = 20;
/**
 * At most this many additions and re-checks: a busy quarter of a large catalog (or a bulk import) would
 * otherwise put thousands of cards on /new/ and items in the feed. 160 + 40 cards of about 20 elements keep
 * /new/ under 5,000 elements (docs/performance.md); 160 still holds the whole launch catalog.
 */
export const RECENT_MAX_COUNT = { added: 160, verified: 40 } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Moves a YYYY-MM-DD date by whole days (negative goes back), in UTC so no time zone shifts it. */
export function addDays(iso: string, days: number): string {
  if (!ISO_DATE.test(iso)) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The latest `added` or `verified` date of the catalog; YYYY-MM-DD strings order like the dates they name. */
export function newestDate(tools: readonly Dated[]): string | undefined {
  let newest: string | undefined;
  for (const tool of tools) {
    for (const date of [tool.added, tool.verified]) if (newest === undefined || date > newest) newest = date;
  }
  return newest;
}

/** Newest first; A–Z by name within a day so the order is stable. */
function byDateDesc<T extends Dated>(date: (tool: T) => string): (a: T, b: T) => number {
  return (a, b) => (date(a) === date(b) ? compareByName(a, b) : date(a) > date(b) ? -1 : 1);
}

/**
 * Tools added within the window, newest first. When the window holds fewer
 * than `minCount`, the newest `minCount` instead, completed with every tool
 * of the last day taken, so a day is never cut in half. Never more than
 * `maxCount`: past it only the newest are listed.
 */
export function recentAdditions<T extends Dated>(tools: readonly T[], options: RecentOptions = {}): T[] {
  const { windowDays = RECENT_WINDOW_DAYS, minCount = RECENT_MIN_COUNT, maxCount = RECENT_MAX_COUNT.added } = options;
  const newest = newestDate(tools);
  if (newest === undefined) return [];
  const cutoff = addDays(newest, -windowDays);
  const sorted = [...tools].sort(byDateDesc((tool) => tool.added));
  const inWindow = sorted.filter((tool) => tool.added > cutoff);
  if (inWindow.length >= minCount) return inWindow.slice(0, maxCount);
  if (sorted.length <= minCount) return sorted;
  const lastDay = sorted[minCount - 1]!.added;
  return sorted.filter((tool, index) => index < minCount || tool.added === lastDay);
}

/**
 * Tools whose facts were checked again after they joined the catalog, with
 * the re-check inside the window; most recently checked first, at most `maxCount`.
 */
export function recentlyVerified<T extends Dated>(tools: readonly T[], options: RecentOptions = {}): T[] {
  const { windowDays = RECENT_WINDOW_DAYS, maxCount = RECENT_MAX_COUNT.verified } = options;
  const newest = newestDate(tools);
  if (newest === undefined) return [];
  const cutoff = addDays(newest, -windowDays);
  return tools
    .filter((tool) => tool.verified > tool.added && tool.verified > cutoff)
    .sort(byDateDesc((tool) => tool.verified))
    .slice(0, maxCount);
}

/** Groups items under their date, newest date first, keeping the items' order within a day. */
export function groupByDate<T>(items: readonly T[], date: (item: T) => string): Array<{ date: string; items: T[] }> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = date(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups].sort(([a], [b]) => (a === b ? 0 : a > b ? -1 : 1)).map(([key, group]) => ({ date: key, items: group }));
}
