// `npm run refresh [ids…]`: fills content/activity.json from GitHub's GraphQL API.
// `npm run refresh -- --from-snapshot <id>=<owner/name>@<git-dir> … [--list FILE]`
// (also `npm run activity:snapshot -- …`) reads local clones instead.
// Exit status: 0 done; 1 done, but some repositories could not be fetched;
// 2 bad arguments or configuration; 3 the connection failed (file untouched).
import { parseArgs } from 'node:util';
import { ActivityFileError } from './lib/refresh/activity-store.ts';
import { ConnectionLostError, refresh, UsageError } from './lib/refresh/refresh-run.ts';
import { parsePair, readPairList, refreshFromSnapshots, type SnapshotPair } from './lib/refresh/snapshot.ts';

const USAGE = `usage: npm run refresh [-- <tool-id> …]
       npm run refresh -- --from-snapshot <id>=[<owner/name>@]<git-dir> … [--list FILE]`;

const env = process.env;
const log = (line: string): void => console.log(line);
const today = env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
const number = (name: string, fallback: number): number => {
  const value = Number(env[name]);
  return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'from-snapshot': { type: 'boolean', default: false },
      list: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);

  if (values['from-snapshot'] || values.list) {
    const pairs: SnapshotPair[] = [
      ...positionals.map((text, index) => parsePair(text, `argument ${index + 1}`)),
      ...(values.list ?? []).flatMap((file) => readPairList(file)),
    ];
    const report = await refreshFromSnapshots(process.cwd(), pairs, today, log);
    console.log(`\nsnapshots: ${report.written.length} records written, ${report.failed.length} failed, in ${seconds()} s`);
    return report.failed.length > 0 ? 1 : 0;
  }

  const token = env['GITHUB_TOKEN'];
  if (!token) {
    console.error(
      'refresh: GITHUB_TOKEN is not set; create a token (no scopes are needed for public repositories) and run `GITHUB_TOKEN=… npm run refresh`.',
    );
    return 2;
  }
  const report = await refresh({
    root: process.cwd(),
    ids: positionals,
    token,
    url: env['GITHUB_GRAPHQL_URL'] || undefined,
    backoffMs: number('ATLAS_REFRESH_BACKOFF_MS', 1000),
    minGapMs: number('ATLAS_REFRESH_MIN_GAP_MS', 1000),
    retries: number('ATLAS_REFRESH_RETRIES', 3),
    today,
    log,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });

  console.log('');
  for (const { id, from, to } of report.moved)
    console.log(`moved: ${id}: ${from} → ${to} (recorded under the new name; update the entry's repository)`);
  for (const { id, repository } of report.gone)
    console.log(`gone: ${id}: ${repository} does not exist on GitHub any more (its last record is kept and marked notFoundSince)`);
  for (const { id, repository, reason } of report.failed) console.log(`failed: ${id}: ${repository}: ${reason} (previous record kept)`);
  for (const { id, host } of report.noHostData) console.log(`no host data: ${id} (${host})`);
  if (report.noRepository.length > 0) console.log(`no repository: ${report.noRepository.join(', ')}`);
  for (const id of report.removed) console.log(`removed: ${id}: no entry in content/tools/ any more`);
  console.log(
    `\nrefresh: ${report.refreshed} of ${report.requested} tools refreshed in ${report.requests} ${report.requests === 1 ? 'query' : 'queries'} and ${seconds()} s` +
      ` (${report.moved.length} moved, ${report.gone.length} gone, ${report.failed.length} failed, ${report.noHostData.length} on other hosts, ${report.noRepository.length} without a repository)`,
  );
  // The benchmark reads this; max RSS is what the process needed at its peak.
  if (env['ATLAS_REFRESH_STATS'] === '1') console.log(`peak memory: ${process.resourceUsage().maxRSS} KiB`);
  return report.failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || error instanceof ActivityFileError) {
    console.error(`refresh: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ConnectionLostError) {
    console.error(`refresh: ${error.message}; content/activity.json was left as it was.`);
    process.exitCode = 3;
  } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`refresh: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`refresh: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 4;
  }
}
