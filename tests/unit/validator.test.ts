import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateProject } from '../../scripts/lib/validate/validate-project.ts';
import { formatProblem, githubAnnotation, summarize, type Problem } from '../../scripts/lib/validate/problems.ts';

const fixtureRoot = fileURLToPath(new URL('../fixtures/validator/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const report = validateProject({ root: fixtureRoot });
const problemsIn = (name: string): Problem[] => report.problems.filter((problem) => problem.file === `content/tools/${name}.md`);

/** One fixture per kind of problem: file → [line, column, field, message, hint]. */
const expected: Array<[fixture: string, line: number, column: number, field: string, message: RegExp, hint?: RegExp]> = [
  ['no-front-matter', 1, 1, 'front matter', /does not start with front matter/, /`---`/],
  ['unclosed-front-matter', 1, 1, 'front matter', /never closed/],
  ['yaml-syntax-error', 11, 14, 'front matter', /^YAML syntax error: Flow sequence/],
  ['duplicate-key', 11, 1, 'name', /appears twice/],
  ['wrong-type', 11, 10, 'aliases', /must be a list, not the string "just-one-alias"/],
  ['unknown-field', 11, 1, 'homepage', /is not a known field/],
  ['missing-name', 11, 1, 'name', /is required/, /add a line `name: …`/],
  ['unknown-category', 4, 14, 'categories[0]', /"pass" is not allowed/, /did you mean `paas`\?/],
  ['unknown-status', 8, 9, 'status', /"dead" is not allowed/, /active, maintained, inactive, deprecated, archived, defunct/],
  ['unknown-tag', 11, 8, 'tags[0]', /"loging" is not allowed/, /did you mean `logging`\?/],
  ['http-url', 11, 13, 'repository', /is not an https URL/],
  ['javascript-url', 11, 7, 'docs', /must not be a script or data URL/],
  ['data-url', 11, 7, 'docs', /must not be a script or data URL/],
  ['bad-license', 6, 10, 'license', /"Apache 2.0" is not an SPDX licence expression/, /licence ids are SPDX, e\.g\. `Apache-2\.0`/],
  ['short-summary', 3, 10, 'summary', /is 10 characters; must be at least 20 characters/],
  ['long-summary', 3, 10, 'summary', /is 211 characters; must be at most 160 characters/],
  ['invalid-date', 9, 8, 'added', /YYYY-MM-DD/],
  ['missing-status-note', 12, 1, 'statusNote', /is required when status is deprecated/],
  ['missing-status-since', 12, 1, 'statusSince', /is required when status is deprecated: when did it begin \(YYYY, YYYY-MM or YYYY-MM-DD\)\?/],
  ['unknown-successor', 11, 14, 'successors[0]', /"good-tol" is not a tool in the catalog/, /did you mean `good-tool`\?/],
  ['self-alternative', 11, 16, 'alternatives[0]', /points to the entry itself/],
  ['one-sided-alternative', 11, 16, 'alternatives[0]', /good-tool does not list one-sided-alternative/],
  ['Bad_File_Name', 1, 1, 'file', /"Bad_File_Name" is not a kebab-case id/, /bad-file-name\.md/],
  ['name-collision', 2, 7, 'name', /"good tool" is already the name of good-tool/],
  ['alias-collision', 11, 11, 'aliases[0]', /"other good tool" is already the name of other-good-tool/],
  ['same-repository', 11, 13, 'repository', /already the repository of same-repository-too/],
  ['raw-html', 13, 16, 'body', /raw HTML \(`<script>`\) is not allowed/],
  ['javascript-link', 13, 10, 'body', /must not use `javascript:` URLs/],
  ['empty-file', 1, 1, 'file', /the file is empty/],
  ['not-utf8', 1, 1, 'file', /not valid UTF-8/],
];

describe('validator problems, one fixture each', () => {
  it.each(expected)('%s → line %i, column %i, field %s', (fixture, line, column, field, message, hint) => {
    const problems = problemsIn(fixture);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ line, column, field });
    expect(problem?.message).toMatch(message);
    if (hint) expect(problem?.hint).toMatch(hint);
  });

  it('reports all three problems of one file, in line order', () => {
    expect(problemsIn('three-problems').map((problem) => [problem.line, problem.field])).toEqual([
      [4, 'categories[0]'],
      [6, 'license'],
      [8, 'status'],
    ]);
  });

  it('reports a tag that fewer than two tools use, at its line in tags.yml', () => {
    expect(report.problems.filter((problem) => problem.file === 'content/tags.yml')).toEqual([
      expect.objectContaining({ line: 3, column: 1, field: 'logging', message: 'is used by 1 tool; a tag needs at least two' }),
    ]);
  });

  it('reports every bad file of the folder in one run, sorted by file and line', () => {
    const files = new Set(report.problems.map((problem) => problem.file));
    // Every fixture, plus the three-problem file and tags.yml.
    expect(files.size).toBe(expected.length + 2);
    const sorted = [...report.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    expect(report.problems).toEqual(sorted);
  });

  it('never reports line 0', () => {
    expect(report.problems.every((problem) => problem.line >= 1 && problem.column >= 1)).toBe(true);
  });

  it('leaves the valid fixtures alone', () => {
    expect(problemsIn('good-tool')).toEqual([]);
    expect(problemsIn('other-good-tool')).toEqual([]);
  });

  it('limits the report to the files asked for, while still checking references against all', () => {
    const only = validateProject({ root: fixtureRoot, only: ['content/tools/unknown-successor.md'] });
    expect(only.problems.map((problem) => problem.field)).toEqual(['successors[0]']);
  });
});

describe('the real catalog', () => {
  it('validates clean', () => {
    const real = validateProject({ root: projectRoot });
    expect(real.problems.map(formatProblem)).toEqual([]);
    expect(real.tools).toBeGreaterThanOrEqual(150);
  });
});

describe('output formats', () => {
  const problem: Problem = { file: 'content/tools/a.md', line: 3, column: 10, field: 'summary', message: 'is too short, really', hint: 'write more' };

  it('prints path:line:column, field, message and hint', () => {
    expect(formatProblem(problem)).toBe('content/tools/a.md:3:10  summary  is too short, really (write more)');
  });

  it('prints GitHub annotations with escaped properties', () => {
    expect(githubAnnotation({ ...problem, file: 'content/tools/a,b.md' })).toBe(
      '::error file=content/tools/a%2Cb.md,line=3,col=10,title=summary::summary: is too short, really (write more)',
    );
  });

  it('summarises problems and files', () => {
    expect(summarize([problem, { ...problem, line: 4 }, { ...problem, file: 'b.md' }], 9)).toBe('3 problems in 2 files');
    expect(summarize([problem], 1)).toBe('1 problem in 1 file');
  });
});
