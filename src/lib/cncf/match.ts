/**
 * Ties CNCF landscape projects to catalog entries, and turns the ties into
 * the records of content/cncf.json. In order of trust: the entry's own
 * `cncfProject` field, then a repository both name (the entry's, or where
 * the host says it lives now), then a name or alias, case-folded, when the
 * website's host or the repository's owner agrees (the catalog's Porter, a
 * PaaS, is not CNCF's Porter). A project that a stronger rule tied to an
 * entry is not tied again by name, and an entry carries one project at most.
 */
import type { CncfFile, CncfMatch, CncfRecord } from '../../schemas/cncf.ts';
import { foldCase } from '../search/normalise.ts';
import type { LandscapeProject } from './read-landscape.ts';

/** What matching needs to know about an entry. */
export interface CatalogTool {
  id: string;
  name: string;
  aliases: readonly string[];
  repository?: string | undefined;
  website?: string | undefined;
  /** owner/name on GitHub as content/activity.json reports it now (after a move). */
  hostRepository?: string | undefined;
  /** The entry's explicit tie to a landscape project name. */
  cncfProject?: string | undefined;
}

export interface ProjectMatch {
  toolId: string;
  project: LandscapeProject;
  by: CncfMatch;
}

/** An entry whose `cncfProject` names no project in the landscape. */
export interface UnknownProject {
  toolId: string;
  name: string;
  /** The landscape project whose name is closest, when one is close. */
  suggestion?: string;
}

export interface MatchResult {
  matches: ProjectMatch[];
  unknown: UnknownProject[];
  /** Same name, but neither website nor repository owner agrees: left untied, for a person to decide. */
  nameOnly: Array<{ toolId: string; project: LandscapeProject }>;
}

/**
 * A repository URL reduced to what identifies it: host and path, lower case,
 * without `www.`, `.git`, a trailing slash or a deeper path into the code
 * (`/tree/main/…`). An organisation page (one path segment) is no repository.
 */
export function repositoryKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const segments = parsed.pathname.split('/').filter(Boolean);
  // GitHub repositories are always owner/name; GitLab-like forges nest groups and put their pages after `/-/`.
  const end = segments.indexOf('-');
  const path = host === 'github.com' ? segments.slice(0, 2) : segments.slice(0, end === -1 ? undefined : end);
  if (path.length < 2) return undefined;
  const last = path.length - 1;
  path[last] = path[last]!.replace(/\.git$/i, '');
  return `${host}/${path.join('/')}`.toLowerCase();
}

/** Case, accents and spacing do not make two names different. */
export function projectNameKey(name: string): string {
  return foldCase(name).replace(/\s+/g, ' ').trim();
}

/** The names a landscape project goes by: "Open Policy Agent (OPA)" is also "Open Policy Agent" and "OPA". */
export function projectNameKeys(name: string): string[] {
  const keys = [projectNameKey(name)];
  const bracket = /^(.*\S)\s*\(([^()]+)\)$/.exec(name.trim());
  if (bracket) keys.push(projectNameKey(bracket[1]!), projectNameKey(bracket[2]!));
  return [...new Set(keys.filter(Boolean))];
}

/** The host of a site, without `www.`. */
function siteHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The owner part of a repository key (`github.com/flatcar`), so two repositories of one organisation agree. */
const ownerOf = (key: string): string => key.split('/').slice(0, 2).join('/');

