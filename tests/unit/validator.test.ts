import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProblems, runScript, type PrintedProblem } from '../support/cli.ts';

// `npm run validate` in the fixture project: one process, every problem of every fixture.
const fixtureRoot = fileURLToPath(new URL('../fixtures/validator/', import.meta.url));
// The date rules compare with today; the fixtures are written for this one.
const env = { ATLAS_TODAY: '2026-12-04' };
const run = runScript('validate.ts', [], { cwd: fixtureRoot, env });
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
  ['missing-name', 13, 1, 'name', /is required/, /add a line `name: …`/],
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
  ['missing-status-note', 14, 1, 'statusNote', /is required when status is deprecated/],
  [
    'missing-status-since',
    14,
    1,
    'statusSince',
    /is required when status is deprecated: when did it begin \(YYYY, YYYY-MM or YYYY-MM-DD\)\?/,
  ],
  ['unknown-successor', 11, 14, 'successors[0]', /"good-tol" is not a tool in the catalog/, /did you mean `good-tool`\?/],
  ['self-alternative', 11, 16, 'alternatives[0]', /points to the entry itself/],
  ['one-sided-alternative', 11, 16, 'alternatives[0]', /good-tool does not list one-sided-alternative/],
  ['Bad_File_Name', 1, 1, 'file', /"Bad_File_Name" is not a kebab-case id/, /bad-file-name\.md/],
  ['raw-html', 15, 16, 'body', /raw HTML \(`<script>`\) is not allowed/],
  ['javascript-link', 15, 10, 'body', /must not use `javascript:` URLs/],
  ['empty-file', 1, 1, 'file', /the file is empty/],
  ['short-body', 15, 1, 'body', /^is 8 words; must be 60 to 250 words \(say what the tool does/],
  ['not-utf8', 1, 1, 'file', /not valid UTF-8/],
];

