// `npm run refresh` as a process, against a fake GraphQL endpoint on 127.0.0.1
// that answers in the shapes GitHub documents. Backoff is shrunk to
// milliseconds through ATLAS_REFRESH_BACKOFF_MS so the file runs in seconds.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeGitHub, type Fault, type FakeRepository } from '../support/fake-github.ts';

const script = fileURLToPath(new URL('../../scripts/refresh.ts', import.meta.url));
const TODAY = '2026-06-01';

interface Tool {
  id: string;
  repository?: string;
}

const servers: FakeGitHub[] = [];
const roots: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function makeRoot(tools: Tool[], activity?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-refresh-'));
  roots.push(root);
  mkdirSync(join(root, 'content/tools'), { recursive: true });
  for (const tool of tools) {
    const repository = tool.repository ? `repository: ${tool.repository}\n` : '';
    writeFileSync(
      join(root, 'content/tools', `${tool.id}.md`),
      `---\nname: ${tool.id}\nwebsite: https://example.org/${tool.id}\n${repository}status: active\n---\n\nBody.\n`,
    );
  }
  if (activity !== undefined) writeFileSync(join(root, 'content/activity.json'), activity);
  return root;
}

async function startServer(
  repositories: Record<string, FakeRepository>,
  faults: Record<number, Fault> = {},
  token = 'test-token',
): Promise<{ server: FakeGitHub; url: string }> {
  const server = new FakeGitHub({
    repositories: new Map(Object.entries(repositories).map(([slug, repository]) => [slug.toLowerCase(), repository])),
    faults: new Map(Object.entries(faults).map(([number, fault]) => [Number(number), fault])),
    retryAfter: 2,
    token,
  });
  servers.push(server);
  return { server, url: await server.start() };
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI without blocking this process, which also serves the fake endpoint. */
function run(root: string, args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const { GITHUB_ACTIONS: _a, GITHUB_TOKEN: _t, GITHUB_GRAPHQL_URL: _u, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [script, ...args],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 20_000,
        env: {
          ...inherited,
          ATLAS_TODAY: TODAY,
          ATLAS_REFRESH_BACKOFF_MS: '5',
          ATLAS_REFRESH_MIN_GAP_MS: '0',
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const readActivity = (root: string): Record<string, Record<string, unknown>> =>
  JSON.parse(readFileSync(join(root, 'content/activity.json'), 'utf8')) as Record<string, Record<string, unknown>>;

const etcd: FakeRepository = {
  nameWithOwner: 'etcd-io/etcd',
  stargazerCount: 48_000,
  forkCount: 9_800,
  createdAt: '2013-06-06T21:08:31Z',
  spdxId: 'Apache-2.0',
  committedDate: '2026-05-30T08:00:00Z',
  release: { tagName: 'v3.6.1', publishedAt: '2026-05-02T12:00:00Z' },
};
const confd: FakeRepository = {
  nameWithOwner: 'kelseyhightower/confd',
  stargazerCount: 8_300,
  forkCount: 1_400,
  spdxId: 'MIT',
  committedDate: '2023-12-09T06:09:06Z',
  release: null,
  tag: { name: 'v0.16.0', committedDate: '2018-05-04T19:50:14Z' },
};
const env = (url: string): Record<string, string> => ({ GITHUB_TOKEN: 'test-token', GITHUB_GRAPHQL_URL: url });

// Each test starts one or two processes; on a loaded machine that alone can take seconds.
describe('npm run refresh', { timeout: 30_000 }, () => {
  it('fills the file from one batch, with sorted keys and absent unknowns, and lists other hosts', async () => {
    const { server, url } = await startServer({ 'etcd-io/etcd': etcd, 'kelseyhightower/confd': confd });
    const root = makeRoot([
      { id: 'etcd', repository: 'https://github.com/etcd-io/etcd' },
      { id: 'confd', repository: 'https://github.com/kelseyhightower/confd' },
      { id: 'forgejo', repository: 'https://codeberg.org/forgejo/forgejo' },
      { id: 'no-repo' },
    ]);
    const result = await run(root, [], env(url));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^batch 1\/1: 2\/2 repositories in \d+\.\d s, budget 4999 left$/m);
    expect(result.stdout).toContain('no host data: forgejo (codeberg.org)');
    expect(result.stdout).toContain('no repository: no-repo');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.authorization).toBe('token test-token');
    const text = readFileSync(join(root, 'content/activity.json'), 'utf8');
    expect(text).toBe(`{
  "confd": {
    "archived": false,
    "createdAt": "2015-01-01T00:00:00Z",
    "fetchedAt": "${TODAY}",
    "forks": 1400,
    "lastCommit": "2023-12-09T06:09:06Z",
    "latestRelease": {
      "date": "2018-05-04T19:50:14Z",
      "kind": "tag",
      "tag": "v0.16.0"
    },
    "license": "MIT",
    "repository": "kelseyhightower/confd",
    "source": "github-api",
    "stars": 8300
  },
  "etcd": {
    "archived": false,
    "createdAt": "2013-06-06T21:08:31Z",
    "fetchedAt": "${TODAY}",
    "forks": 9800,
    "lastCommit": "2026-05-30T08:00:00Z",
    "latestRelease": {
      "date": "2026-05-02T12:00:00Z",
      "kind": "release",
      "tag": "v3.6.1"
    },
    "license": "Apache-2.0",
    "repository": "etcd-io/etcd",
    "source": "github-api",
    "stars": 48000
  }
}
`);
  });

  it('sends at most 50 repositories per query, with a progress line per batch', async () => {
    const repositories: Record<string, FakeRepository> = {};
    const tools: Tool[] = [];
    for (let i = 0; i < 120; i += 1) {
      repositories[`org/tool-${i}`] = { nameWithOwner: `org/tool-${i}`, stargazerCount: i };
      tools.push({ id: `tool-${i}`, repository: `https://github.com/org/tool-${i}` });
    }
    const { server, url } = await startServer(repositories);
    const result = await run(makeRoot(tools), [], env(url));
    expect(result.status).toBe(0);
    expect(server.requests.map((request) => request.repositories.length)).toEqual([50, 50, 20]);
    expect(result.stdout.match(/^batch \d\/3: /gm)).toHaveLength(3);
  });

  it('records a renamed repository under its new name and reports the move', async () => {
    const { url } = await startServer({ 'coreos/etcd': etcd });
    const root = makeRoot([{ id: 'etcd', repository: 'https://github.com/coreos/etcd' }]);
    const result = await run(root, [], env(url));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('moved: etcd: coreos/etcd → etcd-io/etcd');
    expect(readActivity(root)['etcd']!['repository']).toBe('etcd-io/etcd');
  });

  it('keeps and marks the last record of a repository that is gone, beside the partial data', async () => {
    const previous = `{\n  "confd": {\n    "fetchedAt": "2026-01-01",\n    "repository": "kelseyhightower/confd",\n    "source": "snapshot",\n    "stars": 8000\n  }\n}\n`;
    const { url } = await startServer({ 'etcd-io/etcd': etcd });
    const root = makeRoot(
      [
        { id: 'etcd', repository: 'https://github.com/etcd-io/etcd' },
        { id: 'confd', repository: 'https://github.com/kelseyhightower/confd' },
      ],
      previous,
    );
    const result = await run(root, [], env(url));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('gone: confd: kelseyhightower/confd does not exist on GitHub any more');
    const activity = readActivity(root);
    expect(activity['confd']).toEqual({
      fetchedAt: '2026-01-01',
      notFoundSince: TODAY,
      repository: 'kelseyhightower/confd',
      source: 'snapshot',
      stars: 8000,
    });
    expect(activity['etcd']!['stars']).toBe(48000);
  });

  it('retries after a 502 and succeeds', async () => {
    const { server, url } = await startServer({ 'etcd-io/etcd': etcd }, { 0: 'bad-gateway', 1: 'service-unavailable' });
    const root = makeRoot([{ id: 'etcd', repository: 'https://github.com/etcd-io/etcd' }]);
    const result = await run(root, [], env(url));
    expect(result.status).toBe(0);
    expect(server.requests).toHaveLength(3);
    expect(readActivity(root)['etcd']!['stars']).toBe(48000);
  });

  it("waits as a secondary rate limit's retry-after asks, then succeeds", async () => {
    const { server, url } = await startServer({ 'etcd-io/etcd': etcd }, { 0: 'secondary-rate-limit' });
    const root = makeRoot([{ id: 'etcd', repository: 'https://github.com/etcd-io/etcd' }]);
    const result = await run(root, [], env(url));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('secondary rate limit: waiting 2 s as GitHub asks');
    expect(server.requests).toHaveLength(2);
  });

  it('waits for the reset when the rate-limit budget is spent, then succeeds', async () => {
    const { server, url } = await startServer({ 'etcd-io/etcd': etcd }, { 0: 'rate-limit' });
    const root = makeRoot([{ id: 'etcd', repository: 'https://github.com/etcd-io/etcd' }]);
    const result = await run(root, [], env(url));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/rate limit spent: waiting \d+ s for the reset/);
    expect(server.requests).toHaveLength(2);
  });

  it('keeps the previous records of a batch that keeps failing, and exits 1', async () => {
    const tools: Tool[] = [];
    const repositories: Record<string, FakeRepository> = {};
    for (let i = 0; i < 60; i += 1) {
      tools.push({ id: `tool-${i}`, repository: `https://github.com/org/tool-${i}` });
      repositories[`org/tool-${i}`] = { nameWithOwner: `org/tool-${i}`, stargazerCount: 1000 + i };
    }
    const previous = `{\n  "tool-55": {\n    "fetchedAt": "2026-01-01",\n    "repository": "org/tool-55",\n    "source": "github-api",\n    "stars": 7\n  }\n}\n`;
    const { url } = await startServer(repositories, { 1: 'bad-gateway', 2: 'bad-gateway', 3: 'bad-gateway', 4: 'bad-gateway' });
    const root = makeRoot(tools, previous);
    const result = await run(root, [], env(url));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^batch 2\/2: 10 repositories: FAILED/m);
    const activity = readActivity(root);
    expect(activity['tool-55']!['stars']).toBe(7);
    expect(activity['tool-0']!['stars']).toBe(1000);
  });

  it('leaves the old file intact, byte for byte, when the connection drops mid-run', async () => {
    const tools: Tool[] = [];
    const repositories: Record<string, FakeRepository> = {};
    for (let i = 0; i < 60; i += 1) {
      tools.push({ id: `tool-${i}`, repository: `https://github.com/org/tool-${i}` });
      repositories[`org/tool-${i}`] = { nameWithOwner: `org/tool-${i}` };
    }
    // Deliberately not in canonical form, so any rewrite would show.
    const previous = '{"tool-1": {"repository": "org/tool-1", "source": "snapshot", "fetchedAt": "2026-01-01"}}';
    const { url } = await startServer(repositories, { 1: 'drop', 2: 'drop', 3: 'drop', 4: 'drop' });
    const root = makeRoot(tools, previous);
    const result = await run(root, [], env(url));
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('content/activity.json was left as it was');
    expect(readFileSync(join(root, 'content/activity.json'), 'utf8')).toBe(previous);
    expect(readdirSync(join(root, 'content')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file intact when the run is killed mid-query', async () => {
    const { server, url } = await startServer({}, { 0: 'hang' });
    const previous = '{"etcd": {"repository": "etcd-io/etcd", "source": "snapshot", "fetchedAt": "2026-01-01"}}';
    const root = makeRoot([{ id: 'etcd', repository: 'https://github.com/etcd-io/etcd' }], previous);
    const { GITHUB_TOKEN: _t, ...inherited } = process.env;
    const child = spawn(process.execPath, [script], {
      cwd: root,
      env: { ...inherited, ...env(url), ATLAS_REFRESH_MIN_GAP_MS: '0' },
      stdio: 'ignore',
    });
    const deadline = Date.now() + 10_000;
    while (server.requests.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(readFileSync(join(root, 'content/activity.json'), 'utf8')).toBe(previous);
  });

  it('says in one sentence that the token is missing', async () => {
    const root = makeRoot([{ id: 'etcd', repository: 'https://github.com/etcd-io/etcd' }]);
    const result = await run(root, [], {});
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(/^refresh: GITHUB_TOKEN is not set; [^\n]+\.$/);
    expect(existsSync(join(root, 'content/activity.json'))).toBe(false);
  });

  it('refreshes only the ids given, and refuses an unknown id', async () => {
    const { server, url } = await startServer({ 'etcd-io/etcd': etcd, 'kelseyhightower/confd': confd });
    const root = makeRoot([
      { id: 'etcd', repository: 'https://github.com/etcd-io/etcd' },
      { id: 'confd', repository: 'https://github.com/kelseyhightower/confd' },
    ]);
    expect((await run(root, ['confd'], env(url))).status).toBe(0);
    expect(server.requests[0]!.repositories).toEqual(['kelseyhightower/confd']);
    expect(Object.keys(readActivity(root))).toEqual(['confd']);
    const unknown = await run(root, ['etc'], env(url));
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no tool with the id "etc"');
  });
});

describe('npm run refresh -- --from-snapshot', { timeout: 30_000 }, () => {
  function makeClone(root: string): string {
    const dir = join(root, 'clone');
    mkdirSync(dir);
    const git = (args: string[], date: string): void => {
      const result = spawnSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'T',
          GIT_AUTHOR_EMAIL: 't@example.org',
          GIT_COMMITTER_NAME: 'T',
          GIT_COMMITTER_EMAIL: 't@example.org',
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      });
      if (result.status !== 0) throw new Error(result.stderr);
    };
    git(['init', '-q', '-b', 'main'], '2020-01-01T00:00:00Z');
    git(['commit', '-q', '--allow-empty', '-m', 'first'], '2020-01-01T10:00:00+02:00');
    git(['tag', '-a', 'v1.0.0', '-m', 'one'], '2021-03-04T05:06:07Z');
    git(['commit', '-q', '--allow-empty', '-m', 'second'], '2024-07-08T09:10:11Z');
    return dir;
  }

  it('writes a snapshot record with only what a clone can tell, dated by its newest commit', async () => {
    const root = makeRoot([{ id: 'confd', repository: 'https://github.com/kelseyhightower/confd' }]);
    const clone = makeClone(root);
    const result = await run(root, ['--from-snapshot', `confd=someone/confd@${clone}`], {});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readActivity(root)).toEqual({
      // The clone's newest commit is from 2024-07-08: that is the day the snapshot describes, not today.
      confd: {
        fetchedAt: '2024-07-08',
        lastCommit: '2024-07-08T09:10:11Z',
        latestRelease: { date: '2021-03-04T05:06:07Z', kind: 'tag', tag: 'v1.0.0' },
        repository: 'someone/confd',
        source: 'snapshot',
      },
    });
  });

  it('reads pairs from --list and takes owner/name from the entry when not given', async () => {
    const root = makeRoot([
      { id: 'confd', repository: 'https://github.com/kelseyhightower/confd' },
      { id: 'etcd', repository: 'https://github.com/etcd-io/etcd' },
    ]);
    const clone = makeClone(root);
    writeFileSync(join(root, 'pairs.txt'), `# id owner/name git-dir\netcd etcd-io/etcd ${clone}\n`);
    const result = await run(root, ['--from-snapshot', `confd=${clone}`, '--list', join(root, 'pairs.txt')], {});
    expect(result.status).toBe(0);
    const activity = readActivity(root);
    expect(activity['confd']!['repository']).toBe('kelseyhightower/confd');
    expect(activity['etcd']!['repository']).toBe('etcd-io/etcd');
  });

  it('reports a path that is no git repository and keeps going', async () => {
    const root = makeRoot([
      { id: 'confd', repository: 'https://github.com/kelseyhightower/confd' },
      { id: 'etcd', repository: 'https://github.com/etcd-io/etcd' },
    ]);
    const clone = makeClone(root);
    const result = await run(root, ['--from-snapshot', `confd=${root}/nowhere`, `etcd=${clone}`], {});
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`confd: FAILED: argument 1: ${root}/nowhere does not exist`);
    expect(Object.keys(readActivity(root))).toEqual(['etcd']);
  });

  it('refuses a malformed pair with the expected form', async () => {
    const root = makeRoot([{ id: 'confd', repository: 'https://github.com/kelseyhightower/confd' }]);
    const result = await run(root, ['--from-snapshot', 'Confd'], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('is not <id>=<git-dir> or <id>=<owner/name>@<git-dir>');
  });
});
