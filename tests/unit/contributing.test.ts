// CONTRIBUTING.md's field reference, as `npm run docs:fields` writes it from the schema.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlainToolSchema } from '../../src/schemas/tool.ts';
import { projectRoot, runScript } from '../support/cli.ts';

const contributing = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const rows = contributing.split('\n').filter((line) => line.startsWith('| `'));

describe('CONTRIBUTING.md', () => {
  it('has an up-to-date field reference (run `npm run docs:fields` if this fails)', () => {
    const result = runScript('docs-fields.ts', ['--check']);
    expect(result.stdout + result.stderr).toBe('CONTRIBUTING.md field reference is up to date\n');
    expect(result.status).toBe(0);
  });

  it('documents every schema field with its description, required or not', () => {
    const shape = createPlainToolSchema([]).shape;
    for (const [field, schema] of Object.entries(shape)) {
      const row = rows.find((line) => line.startsWith(`| \`${field}\` |`));
      expect(row, field).toBeDefined();
      expect(row).toContain(schema.description ?? '');
    }
    expect(rows.find((line) => line.startsWith('| `name` |'))).toMatch(/^\| `name` \| yes \| text \|/);
    expect(rows.find((line) => line.startsWith('| `statusSince` |'))).toMatch(/^\| `statusSince` \| no \|/);
    expect(rows.find((line) => line.startsWith('| `added` |'))).toMatch(/^\| `added` \| yes \| date \(YYYY-MM-DD\) \|/);
    expect(rows.find((line) => line.startsWith('| `categories` |'))).toMatch(/\| list of values from `paas`, `service-discovery`/);
  });
});

describe('npm run docs:fields', () => {
  const copy = (edit: (text: string) => string): string => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-fields-'));
    copyFileSync(join(projectRoot, 'CONTRIBUTING.md'), join(root, 'CONTRIBUTING.md'));
    writeFileSync(join(root, 'CONTRIBUTING.md'), edit(contributing));
    return root;
  };

  it('reports a stale table with --check and rewrites only the generated block without it', () => {
    const root = copy((text) => text.replace(/^\| `name` \|.*$/m, '| `name` | yes | text | Stale. |'));
    const check = runScript('docs-fields.ts', ['--check'], { cwd: root });
    expect(check.status).toBe(1);
    expect(check.stderr).toBe('CONTRIBUTING.md is stale: run `npm run docs:fields`\n');
    const fix = runScript('docs-fields.ts', [], { cwd: root });
    expect(fix.stdout).toBe('Updated the field reference in CONTRIBUTING.md\n');
    expect(readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8')).toBe(contributing);
  });

  it('refuses a file without the markers, with a message and no stack trace', () => {
    const root = copy((text) => text.replace(/<!-- field-reference:(start|end)[^>]*-->/g, ''));
    const result = runScript('docs-fields.ts', [], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^CONTRIBUTING\.md: .*markers are missing/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
