import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProblems, runScript, type PrintedProblem } from '../support/cli.ts';

// `npm run validate` in the fixture project: one process, every problem of every fixture.
const fixtureRoot = fileURLToPath(new URL('../fixtures/validator/', import.meta.url));
const run = runScript('validate.ts', [], { cwd: fixtureRoot });
const problems = parseProblems(run.stdout);
const problemsIn = (name: string): PrintedProblem[] => problems.filter((problem) => problem.file === `content/tools/${name}.md`);

/** One fixture per kind of problem: file → [line, column, field, message and hint as printed]. */
const expected: Array<[fixture: string, line: number, column: number, field: string, text: RegExp, hint?: RegExp]> = [
  ['no-front-matter', 1, 1, 'front matter', /does not start with front matter/, /`---`/],
  ['unclosed-front-matter', 1, 1, 'front matter', /never closed/],
  ['yaml-syntax-error', 12, 14, 'front matter', /^YAML syntax error: Flow sequence/],
  ['duplicate-key', 11, 1, 'name', /appears twice/],
  ['wrong-type', 11, 10, 'aliases', /must be a list, not the string "just-one-alias"/],
  ['unknown-field', 11, 1, 'homepage', /is not a known field/],
  ['missing-name', 12, 1, 'name', /is required/, /add a line `name: …`/],
  ['unknown-category', 4, 14, 'categories[0]', /"pass" is not allowed/, /did you mean `paas`\?/],
  ['unknown-status', 8, 9, 'status', /"dead" is not allowed/, /active, maintained, inactive, deprecated, archived, defunct/],
  ['unknown-tag', 11, 8, 'tags[0]', /"loging" is not allowed/, /did you mean `logging`\?/],
  ['http-url', 11, 13, 'repository', /is not an https URL/],
  ['javascript-url', 11, 7, 'docs', /must not be a script or data URL/],
  ['data-url', 11, 7, 'docs', /must not be a script or data URL/],
  ['deprecated-license', 6, 10, 'license', /^"GPL-3\.0" is a deprecated SPDX id \(write `GPL-3\.0-only` or `GPL-3\.0-or-later`\)$/],
  [
    'unplaced-license',
    6,
    10,
    'license',
    /^"CC-BY-4\.0" has no licence family yet \(add it to PERMISSIVE, COPYLEFT or SOURCE_AVAILABLE in src\/lib\/catalog\/license\.ts/,
  ],
  ['bad-license', 6, 10, 'license', /"Apache 2.0" is not an SPDX licence expression/, /licence ids are SPDX, e\.g\. `Apache-2\.0`/],
  ['short-summary', 3, 10, 'summary', /is 10 characters; must be at least 20 characters/],
  ['long-summary', 3, 10, 'summary', /is 211 characters; must be at most 160 characters/],
  ['invalid-date', 9, 8, 'added', /YYYY-MM-DD/],
  ['missing-status-note', 13, 1, 'statusNote', /is required when status is deprecated/],
  [
    'missing-status-since',
    13,
    1,
    'statusSince',
    /is required when status is deprecated: when did it begin \(YYYY, YYYY-MM or YYYY-MM-DD\)\?/,
  ],
  ['unknown-successor', 11, 14, 'successors[0]', /"good-tol" is not a tool in the catalog/, /did you mean `good-tool`\?/],
  ['self-alternative', 11, 16, 'alternatives[0]', /points to the entry itself/],
  ['one-sided-alternative', 11, 16, 'alternatives[0]', /good-tool does not list one-sided-alternative/],
  ['Bad_File_Name', 1, 1, 'file', /"Bad_File_Name" is not a kebab-case id/, /bad-file-name\.md/],
  ['raw-html', 14, 16, 'body', /raw HTML \(`<script>`\) is not allowed/],
  ['javascript-link', 14, 10, 'body', /must not use `javascript:` URLs/],
  ['empty-file', 1, 1, 'file', /the file is empty/],
  ['short-body', 14, 1, 'body', /^is 8 words; must be 60 to 250 words \(say what the tool does/],
  ['not-utf8', 1, 1, 'file', /not valid UTF-8/],
];

describe('validator problems, one fixture each', () => {
  it('exits 1 and ends with a summary', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ problems in \d+ files$/);
  });

  it.each(expected)('%s → line %i, column %i, field %s', (fixture, line, column, field, text, hint) => {
    const found = problemsIn(fixture);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line, column, field });
    expect(found[0]?.text).toMatch(text);
    if (hint) expect(found[0]?.text).toMatch(hint);
  });

  it('reports all three problems of one file, in line order', () => {
    expect(problemsIn('three-problems').map((problem) => [problem.line, problem.field])).toEqual([
      [4, 'categories[0]'],
      [6, 'license'],
      [8, 'status'],
    ]);
  });

  it('reports a tag that fewer than two tools use, at its line in tags.yml', () => {
    expect(problems.filter((problem) => problem.file === 'content/tags.yml')).toEqual([
      {
        file: 'content/tags.yml',
        line: 3,
        column: 1,
        field: 'logging',
        text: 'is used by 1 tool; a tag needs at least two (tag another tool with it, or remove the tag and use a broader one)',
      },
    ]);
  });

  it('reports every bad file of the folder in one run, sorted by file and line', () => {
    const files = new Set(problems.map((problem) => problem.file));
    // Every fixture, the collision files, the three-problem file, the two stray files and tags.yml.
    // Every fixture, the six clash files, the three-problem file, two stray files, tags.yml and redirects.yml.
    expect(files.size).toBe(expected.length + 6 + 1 + 2 + 1 + 1);
    const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    expect(problems).toEqual(sorted);
  });

  it('reports a redirect to a tool that does not exist, at its line', () => {
    expect(problems.filter((problem) => problem.file === 'content/redirects.yml')).toEqual([
      {
        file: 'content/redirects.yml',
        line: 1,
        column: 1,
        field: 'tools/old-thing/',
        text: '"tools/old-thing/" points to "no-such-tool", which is not a tool id in content/tools/ (never remove a line; point it at the tool that covers the old page now)',
      },
    ]);
  });

  it('never reports line 0', () => {
    expect(problems.every((problem) => problem.line >= 1 && problem.column >= 1)).toBe(true);
  });

  it('leaves the valid fixtures alone', () => {
    expect(problemsIn('good-tool')).toEqual([]);
    expect(problemsIn('other-good-tool')).toEqual([]);
  });

  it('limits the report to the files asked for, while still checking references against all', () => {
    const only = parseProblems(runScript('validate.ts', ['content/tools/unknown-successor.md'], { cwd: fixtureRoot }).stdout);
    expect(only.map((problem) => problem.field)).toEqual(['successors[0]']);
  });
});

