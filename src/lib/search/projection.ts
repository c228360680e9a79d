/**
 * The search data: a slim projection of the catalog, written to
 * /search-index.json at build time and fetched by the browser on the first
 * sign that the reader wants to search. It holds only what search matches on
 * (name, aliases, tags, summary) or what a result shows (id for the link,
 * summary, primary category, status).
 */
import { LIVE_STATUSES, type Status } from '../../schemas/ids.ts';

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
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function toSearchRecord(tool: ToolSource): SearchRecord {
  const record: SearchRecord = { id: tool.id, name: tool.name, summary: tool.summary, category: tool.categories[0] ?? '', status: tool.status };
  if (tool.aliases && tool.aliases.length > 0) record.aliases = [...tool.aliases];
  if (tool.tags && tool.tags.length > 0) record.tags = [...tool.tags].sort();
  return record;
}

export function toSearchData(tools: readonly ToolSource[], categories: ReadonlyArray<{ id: string; title: string }>): SearchData {
  return {
    categories: Object.fromEntries(categories.map((category) => [category.id, category.title])),
    tools: tools
      .map(toSearchRecord)
      .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

/** Whether a tool can be adopted today (ids.ts is free of zod, so the browser chunk can share its list). */
export function isLiveStatus(status: Status): boolean {
  return LIVE_STATUSES.includes(status);
}
