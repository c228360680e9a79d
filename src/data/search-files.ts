/**
 * The two search files of this build (see src/lib/search/packing.ts), made
 * once and shared by their endpoints and by the pages that point to them.
 */
import { getStarCounts } from './activity-records.ts';
import { getCategories, getTools } from './collections.ts';
import { fingerprint } from '../lib/site/fingerprint.ts';
import { packSearchData, type PackedIndex, type PackedSummaries } from '../lib/search/packing.ts';
import { toSearchData } from '../lib/search/projection.ts';
import { withBase } from '../lib/catalog/urls.ts';

let files: Promise<{ index: PackedIndex; summaries: PackedSummaries }> | undefined;

export function getSearchFiles(): Promise<{ index: PackedIndex; summaries: PackedSummaries }> {
  files ??= Promise.all([getTools(), getCategories(), getStarCounts()]).then(([tools, categories, stars]) =>
    packSearchData(
      toSearchData(
        tools.map((tool) => ({ ...tool, body: tool.entry.body })),
        categories,
        stars,
      ),
      fingerprint,
    ),
  );
  return files;
}

/**
 * Where the browser fetches the two files. The key in the query string
 * changes with the catalog, so a browser cache never serves one build's
 * summaries next to another build's search data.
 */
export async function searchFileUrls(): Promise<{ index: string; summaries: string }> {
  const { index } = await getSearchFiles();
  return {
    index: withBase(`search-index.json?v=${index.key}`),
    summaries: withBase(`search-summaries.json?v=${index.key}`),
  };
}
