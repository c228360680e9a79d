// The build benchmark's synthetic catalog (tests/support/synthetic-project.ts) must stay valid for the
// current schema and content rules: checked by running the real validator on a generated copy.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTags } from '../../src/lib/catalog/tags.ts';
import { projectRoot, runScript } from '../support/cli.ts';
import { readSubcategories, syntheticProject, writeSyntheticGuides } from '../support/synthetic-project.ts';

const tagIds = readTags(projectRoot).map((tag) => tag.id);
const subcategories = readSubcategories(projectRoot);

describe('syntheticProject', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-synthetic-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes npm run validate: schema, tags and More groups, symmetric alternatives, activity records, redirects', () => {
    const project = syntheticProject(400, tagIds, subcategories);
    cpSync(join(projectRoot, 'content', 'categories'), join(dir, 'content', 'categories'), { recursive: true });
    writeSyntheticGuides(dir, project);
    cpSync(join(projectRoot, 'content', 'tags.yml'), join(dir, 'content', 'tags.yml'));
    mkdirSync(join(dir, 'content', 'tools'));
    for (const entry of project.entries) writeFileSync(join(dir, 'content', 'tools', `${entry.id}.md`), entry.text);
    writeFileSync(join(dir, 'content', 'activity.json'), project.activity);
    writeFileSync(join(dir, 'content', 'redirects.yml'), project.redirects);
    const result = runScript('validate.ts', [], { cwd: dir });
    expect(result.stdout).toMatch(/^OK: 400 tools and 6 categories valid/);
    expect(result.status).toBe(0);
  });

  it('fills the fields the site sorts and shows by', () => {
    const { entries, activity } = syntheticProject(400, tagIds, subcategories);
    const texts = entries.map((entry) => entry.text);
    expect(texts.filter((text) => /^statusSince: /m.test(text)).length).toBeGreaterThan(50);
    expect(texts.filter((text) => /^successors: /m.test(text)).length).toBeGreaterThan(10);
    expect(texts.every((text) => /^firstRelease: \d{4}$/m.test(text))).toBe(true);
    expect(Object.keys(JSON.parse(activity) as object).length).toBeGreaterThan(150);
  });

  it('is the same for the same size and seed', () => {
    expect(syntheticProject(200, tagIds, subcategories)).toEqual(syntheticProject(200, tagIds, subcategories));
  });
});