/** The owner a repository or organisation URL names (`https://github.com/CoHDI` → `github.com/cohdi`). */
function ownerKey(url: string): string | undefined {
  const key = repositoryKey(url);
  if (key) return ownerOf(key);
  try {
    const parsed = new URL(url.trim());
    const [owner] = parsed.pathname.split('/').filter(Boolean);
    return owner ? `${parsed.hostname.toLowerCase().replace(/^www\./, '')}/${owner.toLowerCase()}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a name match is backed by a second fact: the same site or the same repository owner. */
function corroborates(tool: CatalogTool, project: LandscapeProject): boolean {
  const host = siteHost(project.homepage);
  if (host && host !== 'github.com' && host === siteHost(tool.website)) return true;
  const owners = new Set(
    [project.repository, ...project.otherRepositories].flatMap((url) => {
      const owner = url ? ownerKey(url) : undefined;
      return owner ? [owner] : [];
    }),
  );
  return toolRepositoryKeys(tool).some((key) => owners.has(ownerOf(key)));
}

function toolRepositoryKeys(tool: CatalogTool): string[] {
  const urls = [tool.repository, tool.website, tool.hostRepository ? `https://github.com/${tool.hostRepository}` : undefined];
  return [...new Set(urls.flatMap((url) => (url ? [repositoryKey(url)] : [])).filter((key): key is string => key !== undefined))];
}

/**
 * Matches every project to the entries it describes. `suggest` proposes a
 * close project name for an unknown `cncfProject` (the validator's helper).
 */
export function matchProjects(
  projects: readonly LandscapeProject[],
  tools: readonly CatalogTool[],
  suggest: (name: string, candidates: readonly string[]) => string | undefined = () => undefined,
): MatchResult {
  const matches: ProjectMatch[] = [];
  const unknown: UnknownProject[] = [];
  const nameOnly: MatchResult['nameOnly'] = [];
  const tied = new Set<string>();
  const covered = new Set<LandscapeProject>();
  const tie = (tool: CatalogTool, project: LandscapeProject, by: CncfMatch): void => {
    matches.push({ toolId: tool.id, project, by });
    tied.add(tool.id);
    covered.add(project);
  };

  const byName = new Map<string, LandscapeProject>();
  for (const project of projects) if (!byName.has(projectNameKey(project.name))) byName.set(projectNameKey(project.name), project);
  for (const tool of tools) {
    if (tool.cncfProject === undefined) continue;
    const project = byName.get(projectNameKey(tool.cncfProject));
    if (project) tie(tool, project, 'cncfProject');
    else {
      const suggestion = suggest(
        tool.cncfProject,
        projects.map((candidate) => candidate.name),
      );
      unknown.push({ toolId: tool.id, name: tool.cncfProject, ...(suggestion ? { suggestion } : {}) });
      // A broken explicit tie must not be papered over by a guess.
      tied.add(tool.id);
    }
  }

  // A project's main repository first, then its additional ones, so a main repository always wins.
  const byRepository = new Map<string, LandscapeProject>();
  for (const pass of ['main', 'other'] as const) {
    for (const project of projects) {
      const urls = pass === 'main' ? [project.repository] : project.otherRepositories;
      for (const url of urls) {
        const key = url ? repositoryKey(url) : undefined;
        if (key && !byRepository.has(key)) byRepository.set(key, project);
      }
    }
  }
  for (const tool of tools) {
    if (tied.has(tool.id)) continue;
    const project = toolRepositoryKeys(tool)
      .map((key) => byRepository.get(key))
      .find((candidate) => candidate !== undefined);
    if (project) tie(tool, project, 'repository');
  }

  const toolsByName = new Map<string, CatalogTool>();
  for (const tool of tools) {
    for (const name of [tool.name, ...tool.aliases]) {
      const key = projectNameKey(name);
      if (!toolsByName.has(key)) toolsByName.set(key, tool);
    }
  }
  for (const project of projects) {
    if (covered.has(project)) continue;
    const tool = projectNameKeys(project.name)
      .map((key) => toolsByName.get(key))
      .find((candidate) => candidate !== undefined && !tied.has(candidate.id));
    if (!tool) continue;
    if (corroborates(tool, project)) tie(tool, project, 'name');
    else nameOnly.push({ toolId: tool.id, project });
  }
  return { matches, unknown, nameOnly };
}

/** The content/cncf.json records for a set of matches. */
export function cncfRecords(matches: readonly ProjectMatch[]): CncfFile {
  const file: CncfFile = {};
  for (const { toolId, project, by } of matches) {
    const record: CncfRecord = { name: project.name, maturity: project.maturity, matchedBy: by };
    if (project.repository && /^https?:\/\//i.test(project.repository) && URL.canParse(project.repository))
      record.repository = project.repository;
    for (const field of ['accepted', 'incubating', 'graduated', 'archived'] as const) {
      const value = project[field];
      if (value) record[field] = value;
    }
    file[toolId] = record;
  }
  return file;
}
