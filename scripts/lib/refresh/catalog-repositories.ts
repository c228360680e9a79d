/**
 * The repositories the catalog names: each tool's `repository` (or its
 * website when that is a GitHub repository), read from the entries'
 * front matter without the build. Shared by refresh and health.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseRepositoryUrl, type RepositoryRef } from '../../../src/lib/tool/activity-facts.ts';
import { splitFrontMatter } from '../front-matter.ts';

export interface CatalogRepository {
  id: string;
  /** The entry's repository URL, or its website when that is the repository. */
  url?: string;
  ref?: RepositoryRef;
}

/** Every tool id with the repository its entry names (unreadable entries are the validator's business, and skipped). */
export function readCatalogRepositories(root: string): CatalogRepository[] {
  const dir = join(root, 'content/tools');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const id = name.replace(/\.md$/, '');
      let data: Record<string, unknown> = {};
      try {
        const split = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
        if (split.ok) data = (parse(split.yaml) as Record<string, unknown> | null) ?? {};
      } catch {
        // A broken entry has no repository as far as refresh is concerned; `npm run validate` reports it.
      }
      const repository = typeof data['repository'] === 'string' ? data['repository'] : undefined;
      const website = typeof data['website'] === 'string' ? data['website'] : undefined;
      const fromWebsite = website && parseRepositoryUrl(website)?.slug ? website : undefined;
      const url = repository ?? fromWebsite;
      if (!url) return { id };
      const ref = parseRepositoryUrl(url);
      return ref ? { id, url, ref } : { id, url };
    });
}
