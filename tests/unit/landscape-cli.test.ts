// `npm run landscape`, `npm run coverage` and the health checks that read content/cncf.json, run as processes
// on a copy of tests/fixtures/landscape/project with the fixture landscapes of tests/fixtures/landscape/.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseProblems, runScript } from '../support/cli.ts';

const fixtures = fileURLToPath(new URL('../fixtures/landscape/', import.meta.url));
const landscape = (name: string): string => join(fixtures, name);
const scratch = mkdtempSync(join(tmpdir(), 'atlas-landscape-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A fresh copy of the fixture catalog. */
function project(): string {
  const root = mkdtempSync(join(scratch, 'project-'));
  cpSync(join(fixtures, 'project'), root, { recursive: true });
  return root;
}

const run = (script: string, root: string, source: string, args: string[] = []) =>
  runScript(script, args, { cwd: root, env: { LANDSCAPE_URL: source, ATLAS_TODAY: '2026-08-10' } });
const lines = (text: string): string[] => text.trim().split('\n');
const noStackTrace = (text: string): void => expect(text).not.toMatch(/^\s+at /m);

describe('npm run landscape', () => {
  const root = project();
  const first = run('landscape.ts', root, landscape('landscape.yml'));
  const cncfPath = join(root, 'content/cncf.json');

  it('writes one record per tool that is a CNCF project, and says how each was tied', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const out = lines(first.stdout);
    expect(out[0]).toBe(`landscape: 10 CNCF projects in ${landscape('landscape.yml')}`);
    expect(out).toContain('tied by name: nameonly → Nameonly (website or repository owner agrees; set cncfProject to make it explicit)');
    expect(out).toContain(
      'not tied: porterhouse shares its name with Porterhouse (https://github.com/porterhouse-cnab/porterhouse), but neither its website nor its repository owner agrees; set cncfProject if it is the same project',
    );
    expect(out).toContain('cncf: corral: now tied to Corral (graduated since 2021-06-30)');
    expect(out.at(-1)).toBe(
      'landscape: 7 tools are CNCF projects (4 by repository, 2 by name, 1 by cncfProject); 7 changes; content/cncf.json written',
    );
    const records = JSON.parse(readFileSync(cncfPath, 'utf8')) as Record<string, Record<string, string>>;
    expect(Object.keys(records)).toEqual(['corral', 'drifter', 'harbour-master', 'meshlet', 'nameonly', 'specdoc-collector', 'tunnelbore']);
    expect(records['specdoc-collector']).toEqual({
      accepted: '2021-04-01',
      incubating: '2022-04-01',
      matchedBy: 'cncfProject',
      maturity: 'incubating',
      name: 'Specdoc',
      repository: 'https://github.com/specdoc/community',
    });
    expect(records['tunnelbore']).toMatchObject({ maturity: 'archived', archived: '2024-11-20' });
  });

  it('writes keys sorted, one field per line, and leaves no temporary file behind', () => {
    const text = readFileSync(cncfPath, 'utf8');
    expect(text.split('\n').slice(0, 10)).toEqual([
      '{',
      '  "corral": {',
      '    "accepted": "2019-02-01",',
      '    "graduated": "2021-06-30",',
      '    "incubating": "2019-02-01",',
      '    "matchedBy": "repository",',
      '    "maturity": "graduated",',
      '    "name": "Corral",',
      '    "repository": "https://github.com/corral-io/corral"',
      '  },',
    ]);
    expect(readdirSync(join(root, 'content')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a file the validator accepts', () => {
    const validated = runScript('validate.ts', ['content/cncf.json'], { cwd: root });
    expect(validated.stdout).toMatch(/^OK: content\/cncf\.json valid/);
    expect(validated.status).toBe(0);
  });

  it('makes the validator report a cncfProject that content/cncf.json does not show yet', () => {
    const edited = project();
    cpSync(cncfPath, join(edited, 'content/cncf.json'));
    const file = join(edited, 'content/tools/specdoc-collector.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cncfProject: Specdoc', 'cncfProject: Meshlet'));
    const hint = "(run `npm run landscape`: it checks the name against CNCF's landscape data and rewrites the file)";
    const problems = (): string[] =>
      parseProblems(runScript('validate.ts', ['content/tools/specdoc-collector.md'], { cwd: edited }).stdout)
        .filter((problem) => problem.field === 'cncfProject')
        .map((problem) => `${problem.line}:${problem.column} ${problem.text}`);
    expect(problems()).toEqual([`10:14 content/cncf.json ties this tool to "Specdoc", not "Meshlet" ${hint}`]);
    writeFileSync(join(edited, 'content/cncf.json'), '{}\n');
    expect(problems()).toEqual([`10:14 "Meshlet" has no record for this tool in content/cncf.json yet ${hint}`]);
  });

  it('reports a maturity change against the previous file, in the terminal and as Markdown', () => {
    const again = project();
    cpSync(cncfPath, join(again, 'content/cncf.json'));
    const report = join(again, 'cncf-changes.md');
    const later = run('landscape.ts', again, landscape('landscape-later.yml'), ['--report', report]);
    expect(later.status).toBe(0);
    expect(lines(later.stdout).filter((line) => line.startsWith('cncf: '))).toEqual([
      'cncf: drifter: Drifter moved from sandbox to incubating on 2026-08-01',
    ]);
    expect(readFileSync(report, 'utf8')).toBe(
      [
        '## CNCF maturity changes',
        '',
        '| tool | CNCF project | before | after | since |',
        '| --- | --- | --- | --- | --- |',
        '| `drifter` | Drifter | sandbox | incubating | 2026-08-01 |',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['bad-yaml.yml', '5:7: not valid YAML: Block collections are not allowed within flow collections'],
    ['wrong-shape.yml', '57:22: `project` "retired" must be one of sandbox, incubating, graduated, archived'],
    ['bad-date.yml', '21:26: `graduated` "30/06/2021" must be a date written YYYY-MM-DD'],
  ])('refuses %s with one clear line, no stack trace, and the old file untouched', (name, where) => {
    const before = readFileSync(cncfPath, 'utf8');
    const bad = run('landscape.ts', root, landscape(name));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(lines(bad.stderr)).toHaveLength(1);
    expect(bad.stderr).toContain(`landscape: ${landscape(name)}:${where}`);
    expect(bad.stderr.trim()).toMatch(/; content\/cncf\.json was left as it was$/);
    noStackTrace(bad.stderr);
    expect(readFileSync(cncfPath, 'utf8')).toBe(before);
  });

  it('refuses a cncfProject the landscape does not know, at its line, with a suggestion', () => {
    const broken = project();
    const file = join(broken, 'content/tools/specdoc-collector.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cncfProject: Specdoc', 'cncfProject: Specdok'));
    const result = run('landscape.ts', broken, landscape('landscape.yml'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'content/tools/specdoc-collector.md:10:14  cncfProject  "Specdok" is not a project in the CNCF landscape (did you mean `Specdoc`?)',
    );
    expect(existsSync(join(broken, 'content/cncf.json'))).toBe(false);
  });

  it('says which file it cannot read, and refuses a URL that is not https', () => {
    const missing = run('landscape.ts', root, 'no/such/landscape.yml');
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(
      `landscape: cannot read ${join(root, 'no/such/landscape.yml')}: no such file; content/cncf.json was left as it was`,
    );
    const ftp = run('landscape.ts', root, 'ftp://example.org/landscape.yml');
    expect(ftp.status).toBe(2);
    expect(ftp.stderr).toContain('LANDSCAPE_URL must be an https:// URL or a local file path, not "ftp://example.org/landscape.yml"');
    noStackTrace(ftp.stderr);
  });
});

describe('LANDSCAPE_URL as a URL', () => {
  let server: Server | undefined;
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function serve(): Promise<string> {
    const text = readFileSync(landscape('landscape.yml'));
    server = createServer((request, response) => {
      if (request.url === '/landscape.yml') response.writeHead(200, { 'content-type': 'text/yaml' }).end(text);
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  // The server lives in this process, so the command runs asynchronously (a synchronous spawn would block it).
  function runAsync(root: string, url: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const script = fileURLToPath(new URL('../../scripts/landscape.ts', import.meta.url));
    const { GITHUB_ACTIONS: _ignored, ...env } = process.env;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [script], { cwd: root, env: { ...env, LANDSCAPE_URL: url } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('close', (status) => resolve({ status, stdout, stderr }));
    });
  }

  it('fetches the landscape, and names the URL when the answer is not the file', async () => {
    const base = await serve();
    const root = project();
    const fetched = await runAsync(root, `${base}/landscape.yml`);
    expect(fetched.status).toBe(0);
    expect(fetched.stdout).toContain(`landscape: 10 CNCF projects in ${base}/landscape.yml`);
    const missing = await runAsync(root, `${base}/gone.yml`);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(`landscape: ${base}/gone.yml answered HTTP 404; content/cncf.json was left as it was`);
  });
});

describe('npm run coverage', () => {
  const root = project();
  const result = run('coverage.ts', root, landscape('landscape.yml'));

  it('lists every CNCF project once and ends with the counts', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(11);
    expect(out.at(-1)).toBe('covered 7, out of scope 1, missing 2');
    expect(out).toContain('covered       graduated   Corral               corral');
    expect(out).toContain(
      'out of scope  sandbox     Ledgerdb             A ledger database; databases are general software that merely runs in containers.',
    );
    expect(out).toContain('missing       sandbox     Newcomer             https://github.com/newcomer/newcomer');
    expect(out.filter((line) => line.includes(' Meshlet '))).toEqual(['covered       incubating  Meshlet              meshlet']);
  });

  it('prints the missing projects as Markdown for the weekly pull request', () => {
    const markdown = run('coverage.ts', root, landscape('landscape.yml'), ['--markdown']);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toContain('## CNCF coverage\n\ncovered 7, out of scope 1, missing 2\n\n### Missing projects (2)\n');
    expect(markdown.stdout).toContain(
      '| Newcomer | sandbox | Orchestration & Management / Service Mesh | https://github.com/newcomer/newcomer |',
    );
  });

  it('exits 2 on a malformed landscape, without a stack trace', () => {
    const bad = run('coverage.ts', root, landscape('wrong-shape.yml'));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim()).toBe(
      `coverage: ${landscape('wrong-shape.yml')}:57:22: \`project\` "retired" must be one of sandbox, incubating, graduated, archived (at landscape[0].subcategories[1].items[1].project)`,
    );
  });

  it('exits 1 when the out-of-scope list names a project the landscape does not know', () => {
    const wrong = project();
    writeFileSync(
      join(wrong, 'content/out-of-scope.yml'),
      '- name: Ledgerbd\n  reason: A ledger database; databases are general software that merely runs in containers.\n',
    );
    const listed = run('coverage.ts', wrong, landscape('landscape.yml'));
    expect(listed.status).toBe(1);
    expect(listed.stderr.trim()).toBe(
      'content/out-of-scope.yml:1:9  name  "Ledgerbd" is not a CNCF project in the landscape data (did you mean `Ledgerdb`?)',
    );
    expect(lines(listed.stdout).at(-1)).toBe('covered 7, out of scope 0, missing 3');
  });
});

describe('npm run coverage with a broken cncfProject', () => {
  it('names the entry at its line and exits 1, still listing every project', () => {
    const broken = project();
    const file = join(broken, 'content/tools/specdoc-collector.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('cncfProject: Specdoc', 'cncfProject: Specdok'));
    const result = run('coverage.ts', broken, landscape('landscape.yml'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'content/tools/specdoc-collector.md:10:14  cncfProject  "Specdok" is not a project in the CNCF landscape (did you mean `Specdoc`?)',
    );
    expect(lines(result.stdout).at(-1)).toBe('covered 6, out of scope 1, missing 3');
  });
});

describe('npm run health with content/cncf.json', () => {
  const root = project();
  run('landscape.ts', root, landscape('landscape.yml'));
  const health = runScript('health.ts', ['--level', 'warning'], { cwd: root, env: { ATLAS_TODAY: '2026-08-10' } });

  it('warns where an entry contradicts the landscape', () => {
    const out = lines(health.stdout);
    expect(out).toContain(
      "content/tools/tunnelbore.md:9:9  warning  status  CNCF archived Tunnelbore on 2024-11-20, but the entry says active (suggest: check the project's repository and announcements; if it stopped: status: archived, deprecated or inactive, with statusSince and a statusNote)",
    );
    expect(out).toContain(
      'content/tools/harbour-master.md:7:13  warning  repository  CNCF\'s landscape lists https://github.com/harbourmaster/hbm for Harbourmaster (HBM), the entry names https://github.com/harbourmaster/hbm-cli (suggest: if the project moved or that is its main repository: repository: https://github.com/harbourmaster/hbm; if the entry\'s is the right one for this tool, set cncfProject: "Harbourmaster (HBM)")',
    );
    // A move the host reports is the activity check's error; the landscape agreeing is not said twice.
    expect(out.filter((line) => line.startsWith('content/tools/drifter.md'))).toEqual([
      'content/tools/drifter.md:7:13  error  repository  the repository moved: drifter/drifter is now github.com/drifter-dev/drifter (suggest: repository: https://github.com/drifter-dev/drifter)',
    ]);
  });

  it('does not compare the repository of an entry tied by cncfProject, nor of one the landscape agrees with', () => {
    expect(health.stdout).not.toMatch(/specdoc-collector\.md.*CNCF/);
    expect(health.stdout).not.toMatch(/corral\.md.*CNCF/);
    expect(health.stdout).not.toMatch(/meshlet\.md/);
  });
});
