/**
 * Fetches the search files and builds the index, once per page: the header
 * box and the results page share it. It comes in two stages
 * (src/lib/search/packing.ts): first an index of names, aliases and tags,
 * then, once the summaries have arrived, the full index. Both are built in
 * slices so that a large catalog never blocks input for long.
 */
import { buildIndexInSlices, type SearchIndex } from '../../lib/search/engine.ts';
import { addSummaries, unpackSearchIndex } from '../../lib/search/packing.ts';
import type { SearchData } from '../../lib/search/projection.ts';

export interface SearchUrls {
  index: string;
  summaries: string;
}

export interface SearchLoad {
  /** Names, aliases and tags: enough for most queries, and first to arrive. */
  core: Promise<SearchIndex>;
  /** Everything, summaries included; rejects when they cannot be loaded (core stays usable). */
  full: Promise<SearchIndex>;
}

interface Load {
  data: Promise<{ key: string; data: SearchData }>;
  core: Promise<SearchIndex>;
  summaries?: Promise<unknown> | undefined;
  full?: Promise<SearchIndex> | undefined;
}

/** The file addresses a page gives its search element (data-index-url, data-summaries-url). */
export function searchUrlsOf(element: HTMLElement): SearchUrls {
  return { index: element.dataset['indexUrl'] ?? '', summaries: element.dataset['summariesUrl'] ?? '' };
}

const loads = new Map<string, Load>();

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

/**
 * Starts (or joins) the loading of the search. The summaries are requested
 * once the search data has arrived, so the two never share the bandwidth the
 * first results wait for; `eager` requests both at once, for the results
 * page, which shows every summary anyway. A failed stage is forgotten, so
 * calling again retries it.
 */
export function loadSearch(urls: SearchUrls, { eager = false } = {}): SearchLoad {
  let load = loads.get(urls.index);
  if (!load) {
    const data = fetchJson(urls.index).then(unpackSearchIndex);
    let started: Load;
    if (eager) {
      // A page that asks for everything at once (the results page) shows nothing before the full index,
      // so only that one is built, not the core index first and the full one again after it: at 10,000
      // tools that took 40% off its first results (docs/performance.md). Should the summaries fail,
      // the core index is built instead.
      const summaries = fetchJson(urls.summaries);
      const full = Promise.all([data, summaries]).then(([{ key, data: core }, file]) => buildIndexInSlices(addSummaries(core, key, file)));
      started = { data, summaries, full, core: full.catch(() => data.then(({ data: core }) => buildIndexInSlices(core))) };
      forgetOnFailure(started, full);
    } else started = { data, core: data.then(({ data: core }) => buildIndexInSlices(core)) };
    started.core.catch(() => {
      if (loads.get(urls.index) === started) loads.delete(urls.index);
    });
    loads.set(urls.index, started);
    load = started;
  }
  const current = load;
  if (eager) current.summaries ??= fetchJson(urls.summaries);
  if (!current.full) {
    const summaries = (current.summaries ??= current.data.then(() => fetchJson(urls.summaries)));
    // The full index is built after the core one, never alongside it: the first results come first.
    const full = Promise.all([current.data, summaries, current.core]).then(([{ key, data }, file]) =>
      buildIndexInSlices(addSummaries(data, key, file)),
    );
    current.full = full;
    forgetOnFailure(current, full);
  }
  return { core: current.core, full: current.full };
}

/** Forgets a failed full index and its summaries, so that the next call retries them. */
function forgetOnFailure(load: Load, full: Promise<SearchIndex>): void {
  full.catch(() => {
    if (load.full !== full) return;
    load.full = undefined;
    load.summaries = undefined;
  });
}
