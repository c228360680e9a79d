// `npm run check:sources` as a process, against a server of our own on 127.0.0.1: answers, refusals,
// missing pages, a stalled request and a rate limit, each reported with the entries that cite it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/check-sources.ts', import.meta.url));

function run(cwd: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [script, ...args], { cwd, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const entry = (sources: Array<[string, string]>): string =>
  [
    '---',
    'name: X',
    'sources:',
    ...sources.flatMap(([label, url]) => [`  - label: ${label}`, `    url: ${url}`, '    supports: [body]']),
    '---',
    'Body.',
    '',
  ].join('\n');

describe('npm run check:sources', () => {
  let server: Server;
  let root = '';
  let base = '';

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '';
      if (path === '/ok') return void response.writeHead(200).end('fine');
      if (path === '/head-refused') return void response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
      if (path === '/gone') return void response.writeHead(404).end();
      if (path === '/busy') return void response.writeHead(429).end();
      if (path === '/big') return void response.writeHead(request.method === 'HEAD' ? 405 : 200).end('x'.repeat(600 * 1024));
      // /stalled never answers: the request's own deadline has to end it.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    root = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
    mkdirSync(join(root, 'content', 'tools'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'tools', 'alpha.md'),
      entry([
        ['licence file', `${base}/ok`],
        ['release page', `${base}/head-refused`],
        ['old notice', `${base}/gone`],
      ]),
    );
    writeFileSync(
      join(root, 'content', 'tools', 'beta.md'),
      entry([
        ['same notice', `${base}/gone`],
        ['slow page', `${base}/stalled`],
        ['busy host', `${base}/busy`],
        ['big page', `${base}/big`],
      ]),
    );
    writeFileSync(join(root, 'content', 'tools', 'broken.md'), '---\nname: [unclosed\n---\nBody.\n');
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('lists each URL that does not answer once, with every entry that cites it, and never fails the run', async () => {
    const result = await run(root, ['--timeout', '1']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain(`broken  ${base}/gone  HTTP 404  (alpha, beta)`);
    expect(lines.some((line) => line.startsWith(`broken  ${base}/stalled  `) && line.endsWith('(beta)'))).toBe(true);
    expect(lines).toContain(`unchecked  ${base}/busy  HTTP 429: the host asked to slow down  (beta)`);
    expect(lines.join('\n')).not.toContain('/ok');
    expect(lines.join('\n')).not.toContain('/head-refused');
    expect(lines.join('\n')).not.toContain('/big');
    expect(lines.at(-1)).toBe('sources: 6 URLs checked, 2 did not answer');
  });

  it('writes the pull request report in Markdown', async () => {
    const result = await run(root, ['--markdown', '--timeout', '1']);
    expect(result.stdout).toContain('6 source URLs checked: 3 answered, 2 did not, 1 not checked.');
    expect(result.stdout).toContain(`- ${base}/gone: HTTP 404; cited by \`alpha\` (old notice), \`beta\` (same notice)`);
  });

  it('refuses a wrong argument with exit 2 and its usage', async () => {
    const result = await run(root, ['--concurrency', '0']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'check:sources: --concurrency must be a whole number from 1 to 32, not "0"\nusage: npm run check:sources [-- --markdown] [--timeout SECONDS] [--concurrency N]\n',
    );
  });
});