describe('clashes between files', () => {
  const unique =
    'names and aliases must be unique across the catalog: if both files describe one project, merge them; otherwise drop or change one';
  const oneEntry = (field: string) =>
    `each project has one entry: if both files describe it, merge them into one; otherwise give each its own ${field}`;

  it('reports a name clash on both files, each naming the other place', () => {
    expect(problemsIn('name-collision')).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 7,
        field: 'name',
        text: `"CLASH ORIGINAL" is also the name of clash-original (content/tools/clash-original.md:2:7) (${unique})`,
      }),
    );
    expect(problemsIn('clash-original')).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 7,
        field: 'name',
        text: `"Clash Original" is also the name of name-collision (content/tools/name-collision.md:2:7) (${unique})`,
      }),
    );
  });

  it("reports an alias that is another tool's name on both files", () => {
    expect(problemsIn('alias-collision')).toContainEqual(
      expect.objectContaining({
        line: 9,
        column: 11,
        field: 'aliases[0]',
        text: `"clash  original" is also the name of clash-original (content/tools/clash-original.md:2:7) (${unique})`,
      }),
    );
    expect(problemsIn('clash-original')).toContainEqual(
      expect.objectContaining({
        line: 2,
        column: 7,
        field: 'name',
        text: `"Clash Original" is also the alias of alias-collision (content/tools/alias-collision.md:9:11) (${unique})`,
      }),
    );
  });

  it('reports a shared repository and website on both files, and never says to extend the other entry', () => {
    expect(problemsIn('same-repository')).toEqual([
      expect.objectContaining({
        line: 11,
        column: 13,
        field: 'repository',
        text: `"https://github.com/example/shared" is also the repository of same-repository-too (content/tools/same-repository-too.md:11:13) (${oneEntry('repository')})`,
      }),
    ]);
    expect(problemsIn('same-repository-too')).toEqual([
      expect.objectContaining({
        line: 11,
        column: 13,
        field: 'repository',
        text: `"https://github.com/example/shared" is also the repository of same-repository (content/tools/same-repository.md:11:13) (${oneEntry('repository')})`,
      }),
    ]);
    expect(problemsIn('same-website')).toEqual([
      expect.objectContaining({
        line: 5,
        column: 10,
        field: 'website',
        text: `"https://clash-original.example.org/" is also the website of clash-original (content/tools/clash-original.md:5:10) (${oneEntry('website')})`,
      }),
    ]);
    expect(problems.some((problem) => /extend/.test(problem.text))).toBe(false);
  });

  it('reports a clash on the new file when only that file is validated', () => {
    const only = parseProblems(runScript('validate.ts', ['content/tools/same-website.md'], { cwd: fixtureRoot }).stdout);
    expect(only.map((problem) => [problem.file, problem.line, problem.field])).toEqual([['content/tools/same-website.md', 5, 'website']]);
  });
});

