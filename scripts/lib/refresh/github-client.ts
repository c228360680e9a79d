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
import { fetchBounded } from '../net/bounded-fetch.ts';

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
  /** Milliseconds one request (connection, redirects, body) may take. */
  requestTimeoutMs: number;
  /** Most bytes of one answer, after decompression. */
  maxBytes: number;
  /** Aborts every request when the whole run is out of time. */
  signal: AbortSignal;
  /** Longest wait, in seconds, the client accepts from a rate limit; a longer one fails the query instead of stalling the run. */
  maxWaitSeconds: number;
}

/** Marks the stand-in error response for a 2xx answer that is no JSON object. */
export const UNUSABLE_HEADER = 'x-atlas-unusable-answer';

/** Why a successful answer cannot be GraphQL JSON, or undefined when it can. */
export function unusableReason(text: string, contentType: string | null): string | undefined {
  const type = (contentType ?? 'no content type').split(';')[0]?.trim().slice(0, 60) || 'no content type';
  const size = `${Buffer.byteLength(text)} bytes`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return `the answer is not JSON (${type}, ${size})`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return `the answer is JSON but not an object (${Array.isArray(parsed) ? 'a list' : typeof parsed}, ${size})`;
  }
  return undefined;
}

/** No body may accompany these statuses in a Response. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * The fetch Octokit calls, made of fetchBounded: every request gets the
 * deadline and the byte cap, whatever the server does. Its NetworkError
 * reaches the caller as the `cause` of Octokit's RequestError.
 */
export function boundedFetch(options: Pick<ClientOptions, 'requestTimeoutMs' | 'maxBytes' | 'signal'>): typeof fetch {
  return async (input, init) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const answer = await fetchBounded(url, {
      timeoutMs: options.requestTimeoutMs,
      maxBytes: options.maxBytes,
      headers,
      method: init?.method ?? 'GET',
      ...(typeof init?.body === 'string' ? { body: init.body } : {}),
      signal: options.signal,
    });
    // The text is decoded already; the rebuilt response must not claim an encoding Octokit would undo again.
    const rebuilt = new Headers(answer.headers);
    rebuilt.delete('content-encoding');
    rebuilt.delete('content-length');
    const status = answer.status >= 200 && answer.status <= 599 ? answer.status : 502;
    const unusable = status < 300 ? unusableReason(answer.text, answer.headers.get('content-type')) : undefined;
    if (unusable) {
      // Octokit would hand such a body over as a string and the caller would find no data in it; as an error it is retried and named.
      return new Response(JSON.stringify({ message: unusable }), {
        status: 502,
        headers: { 'content-type': 'application/json', [UNUSABLE_HEADER]: '1' },
      });
    }
    return new Response(NULL_BODY.has(status) ? null : answer.text, { status, headers: rebuilt });
  };
}

const RetryingOctokit = Octokit.plugin(retry, throttling);
export type Client = InstanceType<typeof RetryingOctokit>;

export function createClient(options: ClientOptions): Client {
  return new RetryingOctokit({
    auth: options.token,
    userAgent: 'container-atlas-refresh',
    request: { fetch: boundedFetch(options) },
    retry: { retryAfterBaseValue: options.backoffMs, retries: options.retries },
    throttle: {
      retryAfterBaseValue: options.backoffMs,
      // GraphQL queries pass through the plugin's "write" limiter; its pacing is made configurable so tests and the benchmark need not wait a second per query.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.minGapMs }),
      onRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        if (!(retryAfter <= options.maxWaitSeconds)) {
          options.log(`  rate limit spent: the reset is ${retryAfter} s away, longer than this run may wait`);
          return false;
        }
        options.log(`  rate limit spent: waiting ${retryAfter} s for the reset (attempt ${retryCount + 1})`);
        return retryCount < options.retries;
      },
      onSecondaryRateLimit: (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) => {
        if (!(retryAfter <= options.maxWaitSeconds)) {
          options.log(`  secondary rate limit: GitHub asks for ${retryAfter} s, longer than this run may wait`);
          return false;
        }
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
