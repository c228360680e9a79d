/**
 * The data behind a filterable list (a category or a tag): what the filter
 * needs to filter and sort every tool of the list, and what a card shows.
 * The pages show the list A–Z in static pages; with JavaScript, the filter
 * fetches this once (/api/lists/…) and works across the whole list.
 */
import type { Status } from '../status.ts';
import type { Activity } from '../../schemas/activity.ts';
import { latestActivity } from '../tool/activity-facts.ts';
import { isoDay } from '../site/dates.ts';
import type { FilterableTool } from './filter.ts';
import { licenseFamily } from '../catalog/license.ts';
import { CNCF_FACETS, type CncfFacet } from '../cncf/facts.ts';

export interface ListRecord extends FilterableTool {
  summary: string;
  license: string;
}

export interface ListFile {
  tools: ListRecord[];
}

interface ListTool {
  id: string;
  subcategory?: string | undefined;
  name: string;
  summary: string;
  status: Status;
  license: string;
  language?: readonly string[] | undefined;
  tags: readonly string[];
  added: string;
  firstRelease?: number | undefined;
}

export function toListRecord(tool: ListTool, activity: Activity | undefined, cncf: CncfFacet = 'not-cncf'): ListRecord {
  const last = latestActivity(activity);
  return {
    id: tool.id,
    ...(tool.subcategory === undefined ? {} : { subcategory: tool.subcategory }),
    cncf,
    name: tool.name,
    summary: tool.summary,
    status: tool.status,
    license: tool.license,
    licenseFamily: licenseFamily(tool.license),
    languages: [...(tool.language ?? [])],
    tags: [...tool.tags],
    added: tool.added,
    ...(tool.firstRelease === undefined ? {} : { firstRelease: tool.firstRelease }),
    ...(activity?.stars === undefined ? {} : { stars: activity.stars }),
    ...(last ? { lastActivity: isoDay(last) } : {}),
  };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Checks a fetched list file before the filter trusts it: a broken response leaves the static list in place. */
export function parseListFile(value: unknown): ListFile | undefined {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { tools?: unknown }).tools)) return undefined;
  const tools = (value as { tools: unknown[] }).tools;
  const valid = tools.every((item) => {
    if (typeof item !== 'object' || item === null) return false;
    const record = item as Record<string, unknown>;
    return (
      ['id', 'name', 'summary', 'status', 'license', 'licenseFamily', 'added'].every((key) => typeof record[key] === 'string') &&
      isStringArray(record['languages']) &&
      isStringArray(record['tags']) &&
      ['firstRelease', 'stars'].every((key) => record[key] === undefined || typeof record[key] === 'number') &&
      (record['lastActivity'] === undefined || typeof record['lastActivity'] === 'string') &&
      (record['subcategory'] === undefined || typeof record['subcategory'] === 'string') &&
      (CNCF_FACETS as readonly unknown[]).includes(record['cncf'])
    );
  });
  return valid ? { tools: tools as ListRecord[] } : undefined;
}
