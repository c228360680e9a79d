/**
 * npm run bench:refresh — `npm run refresh` on 10,000 synthetic repositories
 * against the fake GraphQL server of the tests (tests/support/fake-github.ts)
 * on 127.0.0.1: how many requests it sends, how long it takes and how much
 * memory the refresh process needs at its peak. A benchmark, not a test: it
 * prints figures and asserts only that every repository was written.
 *
 * GitHub's one-second pacing between queries is set to 0 here
 * (ATLAS_REFRESH_MIN_GAP_MS), so the figure is the tool's own cost; against
 * GitHub add a second per query. Options: --count=N (default 10000).
 */
import { ACTIVITY_FILE, TOOLS_DIR } from './lib/content-files.ts';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeGitHub, type FakeRepository } from '../tests/support/fake-github.ts';

const countArg = process.argv.find((arg) => arg.startsWith('--count='));
const count = countArg ? Number(countArg.slice('--count='.length)) : 10_000;
if (!Number.isInteger(count) || count < 1) {
  console.error('bench:refresh: --count must be a positive whole number');
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'atlas-bench-refresh-'));
const repositories = new Map<string, FakeRepository>();
mkdirSync(join(root, TOOLS_DIR), { recursive: true });
for (let i = 0; i < count; i += 1) {
  const id = `tool-${String(i).padStart(5, '0')}`;
  const slug = `org-${i % 97}/${id}`;
  // Every 50th repository moved and every 100th is gone, so those paths are timed too.
  if (i % 100 !== 7) {
    repositories.set(slug.toLowerCase(), {
      nameWithOwner: i % 50 === 3 ? `new-org/${id}` : slug,
      stargazerCount: (i * 7919) % 50_000,
      forkCount: (i * 104_729) % 5_000,
      spdxId: i % 3 === 0 ? 'Apache-2.0' : 'MIT',
      committedDate: new Date(Date.UTC(2020, 0, 1) + (i % 2000) * 86_400_000).toISOString(),
      release: i % 4 === 0 ? null : { tagName: `v1.${i % 30}.0`, publishedAt: '2025-06-01T00:00:00Z' },
      tag: { name: 'v0.9.0', committedDate: '2024-01-01T00:00:00Z' },
    });
  }
  writeFileSync(
    join(root, TOOLS_DIR, `${id}.md`),
    `---\nname: Tool ${i}\nwebsite: https://example.org/${id}\nrepository: https://github.com/${slug}\nstatus: active\n---\n`,
  );
}

const server = new FakeGitHub({ repositories, token: 'bench' });
const url = await server.start();
const script = fileURLToPath(new URL('./refresh.ts', import.meta.url));
const started = performance.now();
const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, GITHUB_TOKEN: 'bench', GITHUB_GRAPHQL_URL: url, ATLAS_REFRESH_MIN_GAP_MS: '0', ATLAS_REFRESH_STATS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.on('exit', (exitCode) => resolve({ code: exitCode, stdout: out }));
});
const wall = (performance.now() - started) / 1000;
await server.stop();

const written = Object.keys(JSON.parse(readFileSync(join(root, ACTIVITY_FILE), 'utf8')) as object).length;
const peak = /^peak memory: (\d+) KiB$/m.exec(stdout)?.[1];
const fileSize = readFileSync(join(root, ACTIVITY_FILE)).length;
rmSync(root, { recursive: true, force: true });

console.log(`bench:refresh — ${count.toLocaleString('en')} repositories against the fake GraphQL server on 127.0.0.1`);
console.log(`  requests sent:     ${server.requests.length} (${Math.ceil(count / 50)} batches of up to 50)`);
console.log(`  wall time:         ${wall.toFixed(2)} s (refresh process, start to exit)`);
console.log(`  peak memory:       ${peak ? `${(Number(peak) / 1024).toFixed(1)} MiB` : 'not reported'} (refresh process, max RSS)`);
console.log(
  `  records written:   ${written.toLocaleString('en')} (${(fileSize / 1024 / 1024).toFixed(1)} MiB of JSON), exit status ${code}`,
);
if (written !== count) {
  console.error(`bench:refresh: expected ${count} records, found ${written}`);
  process.exitCode = 1;
}
