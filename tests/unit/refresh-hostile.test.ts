// `npm run refresh` against a server on 127.0.0.1 that answers what no GitHub would: broken, truncated,
// oversized, wrong-typed or hostile bodies, stalls and refusals. Whatever it sends, the command prints
// one clear line per problem, exits with the documented status, prints no stack trace and never leaves
// an invalid content/activity.json (the old one stays byte for byte when nothing valid came back).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/refresh.ts', import.meta.url));

/** A canonical file with one record, as the refresh writes it. */
export const OLD_ACTIVITY = `{
  "alpha": {
    "fetchedAt": "2026-05-01",
    "repository": "example/alpha",
    "source": "github-api",
    "stars": 5
  }
}
`;

export const GOOD_NODE = {
  nameWithOwner: 'example/alpha',
  isArchived: false,
  stargazerCount: 10,
  forkCount: 2,
  createdAt: '2015-01-01T00:00:00Z',
  licenseInfo: { spdxId: 'MIT' },
  defaultBranchRef: { target: { committedDate: '2026-05-20T10:00:00Z' } },
  latestRelease: null,
  refs: { nodes: [] },
};

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

const servers: Server[] = [];
const roots: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function serve(handler: Handler): Promise<string> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => handler(request, response, body));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

const json =
  (body: unknown, status = 200): Handler =>
  (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

function makeRoot(activity = OLD_ACTIVITY): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  roots.push(root);
  mkdirSync(join(root, 'content/tools'), { recursive: true });
  writeFileSync(
    join(root, 'content/tools/alpha.md'),
    '---\nname: Alpha\nwebsite: https://example.org/alpha\nrepository: https://github.com/example/alpha\nstatus: active\n---\n\nBody.\n',
  );
  writeFileSync(join(root, 'content/activity.json'), activity);
  return root;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runRefresh(root: string, url: string, env: Record<string, string> = {}): Promise<Run> {
  const { GITHUB_ACTIONS: _a, GITHUB_TOKEN: _t, GITHUB_GRAPHQL_URL: _u, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
        env: {
          ...inherited,
          ATLAS_TODAY: '2026-06-01',
          ATLAS_REFRESH_BACKOFF_MS: '1',
          ATLAS_REFRESH_MIN_GAP_MS: '0',
          ATLAS_REFRESH_RETRIES: '1',
          GITHUB_TOKEN: 'test-token',
          GITHUB_GRAPHQL_URL: url,
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

const activityOf = (root: string): string => readFileSync(join(root, 'content/activity.json'), 'utf8');
const noStack = (run: Run): void => {
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(`${run.stdout}${run.stderr}`).not.toMatch(/internal error|TypeError|RangeError/);
};
const failedLine = (run: Run): string | undefined => run.stdout.split('\n').find((line) => line.startsWith('failed: alpha:'));

describe('refresh against a hostile server', { timeout: 30_000 }, () => {
  it.each([
    ['a malformed JSON body', json('{"data": {"r0": '), 'the answer is not JSON (application/json, 16 bytes)'],
    [
      'an HTML page with status 200',
      (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html><body>Sign in</body></html>');
      },
      'the answer is not JSON (text/html, 33 bytes)',
    ],
    ['a JSON list', json([1, 2, 3]), 'the answer is JSON but not an object (a list, 7 bytes)'],
    ['data that is a string', json({ data: 'nope' }), 'the answer is not GraphQL JSON (string), not the data of a GraphQL query'],
    ['no alias for the repository', json({ data: {} }), 'no answer for this repository'],
    [
      'an out-of-range number',
      json({ data: { r0: { ...GOOD_NODE, stargazerCount: -5 } } }),
      'the answer does not fit the activity schema (stars: Too small: expected number to be >=0)',
    ],
    [
      'a fractional number',
      json({ data: { r0: { ...GOOD_NODE, forkCount: 1.5 } } }),
      'the answer does not fit the activity schema (forks: Invalid input: expected int, received number)',
    ],
    [
      'an unexpected repository slug',
      json({ data: { r0: { ...GOOD_NODE, nameWithOwner: '../../etc/passwd' } } }),
      'the answer does not fit the activity schema (repository: must be owner/name)',
    ],
    [
      'a wrong-typed field',
      json({ data: { r0: { ...GOOD_NODE, nameWithOwner: 42 } } }),
      'the answer for this repository is malformed (nameWithOwner: Invalid input: expected string, received number)',
    ],
    [
      'a bad date',
      json({ data: { r0: { ...GOOD_NODE, createdAt: 'yesterday' } } }),
      'the answer for this repository is malformed ("yesterday" is not a date)',
    ],
    [
      'a year past 9999',
      json({ data: { r0: { ...GOOD_NODE, createdAt: '+275760-09-13T00:00:00Z' } } }),
      'the answer does not fit the activity schema (createdAt: must be a UTC date-time written YYYY-MM-DDThh:mm:ssZ)',
    ],
    [
      'a node that is a list',
      json({ data: { r0: [GOOD_NODE] } }),
      'the answer for this repository is malformed (node: Invalid input: expected object, received array)',
    ],
  ])('%s: one failed line, exit 1, the old file byte for byte', async (_name, handler, reason) => {
    const root = makeRoot();
    const url = await serve(handler);
    const run = await runRefresh(root, url);
    expect(failedLine(run)).toBe(`failed: alpha: example/alpha: ${reason} (previous record kept)`);
    expect(run.status).toBe(1);
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
    noStack(run);
  });

  it('caps the body: 5 MB of garbage against a 100 kB limit', async () => {
    const root = makeRoot();
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('x'.repeat(5 * 1024 * 1024));
    });
    const run = await runRefresh(root, url, { ATLAS_REFRESH_MAX_BYTES: '100000' });
    expect(failedLine(run)).toMatch(
      /^failed: alpha: example\/alpha: the answer from 127\.0\.0\.1:\d+ is larger than the 100000-byte limit/,
    );
    expect(run.status).toBe(1);
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
    noStack(run);
  });

  it('stops a gzip bomb at the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, ' '));
    const root = makeRoot();
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
    });
    const run = await runRefresh(root, url, { ATLAS_REFRESH_MAX_BYTES: '1000000' });
    expect(failedLine(run)).toMatch(/is larger than the 1000000-byte limit/);
    expect(run.status).toBe(1);
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
  });

  it('exits 3 and keeps the file when the connection is reset', async () => {
    const root = makeRoot();
    const url = await serve((request) => request.socket.destroy());
    const run = await runRefresh(root, url);
    expect(run.status).toBe(3);
    expect(run.stderr.trim()).toMatch(
      /^refresh: the connection to http:\/\/127\.0\.0\.1:\d+\/graphql failed: could not reach 127\.0\.0\.1:\d+: .+; content\/activity\.json was left as it was\.$/,
    );
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
    noStack(run);
  });

  it('exits 3 when a server stalls past the per-request timeout', async () => {
    const root = makeRoot();
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data":');
    });
    const started = performance.now();
    const run = await runRefresh(root, url, { ATLAS_REFRESH_TIMEOUT_MS: '300', ATLAS_REFRESH_RETRIES: '0' });
    expect(run.status).toBe(3);
    expect(run.stderr).toMatch(
      /failed: no complete answer from 127\.0\.0\.1:\d+ within 300 ms; content\/activity\.json was left as it was\./,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
  });

  it('exits 3 when the whole run is out of time', async () => {
    const root = makeRoot();
    const url = await serve((_request, response) => {
      setTimeout(() => json({ message: 'Server Error' }, 502)(_request, response, ''), 150);
    });
    const run = await runRefresh(root, url, { ATLAS_REFRESH_RUN_TIMEOUT_MS: '600', ATLAS_REFRESH_RETRIES: '20' });
    expect(run.status).toBe(3);
    expect(run.stderr.trim()).toBe('refresh: the run is out of time; content/activity.json was left as it was.');
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
  });

  it('fails the query rather than wait on a rate limit longer than the run may take', async () => {
    const root = makeRoot();
    const url = await serve((_request, response) => {
      response.writeHead(403, { 'content-type': 'application/json', 'retry-after': '86400' });
      response.end(JSON.stringify({ message: 'You have exceeded a secondary rate limit.' }));
    });
    const run = await runRefresh(root, url, { ATLAS_REFRESH_RUN_TIMEOUT_MS: '5000', ATLAS_REFRESH_BACKOFF_MS: '1000' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('  secondary rate limit: GitHub asks for 86400 s, longer than this run may wait');
    expect(failedLine(run)).toBe(
      'failed: alpha: example/alpha: HTTP 403: You have exceeded a secondary rate limit. (previous record kept)',
    );
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
  });

  it('exits 2 on a 401: a configuration problem, not a repository one', async () => {
    const root = makeRoot();
    const url = await serve(json({ message: 'Bad credentials' }, 401));
    const run = await runRefresh(root, url);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(
      'refresh: GitHub refused the token (401 Bad credentials); check GITHUB_TOKEN; content/activity.json was left as it was.',
    );
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
  });

  it('prints server text with control characters escaped and never as a workflow command', async () => {
    const root = makeRoot();
    const url = await serve(
      json({
        data: { r0: null },
        errors: [{ type: 'FORBIDDEN', path: ['r0'], message: '\n::error::pwned\u001b[31m red \r::add-mask::secret' }],
      }),
    );
    const run = await runRefresh(root, url, { GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(failedLine(run)).toBe('failed: alpha: example/alpha: ::error::pwned\\u{1b}[31m red ::add-mask::secret (previous record kept)');
    for (const line of `${run.stdout}\n${run.stderr}`.split('\n')) expect(line).not.toMatch(/^\s*::/);
    expect(`${run.stdout}${run.stderr}`).not.toContain('\u001b');
  });

  it.each(['not a url', 'file:///etc/passwd'])('refuses GITHUB_GRAPHQL_URL=%j as configuration (exit 2)', async (url) => {
    const root = makeRoot();
    const run = await runRefresh(root, url);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe(`refresh: GITHUB_GRAPHQL_URL must be an http(s) URL, not ${JSON.stringify(url)}`);
    expect(activityOf(root)).toBe(OLD_ACTIVITY);
  });

  it('refreshes a good answer after all this', async () => {
    const root = makeRoot();
    const url = await serve(json({ data: { r0: GOOD_NODE } }));
    const run = await runRefresh(root, url);
    expect(run.status).toBe(0);
    expect(JSON.parse(activityOf(root))).toMatchObject({ alpha: { stars: 10, forks: 2, fetchedAt: '2026-06-01' } });
  });
});
