/**
 * Fetches the search data and builds the index, once per page: the header
 * box and the results page share it. The index is built in slices so that a
 * large catalog never blocks input for long.
 */
import { buildIndexInSlices, type SearchIndex } from '../../lib/search/engine.ts';
import type { SearchData } from '../../lib/search/projection.ts';

const loads = new Map<string, Promise<SearchIndex>>();

export function loadIndex(url: string): Promise<SearchIndex> {
  let load = loads.get(url);
  if (!load) {
    load = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.json() as Promise<SearchData>;
      })
      .then((data) => buildIndexInSlices(data));
    // A failed load (offline, say) may be retried on the next keystroke.
    load.catch(() => loads.delete(url));
    loads.set(url, load);
  }
  return load;
}
