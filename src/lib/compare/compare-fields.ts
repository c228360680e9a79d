/**
 * The rows of the compare table and what each cell holds, worked out from a
 * tool's published data (/api/tools/<id>.json). Pure, so the page script only
 * has to turn these descriptions into cloned elements.
 */
import type { Status } from '../status.ts';
import type { Activity } from '../../schemas/activity.ts';
import type { CncfRecord } from '../../schemas/cncf.ts';
import { CNCF_FACET_LABELS, cncfSteps } from '../cncf/facts.ts';
import { formatCount } from '../tool/activity-facts.ts';
import { formatDay } from '../site/dates.ts';
import { categoryUrl, tagUrl, toolUrl } from '../catalog/urls.ts';

export const COMPARE_FIELDS = [
  { key: 'summary', label: 'Summary' },
  { key: 'status', label: 'Status' },
  { key: 'cncf', label: 'CNCF' },
  { key: 'license', label: 'Licence' },
  { key: 'language', label: 'Languages' },
  { key: 'organization', label: 'Organisation' },
  { key: 'first-release', label: 'First release' },
  { key: 'stars', label: 'Stars' },
  { key: 'last-commit', label: 'Last commit' },
  { key: 'latest-release', label: 'Latest release' },
  { key: 'activity-as-of', label: 'Activity as of' },
  { key: 'categories', label: 'Categories' },
  { key: 'tags', label: 'Tags' },
  { key: 'successors', label: 'Successors' },
  { key: 'links', label: 'Links' },
] as const;

export type CompareFieldKey = (typeof COMPARE_FIELDS)[number]['key'];

export interface Link {
  text: string;
  href: string;
}

/** What one cell shows: a text, a status with its note, a list of links, or "Not recorded". */
export type CompareCell =
  | { kind: 'text'; text: string }
  | { kind: 'status'; status: Status; note?: string; since?: string }
  | { kind: 'links'; links: Link[] }
  /** A fact the entry does not record, or activity not fetched yet (never shown as 0). */
  | { kind: 'none'; label: 'Not recorded' | 'No data yet' };

/** The part of /api/tools/<id>.json that the compare table reads. */
export interface ComparedTool {
  tool: {
    id: string;
    name: string;
    summary: string;
    status: Status;
    statusNote?: string;
    statusSince?: string;
    license: string;
    language?: string[];
    organization?: string;
    firstRelease?: number;
    categories: string[];
    tags: string[];
    successors: string[];
    website: string;
    repository?: string;
    docs?: string;
    activity?: Activity;
    cncf?: CncfRecord;
  };
  names: { categories: Record<string, string>; tags: Record<string, string>; tools: Record<string, string> };
}

const text = (value: string | number | undefined): CompareCell =>
  value === undefined || value === '' ? { kind: 'none', label: 'Not recorded' } : { kind: 'text', text: String(value) };

const fetched = (value: string | undefined): CompareCell =>
  value === undefined ? { kind: 'none', label: 'No data yet' } : { kind: 'text', text: value };

const links = (list: Link[]): CompareCell => (list.length === 0 ? { kind: 'none', label: 'Not recorded' } : { kind: 'links', links: list });

export function compareCell({ tool, names }: ComparedTool, key: CompareFieldKey): CompareCell {
  switch (key) {
    case 'summary':
      return text(tool.summary);
    case 'status':
      return {
        kind: 'status',
        status: tool.status,
        ...(tool.statusNote ? { note: tool.statusNote } : {}),
        ...(tool.statusSince ? { since: tool.statusSince } : {}),
      };
    case 'cncf': {
      if (!tool.cncf) return { kind: 'text', text: CNCF_FACET_LABELS['not-cncf'] };
      const latest = cncfSteps(tool.cncf).at(-1);
      return { kind: 'text', text: `${CNCF_FACET_LABELS[tool.cncf.maturity]}${latest ? ` since ${formatDay(latest.date)}` : ''}` };
    }
    case 'license':
      return text(tool.license);
    case 'language':
      return text(tool.language?.join(', '));
    case 'organization':
      return text(tool.organization);
    case 'first-release':
      return text(tool.firstRelease);
    case 'stars':
      return fetched(tool.activity?.stars === undefined ? undefined : formatCount(tool.activity.stars));
    case 'last-commit':
      return fetched(tool.activity?.lastCommit === undefined ? undefined : formatDay(tool.activity.lastCommit));
    case 'latest-release': {
      const release = tool.activity?.latestRelease;
      return fetched(release ? `${release.tag}, ${formatDay(release.date)}` : undefined);
    }
    case 'activity-as-of':
      return fetched(tool.activity ? formatDay(tool.activity.fetchedAt) : undefined);
    case 'categories':
      return links(tool.categories.map((id) => ({ text: names.categories[id] ?? id, href: categoryUrl(id) })));
    case 'tags':
      return links(tool.tags.map((id) => ({ text: names.tags[id] ?? id, href: tagUrl(id) })));
    case 'successors':
      return links(tool.successors.map((id) => ({ text: names.tools[id] ?? id, href: toolUrl(id) })));
    case 'links':
      return links(
        [
          { text: 'Website', href: tool.website },
          { text: 'Source code', href: tool.repository },
          { text: 'Documentation', href: tool.docs },
        ].filter((link): link is Link => link.href !== undefined),
      );
  }
}

/** Checks a fetched document's shape before the page trusts it: a broken response becomes a notice, not an error. */
export function isComparedTool(value: unknown): value is ComparedTool {
  if (typeof value !== 'object' || value === null) return false;
  const { tool, names } = value as Record<string, unknown>;
  if (typeof tool !== 'object' || tool === null || typeof names !== 'object' || names === null) return false;
  const fields = tool as Record<string, unknown>;
  const lists = ['categories', 'tags', 'successors'].every(
    (key) => Array.isArray(fields[key]) && (fields[key] as unknown[]).every((item) => typeof item === 'string'),
  );
  const strings = ['id', 'name', 'summary', 'status', 'license', 'website'].every((key) => typeof fields[key] === 'string');
  const table = names as Record<string, unknown>;
  const maps = ['categories', 'tags', 'tools'].every((key) => typeof table[key] === 'object' && table[key] !== null);
  return lists && strings && maps;
}
