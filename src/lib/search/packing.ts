/**
 * How the search data travels to the browser: two static JSON files built
 * from the same projection (projection.ts).
 *
 * 1. The search data proper (/search-index.json), fetched on the first sign
 *    that the reader wants to search: ids, names, aliases, tags, category
 *    and status — everything the ranking of a name, a former name or a tag
 *    needs. It is stored by column, with tags, categories and statuses as
 *    numbers into a shared list and ids only where they are not the name in
 *    kebab case, which roughly halves its compressed size.
 * 2. The summaries (/search-summaries.json), fetched once the search data
 *    has arrived (at once on the results page). They are by far the largest
 *    part — English sentences compress to about half of the rest together —
 *    and only the lowest-weighted field, so the first results need not wait
 *    for them.
 *
 * Both files carry the same key, a hash of their content made at build time,
 * so that a browser never pairs summaries with tools of another build.
 */
import { STATUSES, type Status } from '../status.ts';
import { toolIdFromName } from '../catalog/catalog.ts';
import type { SearchData, SearchRecord } from './projection.ts';

/** Bumped whenever the layout of either file changes. */
export const PACKING_FORMAT = 2;

export interface PackedIndex {
  /** PACKING_FORMAT of the build that wrote the file. */
  format: number;
  /** Identifies the build's catalog; the summaries file carries the same key. */
  key: string;
  /** [category id, title], in the order categoryCodes count them. */
  categories: Array<[string, string]>;
  /** The statuses, in the order statusCodes count them. */
  statuses: Status[];
  /** Every tag id in use, in the order tagCodes count them. */
  tags: string[];
  /** The tools' names, A–Z: a tool's position in this list is its position in every other. */
  names: string[];
  /** Position → id, only for tools whose id is not toolIdFromName of their name ("Classic Swarm" → docker-swarm). */
  ids: Record<string, string>;
  /** Each tool's aliases, [] for none. */
  aliases: string[][];
  /** Each tool's tags as ascending positions in `tags`. */
  tagCodes: number[][];
  /** Each tool's primary category as a position in `categories`. */
  categoryCodes: number[];
  /** Each tool's status as a position in `statuses`. */
  statusCodes: number[];
  /** Each tool's prominence (0 when unknown), for ties between equally good matches. */
  prominence: number[];
}

export interface PackedSummaries {
  format: number;
  /** The key of the search data these summaries belong to. */
  key: string;
  /** Each tool's summary, in the order of PackedIndex.names. */
  summaries: string[];
}

/**
 * Splits the search data into its two files. `hash` turns a text into a short
 * fingerprint (the build passes a SHA-256; tests may pass anything stable).
 */
export function packSearchData(data: SearchData, hash: (text: string) => string): { index: PackedIndex; summaries: PackedSummaries } {
  const categories = Object.entries(data.categories);
  const categoryCode = new Map(categories.map(([id], position) => [id, position]));
  const statusCode = new Map(STATUSES.map((status, position) => [status, position]));
  const tags = [...new Set(data.tools.flatMap((tool) => tool.tags ?? []))].sort();
  const tagCode = new Map(tags.map((tag, position) => [tag, position]));
  const code = <T>(codes: ReadonlyMap<T, number>, value: T, what: string, tool: SearchRecord): number => {
    const found = codes.get(value);
    if (found === undefined) throw new Error(`${tool.id}: unknown ${what} "${String(value)}"`);
    return found;
  };

  const ids: Record<string, string> = {};
  data.tools.forEach((tool, position) => {
    if (toolIdFromName(tool.name) !== tool.id) ids[position] = tool.id;
  });
  const index: Omit<PackedIndex, 'key'> = {
    format: PACKING_FORMAT,
    categories,
    statuses: [...STATUSES],
    tags,
    names: data.tools.map((tool) => tool.name),
    ids,
    aliases: data.tools.map((tool) => tool.aliases ?? []),
    tagCodes: data.tools.map((tool) => (tool.tags ?? []).map((tag) => code(tagCode, tag, 'tag', tool)).sort((a, b) => a - b)),
    categoryCodes: data.tools.map((tool) => code(categoryCode, tool.category, 'category', tool)),
    statusCodes: data.tools.map((tool) => code(statusCode, tool.status, 'status', tool)),
    prominence: data.tools.map((tool) => tool.prominence ?? 0),
  };
  const summaries = data.tools.map((tool) => tool.summary);
  const key = hash(JSON.stringify([index, summaries]));
  return { index: { ...index, key }, summaries: { format: PACKING_FORMAT, key, summaries } };
}

