/** Pure helpers over catalog entries: ordering, grouping, counting and relations. */
import type { Status } from '../status.ts';
import { foldCase } from '../search/normalise.ts';

/** The fields these helpers need; pages pass whole entries. */
export interface ToolLike {
  id: string;
  name: string;
  status: Status;
  categories: readonly string[];
  /** The subcategory within the primary category. */
  subcategory?: string | undefined;
  successors: readonly string[];
  alternatives: readonly string[];
  tags: readonly string[];
}

/** The kebab-case id (and file name) for a tool name: "Docker Compose" → "docker-compose". */
export function toolIdFromName(name: string): string {
  return foldCase(name)
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z by name, ignoring case and accents; ids break ties so the order is stable. */
export function compareByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

export function sortByName<T extends { name: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareByName);
}

/**
 * Every lookup a page needs, built once per build in one pass over the
 * catalog, so that rendering a page costs the same however many tools there
 * are (a scan of the catalog per page would make the build quadratic).
 * Every list is sorted by name.
 */
export interface CatalogIndex<T extends ToolLike> {
  byId: ReadonlyMap<string, T>;
  /** Tools that name the key as their successor: the "Replaces" list of a tool page. */
  replaces: ReadonlyMap<string, readonly T[]>;
  /** Alternatives named on either side, so a one-sided pair still shows on both pages. */
  alternatives: ReadonlyMap<string, readonly T[]>;
  byCategory: ReadonlyMap<string, readonly T[]>;
  /** The tools of each subcategory (of their primary category). */
  bySubcategory: ReadonlyMap<string, readonly T[]>;
  byTag: ReadonlyMap<string, readonly T[]>;
}

export function indexCatalog<T extends ToolLike>(tools: readonly T[]): CatalogIndex<T> {
  const sorted = sortByName(tools);
  const byId = new Map(sorted.map((tool) => [tool.id, tool]));
  const add = (map: Map<string, T[]>, key: string, tool: T): void => {
    const list = map.get(key);
    if (!list) map.set(key, [tool]);
    else if (!list.includes(tool)) list.push(tool);
  };
  const replaces = new Map<string, T[]>();
  const alternatives = new Map<string, T[]>();
  const byCategory = new Map<string, T[]>();
  const bySubcategory = new Map<string, T[]>();
  const byTag = new Map<string, T[]>();
  // Walking the sorted list keeps every bucket sorted by name, except the alternatives, which fill from two sides.
  for (const tool of sorted) {
    for (const id of tool.successors) {
      add(replaces, id, tool);
    }
    for (const id of tool.alternatives) {
      const other = byId.get(id);
      if (!other || other === tool) continue;
      add(alternatives, tool.id, other);
      add(alternatives, id, tool);
    }
    for (const id of tool.categories) add(byCategory, id, tool);
    if (tool.subcategory) add(bySubcategory, tool.subcategory, tool);
    for (const id of tool.tags) add(byTag, id, tool);
  }
  for (const [id, list] of alternatives) alternatives.set(id, sortByName(list));
  return { byId, replaces, alternatives, byCategory, bySubcategory, byTag };
}

export function countByCategory(tools: readonly ToolLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tool of tools) {
    for (const category of tool.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}
