// `npm run health` as a process, on fixture entries that each provoke one finding.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/health.ts', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../fixtures/health/', import.meta.url));

function run(args: string[] = [], env: Record<string, string> = {}) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [script, ...args], {
    cwd: fixtureRoot,
    encoding: 'utf8',
    env: { ...inherited, ATLAS_TODAY: '2026-06-01', ...env },
  });
}

const lines = (text: string): string[] => text.trim().split('\n');

const snapshot = (): string[] =>
  readdirSync(`${fixtureRoot}content/tools`)
    .sort()
    .map((name) => readFileSync(`${fixtureRoot}content/tools/${name}`, 'utf8'));

describe('npm run health', () => {
  const before = snapshot();
  const result = run();

  it('fails on errors only', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(lines(result.stdout).at(-1)).toBe('health: 13 entries checked: 2 errors, 4 warnings, 5 notices');
  });

  it.each([
    [
      'content/tools/archived-but-active.md:8:9  error  status  the host marks github.com/fixture/archived-but-active archived, but the entry says active',
    ],
    [
      'content/tools/moved.md:6:13  error  repository  the repository moved: old-owner/moved is now github.com/new-owner/moved (suggest: repository: https://github.com/new-owner/moved)',
    ],
    [
      'content/tools/stale-two-years.md:8:9  warning  status  no commit on the default branch for 2 years (last 2023-11-02), but the entry says maintained (suggest: status: inactive; statusSince: 2023-11; statusNote: "The last commit to its default branch was on November 2, 2023, with no word from its owners since.")',
    ],
    [
      'content/tools/stale-one-year.md:8:9  warning  status  no commit on the default branch for over a year (last 2025-03-10), but the entry says active (suggest: status: maintained',
    ],
    ['content/tools/licence-differs.md:7:10  warning  license  the host detects Apache-2.0, the entry says MIT'],
    ['content/tools/gone.md:6:13  warning  repository  GitHub has not found fixture/gone since 2026-05-30'],
    ['content/tools/old-verified.md:10:11  notice  verified  the facts were last verified on 2025-01-15'],
    ['content/tools/old-activity.md:6:13  notice  repository  the activity record is from 2026-03-01, over 30 days old'],
    // A record three years old shows a commit a month before it was made: stale data, not a dormant project.
    ['content/tools/old-snapshot.md:6:13  notice  repository  the activity record is from 2023-03-01, over 30 days old'],
    ['content/tools/no-activity.md:6:13  notice  repository  no activity record (run `npm run refresh -- no-activity`)'],
    ['content/tools/other-host.md:6:13  notice  repository  no activity record (codeberg.org is not GitHub: check its activity by hand)'],
  ])('reports %s', (expected) => {
    expect(lines(result.stdout).some((line) => line.startsWith(expected))).toBe(true);
  });

  it('says nothing about healthy entries, or about a licence the host cannot name', () => {
    expect(result.stdout).not.toMatch(/healthy\.md|licence-other\.md/);
    expect(lines(result.stdout).filter((line) => line.startsWith('content/tools/old-snapshot.md'))).toHaveLength(1);
  });

  it('never edits an entry', () => {
    expect(snapshot()).toEqual(before);
  });

  it('hides notices with --level warning and still fails on errors', () => {
    const quiet = run(['--level', 'warning']);
    expect(quiet.status).toBe(1);
    expect(quiet.stdout).not.toContain('  notice  ');
    expect(quiet.stdout).toContain('  warning  ');
  });

  it('writes GitHub annotations under Actions', () => {
    const annotated = run([], { GITHUB_ACTIONS: 'true' });
    expect(annotated.stdout).toContain(
      '::error file=content/tools/moved.md,line=6,col=13,title=health%3A repository::the repository moved',
    );
    expect(annotated.stdout).toContain('::warning file=content/tools/licence-differs.md,line=7,col=10,');
    expect(annotated.stdout).toContain('::notice file=content/tools/old-verified.md,line=10,col=11,');
  });

  it('writes a Markdown report with --markdown', () => {
    const report = run(['--markdown']);
    expect(report.stdout).toMatch(/^## Catalog health, 2026-06-01\n/);
    expect(report.stdout).toContain('### Errors');
    expect(report.stdout).toContain('| `content/tools/moved.md:6` | repository | the repository moved');
    expect(report.stdout).toContain('<details><summary>5 notices</summary>');
  });

  it('rejects an unknown level with a clear message', () => {
    const bad = run(['--level', 'loud']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--level must be error, warning or notice');
  });
});
