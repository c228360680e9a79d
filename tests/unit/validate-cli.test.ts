import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.ts';

const fixtureRoot = fileURLToPath(new URL('../fixtures/validator/', import.meta.url));
const run = (cwd: string, args: string[] = [], env: Record<string, string> = {}) => runScript('validate.ts', args, { cwd, env });

describe('npm run validate as a process', () => {
  it('exits 0 with a one-line OK when the files asked for are clean', () => {
    const result = run(fixtureRoot, ['content/tools/good-tool.md']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(
      /^OK: content\/tools\/good-tool\.md valid, checked against the whole catalog of \d+ tools in [\d.]+ s\n$/,
    );
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
    expect(result.stdout).toContain(
      '::error file=content/tools/unknown-tag.md,line=11,col=8,title=tags[0]::tags[0]: "loging" is not allowed (did you mean `logging`?)',
    );
  });

  it('escapes commas in annotation properties', () => {
    const result = run(fileURLToPath(new URL('../fixtures/annotations/', import.meta.url)), [], { GITHUB_ACTIONS: 'true' });
    expect(result.stdout).toContain(
      '::error file=content/tools/odd%2Cname.md,line=1,col=1,title=file::file: the file name "odd,name" is not a kebab-case id',
    );
  });

  it('reports a broken file without a stack trace', () => {
    const result = run(fixtureRoot, ['content/tools/not-utf8.md', 'content/tools/yaml-syntax-error.md']);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
});
