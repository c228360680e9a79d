// Random front matter, random activity files and random API answers thrown at validate, health and
// refresh (fast-check, seeded, so a failure is the same on every run; each property has a run count
// and a time limit, so the file stays within seconds). The properties: no crash, no stack trace, only
// well-formed output lines, the documented exit codes, and never an invalid content/activity.json.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { activityFileSchema } from '../../src/schemas/activity.ts';
import { runScript } from '../support/cli.ts';

// A longer hunt: ATLAS_FUZZ_SEED=… ATLAS_FUZZ_SCALE=10 npx vitest run tests/unit/fuzz.test.ts
const SEED = Number(process.env['ATLAS_FUZZ_SEED'] ?? 182_026);
const SCALE = Number(process.env['ATLAS_FUZZ_SCALE'] ?? 1);
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});
const makeRoot = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'atlas-fuzz-'));
  roots.push(root);
  mkdirSync(join(root, 'content/tools'), { recursive: true });
  writeFileSync(join(root, 'content/tags.yml'), 'kubernetes: Runs on Kubernetes.\ndocker: Built around Docker.\n');
  return root;
};

/** Every line a command prints is a problem or finding at `path:line:column`, a summary, or empty. */
const LINE =
  /^$|^\S+:\d+:\d+ {2}\S|^\d+ problems? in \d+ files?$|^OK: |^health: \d+ entries checked|^batch \d+\/\d+: |^(moved|gone|failed|no host data|no repository|removed): |^ {2}|^refresh: /;
function expectCleanOutput(stdout: string, stderr: string): void {
  const all = `${stdout}\n${stderr}`;
  expect(all).not.toMatch(/^\s+at \S.*:\d+:\d+\)?$/m);
  expect(all).not.toMatch(/internal error|TypeError|RangeError|SyntaxError|Cannot read/);
  // eslint-disable-next-line no-control-regex -- finding raw control characters in the output is the point
  expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
  for (const line of stdout.split('\n')) expect(line).toMatch(LINE);
  for (const line of all.split('\n')) expect(line).not.toMatch(/^\s*::/);
}

