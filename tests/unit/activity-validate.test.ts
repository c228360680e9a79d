// `npm run validate` checks content/activity.json like the entries: each problem at file:line:column.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/validate.ts', import.meta.url));
const fixtureRoot = fileURLToPath(new URL('../fixtures/activity-validate/', import.meta.url));
const HINT = '(the file is generated: fix the generator or run `npm run refresh`, never edit it by hand)';

function run(cwd: string, args: string[] = []) {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: inherited });
}

const scratch = mkdtempSync(join(tmpdir(), 'atlas-activity-validate-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
/** A copy of the fixture with another activity file. */
function withActivity(text: string): string {
  const root = mkdtempSync(join(scratch, 'root-'));
  cpSync(fixtureRoot, root, { recursive: true });
  writeFileSync(join(root, 'content/activity.json'), text);
  return root;
}

describe('validate on content/activity.json', { timeout: 20_000 }, () => {
  it('reports unknown ids, bad values and unknown fields where they are', () => {
    const result = run(fixtureRoot, ['content/activity.json']);
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'content/activity.json:2:3  ghost  is not the id of a tool in content/tools/ (remove the record, or run `npm run refresh` after renaming an entry)',
      `content/activity.json:8:18  good-tool.fetchedAt  must be a date written YYYY-MM-DD ${HINT}`,
      `content/activity.json:9:5  good-tool.popularity  is not a known field ${HINT}`,
      `content/activity.json:12:14  good-tool.stars  must be at least 0 ${HINT}`,
      '',
      '4 problems in 1 file',
    ]);
  });

  it('reports a truncated file as a syntax error, without a stack trace', () => {
    const result = run(withActivity('{\n  "good-tool": {\n    "fetchedAt": "2026-05-30",\n'), ['content/activity.json']);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^content\/activity\.json:\d+:\d+ {2}file {2}JSON syntax error: /m);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a hand-edited layout at its first differing line', () => {
    const result = run(
      withActivity('{"good-tool": {"repository": "fixture/good-tool", "source": "snapshot", "fetchedAt": "2026-05-30"}}\n'),
      ['content/activity.json'],
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('content/activity.json:1:1  file  is not in the layout the refresh writes');
  });

  it('accepts a canonical file', () => {
    const result = run(
      withActivity(
        '{\n  "good-tool": {\n    "fetchedAt": "2026-05-30",\n    "repository": "fixture/good-tool",\n    "source": "snapshot"\n  }\n}\n',
      ),
      ['content/activity.json'],
    );
    expect(result.stdout).toMatch(/^OK: content\/activity\.json valid, checked against the whole catalog of 1 tools/);
    expect(result.status).toBe(0);
  });
});
