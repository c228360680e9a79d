/**
 * The search data: a slim projection of the catalog, made at build time and
 * sent to the browser in two files (packing.ts) that it fetches once the
 * reader shows that they want to search. It holds only what search matches on
 * (name, aliases, tags, summary) or what a result shows (id for the link,
 * summary, primary category, status).
 */
import type { Status } from '../status.ts';
import { sortByName } from '../catalog/catalog.ts';
import { prominence, referenceCounts } from './prominence.ts';

export interface SearchRecord {
  /** Catalog id: the result links to /tools/<id>/. */
  id: string;
  name: string;
  /** Former names, abbreviations, misspellings; left out when there are none. */
  aliases?: string[];
  /** Tag ids A–Z, left out when there are none. */
  tags?: string[];
  summary: string;
  /** Id of the primary category. */
  category: string;
  status: Status;
  /** How prominent the tool is (prominence.ts): breaks ties between equally good matches; left out when 0. */
  prominence?: number;
}

export interface SearchData {
  /** Category id → title, for the category shown with each result and the "browse the categories" links. */
  categories: Record<string, string>;
  /** Sorted A–Z by name, so a record's position doubles as its alphabetical rank. */
  tools: SearchRecord[];
}

/** What the projection reads from a catalog entry; pages pass whole entries. */
export interface ToolSource {
  id: string;
  name: string;
  aliases?: readonly string[] | undefined;
  tags?: readonly string[] | undefined;
  summary: string;
  categories: readonly string[];
  status: Status;
  successors?: readonly string[] | undefined;
  alternatives?: readonly string[] | undefined;
  /** The entry's Markdown body, where other tools are mentioned by name. */
  body?: string | undefined;
}

export function toSearchRecord(tool: ToolSource, rank = 0): SearchRecord {
  const record: SearchRecord = {
    id: tool.id,
    name: tool.name,
    summary: tool.summary,
    category: tool.categories[0] ?? '',
    status: tool.status,
  };
  if (tool.aliases && tool.aliases.length > 0) record.aliases = [...tool.aliases];
  if (tool.tags && tool.tags.length > 0) record.tags = [...tool.tags].sort();
  if (rank > 0) record.prominence = rank;
  return record;
}

/**
 * The search data of a catalog. `stars` (tool id → stars, from
 * content/activity.json) makes prominence; tools without a star count fall
 * back to how many entries refer to them (src/lib/search/prominence.ts).
 */
export function toSearchData(
  tools: readonly ToolSource[],
  categories: ReadonlyArray<{ id: string; title: string }>,
  stars: ReadonlyMap<string, number> = new Map(),
): SearchData {
  const references = referenceCounts(
    tools.map((tool) => ({
      id: tool.id,
      name: tool.name,
      successors: tool.successors ?? [],
      alternatives: tool.alternatives ?? [],
      text: `${tool.summary} ${tool.body ?? ''}`,
    })),
  );
  return {
    categories: Object.fromEntries(categories.map((category) => [category.id, category.title])),
    tools: sortByName(tools.map((tool) => toSearchRecord(tool, prominence(stars.get(tool.id), references.get(tool.id) ?? 0)))),
  };
}