// Values a careless or hostile contributor might type: YAML syntax, tags, anchors, control characters.
const nasty = fc.constantFrom(
  '!foo x',
  '!!binary aGk=',
  '&a [1]',
  '*a',
  '{',
  '[',
  '"unclosed',
  "'",
  '|',
  '>',
  '- x',
  '2026-02-30',
  '2099-01-01',
  '1e999',
  '-1',
  '0x10',
  'null',
  '~',
  'yes',
  '"\\u202Eevil"',
  '"\\e[31m"',
  '"::error::x"',
  'https://user:pass@x.example/',
  'https://b\u00fccher.example/',
  'javascript:alert(1)',
  '[a, b]',
  '{a: 1}',
  '__proto__',
);
const value = fc.oneof(
  nasty,
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }).map((text) => JSON.stringify(text)),
  fc.integer().map(String),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
);
const key = fc.oneof(
  fc.constantFrom(
    'name',
    'summary',
    'categories',
    'website',
    'repository',
    'docs',
    'license',
    'status',
    'statusNote',
    'statusSince',
    'successors',
    'alternatives',
    'aliases',
    'tags',
    'firstRelease',
    'sources',
    'added',
    'verified',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 12 }),
);
const body = fc.array(
  fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      '![](https://t.example/p.png)',
      '![x][r]\n\n[r]: //t.example/p.png',
      '<img src=x>',
      '```',
      '![a](./a.png)',
      '[x](javascript:1)',
    ),
  ),
  { maxLength: 8 },
);
const entryText = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.array(fc.tuple(key, value), { maxLength: 14 }), body)
      .map(([pairs, lines]) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${lines.join('\n')}\n`),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.from(bytes).toString('latin1')) },
);

describe('fuzz', { timeout: 60_000 * SCALE }, () => {
  it('validate: any front matter gives problems at path:line:column, never a crash', () => {
    fc.assert(
      fc.property(fc.array(entryText, { minLength: 20, maxLength: 40 }), (texts) => {
        const root = makeRoot();
        texts.forEach((text, index) => writeFileSync(join(root, 'content/tools', `f-${index}.md`), text));
        const run = runScript('validate.ts', [], { cwd: root, env: { ATLAS_TODAY: '2026-12-04', GITHUB_ACTIONS: 'false' } });
        expect([0, 1]).toContain(run.status);
        expect(run.stderr).toBe('');
        expectCleanOutput(run.stdout, run.stderr);
      }),
      { seed: SEED, numRuns: 4 * SCALE, interruptAfterTimeLimit: 15_000 * SCALE },
    );
  });

  const record = fc.record(
    {
      repository: fc.oneof(fc.constant('a/b'), fc.string({ maxLength: 20 }), fc.integer()),
      source: fc.oneof(fc.constant('github-api'), fc.string({ maxLength: 5 })),
      fetchedAt: fc.oneof(fc.constant('2026-01-01'), fc.constant('2099-12-31'), fc.string({ maxLength: 12 })),
      lastCommit: fc.oneof(fc.constant('2025-01-01T00:00:00Z'), fc.constant('2098-01-01T00:00:00Z'), fc.anything()),
      stars: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string({ maxLength: 4 })),
      license: fc.oneof(fc.constant('MIT'), fc.constant('<b>x</b>'), fc.string({ maxLength: 10 })),
      archived: fc.oneof(fc.boolean(), fc.anything()),
    },
    { requiredKeys: [] },
  );
  const activityText = fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .dictionary(fc.oneof(fc.constantFrom('t-0', 't-1', '__proto__', 'constructor'), fc.string({ maxLength: 8 })), record)
        .map((data) => JSON.stringify(data, null, 2)),
    },
    { weight: 2, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );

  it('health: any activity file and entries give findings, never a crash', () => {
    fc.assert(
      fc.property(activityText, fc.array(entryText, { maxLength: 4 }), (activity, texts) => {
        const root = makeRoot();
        writeFileSync(
          join(root, 'content/tools/t-0.md'),
          '---\nname: T0\nrepository: https://github.com/a/b\nstatus: active\nverified: 2020-01-01\n---\n',
        );
        texts.forEach((text, index) => writeFileSync(join(root, 'content/tools', `t-${index + 1}.md`), text));
        writeFileSync(join(root, 'content/activity.json'), activity);
        const run = runScript('health.ts', [], { cwd: root, env: { ATLAS_TODAY: '2026-12-04' } });
        expect([0, 1]).toContain(run.status);
        expect(run.stderr).toBe('');
        expectCleanOutput(run.stdout, run.stderr);
      }),
      { seed: SEED, numRuns: 6 * SCALE, interruptAfterTimeLimit: 10_000 * SCALE },
    );
  });

  // One answer of the server: its status, headers and body, or a dropped connection.
  const node = fc.record(
    {
      nameWithOwner: fc.oneof(fc.constant('a/t-0'), fc.constant('../x'), fc.string({ maxLength: 12 }), fc.integer()),
      isArchived: fc.oneof(fc.boolean(), fc.anything()),
      stargazerCount: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string({ maxLength: 3 })),
      forkCount: fc.oneof(fc.nat(), fc.integer({ min: -5, max: 5 })),
      createdAt: fc.oneof(fc.constant('2015-01-01T00:00:00Z'), fc.constant('+275760-09-13T00:00:00Z'), fc.string({ maxLength: 12 })),
      licenseInfo: fc.oneof(
        fc.constant(null),
        fc.record({ spdxId: fc.oneof(fc.constant('MIT'), fc.string({ maxLength: 200 }), fc.constant(null)) }),
      ),
      defaultBranchRef: fc.oneof(
        fc.constant(null),
        fc.record({ target: fc.record({ committedDate: fc.oneof(fc.constant('2026-01-01T00:00:00Z'), fc.string({ maxLength: 8 })) }) }),
      ),
      latestRelease: fc.oneof(
        fc.constant(null),
        fc.record({
          tagName: fc.string({ maxLength: 300 }),
          publishedAt: fc.oneof(fc.constant(null), fc.constant('2026-01-01T00:00:00Z')),
          createdAt: fc.constant('2026-01-01T00:00:00Z'),
        }),
      ),
      refs: fc.oneof(fc.constant(null), fc.record({ nodes: fc.array(fc.anything(), { maxLength: 2 }) })),
    },
    { requiredKeys: [] },
  );
  const answer = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        status: fc.constant(200),
        body: fc
          .dictionary(fc.constantFrom('r0', 'r1', 'r2', 'rateLimit', 'x'), fc.oneof(node, fc.constant(null), fc.anything()))
          .map((data) => JSON.stringify({ data })),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        status: fc.constantFrom(200, 401, 403, 404, 500, 502),
        body: fc.oneof(fc.json(), fc.string({ maxLength: 100 })),
      }),
    },
    { weight: 1, arbitrary: fc.record({ status: fc.constant(200), body: fc.constant('gzip-garbage') }) },
    { weight: 1, arbitrary: fc.constant({ status: 0, body: 'drop' }) },
  );

  async function refreshAgainst(answers: Array<{ status: number; body: string }>): Promise<void> {
    const root = makeRoot();
    for (let index = 0; index < 3; index += 1) {
      writeFileSync(
        join(root, 'content/tools', `t-${index}.md`),
        `---\nname: T${index}\nrepository: https://github.com/a/t-${index}\nstatus: active\n---\n`,
      );
    }
    const old = '{\n  "t-0": {\n    "fetchedAt": "2026-05-01",\n    "repository": "a/t-0",\n    "source": "github-api"\n  }\n}\n';
    writeFileSync(join(root, 'content/activity.json'), old);
    let count = 0;
    const server: Server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const next = answers[count % answers.length]!;
        count += 1;
        if (next.body === 'drop') return void request.socket.destroy();
        if (next.body === 'gzip-garbage') {
          response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
          return void response.end(gzipSync(Buffer.alloc(4_000_000, 'x')));
        }
        response.writeHead(next.status, { 'content-type': 'application/json' });
        response.end(next.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const { GITHUB_ACTIONS: _a, GITHUB_TOKEN: _t, ...inherited } = process.env;
    const run = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [fileURLToPath(new URL('../../scripts/refresh.ts', import.meta.url))],
        {
          cwd: root,
          encoding: 'utf8',
          timeout: 20_000,
          env: {
            ...inherited,
            GITHUB_TOKEN: 't',
            GITHUB_GRAPHQL_URL: url,
            ATLAS_TODAY: '2026-06-01',
            ATLAS_REFRESH_BACKOFF_MS: '1',
            ATLAS_REFRESH_MIN_GAP_MS: '0',
            ATLAS_REFRESH_RETRIES: '1',
            ATLAS_REFRESH_TIMEOUT_MS: '2000',
            ATLAS_REFRESH_MAX_BYTES: '1000000',
          },
        },
        (error, stdout, stderr) => resolve({ status: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }),
      );
    });
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect([0, 1, 2, 3]).toContain(run.status);
    expectCleanOutput(run.stdout, run.stderr);
    const after = readFileSync(join(root, 'content/activity.json'), 'utf8');
    if (run.status >= 2) expect(after).toBe(old);
    expect(activityFileSchema.safeParse(JSON.parse(after)).success).toBe(true);
  }

  it('refresh: any answer leaves a valid activity.json and a documented exit code', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer, { minLength: 1, maxLength: 4 }), (answers) => refreshAgainst(answers)),
      { seed: SEED, numRuns: 8 * SCALE, interruptAfterTimeLimit: 15_000 * SCALE },
    );
  });
});
