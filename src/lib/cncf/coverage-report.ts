/**
 * How the catalog covers CNCF's projects: each one is covered by entries, left
 * out on purpose (content/out-of-scope.yml), or missing. Also what is wrong
 * with the out-of-scope list against the landscape: a name the landscape does
 * not know, or a project that is both covered and listed as left out.
 */
import type { LandscapeProject } from './read-landscape.ts';
import { projectNameKey, type ProjectMatch } from './match.ts';
import type { OutOfScopeEntry } from './out-of-scope-list.ts';

export type CoverageState = 'covered' | 'out of scope' | 'missing';

export interface CoverageRow {
  project: LandscapeProject;
  state: CoverageState;
  /** The entries that cover it, for `covered`. */
  ids: string[];
  /** The reason it is left out, for `out of scope`. */
  reason?: string;
}

export interface CoverageConflict {
  entry: OutOfScopeEntry;
  message: string;
}

export interface CoverageReport {
  rows: CoverageRow[];
  counts: Record<CoverageState, number>;
  conflicts: CoverageConflict[];
}

export function coverageReport(
  projects: readonly LandscapeProject[],
  matches: readonly ProjectMatch[],
  outOfScope: readonly OutOfScopeEntry[],
  suggest: (name: string, candidates: readonly string[]) => string | undefined = () => undefined,
): CoverageReport {
  const idsOf = new Map<LandscapeProject, string[]>();
  for (const match of matches) idsOf.set(match.project, [...(idsOf.get(match.project) ?? []), match.toolId]);
  const leftOut = new Map(outOfScope.map((entry) => [projectNameKey(entry.name), entry]));
  const known = new Set(projects.map((project) => projectNameKey(project.name)));

  const rows = [...projects]
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }))
    .map((project): CoverageRow => {
      const ids = (idsOf.get(project) ?? []).sort();
      if (ids.length > 0) return { project, state: 'covered', ids };
      const entry = leftOut.get(projectNameKey(project.name));
      if (entry) return { project, state: 'out of scope', ids, reason: entry.reason };
      return { project, state: 'missing', ids };
    });
  const counts: Record<CoverageState, number> = { covered: 0, 'out of scope': 0, missing: 0 };
  for (const row of rows) counts[row.state] += 1;

  const conflicts: CoverageConflict[] = [];
  for (const entry of outOfScope) {
    if (!known.has(projectNameKey(entry.name))) {
      const guess = suggest(
        entry.name,
        projects.map((project) => project.name),
      );
      conflicts.push({
        entry,
        message: `"${entry.name}" is not a CNCF project in the landscape data${guess ? ` (did you mean \`${guess}\`?)` : ' (remove it, or use the name the landscape writes)'}`,
      });
    }
  }
  for (const row of rows) {
    const entry = leftOut.get(projectNameKey(row.project.name));
    if (row.state === 'covered' && entry) {
      conflicts.push({
        entry,
        message: `"${entry.name}" is covered by ${row.ids.join(', ')} and listed as out of scope (remove one of the two)`,
      });
    }
  }
  conflicts.sort((a, b) => a.entry.line - b.entry.line);
  return { rows, counts, conflicts };
}

/** The last line of `npm run coverage`. */
export function coverageSummary(counts: Record<CoverageState, number>): string {
  return `covered ${counts.covered}, out of scope ${counts['out of scope']}, missing ${counts.missing}`;
}
