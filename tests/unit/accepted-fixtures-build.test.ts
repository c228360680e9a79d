// What `npm run validate` accepts, `astro build` must build. The validator fixtures it accepts (found by
// running it, so a new accepted fixture is covered without a list) are added to a throw-away copy of the
// project with the build benchmark's smallest synthetic catalog, and the copy is built. It imports the
// benchmark's project builder from scripts/lib/bench (the one way a project is made from a temp catalog).
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createScaleProject, runBuild, type ScaleProject } from '../../scripts/lib/bench/scale-project.ts';
import { parseProblems, projectRoot, runScript } from '../support/cli.ts';

const fixtureRoot = fileURLToPath(new URL('../fixtures/validator/', import.meta.url));

describe('the build builds every fixture the validator accepts', { timeout: 300_000 }, () => {
  let project: ScaleProject | undefined;
  afterAll(() => {
    if (project) rmSync(project.dir, { recursive: true, force: true });
  });

  it('builds them, with their pages and only pictures from the site', async () => {
    const run = runScript('validate.ts', [], { cwd: fixtureRoot, env: { ATLAS_TODAY: '2026-12-04' } });
    const refused = new Set(parseProblems(run.stdout).map((problem) => problem.file));
    const accepted = readdirSync(join(fixtureRoot, 'content/tools'), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !refused.has(`content/tools/${entry.name}`))
      .map((entry) => entry.name.slice(0, -'.md'.length));
    expect(accepted).toEqual(expect.arrayContaining(['good-tool', 'other-good-tool', 'image-site', 'accepted-edge-dates']));

    project = createScaleProject(projectRoot, 150);
    for (const id of accepted) cpSync(join(fixtureRoot, 'content/tools', `${id}.md`), join(project.dir, 'content/tools', `${id}.md`));
    cpSync(join(fixtureRoot, 'public/atlas-logo.svg'), join(project.dir, 'public/atlas-logo.svg'));
    const outDir = join(project.dir, 'dist');
    const build = await runBuild(project, outDir);
    expect(build.ok, build.output.slice(-3000)).toBe(true);
    for (const id of accepted) {
      const html = readFileSync(join(outDir, 'tools', id, 'index.html'), 'utf8');
      expect(html).not.toMatch(/<img[^>]+src="(?:https?:)?\/\//);
    }
    expect(readFileSync(join(outDir, 'tools/image-site/index.html'), 'utf8')).toContain('<img src="/atlas-logo.svg" alt="The atlas logo">');
  });
});
