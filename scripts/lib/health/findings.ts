/**
 * `npm run health`: compares each entry with its activity record and says
 * what looks wrong. It proposes, never edits: a person reads the project's
 * own news before changing a status.
 */
import { daysBetween, parseRepositoryUrl, sameRepository } from '../../../src/lib/tool/activity-facts.ts';
import { formatDay, isoDay } from '../../../src/lib/site/dates.ts';
import type { Activity } from '../../../src/schemas/activity.ts';
import { repositoryKey } from '../../../src/lib/cncf/match.ts';
import type { CncfRecord } from '../../../src/schemas/cncf.ts';

export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** The front-matter field the finding is about. */
  field: string;
  message: string;
  /** What to change, as lines a maintainer can paste into the front matter. */
  suggestion?: string;
}

export interface EntryFacts {
  id: string;
  file: string;
  status?: string | undefined;
  license?: string | undefined;
  repository?: string | undefined;
  website?: string | undefined;
  verified?: string | undefined;
  locate: (field: string) => { line: number; column: number };
}

/** Licence answers that name no licence: GitHub's "Other" and SPDX's NOASSERTION. */
const UNNAMED_LICENCES = new Set(['noassertion', 'other', 'none']);

const monthYear = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export function checkEntry(entry: EntryFacts, activity: Activity | undefined, today: string): Finding[] {
  const findings: Finding[] = [];
  const add = (severity: Severity, field: string, message: string, suggestion?: string): void => {
    const at = entry.locate(field);
    findings.push({ file: entry.file, ...at, severity, field, message, ...(suggestion ? { suggestion } : {}) });
  };
  const url = entry.repository ?? (entry.website && parseRepositoryUrl(entry.website)?.slug ? entry.website : undefined);
  const repositoryField = entry.repository ? 'repository' : 'website';
  const ref = url ? parseRepositoryUrl(url) : undefined;
  const status = entry.status ?? '';

  if (!activity) {
    const why = !ref
      ? 'the entry names no repository'
      : ref.slug
        ? 'run `npm run refresh -- ' + entry.id + '`'
        : `${ref.host} is not GitHub: check its activity by hand`;
    add('notice', ref ? repositoryField : 'status', `no activity record (${why})`);
  } else {
    const host = `github.com/${activity.repository}`;
    if (activity.archived === true && ['active', 'maintained', 'inactive'].includes(status)) {
      add(
        'error',
        'status',
        `the host marks ${host} archived, but the entry says ${status}`,
        `status: archived\nstatusSince: ${activity.fetchedAt.slice(0, 7)}\nstatusNote: "The repository was archived by its owners; the code stays available read-only."`,
      );
    }
    if (ref?.slug && !sameRepository(ref.slug, activity.repository) && activity.notFoundSince === undefined) {
      add('error', repositoryField, `the repository moved: ${ref.slug} is now ${host}`, `${repositoryField}: https://${host}`);
    }
    if (activity.notFoundSince) {
      add(
        'warning',
        repositoryField,
        `GitHub has not found ${activity.repository} since ${activity.notFoundSince}: it was deleted, made private or moved without a redirect`,
        'find where the project went; if it is gone, consider status: defunct',
      );
    }
    const last = activity.lastCommit;
    if (last && (status === 'active' || status === 'maintained')) {
      // Quiet up to the day the record describes: a stale record says nothing about the months after it
      // (that is the "over 30 days old" notice), so it must not make a project look dormant.
      const days = daysBetween(last, activity.fetchedAt < today ? activity.fetchedAt : today);
      const month = monthYear.format(new Date(`${isoDay(last)}T00:00:00Z`));
      if (days >= 730) {
        add(
          'warning',
          'status',
          `no commit on the default branch for ${Math.floor(days / 365)} years (last ${isoDay(last)}), but the entry says ${status}`,
          `status: inactive\nstatusSince: ${last.slice(0, 7)}\nstatusNote: "The last commit to its default branch was on ${formatDay(last)}, with no word from its owners since."`,
        );
      } else if (days >= 365 && status === 'active') {
        add(
          'warning',
          'status',
          `no commit on the default branch for over a year (last ${isoDay(last)}), but the entry says active`,
          `status: maintained\nstatusSince: ${last.slice(0, 7)}\nstatusNote: "Fixes only since ${month}; little new development."`,
        );
      }
    }
    const detected = activity.license;
    if (detected && entry.license && !UNNAMED_LICENCES.has(detected.toLowerCase()) && !['proprietary', 'unknown'].includes(entry.license)) {
      const parts = entry.license.split(/[\s()]+/).filter((part) => part && !['AND', 'OR', 'WITH'].includes(part));
      if (!parts.some((part) => part.toLowerCase() === detected.toLowerCase())) {
        add(
          'warning',
          'license',
          `the host detects ${detected}, the entry says ${entry.license}`,
          `check the project's LICENSE file; if the host is right: license: ${detected}`,
        );
      }
    }
    if (daysBetween(activity.fetchedAt, today) > 30) {
      add(
        'notice',
        ref ? repositoryField : 'status',
        `the activity record is from ${activity.fetchedAt}, over 30 days old`,
        `npm run refresh -- ${entry.id}`,
      );
    }
  }
  if (entry.verified && daysBetween(entry.verified, today) > 365) {
    add(
      'notice',
      'verified',
      `the facts were last verified on ${entry.verified} (${formatDay(entry.verified)}), over a year ago`,
      'check them against the project and update verified',
    );
  }
  return findings;
}

/**
 * Where an entry contradicts CNCF's landscape data (content/cncf.json): CNCF
 * archived the project while the entry calls it active, or the landscape
 * lists another repository. A repository tied by the entry's own
 * `cncfProject` is not compared: that field exists for projects whose
 * landscape repository is a spec or community repository, not the tool's.
 */
export function checkCncf(entry: EntryFacts, cncf: CncfRecord | undefined, activity?: Activity): Finding[] {
  if (!cncf) return [];
  const findings: Finding[] = [];
  const add = (field: string, message: string, suggestion: string): void => {
    findings.push({ file: entry.file, ...entry.locate(field), severity: 'warning', field, message, suggestion });
  };
  if (cncf.maturity === 'archived' && entry.status === 'active') {
    const when = cncf.archived ? ` on ${cncf.archived}` : '';
    add(
      'status',
      `CNCF archived ${cncf.name}${when}, but the entry says active`,
      `check the project's repository and announcements; if it stopped: status: archived, deprecated or inactive, with statusSince and a statusNote`,
    );
  }
  const landscapeKey = cncf.repository ? repositoryKey(cncf.repository) : undefined;
  const url = entry.repository ?? (entry.website && parseRepositoryUrl(entry.website)?.slug ? entry.website : undefined);
  const entryKey = url ? repositoryKey(url) : undefined;
  // A move the host already reports is an error of its own ("the repository moved"); the landscape agreeing adds nothing.
  const movedThere = activity !== undefined && repositoryKey(`https://github.com/${activity.repository}`) === landscapeKey;
  if (cncf.matchedBy !== 'cncfProject' && landscapeKey && entryKey !== landscapeKey && !movedThere) {
    const field = entry.repository ? 'repository' : 'website';
    add(
      field,
      `CNCF's landscape lists ${cncf.repository} for ${cncf.name}, the entry ${url ? `names ${url}` : 'names no repository'}`,
      `if the project moved or that is its main repository: ${field === 'website' ? 'repository' : field}: ${cncf.repository}; if the entry's is the right one for this tool, set cncfProject: ${JSON.stringify(cncf.name)}`,
    );
  }
  return findings;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
  );
}
