import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { toolIdFromName } from '../../src/lib/catalog/catalog.ts';
import { createPlainToolSchema } from '../../src/schemas/tool.ts';
import { parseProblems, projectRoot, runScript } from '../support/cli.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-new-'));
  mkdirSync(join(root, 'content/tools'), { recursive: true });
  cpSync(join(projectRoot, 'content/tags.yml'), join(root, 'content/tags.yml'));
  cpSync(join(projectRoot, 'content/categories'), join(root, 'content/categories'), { recursive: true });
});

const scaffold = (...args: string[]) => runScript('new-entry.ts', args, { cwd: root, input: '' });
const validate = (file: string) => parseProblems(runScript('validate.ts', [file], { cwd: root }).stdout);

describe('npm run new', () => {
  it('creates an entry that fails validation until its placeholders are replaced', () => {
    const result = scaffold('Fancy Tool', '--category', 'networking', '--subcategory', 'cni-plugins');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created content/tools/fancy-tool.md');
    expect(result.stdout).toContain('npm run validate -- content/tools/fancy-tool.md');

    const before = validate('content/tools/fancy-tool.md');
    expect(before.map((problem) => problem.field)).toEqual([
      'summary',
      'website',
      'license',
      'language[0]',
      'status',
      'sources[0].label',
      'sources[0].url',
      'body',
      'body',
    ]);
    expect(before.filter((problem) => !problem.text.includes('TODO')).map((problem) => problem.text)).toEqual([
      expect.stringMatching(/^is \d+ words; must be 60 to 250 words/),
    ]);

    const file = join(root, 'content/tools/fancy-tool.md');
    const filled = readFileSync(file, 'utf8')
      .replace(/^summary: .*$/m, 'summary: Connects containers across hosts with an encrypted overlay network.')
      .replace('website: TODO', 'website: https://fancy.example.org')
      .replace('license: TODO', 'license: Apache-2.0')
      .replace('status: TODO', 'status: active')
      .replace('language: [TODO]', 'language: [Go]')
      .replace(/label: TODO .*$/m, 'label: project site')
      .replace('url: TODO', 'url: https://fancy.example.org/about')
      .replace(/^TODO:[\s\S]*$/m, `${'Fancy Tool links containers on many hosts into one flat network. '.repeat(6)}\n`);
    writeFileSync(file, filled);
    expect(validate('content/tools/fancy-tool.md')).toEqual([]);
  });

  it('writes every field of the schema, the optional ones commented out with their description', () => {
    expect(scaffold('Fancy Tool', '--category', 'networking', '--subcategory', 'cni-plugins').status).toBe(0);
    const lines = readFileSync(join(root, 'content/tools/fancy-tool.md'), 'utf8').split('\n');
    for (const [field, schema] of Object.entries(createPlainToolSchema([]).shape)) {
      const line = lines.find((candidate) => candidate.startsWith(`${field}: `) || candidate.startsWith(`# ${field}: `));
      expect(line, field).toBeDefined();
      if (line?.startsWith('#')) expect(line).toContain(`# ${schema.description ?? ''}`);
    }
  });

  it('refuses to overwrite an existing entry', () => {
    expect(scaffold('Fancy Tool', '--category', 'paas', '--subcategory', 'self-hosted-paas').status).toBe(0);
    const original = readFileSync(join(root, 'content/tools/fancy-tool.md'), 'utf8');
    const again = scaffold('Fancy Tool', '--category', 'more', '--subcategory', 'runtimes');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/tools/fancy-tool.md already exists');
    expect(readFileSync(join(root, 'content/tools/fancy-tool.md'), 'utf8')).toBe(original);
  });

  it('rejects an unknown category with a suggestion', () => {
    const result = scaffold('Fancy Tool', '--category', 'networkng');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('did you mean `networking`?');
  });

  it('writes the subcategory, and rejects one that is not in the primary category, with a suggestion', () => {
    expect(scaffold('Fancy Tool', '--category', 'networking', '--subcategory', 'cni-plugins').status).toBe(0);
    expect(readFileSync(join(root, 'content/tools/fancy-tool.md'), 'utf8')).toMatch(/^subcategory: cni-plugins$/m);
    const typo = scaffold('Other Tool', '--category', 'networking', '--subcategory', 'cni-plugin');
    expect(typo.status).toBe(1);
    expect(typo.stderr).toMatch(/^"cni-plugin" is not a subcategory of networking \(did you mean `cni-plugins`\?\): one of cni-plugins, /);
  });

  it('asks for the subcategory only in a terminal', () => {
    const result = scaffold('Fancy Tool', '--category', 'networking');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^--subcategory is required when not run in a terminal: one of cni-plugins, /);
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
