// Comments and docs that name a file of this repository must name one that exists: after a move, a
// stale path sends the next maintainer to nowhere.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commentsOf, repositoryPathsIn } from '../support/repository-paths.ts';

const root = new URL('../../', import.meta.url);
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && existsSync(new URL(file, root)));

const SOURCE = /\.(ts|mjs|js|astro|css)$/;
const DOC = /\.md$/;
// This test's own sample texts name paths that do not exist on purpose.
const sources = tracked.filter(
  (file) => SOURCE.test(file) && !file.startsWith('tests/fixtures/') && file !== 'tests/unit/repository-paths.test.ts',
);
const docs = tracked.filter((file) => DOC.test(file) && !file.startsWith('content/') && !file.startsWith('tests/fixtures/'));

function missingPaths(file: string, text: string): string[] {
  return repositoryPathsIn(text)
    .filter((path) => !existsSync(new URL(path, root)))
    .map((path) => `${file}: ${path}`);
}

describe('repository paths named in comments and docs', () => {
  it('finds paths in comments only, and skips placeholders', () => {
    const text = "// see src/lib/a.ts and content/tools/<id>.md\nconst x = 'src/not-a-comment.ts'; /* scripts/b.ts */";
    expect(commentsOf(text, 'x.ts')).toEqual([' see src/lib/a.ts and content/tools/<id>.md', ' scripts/b.ts ']);
    expect(repositoryPathsIn(commentsOf(text, 'x.ts').join('\n'))).toEqual(['src/lib/a.ts', 'scripts/b.ts']);
    expect(repositoryPathsIn('`src/components/*Chart.astro`, src/pages/tools/[id].astro.')).toEqual(['src/pages/tools/[id].astro']);
  });

  it('every path a source comment names exists', () => {
    const missing = sources.flatMap((file) => {
      const text = readFileSync(new URL(file, root), 'utf8');
      return missingPaths(file, commentsOf(text, file).join('\n'));
    });
    expect(missing).toEqual([]);
  });

  it('every path a doc names exists', () => {
    const missing = docs.flatMap((file) => missingPaths(file, readFileSync(new URL(file, root), 'utf8')));
    expect(missing).toEqual([]);
  });
});