/** The rules of issues 18 and 20, one fixture each, with the exact line as printed (message and hint). */
const exact: Array<[fixture: string, line: number, column: number, field: string, text: string]> = [
  ['alias-invisible', 13, 11, 'aliases[0]', 'contains an invisible, bidi or control character (U+00AD) (did you mean "SoftHyphen"?)'],
  ['future-first-release', 13, 15, 'firstRelease', '2099 is in the future (this is 2026) (write the year of the first public release)'],
  ['future-status-since', 14, 14, 'statusSince', '2099 is in the future (today is 2026-12-04) (write when the current status began)'],
  [
    'future-verified',
    10,
    11,
    'verified',
    '2099-01-01 is in the future (today is 2026-12-04) (did you mean 2026-12-04? Write the day it happened)',
  ],
  ['image-missing', 18, 1, 'body', '/no-such-picture.png is not a file in public/ (add the picture to public/ or fix the path)'],
  [
    'image-protocol-relative',
    18,
    5,
    'body',
    'images from other sites are not allowed (//tracker.example.net/p.png) (put the picture in public/ and write ![…](/its-file.png), or remove it)',
  ],
  [
    'image-reference',
    18,
    1,
    'body',
    'images from other sites are not allowed (http://tracker.example.net/p.png) (put the picture in public/ and write ![…](/its-file.png), or remove it)',
  ],
  [
    'image-relative',
    18,
    1,
    'body',
    'image paths must start with "/" and name a file in public/ (./diagram.png) (did you mean /diagram.png?)',
  ],
  [
    'image-remote',
    18,
    1,
    'body',
    'images from other sites are not allowed (https://tracker.example.net/pixel.png) (put the picture in public/ and write ![…](/its-file.png), or remove it)',
  ],
  [
    'lookalike-copy',
    2,
    7,
    'name',
    '"Кｕbernetes Example" looks like the name of lookalike-original, "Kubernetes Example" (content/tools/lookalike-original.md:2:7) (a name must not imitate another tool\'s: write it in plain letters, or choose a name of its own)',
  ],
  ['name-bidi', 2, 7, 'name', 'contains an invisible, bidi or control character (U+202E) (did you mean "Bidi loot"?)'],
  ['name-control', 2, 7, 'name', 'contains an invisible, bidi or control character (U+000A) (did you mean "LineBreak"?)'],
  ['name-zero-width', 2, 7, 'name', 'contains an invisible, bidi or control character (U+200B) (did you mean "ZeroWidth"?)'],
  [
    'no-sources',
    13,
    1,
    'sources',
    'needs at least one source: the evidence behind the facts (add `sources:` with a `label`, an https `url` and the facts it `supports` (see CONTRIBUTING.md))',
  ],
  [
    'non-ascii-host',
    13,
    7,
    'docs',
    'the host name "bücher.example" is not ASCII (write it in punycode, as browsers show it: did you mean https://xn--bcher-kva.example/docs?)',
  ],
  [
    'phishing-url',
    13,
    13,
    'repository',
    'must not contain a user name or password (the part before "@" in "github.com@evil.example"); it leads to evil.example (did you mean https://evil.example/owner/repo?)',
  ],
  [
    'sources-duplicate-url',
    15,
    32,
    'sources[1].url',
    'repeats the URL of sources[0] (list a URL once, with every fact it supports in its supports)',
  ],
  [
    'sources-http',
    13,
    38,
    'sources[0].url',
    '"http://sources-http.example.org/about" is not an https URL (write the full address, starting with https://)',
  ],
  [
    'sources-no-first-release',
    14,
    10,
    'sources',
    'needs a source that supports firstRelease (firstRelease is set) (add `firstRelease` to the supports of the source that shows it)',
  ],
  [
    'sources-no-status-since',
    15,
    10,
    'sources',
    'needs a source that supports statusSince (the status is deprecated) (add `statusSince` to the supports of the source that shows it)',
  ],
  [
    'sources-no-status',
    15,
    10,
    'sources',
    'needs a source that supports status (the status is deprecated) (add `status` to the supports of the source that shows it)',
  ],
  [
    'status-before-release',
    14,
    14,
    'statusSince',
    '2014 is before firstRelease (2016): a status cannot begin before the first release (check both dates against the project)',
  ],
  [
    'successor-cycle-a',
    13,
    14,
    'successors[0]',
    'makes a successor cycle: successor-cycle-a → successor-cycle-b → successor-cycle-a (a successor replaces a tool, so the chain must end: remove the link that points back)',
  ],
  [
    'successor-cycle-b',
    13,
    14,
    'successors[0]',
    'makes a successor cycle: successor-cycle-b → successor-cycle-a → successor-cycle-b (a successor replaces a tool, so the chain must end: remove the link that points back)',
  ],
  [
    'user-info-url',
    5,
    10,
    'website',
    'must not contain a user name or password (the part before "@" in "user:pass@user-info-url.example.org"); it leads to user-info-url.example.org (did you mean https://user-info-url.example.org/?)',
  ],
  [
    'verified-before-added',
    10,
    11,
    'verified',
    '2026-01-01 is before added (2026-11-28): facts are checked no earlier than the entry is added (did you mean 2026-11-28?)',
  ],
  [
    'yaml-binary-tag',
    6,
    19,
    'front matter',
    'YAML tags (`!!binary`) are not allowed (write the plain value; put it in quotes if it starts with `!`)',
  ],
  [
    'yaml-custom-tag',
    13,
    20,
    'front matter',
    'YAML tags (`!foo`) are not allowed (write the plain value; put it in quotes if it starts with `!`)',
  ],
  [
    'yaml-timestamp-string',
    13,
    15,
    'organization',
    'must be a string, not a date (put the value in quotes if YAML reads it as something else)',
  ],
  ['yaml-wrong-type', 13, 15, 'firstRelease', 'must be a number, not the string "2015"'],
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

  it.each(exact)('%s → line %i, column %i, field %s, exactly', (fixture, line, column, field, text) => {
    expect(problemsIn(fixture)).toEqual([{ file: `content/tools/${fixture}.md`, line, column, field, text }]);
  });

  it('reports a look-alike name on the tool it imitates too', () => {
    expect(problemsIn('lookalike-original').map((problem) => problem.text)).toEqual([
      '"Kubernetes Example" looks like the name of lookalike-copy, "Кｕbernetes Example" (content/tools/lookalike-copy.md:2:7) (a name must not imitate another tool\'s: write it in plain letters, or choose a name of its own)',
    ]);
  });

  it('reports an added date in the future (and the verified date after it)', () => {
    expect(problemsIn('future-added').map((problem) => [problem.line, problem.field, problem.text])).toEqual([
      [9, 'added', '2099-01-01 is in the future (today is 2026-12-04) (did you mean 2026-12-04? Write the day it happened)'],
      [10, 'verified', '2099-01-01 is in the future (today is 2026-12-04) (did you mean 2026-12-04? Write the day it happened)'],
    ]);
  });

  it('accepts a picture from the site itself', () => {
    expect(problemsIn('image-site')).toEqual([]);
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
    // And the exact-message fixtures, plus lookalike-original (the imitated side of a clash) and future-added.
    expect(files.size).toBe(expected.length + 6 + 1 + 2 + 1 + 1 + exact.length + 2);
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
    expect(problemsIn('image-site')).toEqual([]);
    for (const fixture of ['accepted-edge-dates', 'accepted-unicode-name', 'accepted-image-reference'])
      expect(problemsIn(fixture)).toEqual([]);
  });

  it('limits the report to the files asked for, while still checking references against all', () => {
    const only = parseProblems(runScript('validate.ts', ['content/tools/unknown-successor.md'], { cwd: fixtureRoot, env }).stdout);
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
    const only = parseProblems(runScript('validate.ts', ['content/tools/same-website.md'], { cwd: fixtureRoot, env }).stdout);
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
