// `npm run refresh [ids…]`: fills content/activity.json from GitHub's GraphQL API.
// `npm run refresh -- --from-snapshot <id>=<owner/name>@<git-dir> … [--list FILE]`
// (also `npm run activity:snapshot -- …`) reads local clones instead.
// Exit status: 0 done; 1 done, but some repositories could not be fetched (or their answers were unusable);
// 2 bad arguments, configuration or credentials (a 401); 3 the connection failed or the run ran out of time
// (file untouched). `--debug` adds the stack trace of an unexpected error; nothing else prints one.
// Limits: ATLAS_REFRESH_TIMEOUT_MS per request (30 s), ATLAS_REFRESH_RUN_TIMEOUT_MS per run (30 min),
// ATLAS_REFRESH_MAX_BYTES per answer after decompression (10 MB).
import { parseArgs } from 'node:util';
import { safeLine } from './lib/safe-text.ts';
import { ActivityFileError } from './lib/refresh/activity-store.ts';
import { ConnectionLostError, CredentialsError, InvalidActivityError, refresh, RunTimeout, UsageError } from './lib/refresh/refresh-run.ts';
import { parsePair, readPairList, refreshFromSnapshots, type SnapshotPair } from './lib/refresh/snapshot.ts';

const USAGE = `usage: npm run refresh [-- <tool-id> …] [--debug]
       npm run refresh -- --from-snapshot <id>=[<owner/name>@]<git-dir> … [--list FILE]`;

const env = process.env;
// Server answers and content reach these lines: each is escaped, and can never be a workflow command.
const log = (line: string): void => console.log(line.split('\n').map(safeLine).join('\n'));
const error = (line: string): void => console.error(line.split('\n').map(safeLine).join('\n'));
const debug = process.argv.includes('--debug');
const today = env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
const number = (name: string, fallback: number): number => {
  const value = Number(env[name]);
  return env[name] !== undefined && env[name] !== '' && Number.isFinite(value) && value >= 0 ? value : fallback;
};

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'from-snapshot': { type: 'boolean', default: false },
      list: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
      debug: { type: 'boolean', default: false },
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
    log(`\nsnapshots: ${report.written.length} records written, ${report.failed.length} failed, in ${seconds()} s`);
    return report.failed.length > 0 ? 1 : 0;
  }

  const token = env['GITHUB_TOKEN'];
  if (!token) {
    console.error(
      'refresh: GITHUB_TOKEN is not set; create a token (no scopes are needed for public repositories) and run `GITHUB_TOKEN=… npm run refresh`.',
    );
    return 2;
  }
  const endpoint = env['GITHUB_GRAPHQL_URL'] || undefined;
  if (endpoint !== undefined && !isHttpUrl(endpoint)) {
    error(`refresh: GITHUB_GRAPHQL_URL must be an http(s) URL, not ${JSON.stringify(endpoint.slice(0, 100))}`);
    return 2;
  }
  const report = await refresh({
    root: process.cwd(),
    ids: positionals,
    token,
    url: endpoint,
    backoffMs: number('ATLAS_REFRESH_BACKOFF_MS', 1000),
    minGapMs: number('ATLAS_REFRESH_MIN_GAP_MS', 1000),
    retries: number('ATLAS_REFRESH_RETRIES', 3),
    today,
    log,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    requestTimeoutMs: number('ATLAS_REFRESH_TIMEOUT_MS', 30_000),
    runTimeoutMs: number('ATLAS_REFRESH_RUN_TIMEOUT_MS', 30 * 60_000),
    maxBytes: number('ATLAS_REFRESH_MAX_BYTES', 10 * 1024 * 1024),
  });

  log('');
  for (const { id, from, to } of report.moved)
    log(`moved: ${id}: ${from} → ${to} (recorded under the new name; update the entry's repository)`);
  for (const { id, repository } of report.gone)
    log(`gone: ${id}: ${repository} does not exist on GitHub any more (its last record is kept and marked notFoundSince)`);
  for (const { id, repository, reason } of report.failed) log(`failed: ${id}: ${repository}: ${reason} (previous record kept)`);
  for (const { id, host } of report.noHostData) log(`no host data: ${id} (${host})`);
  if (report.noRepository.length > 0) log(`no repository: ${report.noRepository.join(', ')}`);
  for (const id of report.removed) log(`removed: ${id}: no entry in content/tools/ any more`);
  log(
    `\nrefresh: ${report.refreshed} of ${report.requested} tools refreshed in ${report.requests} ${report.requests === 1 ? 'query' : 'queries'} and ${seconds()} s` +
      ` (${report.moved.length} moved, ${report.gone.length} gone, ${report.failed.length} failed, ${report.noHostData.length} on other hosts, ${report.noRepository.length} without a repository)`,
  );
  // The benchmark reads this; max RSS is what the process needed at its peak.
  if (env['ATLAS_REFRESH_STATS'] === '1') log(`peak memory: ${process.resourceUsage().maxRSS} KiB`);
  return report.failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (failure) {
  if (failure instanceof UsageError || failure instanceof ActivityFileError) {
    error(`refresh: ${failure.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (failure instanceof CredentialsError) {
    error(`refresh: ${failure.message}; content/activity.json was left as it was.`);
    process.exitCode = 2;
  } else if (failure instanceof ConnectionLostError) {
    error(`refresh: ${failure.message}; content/activity.json was left as it was.`);
    process.exitCode = 3;
  } else if (failure instanceof RunTimeout) {
    error(`refresh: ${failure.message}; content/activity.json was left as it was.`);
    process.exitCode = 3;
  } else if (failure instanceof InvalidActivityError) {
    error(`refresh: ${failure.message}; content/activity.json was left as it was.`);
    process.exitCode = 1;
  } else if (failure instanceof TypeError && (failure as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    error(`refresh: ${failure.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    const message = failure instanceof Error ? failure.message : String(failure);
    if (debug && failure instanceof Error) console.error(failure.stack);
    error(
      `refresh: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}; content/activity.json was left as it was.`,
    );
    process.exitCode = 4;
  }
}
// Timers of a stopped run (a rate-limit wait, a stalled socket) must not keep the process alive.
if (process.exitCode !== 0) process.exit();
