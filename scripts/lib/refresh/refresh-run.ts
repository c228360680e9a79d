/**
 * `npm run refresh`: asks GitHub about every catalog repository, 50 to a
 * query, and rewrites content/activity.json. What GitHub could not answer
 * keeps its previous record; nothing is dropped without a line saying so.
 */
import { join } from 'node:path';
import { sameRepository } from '../../../src/lib/tool/activity-facts.ts';
import { ACTIVITY_FILE, activityFileSchema, activitySchema, type Activity, type ActivityFile } from '../../../src/schemas/activity.ts';
import { KEBAB_CASE } from '../../../src/schemas/ids.ts';
import { NetworkError } from '../net/bounded-fetch.ts';
import { readActivity, writeActivity } from './activity-store.ts';
import { readCatalogRepositories, type CatalogRepository } from './catalog-repositories.ts';
import { createClient, query, UNUSABLE_HEADER, type Client } from './github-client.ts';
import {
  batchQuery,
  BATCH_SIZE,
  rateLimitSchema,
  repositoryNodeSchema,
  toActivity,
  type RateLimit,
  type RepositoryNode,
} from './github-batch.ts';

export interface RefreshOptions {
  root: string;
  /** Only these tool ids; all when empty. */
  ids: readonly string[];
  token: string;
  url?: string | undefined;
  backoffMs: number;
  minGapMs: number;
  retries: number;
  /** YYYY-MM-DD */
  today: string;
  log: (line: string) => void;
  /** Waits until a time; tests keep it short. */
  sleep: (ms: number) => Promise<void>;
  /** Milliseconds one request may take, answer included. */
  requestTimeoutMs: number;
  /** Milliseconds the whole run may take; past it the run stops and writes nothing. */
  runTimeoutMs: number;
  /** Most bytes of one answer, after decompression. */
  maxBytes: number;
}

export interface RefreshReport {
  requested: number;
  refreshed: number;
  moved: Array<{ id: string; from: string; to: string }>;
  gone: Array<{ id: string; repository: string }>;
  failed: Array<{ id: string; repository: string; reason: string }>;
  noHostData: Array<{ id: string; host: string }>;
  noRepository: string[];
  removed: string[];
  requests: number;
}

