/**
 * Pure helpers around content/activity.json, shared by the site, the
 * validator and the refresh and health scripts: where a repository URL
 * points, how the file is written, and how its facts read on a page.
 */
import { isoDay } from '../site/dates.ts';
import { serializeSorted } from '../catalog/sorted-json.ts';
import type { Activity, ActivityFile } from '../../schemas/activity.ts';

/** A repository URL read as host + owner/name; `slug` only for github.com. */
export interface RepositoryRef {
  host: string;
  /** owner/name, for GitHub repositories. */
  slug?: string;
}

/** Where a repository URL points; undefined for text that is not a URL. */
export function parseRepositoryUrl(url: string): RepositoryRef | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.replace(/^www\./, '').toLowerCase();
  if (host !== 'github.com') return { host };
  const [owner, name] = parsed.pathname.split('/').filter(Boolean);
  if (!owner || !name) return { host };
  return { host, slug: `${owner}/${name.replace(/\.git$/, '')}` };
}

/** GitHub treats owner/name case-insensitively; a move is a change beyond case. */
export function sameRepository(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * The file's text: ids and fields sorted, one field per line, so that a
 * refresh shows in review as a small diff of the facts that changed.
 */
export function serializeActivity(file: ActivityFile): string {
  return serializeSorted(file);
}

const numberFormat = new Intl.NumberFormat('en');
export const formatCount = (value: number): string => numberFormat.format(value);

/** Whole days from one ISO date (or date-time) to another. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(`${isoDay(to)}T00:00:00Z`) - Date.parse(`${isoDay(from)}T00:00:00Z`)) / 86_400_000);
}

/** The newest sign of life a record shows: its last commit or its latest release, whichever is later. */
export function latestActivity(activity: Activity | undefined): string | undefined {
  if (!activity) return undefined;
  const dates = [activity.lastCommit, activity.latestRelease?.date].filter((date): date is string => date !== undefined);
  return dates.sort().at(-1);
}
