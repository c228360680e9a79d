/**
 * `npm run refresh`: asks GitHub about every catalog repository, 50 to a
 * query, and rewrites content/activity.json. What GitHub could not answer
 * keeps its previous record; nothing is dropped without a line saying so.
 */
import { join } from 'node:path';
import { sameRepository } from '../../../src/lib/tool/activity-facts.ts';
import { ACTIVITY_FILE, type Activity, type ActivityFile } from '../../../src/schemas/activity.ts';
import { readActivity, writeActivity } from './activity-store.ts';
import { readCatalogRepositories, type CatalogRepository } from './catalog-repositories.ts';
import { createClient, query, type Client } from './github-client.ts';
import { batchQuery, BATCH_SIZE, toActivity, type RateLimit, type RepositoryNode } from './github-batch.ts';

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

/** fetch() failures reach octokit as a RequestError of status 500 whose cause is the socket's error. */
function isConnectionFailure(error: GraphqlFailure): boolean {
  const codes = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'UND_ERR_SOCKET', 'ENOTFOUND', 'EAI_AGAIN'];
  let cause: unknown = error.cause;
  const text = [error.message];
  for (let depth = 0; cause && depth < 4; depth += 1) {
    const { code, message } = cause as { code?: string; message?: string };
    if (code) text.push(code);
    if (message) text.push(message);
    cause = (cause as { cause?: unknown }).cause;
  }
  const joined = text.join(' ');
  return codes.some((code) => joined.includes(code)) || /fetch failed|socket hang up|other side closed|terminated/i.test(joined);
}

async function ask(client: Client, url: string | undefined, slugs: readonly string[]): Promise<Answer> {
  const { text, variables } = batchQuery(slugs);
  try {
    const data = await query<Answer['data']>(client, url, text, variables);
    return { data, errors: [] };
  } catch (raw) {
    const error = raw as GraphqlFailure;
    // GitHub answers a batch with some unknown repositories with the rest of the data and one error per alias.
    if (error.name === 'GraphqlResponseError' && error.data) return { data: error.data, errors: error.errors ?? [] };
    if (isConnectionFailure(error)) throw new ConnectionLostError(`the connection to ${url ?? 'api.github.com'} failed: ${error.message}`);
    throw raw;
  }
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
    if (!tool.ref) report.noRepository.push(tool.id);
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

  const client = createClient({
    token: options.token,
    url: options.url,
    backoffMs: options.backoffMs,
    minGapMs: options.minGapMs,
    retries: options.retries,
    log: options.log,
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
      );
    } catch (error) {
      if (error instanceof ConnectionLostError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      for (const tool of tools) report.failed.push({ id: tool.id, repository: tool.slug, reason });
      options.log(`batch ${batch + 1}/${batches}: ${tools.length} repositories: FAILED (${reason}); their previous records are kept`);
      continue;
    }

    let ok = 0;
    tools.forEach((tool, index) => {
      const alias = `r${index}`;
      const node = answer.data[alias] as RepositoryNode | null | undefined;
      const error = answer.errors.find((item) => item.path?.[0] === alias);
      if (node) {
        const record = toActivity(node, options.today);
        next[tool.id] = record;
        ok += 1;
        if (!sameRepository(record.repository, tool.slug)) report.moved.push({ id: tool.id, from: tool.slug, to: record.repository });
      } else if (error?.type === 'NOT_FOUND') {
        report.gone.push({ id: tool.id, repository: tool.slug });
        const last: Activity = next[tool.id] ?? { repository: tool.slug, source: 'github-api', fetchedAt: options.today };
        next[tool.id] = { ...last, notFoundSince: last.notFoundSince ?? options.today };
      } else {
        report.failed.push({ id: tool.id, repository: tool.slug, reason: error?.message ?? 'no answer for this repository' });
      }
    });
    report.refreshed += ok;
    const rate = answer.data['rateLimit'] as RateLimit | undefined;
    const budget = rate ? `, budget ${rate.remaining} left` : '';
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    options.log(`batch ${batch + 1}/${batches}: ${ok}/${tools.length} repositories in ${seconds} s${budget}`);

    // The throttling plugin waits when GitHub refuses a query; waiting before the next one spares the refused query.
    if (rate && batch + 1 < batches && rate.remaining < Math.max(rate.cost, 1)) {
      const wait = Math.max(0, Date.parse(rate.resetAt) - Date.now()) + options.backoffMs;
      options.log(`  rate-limit budget spent: waiting ${Math.ceil(wait / 1000)} s until ${rate.resetAt}`);
      await options.sleep(wait);
    }
  }

  writeActivity(path, next);
  return report;
}
