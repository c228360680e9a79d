import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../fixtures/validator/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

function run(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...inherited, ...env } });
}

describe('npm run validate as a process', () => {
  it('exits 0 with a one-line OK on the real catalog', () => {
    const result = run(projectRoot);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^OK: \d+ tools and 6 categories valid/);
  });

  it('exits 1 and prints each problem, then a summary', () => {
    const result = run(fixtureRoot, ['content/tools/three-problems.md', 'content/tools/unknown-tag.md']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([
      'content/tools/three-problems.md:4:14  categories[0]  "networkin" is not allowed (did you mean `networking`?)',
      'content/tools/three-problems.md:6:10  license  "MITT" is not an SPDX licence expression (licence ids are SPDX, e.g. `Apache-2.0`, `MIT` or `GPL-3.0-only`; use `proprietary` or `unknown` when none applies)',
      'content/tools/three-problems.md:8:9  status  "alive" is not allowed (did you mean `active`?)',
      'content/tools/unknown-tag.md:11:8  tags[0]  "loging" is not allowed (did you mean `logging`?)',
      '',
      '4 problems in 2 files',
    ]);
  });

  it('adds GitHub annotations under GitHub Actions', () => {
    const result = run(fixtureRoot, ['content/tools/unknown-tag.md'], { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('::error file=content/tools/unknown-tag.md,line=11,col=8,title=tags[0]::tags[0]: "loging" is not allowed (did you mean `logging`?)');
  });

  it('reports a broken file without a stack trace', () => {
    const result = run(fixtureRoot, ['content/tools/not-utf8.md', 'content/tools/yaml-syntax-error.md']);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});
