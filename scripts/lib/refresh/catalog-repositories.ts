/**
 * The repositories the catalog names: each tool's `repository` (or its
 * website when that is a GitHub repository), read from the entries'
 * front matter without the build. Shared by refresh and health.
 */
import { parseRepositoryUrl, type RepositoryRef } from '../../../src/lib/tool/activity-facts.ts';
import { readToolData } from '../content-files.ts';

export interface CatalogRepository {
  id: string;
  /** The entry's repository URL, or its website when that is the repository. */
  url?: string;
  ref?: RepositoryRef;
}

/** Every tool id with the repository its entry names (unreadable entries are the validator's business, and have none). */
export function readCatalogRepositories(root: string): CatalogRepository[] {
  return readToolData(root).map(({ id, data }) => {
    const repository = typeof data['repository'] === 'string' ? data['repository'] : undefined;
    const website = typeof data['website'] === 'string' ? data['website'] : undefined;
    const fromWebsite = website && parseRepositoryUrl(website)?.slug ? website : undefined;
    const url = repository ?? fromWebsite;
    if (!url) return { id };
    const ref = parseRepositoryUrl(url);
    return ref ? { id, url, ref } : { id, url };
  });
}