/** The connection itself failed (not an answer from GitHub): the run stops and writes nothing. */
export class ConnectionLostError extends Error {
  override name = 'ConnectionLostError';
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** GitHub refused the token (401): a configuration problem, not a repository's. */
export class CredentialsError extends Error {
  override name = 'CredentialsError';
}

/** The new file did not pass the activity schema; the old one stays as it was. */
export class InvalidActivityError extends Error {
  override name = 'InvalidActivityError';
}

type Answer = {
  data: Record<string, RepositoryNode | null | RateLimit>;
  errors: Array<{ type?: string; path?: Array<string | number>; message: string }>;
};

interface GraphqlFailure {
  name?: string;
  status?: number;
  message: string;
  data?: Record<string, RepositoryNode | null | RateLimit> | null;
  errors?: Answer['errors'];
  cause?: unknown;
}

/** The NetworkError behind an Octokit error, if the request itself failed (it travels as the cause). */
function networkCause(error: unknown): NetworkError | undefined {
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 5; depth += 1) {
    if (cause instanceof NetworkError) return cause;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

/** One line, at most 300 characters, of whatever a server put in an error. */
function brief(text: unknown): string {
  const line = String(text).replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line || 'no message';
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** GraphQL errors as the code reads them; anything else in the list is dropped. */
function readErrors(value: unknown): Answer['errors'] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((item) => ({
    message: brief(item['message']),
    ...(typeof item['type'] === 'string' ? { type: item['type'] } : {}),
    ...(Array.isArray(item['path']) ? { path: item['path'].filter((part) => typeof part === 'string' || typeof part === 'number') } : {}),
  }));
}

/** Why a batch failed, in one line (thrown as a plain Error: the batch's repositories are reported failed). */
class BatchFailure extends Error {}

async function ask(client: Client, url: string | undefined, slugs: readonly string[], signal: AbortSignal): Promise<Answer> {
  const { text, variables } = batchQuery(slugs);
  let data: unknown;
  let errors: Answer['errors'] = [];
  try {
    data = await untilAborted(query<unknown>(client, url, text, variables), signal);
  } catch (raw) {
    if (raw instanceof RunTimeout) throw raw;
    if (signal.aborted) throw new RunTimeout('the run is out of time');
    const error = raw as GraphqlFailure;
    const network = networkCause(raw);
    if (network && (network.kind === 'connection' || network.kind === 'timeout')) {
      throw new ConnectionLostError(`the connection to ${url ?? 'api.github.com'} failed: ${network.message}`);
    }
    if (network) throw new BatchFailure(network.message);
    const headers = (raw as { response?: { headers?: Record<string, string> } }).response?.headers;
    if (headers?.[UNUSABLE_HEADER]) throw new BatchFailure(brief(error.message));
    if (error.status === 401) {
      throw new CredentialsError(`GitHub refused the token (401 ${brief(error.message)}); check GITHUB_TOKEN`);
    }
    // GitHub answers a batch with some unknown repositories with the rest of the data and one error per alias.
    if (error.name === 'GraphqlResponseError' && isRecord(error.data)) {
      data = error.data;
      errors = readErrors(error.errors);
    } else if (error.name === 'GraphqlResponseError') {
      throw new BatchFailure(`GitHub answered with errors only: ${readErrors(error.errors)[0]?.message ?? 'no message'}`);
    } else {
      throw new BatchFailure(error.status ? `HTTP ${error.status}: ${brief(error.message)}` : brief(error.message));
    }
  }
  // Octokit hands over whatever came back: an HTML page, a list, a string. Only an object of aliases is an answer.
  if (!isRecord(data)) {
    const kind = Array.isArray(data)
      ? 'a JSON list'
      : data === undefined || data === null
        ? 'no data'
        : `not GraphQL JSON (${typeof data})`;
    throw new BatchFailure(`the answer is ${kind}, not the data of a GraphQL query`);
  }
  return { data: data as Answer['data'], errors };
}

/** The run's deadline passed. */
export class RunTimeout extends Error {
  override name = 'RunTimeout';
}

/** Settles with the promise, or rejects as soon as the run is out of time (a rate-limit wait must not outlive it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new RunTimeout('the run is out of time'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new RunTimeout('the run is out of time'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The first thing the schema refuses in a record, as `field: message`. */
function firstIssue(record: unknown): string | undefined {
  const result = activitySchema.safeParse(record);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid';
}

export async function refresh(options: RefreshOptions): Promise<RefreshReport> {
  const path = join(options.root, ACTIVITY_FILE);
  const previous = readActivity(path);
  const catalog = readCatalogRepositories(options.root);
  const known = new Set(catalog.map((tool) => tool.id));
  const unknown = options.ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UsageError(`no tool with the id ${unknown.map((id) => `"${id}"`).join(', ')} in content/tools/`);
  const wanted = options.ids.length > 0 ? catalog.filter((tool) => options.ids.includes(tool.id)) : catalog;

  const report: RefreshReport = {
    requested: wanted.length,
    refreshed: 0,
    moved: [],
    gone: [],
    failed: [],
    noHostData: [],
    noRepository: [],
    removed: [],
    requests: 0,
  };
  const onGitHub: Array<CatalogRepository & { slug: string }> = [];
  for (const tool of wanted) {
    // A record's key must be an id; a badly named file is the validator's to report, and gets no record.
    if (!KEBAB_CASE.test(tool.id))
      report.failed.push({
        id: tool.id,
        repository: tool.ref?.slug ?? '-',
        reason: 'the file name is not a kebab-case id (see `npm run validate`)',
      });
    else if (!tool.ref) report.noRepository.push(tool.id);
    else if (!tool.ref.slug) report.noHostData.push({ id: tool.id, host: tool.ref.host });
    else onGitHub.push({ ...tool, slug: tool.ref.slug });
  }

  const next: ActivityFile = { ...previous };
  // A full run also forgets tools that left the catalog (said aloud below); a run for some ids touches only those.
  if (options.ids.length === 0) {
    for (const id of Object.keys(next)) {
      if (!known.has(id)) {
        delete next[id];
        report.removed.push(id);
      }
    }
  }

  const deadline = AbortSignal.timeout(options.runTimeoutMs);
  const client = createClient({
    token: options.token,
    url: options.url,
    backoffMs: options.backoffMs,
    minGapMs: options.minGapMs,
    retries: options.retries,
    log: options.log,
    requestTimeoutMs: options.requestTimeoutMs,
    maxBytes: options.maxBytes,
    signal: deadline,
    // Waits are counted in backoff units (seconds in real use); none may be longer than the run itself.
    maxWaitSeconds: options.runTimeoutMs / Math.max(options.backoffMs, 1),
  });
  const batches = Math.ceil(onGitHub.length / BATCH_SIZE);
  for (let batch = 0; batch < batches; batch += 1) {
    const tools = onGitHub.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE);
    const started = performance.now();
    let answer: Answer;
    report.requests += 1;
    try {
      answer = await ask(
        client,
        options.url,
        tools.map((tool) => tool.slug),
        deadline,
      );
    } catch (error) {
      if (!(error instanceof BatchFailure)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      for (const tool of tools) report.failed.push({ id: tool.id, repository: tool.slug, reason });
      options.log(`batch ${batch + 1}/${batches}: ${tools.length} repositories: FAILED (${reason}); their previous records are kept`);
      continue;
    }

    let ok = 0;
    tools.forEach((tool, index) => {
      const alias = `r${index}`;
      const raw: unknown = Object.hasOwn(answer.data, alias) ? answer.data[alias] : undefined;
      const error = answer.errors.find((item) => item.path?.[0] === alias);
      const fail = (reason: string): void => void report.failed.push({ id: tool.id, repository: tool.slug, reason });
      if (raw !== null && raw !== undefined) {
        const node = repositoryNodeSchema.safeParse(raw);
        if (!node.success) {
          const issue = node.error.issues[0];
          return fail(`the answer for this repository is malformed (${issue?.path.join('.') || 'node'}: ${issue?.message ?? 'invalid'})`);
        }
        let record: Activity;
        try {
          record = toActivity(node.data as RepositoryNode, options.today);
        } catch (problem) {
          return fail(`the answer for this repository is malformed (${brief(problem instanceof Error ? problem.message : problem)})`);
        }
        // Checked record by record, so one odd answer costs one repository, not the file.
        const invalid = firstIssue(record);
        if (invalid) return fail(`the answer does not fit the activity schema (${brief(invalid)})`);
        next[tool.id] = record;
        ok += 1;
        if (!sameRepository(record.repository, tool.slug)) report.moved.push({ id: tool.id, from: tool.slug, to: record.repository });
      } else if (error?.type === 'NOT_FOUND') {
        report.gone.push({ id: tool.id, repository: tool.slug });
        const last: Activity = (Object.hasOwn(next, tool.id) ? next[tool.id] : undefined) ?? {
          repository: tool.slug,
          source: 'github-api',
          fetchedAt: options.today,
        };
        next[tool.id] = { ...last, notFoundSince: last.notFoundSince ?? options.today };
      } else {
        fail(error?.message ?? 'no answer for this repository');
      }
    });
    report.refreshed += ok;
    const parsedRate = rateLimitSchema.safeParse(answer.data['rateLimit']);
    const rate: RateLimit | undefined = parsedRate.success ? parsedRate.data : undefined;
    const budget = rate ? `, budget ${rate.remaining} left` : '';
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    options.log(`batch ${batch + 1}/${batches}: ${ok}/${tools.length} repositories in ${seconds} s${budget}`);

    // The throttling plugin waits when GitHub refuses a query; waiting before the next one spares the refused query.
    if (rate && batch + 1 < batches && rate.remaining < Math.max(rate.cost, 1)) {
      const wait = Math.max(0, Date.parse(rate.resetAt) - Date.now()) + options.backoffMs;
      options.log(`  rate-limit budget spent: waiting ${Math.ceil(wait / 1000)} s until ${rate.resetAt}`);
      if (wait > options.runTimeoutMs) throw new RunTimeout(`the rate-limit reset at ${rate.resetAt} is later than this run may wait`);
      await untilAborted(options.sleep(wait), deadline);
    }
  }

  // The last gate before the rename: a file that fails the schema is never written, whatever produced it.
  for (const [id, record] of Object.entries(next)) {
    const invalid = firstIssue(record);
    if (invalid) throw new InvalidActivityError(`the record for ${id} would be invalid (${brief(invalid)})`);
  }
  const whole = activityFileSchema.safeParse(next);
  if (!whole.success) {
    const issue = whole.error.issues[0];
    throw new InvalidActivityError(`the record for ${String(issue?.path[0] ?? '?')} would be invalid (${brief(issue?.message)})`);
  }
  writeActivity(path, next);
  return report;
}
