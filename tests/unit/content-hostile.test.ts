// `npm run validate` and `npm run health` on a content/ folder that a careless or hostile contributor made:
// links that dangle or loop or point out of the project, a FIFO, a folder named like an entry, path
// arguments that are no entries, terminal escapes and workflow commands in text, and an activity file
// with future dates, unknown ids, `__proto__`, duplicates and markup. Neither command may crash, hang or
// print a stack trace; every problem is a line at its file.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/cli.ts';

const fixtureTools = fileURLToPath(new URL('../fixtures/validator/content/tools/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'atlas-content-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

mkdirSync(join(root, 'content/tools/nested'), { recursive: true });
writeFileSync(
  join(root, 'content/tags.yml'),
  'kubernetes: Runs on Kubernetes or extends it.\ndocker: Built around the Docker Engine.\nlogging: Collects logs.\n',
);
for (const name of ['good-tool.md', 'other-good-tool.md']) cpSync(join(fixtureTools, name), join(root, 'content/tools', name));
symlinkSync('no-such-target.md', join(root, 'content/tools/dangling.md'));
symlinkSync('loop.md', join(root, 'content/tools/loop.md'));
symlinkSync('/etc/hostname', join(root, 'content/tools/outside.md'));
symlinkSync('..', join(root, 'content/tools/nested/up'));
execFileSync('mkfifo', [join(root, 'content/tools/fifo.md')]);
mkdirSync(join(root, 'content/tools/folder.md'));
const good = readFileSync(join(fixtureTools, 'good-tool.md'), 'utf8');
// A name with a terminal escape, and a file whose name is a workflow command.
writeFileSync(
  join(root, 'content/tools/escape-name.md'),
  good.replace('name: Good Tool', 'name: "Evil\\e[2J\\e[31mRed"').replace('good-tool.example.org', 'escape-name.example.org'),
);
writeFileSync(join(root, 'content/tools/::error::pwned.md'), good.replace('name: Good Tool', 'name: Pwned').replace('good-tool', 'pwned'));

const env = { ATLAS_TODAY: '2026-12-04' };
const linesOf = (text: string): string[] => text.split('\n').filter(Boolean);

describe('validate on a hostile content folder', () => {
  const started = performance.now();
  const run = runScript('validate.ts', [], { cwd: root, env: { ...env, GITHUB_ACTIONS: 'true' } });
  const seconds = (performance.now() - started) / 1000;
  const notPlain = (file: string, kind: string): string =>
    `${file}:1:1  file  is ${kind}, not a regular file; content/ holds only plain files (replace it with the file itself, or remove it)`;

  it('finishes quickly, exits 1, no internal error or stack trace', () => {
    expect(seconds).toBeLessThan(15);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(/internal error|^\s+at /m);
  });

  it.each([
    notPlain('content/tools/dangling.md', 'a symbolic link'),
    notPlain('content/tools/loop.md', 'a symbolic link'),
    notPlain('content/tools/outside.md', 'a symbolic link'),
    notPlain('content/tools/nested/up', 'a symbolic link'),
    notPlain('content/tools/fifo.md', 'a named pipe (FIFO)'),
    'content/tools/folder.md:1:1  file  is a folder, not a file (an entry is a Markdown file)',
  ])('reports %s', (line) => {
    expect(linesOf(run.stdout)).toContain(line);
  });

  it('escapes control characters and never starts a line with a workflow command', () => {
    expect(run.stdout).not.toContain('\u001b');
    expect(linesOf(run.stdout)).toContain(
      'content/tools/::error::pwned.md:1:1  file  the file name "::error::pwned" is not a kebab-case id (rename it to `error-pwned.md`: the file name is the id and the URL)',
    );
    expect(run.stdout).toContain('contains an invisible, bidi or control character (U+001B) (did you mean "Evil[2J[31mRed"?)');
    // The only `::` lines are the annotations the validator builds, their properties escaped.
    const commands = linesOf(run.stdout).filter((line) => /^\s*::/.test(line));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::error file=[^:,]+,line=\d+,col=\d+,title=[^:,]+::[^\n]*$/);
    expect(commands.some((line) => line.startsWith('::error file=content/tools/%3A%3Aerror%3A%3Apwned.md,'))).toBe(true);
  });
});

describe('validate with path arguments', () => {
  it.each([
    [
      'content/tools/no-such-file.md',
      'content/tools/no-such-file.md:1:1  file  cannot be checked: it does not exist (check the path; entries are content/tools/<id>.md)',
    ],
    [
      'content/tools/good-tool',
      'content/tools/good-tool:1:1  file  cannot be checked: it does not exist (check the path; entries are content/tools/<id>.md)',
    ],
    ['/etc/hostname', '/etc/hostname:1:1  file  is outside content/: the validator checks only the catalog (name a file under content/)'],
    [
      '../elsewhere.md',
      '../elsewhere.md:1:1  file  is outside content/: the validator checks only the catalog (name a file under content/)',
    ],
    [
      'content/tools',
      'content/tools:1:1  file  is not an entry: name a content/tools/<id>.md or content/categories/<id>.md file, or a data file (the data files are content/tags.yml, content/redirects.yml, content/activity.json, content/cncf.json, content/out-of-scope.yml)',
    ],
    [
      'content/tools/fifo.md',
      'content/tools/fifo.md:1:1  file  is a named pipe (FIFO), not a regular file; content/ holds only plain files (replace it with the file itself, or remove it)',
    ],
  ])('%s is an error, never "OK"', (argument, line) => {
    const run = runScript('validate.ts', [argument], { cwd: root, env });
    expect(run.status).toBe(1);
    expect(linesOf(run.stdout)[0]).toBe(line);
    expect(run.stdout).not.toMatch(/^OK/m);
  });

  it('still says OK for a valid entry', () => {
    const run = runScript('validate.ts', ['content/tools/other-good-tool.md'], { cwd: root, env });
    expect(run.stdout).toMatch(/^OK: content\/tools\/other-good-tool\.md valid/);
    expect(run.status).toBe(0);
  });
});

describe('health on a hostile content folder and activity file', () => {
  const activity = `{
  "good-tool": {
    "fetchedAt": "2099-01-01",
    "lastCommit": "2098-05-01T00:00:00Z",
    "repository": "example/good-tool",
    "source": "github-api"
  },
  "no-such-tool": { "fetchedAt": "2026-01-01", "repository": "a/b", "source": "github-api" },
  "__proto__": { "fetchedAt": "2026-01-01", "repository": "a/b", "source": "github-api" },
  "constructor": { "fetchedAt": "nope", "repository": "<b>x</b>", "source": "github-api", "license": "<script>alert(1)</script>" },
  "other-good-tool": { "fetchedAt": "2026-01-01", "repository": "a/b", "source": "github-api", "stars": "many" },
  "other-good-tool": { "fetchedAt": "2026-01-01", "repository": "a/b", "source": "github-api" }
}
`;
  writeFileSync(join(root, 'content/activity.json'), activity);
  const run = runScript('health.ts', [], { cwd: root, env });

  it('does not crash: it reports and exits 1', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(/Cannot read|TypeError|RangeError|^\s+at /m);
    expect(run.stdout).toMatch(/^health: \d+ entries checked: \d+ errors?, /m);
  });

  it('names the line of a duplicate id, and the links and FIFO of content/tools', () => {
    expect(linesOf(run.stdout)).toContain(
      'content/activity.json:12:3  error  file  a tool id appears twice (suggest: regenerate the file with `npm run refresh` rather than editing it by hand)',
    );
    expect(run.stdout).toContain('content/tools/fifo.md:1:1  error  file  is a named pipe (FIFO), not a regular file');
    expect(run.stdout).toContain('content/tools/dangling.md:1:1  error  file  is a symbolic link, not a regular file');
  });

  it('reports each bad record at its line once the file parses', () => {
    // The same file without the duplicate (line 12), so that it parses.
    const lines12 = activity.split('\n');
    lines12.splice(11, 1);
    lines12[10] = lines12[10]!.replace(/,$/, '');
    writeFileSync(join(root, 'content/activity.json'), lines12.join('\n'));
    const again = runScript('health.ts', [], { cwd: root, env });
    expect(again.stdout).not.toMatch(/Cannot read|TypeError|RangeError|^\s+at /m);
    const lines = linesOf(again.stdout);
    expect(lines).toContain(
      'content/activity.json:8:3  error  no-such-tool  is not the id of a tool in content/tools/ (suggest: remove the record, or run `npm run refresh` after renaming an entry)',
    );
    expect(lines).toContain(
      'content/activity.json:9:3  error  __proto__  is not the id of a tool in content/tools/ (suggest: remove the record, or run `npm run refresh` after renaming an entry)',
    );
    expect(lines.some((line) => line.startsWith('content/activity.json:10:') && line.includes('constructor.fetchedAt'))).toBe(true);
    expect(lines).toContain(
      'content/activity.json:11:105  error  other-good-tool.stars  must be a number, not "many" (suggest: the file is generated: fix the generator or run `npm run refresh`, never edit it by hand)',
    );
  });

  it('names the line where the activity file stops being JSON', () => {
    writeFileSync(join(root, 'content/activity.json'), '{\n  "good-tool": {\n    "fetchedAt": 2026-01-01\n  ,,\n}\n');
    const broken = runScript('health.ts', [], { cwd: root, env });
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^content\/activity\.json:[3-5]:\d+ {2}error {2}file {2}JSON syntax error: /m);
  });

  it('reads content/cncf.json as carefully: bad records are findings at their line, the rest is used', () => {
    writeFileSync(join(root, 'content/activity.json'), '{}\n');
    writeFileSync(
      join(root, 'content/cncf.json'),
      '{\n  "good-tool": { "name": 5, "maturity": "retired", "matchedBy": "name" },\n  "__proto__": { "name": "x", "maturity": "sandbox", "matchedBy": "name" }\n}\n',
    );
    const cncf = runScript('health.ts', [], { cwd: root, env });
    expect(cncf.stderr).toBe('');
    expect(cncf.stdout).not.toMatch(/Cannot read|TypeError|^\s+at /m);
    const lines = linesOf(cncf.stdout);
    expect(lines.some((line) => /^content\/cncf\.json:2:\d+ {2}error {2}good-tool\.name {2}/.test(line))).toBe(true);
    expect(
      lines.some((line) =>
        /^content\/cncf\.json:2:\d+ {2}error {2}good-tool\.maturity {2}must be one of sandbox, incubating, graduated, archived/.test(line),
      ),
    ).toBe(true);
    expect(lines.some((line) => line.startsWith('content/cncf.json:3:3  error  __proto__  is not the id of a tool'))).toBe(true);
    writeFileSync(join(root, 'content/cncf.json'), '{ "good-tool": ');
    const broken = runScript('health.ts', [], { cwd: root, env });
    expect(broken.stdout).toMatch(/^content\/cncf\.json:1:\d+ {2}error {2}file {2}JSON syntax error: /m);
  });
});
