/**
 * Filtering and sorting of tool lists, shared by the build (the no-JS order)
 * and the <atlas-filter> element (the reader's choices, kept in the URL).
 */
import { isLive, STATUSES, type Status } from '../status.ts';
import { compareByName } from '../catalog/catalog.ts';
import type { LicenseFamily } from '../catalog/license.ts';
import { CNCF_FACETS, type CncfFacet } from '../cncf/facts.ts';

/** What a list item needs for filtering; the page writes it into data-* attributes. */
export interface FilterableTool {
  id: string;
  name: string;
  status: Status;
  licenseFamily: LicenseFamily;
  /** The subcategory within the primary category. */
  subcategory?: string | undefined;
  /** CNCF maturity, or not-cncf. */
  cncf?: CncfFacet | undefined;
  languages: readonly string[];
  tags: readonly string[];
  /** YYYY-MM-DD */
  added: string;
  firstRelease?: number | undefined;
  /** Stars on the repository's host (content/activity.json), when known. */
  stars?: number | undefined;
  /** YYYY-MM-DD of the newest commit or release, when known. */
  lastActivity?: string | undefined;
}

export const SORTS = ['name', 'added', 'first-release', 'stars', 'activity'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = {
  name: 'Name (A–Z)',
  added: 'Recently added',
  'first-release': 'First release (oldest first)',
  stars: 'Most stars',
  activity: 'Latest activity',
};

export type StatusFilter = 'all' | 'live' | Status;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'live', ...STATUSES];

export interface FilterState {
  subcategory: string;
  status: StatusFilter;
  cncf: 'all' | CncfFacet;
  license: 'all' | LicenseFamily;
  language: string;
  tag: string;
  sort: Sort;
}

export const DEFAULT_STATE: FilterState = {
  subcategory: 'all',
  status: 'all',
  cncf: 'all',
  license: 'all',
  language: 'all',
  tag: 'all',
  sort: 'name',
};

/** The facets a reader can narrow by (sort is not a facet). */
export const FACETS = ['subcategory', 'status', 'cncf', 'license', 'language', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

/** Reads the state from a query string, ignoring anything unknown or malformed. */
/** The option values a page offers; a query naming anything else is ignored. */
export interface KnownOptions {
  subcategories?: readonly string[];
  statuses?: readonly string[];
  languages: readonly string[];
  tags: readonly string[];
  licenses: readonly string[];
}

export function parseFilterState(params: URLSearchParams, known: KnownOptions): FilterState {
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(key);
    return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  };
  return {
    subcategory: pick('subcategory', ['all', ...(known.subcategories ?? [])], 'all'),
    cncf: pick('cncf', ['all', ...CNCF_FACETS] as Array<'all' | CncfFacet>, 'all'),
    status: pick(
      'status',
      STATUS_FILTERS.filter((status) => !known.statuses || known.statuses.includes(status)),
      'all',
    ),
    license: pick('license', ['all', ...known.licenses] as Array<'all' | LicenseFamily>, 'all'),
    language: pick('language', ['all', ...known.languages], 'all'),
    tag: pick('tag', ['all', ...known.tags], 'all'),
    sort: pick('sort', SORTS, 'name'),
  };
}

/** The query string for a state, leaving out defaults so the plain URL stays plain. */
export function serializeFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of [...FACETS, 'sort'] as const) {
    if (state[key] !== DEFAULT_STATE[key]) params.set(key, state[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matchesFacet(tool: FilterableTool, facet: Facet, value: string): boolean {
  if (value === 'all') return true;
  switch (facet) {
    case 'subcategory':
      return tool.subcategory === value;
    case 'cncf':
      return (tool.cncf ?? 'not-cncf') === value;
    case 'status':
      return value === 'live' ? isLive(tool.status) : tool.status === value;
    case 'license':
      return tool.licenseFamily === value;
    case 'language':
      return tool.languages.includes(value);
    case 'tag':
      return tool.tags.includes(value);
  }
}

export function matches(tool: FilterableTool, state: FilterState, except?: Facet): boolean {
  return FACETS.every((facet) => facet === except || matchesFacet(tool, facet, state[facet]));
}

// The same A–Z as the built lists, so the no-JS order and the sorted order never differ.
const byName = compareByName;

export function compareTools(sort: Sort): (a: FilterableTool, b: FilterableTool) => number {
  switch (sort) {
    case 'name':
      return byName;
    case 'added':
      return (a, b) => b.added.localeCompare(a.added) || byName(a, b);
    case 'first-release':
      // Tools without a known first release go last rather than first.
      return (a, b) => (a.firstRelease ?? Infinity) - (b.firstRelease ?? Infinity) || byName(a, b);
    case 'stars':
      // Unknown is not zero: tools without data go after every tool with some, A–Z.
      return (a, b) => (b.stars ?? -1) - (a.stars ?? -1) || byName(a, b);
    case 'activity':
      return (a, b) => (b.lastActivity ?? '').localeCompare(a.lastActivity ?? '') || byName(a, b);
  }
}

/** The tools a state shows, in its order. */
export function applyFilters<T extends FilterableTool>(tools: readonly T[], state: FilterState): T[] {
  return tools.filter((tool) => matches(tool, state)).sort(compareTools(state.sort));
}

/**
 * How many tools each option of a facet would show, given the other facets'
 * current choices — so a reader sees what a click will give before making it.
 */
export function facetCounts(
  tools: readonly FilterableTool[],
  state: FilterState,
  facet: Facet,
  options: readonly string[],
): Map<string, number> {
  const pool = tools.filter((tool) => matches(tool, state, facet));
  return new Map(options.map((option) => [option, pool.filter((tool) => matchesFacet(tool, facet, option)).length]));
}
