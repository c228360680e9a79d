/**
 * The GitHub GraphQL client: @octokit/core with the official retry and
 * throttling plugins, so that backoff on 5xx answers, secondary rate limits
 * (`retry-after`) and the primary budget's reset are GitHub's recommended
 * behaviour rather than code of ours.
 */
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';

export interface ClientOptions {
  token: string;
  /** The GraphQL endpoint (GITHUB_GRAPHQL_URL); GitHub's own when unset. */
  url?: string | undefined;
  /** Milliseconds per unit of backoff: 1000 in real use, a few in tests (ATLAS_REFRESH_BACKOFF_MS). */
  backoffMs: number;
  /** Least gap between two queries; GitHub asks for a second between mutative or GraphQL calls. */
  minGapMs: number;
  /** How many times one query is tried again after a 5xx or a rate limit. */
  retries: number;
  log: (line: string) => void;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof RetryingOctokit>;

export function createClient(options: ClientOptions): Client {
  return new RetryingOctokit({
    auth: options.token,
    userAgent: 'container-atlas-refresh',
    retry: { retryAfterBaseValue: options.backoffMs, retries: options.retries },
    throttle: {
      retryAfterBaseValue: options.backoffMs,
      // GraphQL queries pass through the plugin's "write" limiter; its pacing is made configurable so tests and the benchmark need not wait a second per query.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minGapMs }),
      onRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        options.log(`  rate limit spent: waiting ${retryAfter} s for the reset (attempt ${retryCount + 1})`);
        return retryCount < options.retries;
      },
      onSecondaryRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        options.log(`  secondary rate limit: waiting ${retryAfter} s as GitHub asks (attempt ${retryCount + 1})`);
        return retryCount < options.retries;
      },
    },
  });
}

/** Sends one query to the configured endpoint. */
export function query<T>(client: Client, url: string | undefined, text: string, variables: Record<string, unknown>): Promise<T> {
  // The object form: the string form refuses `url` as an option (it could be a variable's name).
  return client.graphql<T>({ query: text, ...variables, ...(url ? { url } : {}) });
}