/** A file that is not what this code wrote: the loader reports it as a failed load. */
export class PackingError extends Error {
  override name = 'PackingError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isCodeArray = (value: unknown, below: number): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < below);

function expectFormat(file: unknown, what: string): Record<string, unknown> {
  if (!isObject(file)) throw new PackingError(`${what}: not a JSON object`);
  if (file['format'] !== PACKING_FORMAT) throw new PackingError(`${what}: format ${String(file['format'])}, expected ${PACKING_FORMAT}`);
  if (typeof file['key'] !== 'string') throw new PackingError(`${what}: no key`);
  return file;
}

/**
 * Turns the search data file back into search records, with every summary
 * empty until addSummaries fills them in. Checks the shape as it goes: a
 * truncated or foreign file fails here with a message, not later in a query.
 */
export function unpackSearchIndex(file: unknown): { key: string; data: SearchData } {
  const packed = expectFormat(file, 'search data');
  const { categories, statuses, tags, names, ids, aliases, tagCodes, categoryCodes, statusCodes, prominence } = packed;
  if (!Array.isArray(categories) || !categories.every((pair) => isStringArray(pair) && pair.length === 2)) {
    throw new PackingError('search data: categories must be [id, title] pairs');
  }
  if (!isStringArray(statuses) || !statuses.every((status) => (STATUSES as readonly string[]).includes(status))) {
    throw new PackingError('search data: unknown status in statuses');
  }
  if (!isStringArray(tags)) throw new PackingError('search data: tags must be a list of tag ids');
  if (!isStringArray(names)) throw new PackingError('search data: names must be a list of strings');
  const count = names.length;
  const sameLength = (value: unknown): value is unknown[] => Array.isArray(value) && value.length === count;
  if (!sameLength(aliases) || !aliases.every(isStringArray)) throw new PackingError('search data: aliases must hold one list per tool');
  if (!sameLength(tagCodes) || !tagCodes.every((codes) => isCodeArray(codes, tags.length))) {
    throw new PackingError('search data: tagCodes must hold one list of tag positions per tool');
  }
  if (!sameLength(categoryCodes) || !isCodeArray(categoryCodes, categories.length)) {
    throw new PackingError('search data: categoryCodes must hold one category position per tool');
  }
  if (!sameLength(statusCodes) || !isCodeArray(statusCodes, statuses.length)) {
    throw new PackingError('search data: statusCodes must hold one status position per tool');
  }
  if (!sameLength(prominence) || !isCodeArray(prominence, 1 << 16)) {
    throw new PackingError('search data: prominence must hold one small whole number per tool');
  }
  if (!isObject(ids) || !Object.entries(ids).every(([position, id]) => typeof id === 'string' && Number(position) < count)) {
    throw new PackingError('search data: ids must map tool positions to ids');
  }

  const tools = names.map((name, position): SearchRecord => {
    const record: SearchRecord = {
      id: (ids[position] as string | undefined) ?? toolIdFromName(name),
      name,
      summary: '',
      category: (categories as Array<[string, string]>)[categoryCodes[position]!]![0],
      status: statuses[statusCodes[position]!] as Status,
    };
    const rank = prominence[position] as number;
    if (rank > 0) record.prominence = rank;
    const toolAliases = aliases[position] as string[];
    if (toolAliases.length > 0) record.aliases = toolAliases;
    const toolTags = (tagCodes[position] as number[]).map((code) => tags[code]!);
    if (toolTags.length > 0) record.tags = toolTags;
    return record;
  });
  return { key: packed['key'] as string, data: { categories: Object.fromEntries(categories as Array<[string, string]>), tools } };
}

/** The search data with its summaries filled in from the summaries file of the same build. */
export function addSummaries(data: SearchData, key: string, file: unknown): SearchData {
  const packed = expectFormat(file, 'summaries');
  if (packed['key'] !== key) throw new PackingError('summaries: from another build than the search data');
  const { summaries } = packed;
  if (!isStringArray(summaries) || summaries.length !== data.tools.length) {
    throw new PackingError('summaries: must hold one summary per tool');
  }
  return { ...data, tools: data.tools.map((tool, position) => ({ ...tool, summary: summaries[position]! })) };
}
