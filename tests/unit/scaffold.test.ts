import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { toolIdFromName } from '../../src/lib/catalog.ts';
import { validateProject } from '../../scripts/lib/validate/validate-project.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const script = join(projectRoot, 'scripts/new-entry.ts');
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  mkdirSync(join(root, 'content/tools'), { recursive: true });
  cpSync(join(projectRoot, 'content/tags.yml'), join(root, 'content/tags.yml'));
  cpSync(join(projectRoot, 'content/categories'), join(root, 'content/categories'), { recursive: true });
});

const scaffold = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('npm run new', () => {
  it('creates an entry that fails validation until its placeholders are replaced', () => {
    const result = scaffold('Fancy Tool', '--category', 'networking');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created content/tools/fancy-tool.md');
    expect(result.stdout).toContain('npm run validate -- content/tools/fancy-tool.md');

    const before = validateProject({ root, only: ['content/tools/fancy-tool.md'] });
    expect(before.problems.map((problem) => problem.field)).toEqual(['summary', 'website', 'license', 'status', 'language[0]', 'body']);
    expect(before.problems.every((problem) => problem.message.includes('TODO'))).toBe(true);

    const file = join(root, 'content/tools/fancy-tool.md');
    const filled = readFileSync(file, 'utf8')
      .replace(/^summary: .*$/m, 'summary: Connects containers across hosts with an encrypted overlay network.')
      .replace('website: TODO', 'website: https://fancy.example.org')
      .replace('license: TODO', 'license: Apache-2.0')
      .replace('status: TODO', 'status: active')
      .replace('language: [TODO]', 'language: [Go]')
      .replace(/^TODO:[\s\S]*$/m, 'Fancy Tool links containers on many hosts into one flat network.\n');
    writeFileSync(file, filled);
    expect(validateProject({ root, only: ['content/tools/fancy-tool.md'] }).problems).toEqual([]);
  });

  it('refuses to overwrite an existing entry', () => {
    expect(scaffold('Fancy Tool', '--category', 'paas').status).toBe(0);
    const original = readFileSync(join(root, 'content/tools/fancy-tool.md'), 'utf8');
    const again = scaffold('Fancy Tool', '--category', 'more');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/tools/fancy-tool.md already exists');
    expect(readFileSync(join(root, 'content/tools/fancy-tool.md'), 'utf8')).toBe(original);
  });

  it('rejects an unknown category with a suggestion', () => {
    const result = scaffold('Fancy Tool', '--category', 'networkng');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('did you mean `networking`?');
  });

  it('asks for the category only in a terminal', () => {
    const result = scaffold('Fancy Tool');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--category is required');
  });
});

describe('toolIdFromName', () => {
  it.each([
    ['Docker Compose', 'docker-compose'],
    ['  Weave   Net ', 'weave-net'],
    ['Crème Brûlée', 'creme-brulee'],
    ['k3s', 'k3s'],
    ['C++ Runner', 'c-plus-plus-runner'],
    ['OpenTelemetry Collector!', 'opentelemetry-collector'],
  ])('%s → %s', (name, id) => {
    expect(toolIdFromName(name)).toBe(id);
  });
});
