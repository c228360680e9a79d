// `npm run validate` on subcategories across files, and on content/cncf.json and content/out-of-scope.yml:
// each problem at its file:line:column with the exact message and hint.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProblems, runScript } from '../support/cli.ts';

const problemsOf = (fixture: string, args: string[] = []) => {
  const run = runScript('validate.ts', args, { cwd: fileURLToPath(new URL(`../fixtures/${fixture}/`, import.meta.url)) });
  return {
    run,
    printed: parseProblems(run.stdout).map(
      (problem) => `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.text}`,
    ),
  };
};

describe('subcategories', () => {
  const { run, printed } = problemsOf('subcategories');
  const about = printed.filter((line) => / {2}subcategor(y|ies)/.test(line));
  const MERGE = '(merge it into a neighbouring subcategory, or move tools that belong there into it)';
  const UNIQUE = '(subcategory ids are unique across all categories: they are part of URLs and anchors, so rename one of them)';

  it('reports each subcategory problem where it is, a guide naming too few of its tools among them, and nothing for a category without a file', () => {
    expect(run.status).toBe(1);
    expect(about).toEqual([
      `content/categories/networking.md:9:9  subcategories[1].id  "load-balancers" has 2 tools; a subcategory needs at least 4 ${MERGE}`,
      `content/categories/networking.md:12:9  subcategories[2].id  "meshes" is also the id of a subcategory at content/categories/orchestration.md:9:9 ${UNIQUE}`,
      `content/categories/networking.md:12:9  subcategories[2].id  "meshes" has 0 tools; a subcategory needs at least 4 ${MERGE}`,
      'content/categories/orchestration.md:8:12  subcategories[0].guide  names 1 of the 4 tools in "schedulers" (Sched A); a guide names at least 3 (say which of them matter most, by the names their entries use: Sched B, Sched C, Sched D)',
      `content/categories/orchestration.md:9:9  subcategories[1].id  "meshes" is also the id of a subcategory at content/categories/networking.md:12:9 ${UNIQUE}`,
      `content/categories/orchestration.md:9:9  subcategories[1].id  "meshes" has 0 tools; a subcategory needs at least 4 ${MERGE}`,
      'content/tools/no-subcategory.md:12:1  subcategory  is required (add a line `subcategory: …` to the front matter)',
      'content/tools/typo-tool.md:11:14  subcategory  "cni-plugin" is not a subcategory of networking (did you mean `cni-plugins`?)',
      'content/tools/wrong-category-tool.md:11:14  subcategory  "schedulers" is not a subcategory of networking (it belongs to orchestration, and the subcategory follows the first category) (use one of: cni-plugins, load-balancers, meshes)',
    ]);
    expect(printed.some((line) => line.startsWith('content/tools/no-category-file.md'))).toBe(false);
    expect(printed.some((line) => /cni-plugins" has|schedulers" has/.test(line))).toBe(false);
  });

  it('shows a tool its subcategory problem when only that file is checked', () => {
    const { printed: only } = problemsOf('subcategories', ['content/tools/typo-tool.md']);
    expect(only).toEqual([
      'content/tools/typo-tool.md:11:14  subcategory  "cni-plugin" is not a subcategory of networking (did you mean `cni-plugins`?)',
    ]);
  });
});

describe('content/cncf.json and content/out-of-scope.yml', () => {
  const { run, printed } = problemsOf('landscape-validate', ['content/cncf.json', 'content/out-of-scope.yml']);
  const GENERATED = '(the file is generated: fix the generator or run `npm run landscape`, never edit it by hand)';
  const ITEM = '(each item is `- name: <CNCF project name>` with `reason: <one sentence>`)';

  it('reports every problem at its line', () => {
    expect(run.status).toBe(1);
    expect(printed).toEqual([
      'content/cncf.json:2:3  ghost  is not the id of a tool in content/tools/ (run `npm run landscape` after renaming or removing an entry)',
      `content/cncf.json:8:17  good-tool.accepted  must be a date written YYYY-MM-DD ${GENERATED}`,
      `content/cncf.json:9:18  good-tool.matchedBy  must be one of cncfProject, repository, name ${GENERATED}`,
      `content/cncf.json:10:17  good-tool.maturity  must be one of sandbox, incubating, graduated, archived ${GENERATED}`,
      `content/cncf.json:12:5  good-tool.votes  is not a known field ${GENERATED}`,
      `content/out-of-scope.yml:5:11  [1].reason  must be at least 20 characters ${ITEM}`,
      `content/out-of-scope.yml:5:11  [1].reason  must be one sentence that starts with a capital letter and ends with a full stop ${ITEM}`,
      'content/out-of-scope.yml:6:9  [2].name  "Some Database" is already listed at line 2 (keep one of the two items)',
      `content/out-of-scope.yml:10:3  [3].link  is not a known field ${ITEM}`,
      `content/out-of-scope.yml:11:3  [4].name  is required ${ITEM}`,
    ]);
  });
});