describe('files the build would not read', () => {
  it('reports an entry in a subfolder at that file', () => {
    expect(problems.filter((problem) => problem.file === 'content/tools/nested/in-subfolder.md')).toEqual([
      {
        file: 'content/tools/nested/in-subfolder.md',
        line: 1,
        column: 1,
        field: 'file',
        text: 'is never published: the build reads only content/tools/*.md, not subfolders or other file types (move it to content/tools/in-subfolder.md)',
      },
    ]);
  });

  it('reports a file of another type at that file', () => {
    expect(problems.filter((problem) => problem.file === 'content/tools/notes.txt').map((problem) => problem.text)).toEqual([
      'is never published: the build reads only content/tools/*.md, not subfolders or other file types (remove it, or turn it into an entry content/tools/<id>.md)',
    ]);
  });
});

describe('the catalog as a whole', () => {
  const root = fileURLToPath(new URL('../fixtures/catalog-rules/', import.meta.url));
  const found = parseProblems(runScript('validate.ts', [], { cwd: root }).stdout);
  const keep = 'an entry stays when its project stops: set its status and successors instead of removing it';

  it('keeps exactly the six stable categories, each with a file', () => {
    expect(found.filter((problem) => problem.field === 'file').map((problem) => `${problem.file}  ${problem.text}`)).toEqual([
      'content/categories/extra.md  "extra" is not one of the six categories (the category ids are stable: paas, service-discovery, networking, orchestration, monitoring, more)',
      ...['monitoring', 'more', 'networking', 'orchestration', 'service-discovery'].map(
        (id) =>
          `content/categories/${id}.md  is missing: every one of the six categories has a file (category ids and their pages are stable; restore the file)`,
      ),
    ]);
  });

  it('keeps a minimum of tools in the catalog and in every category', () => {
    expect(found.filter((problem) => problem.field === 'category' || problem.field === 'catalog')).toEqual([
      {
        file: 'content/categories/paas.md',
        line: 1,
        column: 1,
        field: 'category',
        text: `has 1 tools; every category keeps at least 35 (${keep})`,
      },
      { file: 'content/tools', line: 1, column: 1, field: 'catalog', text: `holds 1 tools; the catalog keeps at least 300 (${keep})` },
    ]);
  });
});
