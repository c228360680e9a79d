/**
 * Reading the `?tools=` list of /compare/: which tools to show, which values
 * name nothing, which are over the limit, and the notices that say so.
 */
import { KEBAB_CASE } from '../../schemas/ids.ts';
import { MAX_COMPARE, MAX_ID_LENGTH } from './compare.ts';

/** How many unknown ids the compare page names before it only counts the rest. */
export const MAX_REPORTED_UNKNOWN = 5;

/** A URL can carry thousands of values; nobody compares more than this many, so the rest is not even looked at. */
const MAX_CANDIDATES = 50;

export interface CompareRequest {
  /** Ids of existing tools, first occurrence wins, in the order asked, at most MAX_COMPARE. */
  ids: string[];
  /** Values that name no tool, trimmed and shortened for display, at most MAX_REPORTED_UNKNOWN. */
  unknown: string[];
  /** How many further unknown values there were beyond `unknown`. */
  moreUnknown: number;
  /** Existing tools asked for beyond MAX_COMPARE, left out. */
  dropped: string[];
}

/** Shortens a value for display so a hostile URL cannot fill the page. */
function shorten(value: string): string {
  const chars = [...value];
  return chars.length > 40 ? `${chars.slice(0, 39).join('')}…` : value;
}

/**
 * Every candidate id in the `tools` parameters of a query string. Accepts the
 * comma list that links use (`tools=a,b`) and the repeated parameter a form
 * submits (`tools=a&tools=b`), and mixtures of both. Empty pieces are skipped.
 */
export function toolParams(search: string | URLSearchParams): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const values: string[] = [];
  for (const value of params.getAll('tools')) {
    for (const piece of value.split(',')) {
      const trimmed = piece.trim();
      if (trimmed !== '') values.push(trimmed);
      if (values.length >= MAX_CANDIDATES) return values;
    }
  }
  return values;
}

/**
 * Resolves a query string against the catalog: which tools to show, which
 * values name nothing, and which were left out over the limit. Ids are
 * matched case-insensitively ("Kubernetes" finds kubernetes).
 */
export function parseCompareQuery(search: string | URLSearchParams, exists: (id: string) => boolean): CompareRequest {
  const ids: string[] = [];
  const dropped: string[] = [];
  const unknown: string[] = [];
  let moreUnknown = 0;
  const seen = new Set<string>();
  for (const value of toolParams(search)) {
    const id = value.toLowerCase();
    if (seen.has(id)) continue;
    seen.add(id);
    if (id.length <= MAX_ID_LENGTH && KEBAB_CASE.test(id) && exists(id)) {
      (ids.length < MAX_COMPARE ? ids : dropped).push(id);
    } else if (unknown.length < MAX_REPORTED_UNKNOWN) {
      unknown.push(shorten(value));
    } else {
      moreUnknown += 1;
    }
  }
  return { ids, unknown, moreUnknown, dropped };
}

/** The notice for values that name no tool, as plain text. */
export function unknownNotice(request: Pick<CompareRequest, 'unknown' | 'moreUnknown'>): string {
  const quoted = request.unknown.map((value) => `“${value}”`);
  if (quoted.length === 0) return '';
  const more = request.moreUnknown > 0 ? ` and ${request.moreUnknown} more` : '';
  if (quoted.length === 1 && !more) return `No tool with the id ${quoted[0]}.`;
  const list = more ? quoted.join(', ') + more : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `No tools with the ids ${list}.`;
}

/** The notice for tools asked for beyond the limit, given their names. */
export function droppedNotice(names: readonly string[]): string {
  if (names.length === 0) return '';
  return `Only ${MAX_COMPARE} tools fit side by side, so ${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} left out.`;
}
