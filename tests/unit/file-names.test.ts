// No two source files share a name, so a name in an import, a stack trace or a search finds one file.
// Routes are exempt: Astro names them after their URL parameters ([id].astro, [...page].astro).
import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = /\.(ts|mts|mjs|js|astro|css)$/;
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'scripts', 'tests'], {
  cwd: new URL('../../', import.meta.url),
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => SOURCE.test(file) && !file.startsWith('tests/fixtures/') && !file.startsWith('src/pages/'));

describe('source file names', () => {
  it('reads the tree', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('no two source files share a name', () => {
    const byName = new Map<string, string[]>();
    for (const file of files) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
    expect([...byName.values()].filter((paths) => paths.length > 1)).toEqual([]);
  });
});
