/**
 * A stand-in for GitHub's GraphQL endpoint on 127.0.0.1, for the refresh
 * tests and its benchmark. It answers the aliased repository query the way
 * GitHub's documentation shows: resolved repositories under `data`, a null
 * plus a NOT_FOUND error (with the alias as its path) for unknown ones, the
 * new name for a renamed one, `rateLimit` beside them; and on request the
 * failures GitHub documents: a 502, a 403 secondary rate limit with
 * `retry-after`, a spent primary budget (403, no points left, the reset
 * time), or a connection dropped before any answer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepository {
  nameWithOwner: string;
  isArchived?: boolean;
  stargazerCount?: number;
  forkCount?: number;
  createdAt?: string;
  spdxId?: string | null;
  committedDate?: string | null;
  release?: { tagName: string; publishedAt: string } | null;
  tag?: { name: string; committedDate: string } | null;
}

/** What to do with the n-th request (0-based), instead of answering it. */
export type Fault = 'bad-gateway' | 'service-unavailable' | 'secondary-rate-limit' | 'rate-limit' | 'drop' | 'hang';

export interface FakeGitHubOptions {
  /** Repositories by the name a client asks for (case-insensitive); a renamed one answers with its new nameWithOwner. */
  repositories: Map<string, FakeRepository>;
  /** Faults by request number. */
  faults?: Map<number, Fault>;
  /** `retry-after` of the secondary rate limit, in seconds. */
  retryAfter?: number;
  /** The token the client must send. */
  token?: string;
}

export interface RecordedRequest {
  authorization: string | undefined;
  /** owner/name pairs asked for, in alias order. */
  repositories: string[];
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  #server: Server;
  #options: FakeGitHubOptions;
  #hanging = new Set<ServerResponse>();

  constructor(options: FakeGitHubOptions) {
    this.#options = options;
    this.#server = createServer((request, response) => {
      void this.#handle(request, response);
    });
  }

  /** Starts listening on a free port of 127.0.0.1 and returns the endpoint URL. */
  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/graphql`;
  }

  async stop(): Promise<void> {
    for (const response of this.#hanging) response.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const number = this.requests.length;
    let body: { query?: string; variables?: Record<string, string> };
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body;
    } catch {
      return this.#json(response, 400, { message: 'Problems parsing JSON' });
    }
    const variables = body.variables ?? {};
    const asked: string[] = [];
    for (let index = 0; `o${index}` in variables; index += 1) asked.push(`${variables[`o${index}`]}/${variables[`n${index}`]}`);
    this.requests.push({ authorization: request.headers.authorization, repositories: asked });

    if (request.url !== '/graphql' || request.method !== 'POST') return this.#json(response, 404, { message: 'Not Found' });
    if (
      this.#options.token &&
      request.headers.authorization !== `token ${this.#options.token}` &&
      request.headers.authorization !== `bearer ${this.#options.token}`
    ) {
      return this.#json(response, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/graphql' });
    }
    switch (this.#options.faults?.get(number)) {
      case 'bad-gateway':
        return this.#json(response, 502, { message: 'Server Error' });
      case 'service-unavailable':
        return this.#json(response, 503, { message: 'Service Unavailable' });
      case 'secondary-rate-limit':
        return this.#json(
          response,
          403,
          {
            message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
            documentation_url:
              'https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api#secondary-rate-limits',
          },
          { 'retry-after': String(this.#options.retryAfter ?? 1) },
        );
      case 'rate-limit':
        // The primary budget is spent: GitHub answers 403 with no points left and the reset time.
        return this.#json(
          response,
          403,
          {
            message: 'API rate limit exceeded for user ID 1.',
            documentation_url: 'https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api',
          },
          { 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 2) },
        );
      case 'drop':
        request.socket.destroy();
        return;
      case 'hang':
        this.#hanging.add(response);
        return;
      default:
    }

    const data: Record<string, unknown> = {};
    const errors: unknown[] = [];
    asked.forEach((slug, index) => {
      const repository = this.#options.repositories.get(slug.toLowerCase());
      if (repository) data[`r${index}`] = toNode(repository);
      else {
        data[`r${index}`] = null;
        errors.push({
          type: 'NOT_FOUND',
          path: [`r${index}`],
          locations: [{ line: index + 2, column: 3 }],
          message: `Could not resolve to a Repository with the name '${slug}'.`,
        });
      }
    });
    data['rateLimit'] = {
      cost: 1,
      remaining: 4999 - number,
      resetAt: new Date(Date.now() + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    this.#json(response, 200, errors.length > 0 ? { data, errors } : { data });
  }

  #json(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4990',
      'x-ratelimit-used': '10',
      'x-ratelimit-resource': 'graphql',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      ...headers,
    });
    response.end(text);
  }
}

function toNode(repository: FakeRepository): Record<string, unknown> {
  return {
    nameWithOwner: repository.nameWithOwner,
    isArchived: repository.isArchived ?? false,
    stargazerCount: repository.stargazerCount ?? 0,
    forkCount: repository.forkCount ?? 0,
    createdAt: repository.createdAt ?? '2015-01-01T00:00:00Z',
    licenseInfo: repository.spdxId === undefined ? null : { spdxId: repository.spdxId },
    defaultBranchRef: repository.committedDate ? { target: { committedDate: repository.committedDate } } : null,
    latestRelease: repository.release ? { ...repository.release, createdAt: repository.release.publishedAt } : null,
    refs: { nodes: repository.tag ? [{ name: repository.tag.name, target: { committedDate: repository.tag.committedDate } }] : [] },
  };
}
