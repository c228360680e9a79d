// The scale benchmarks as processes: clear messages for bad options, and bench:build's report on a
// finished build (--dist, so no astro build runs here).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.ts';

describe('bench:build and bench:interactions options', () => {
  it.each([
    ['bench-build.ts', ['--tools=12'], /--tools must be a whole number of at least 150, not "12"/],
    ['bench-build.ts', ['--tools=many'], /--tools must be a whole number/],
    ['bench-build.ts', ['--colour'], /Unknown option '--colour'/],
    ['bench-build.ts', ['--dist=/nonexistent/dist'], /has no index\.html/],
    ['bench-interactions.ts', ['--runs=0'], /--runs must be a positive whole number/],
    ['bench-interactions.ts', ['--dist=/nonexistent/dist'], /has no index\.html/],
  ])('%s %j exits 1 with a clear message', (script, args, message) => {
    const result = runScript(script, args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('bench:build --dist', () => {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-bench-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  };
  write('index.html', '<!doctype html><html><body><h1>Home</h1></body></html>');
  write('tools/a/index.html', '<!doctype html><html><body><p>tool</p></body></html>');
  write('new/index.html', `<!doctype html><html><body><ul>${'<li>x</li>'.repeat(5001)}</ul></body></html>`);

  it('prints the largest page of each type and flags pages over budget, exiting 0', () => {
    const result = runScript('bench-build.ts', ['--tools=150', `--dist=${dist}`]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/HTML pages\s+3 \(1 tool pages, 0 redirects\)/);
    expect(result.stdout).toMatch(/^tool\s+1\s+\/tools\/a\/\s+[\d.]+ KB\s+[\d.]+ KB\s+3$/m);
    expect(result.stdout).toMatch(/^ {2}over budget: \/new\/ \(new\): 5004 elements \(budget 5000\)$/m);
  });
});
