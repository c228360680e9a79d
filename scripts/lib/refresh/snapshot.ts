/**
 * Activity from local git clones (bare or not): the newest commit on HEAD
 * (the default branch of a mirror) and the newest tag with its date. A
 * clone cannot know stars, forks, archiving, licence detection or when the
 * repository was created (its first commit may predate it, or be an import),
 * so those stay absent.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isoDay } from '../../../src/lib/site/dates.ts';
import { REPOSITORY_SLUG, ACTIVITY_FILE, type Activity } from '../../../src/schemas/activity.ts';
import { readActivity, writeActivity } from './activity-store.ts';
import { readCatalogRepositories } from './catalog-repositories.ts';
import { UsageError } from './refresh-run.ts';

const run = promisify(execFile);

export interface SnapshotPair {
  id: string;
  /** owner/name; taken from the entry when not given. */
  repository?: string | undefined;
  gitDir: string;
  /** Where the pair was written, for messages. */
  origin: string;
}

/** `<id>=<git-dir>` or `<id>=<owner/name>@<git-dir>`. */
export function parsePair(text: string, origin: string): SnapshotPair {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)=(?:([^@\s]+\/[^@\s]+)@)?(.+)$/.exec(text.trim());
  if (!match) throw new UsageError(`${origin}: "${text}" is not <id>=<git-dir> or <id>=<owner/name>@<git-dir>`);
  return { id: match[1]!, repository: match[2], gitDir: match[3]!, origin };
}

/** Lines `id owner/name git-dir`; blank lines and lines starting with # are skipped. */
export function readPairList(file: string): SnapshotPair[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the list ${file}: ${(error as Error).message}`);
  }
  return text.split(/\r?\n/).flatMap((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return [];
    const parts = trimmed.split(/\s+/);
    if (parts.length !== 3) throw new UsageError(`${file}:${index + 1}: expected "id owner/name git-dir", found ${parts.length} fields`);
    return [{ id: parts[0]!, repository: parts[1], gitDir: parts[2]!, origin: `${file}:${index + 1}` }];
  });
}

const utc = (value: string): string => new Date(value).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function git(dir: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', dir, ...args], { maxBuffer: 1 << 20, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return stdout.trim();
}

/** Reads one clone; throws with a readable message when it is not a git repository or has no commit. */
export async function readSnapshot(pair: SnapshotPair & { repository: string }, today: string): Promise<Activity> {
  if (!existsSync(pair.gitDir)) throw new Error(`${pair.origin}: ${pair.gitDir} does not exist`);
  let lastCommit: string;
  try {
    lastCommit = await git(pair.gitDir, ['log', '-1', '--format=%cI', 'HEAD']);
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n')[0];
    throw new Error(`${pair.origin}: ${pair.gitDir} is not a git repository with commits (${detail})`, { cause: error });
  }
  // A snapshot describes its repository as it was when it was taken, not when it is read: its date is the
  // newest commit on any branch or tag (a lower bound, and the best the history can tell). Health checks
  // measure quiet periods up to this date and flag the record as stale when it is old.
  const newest = await git(pair.gitDir, ['for-each-ref', '--sort=-committerdate', '--count=1', '--format=%(committerdate:iso-strict)']);
  const taken = Number.isNaN(Date.parse(newest)) ? today : isoDay(utc(newest));
  const record: Activity = { repository: pair.repository, source: 'snapshot', fetchedAt: taken < today ? taken : today };
  if (lastCommit) record.lastCommit = utc(lastCommit);
  // creatordate is the tagger's date for an annotated tag and the commit's for a lightweight one.
  const tag = await git(pair.gitDir, [
    'for-each-ref',
    '--sort=-creatordate',
    '--count=1',
    '--format=%(creatordate:iso-strict) %(refname:short)',
    'refs/tags',
  ]);
  const space = tag.indexOf(' ');
  if (space > 0) {
    const date = tag.slice(0, space);
    const name = tag.slice(space + 1).replace(/^tags\//, '');
    if (name && !Number.isNaN(Date.parse(date))) record.latestRelease = { tag: name, date: utc(date), kind: 'tag' };
  }
  return record;
}

/** Runs `work` over the items, `limit` at a time, keeping their order in the results. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface SnapshotReport {
  written: string[];
  failed: Array<{ id: string; reason: string }>;
}

export async function refreshFromSnapshots(
  root: string,
  pairs: readonly SnapshotPair[],
  today: string,
  log: (line: string) => void,
): Promise<SnapshotReport> {
  if (pairs.length === 0) throw new UsageError('no snapshots given: pass <id>=<owner/name>@<git-dir> pairs or --list FILE');
  const catalog = new Map(readCatalogRepositories(root).map((tool) => [tool.id, tool]));
  const resolved = pairs.map((pair) => {
    const tool = catalog.get(pair.id);
    if (!tool) throw new UsageError(`${pair.origin}: no tool with the id "${pair.id}" in content/tools/`);
    const repository = pair.repository ?? tool.ref?.slug;
    if (!repository)
      throw new UsageError(`${pair.origin}: ${pair.id} names no GitHub repository; give it as ${pair.id}=<owner/name>@${pair.gitDir}`);
    if (!REPOSITORY_SLUG.test(repository)) throw new UsageError(`${pair.origin}: "${repository}" is not owner/name`);
    return { ...pair, repository };
  });
  const seen = new Set<string>();
  for (const pair of resolved) {
    if (seen.has(pair.id)) throw new UsageError(`${pair.origin}: ${pair.id} is given twice`);
    seen.add(pair.id);
  }

  const path = join(root, ACTIVITY_FILE);
  const file = readActivity(path);
  const report: SnapshotReport = { written: [], failed: [] };
  const results = await mapLimited(resolved, 8, async (pair) => {
    try {
      return { pair, record: await readSnapshot(pair, today) };
    } catch (error) {
      return { pair, error: error instanceof Error ? error.message : String(error) };
    }
  });
  for (const result of results) {
    if ('record' in result && result.record) {
      file[result.pair.id] = result.record;
      report.written.push(result.pair.id);
      const { lastCommit, latestRelease } = result.record;
      log(
        `${result.pair.id}: ${result.pair.repository}, last commit ${lastCommit?.slice(0, 10) ?? 'none'}, newest tag ${latestRelease ? `${latestRelease.tag} (${latestRelease.date.slice(0, 10)})` : 'none'}`,
      );
    } else {
      report.failed.push({ id: result.pair.id, reason: result.error ?? 'unknown error' });
      log(`${result.pair.id}: FAILED: ${result.error ?? ''}; its previous record is kept`);
    }
  }
  writeActivity(path, file);
  return report;
}
