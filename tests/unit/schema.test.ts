// The zod schemas on their own: which documents they accept and at which field they reject the others.
// Where a problem is printed and how it is worded is the validator's job (validator.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createPlainToolSchema } from '../../src/schemas/tool.ts';
import { readTags } from '../../src/lib/catalog/tags.ts';

const root = new URL('../../', import.meta.url);
const toolSchema = createPlainToolSchema(readTags(root).map((tag) => tag.id));

function frontMatter(fixture: string): Record<string, unknown> {
  const [, yaml] = readFileSync(new URL(`tests/fixtures/schema/${fixture}.md`, root), 'utf8').split(/^---$/m);
  return parse(yaml ?? '') as Record<string, unknown>;
}

const valid = frontMatter('valid-minimal');
const issuesOf = (data: unknown): string[] => {
  const result = toolSchema.safeParse(data);
  return result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path.join('.')))];
};

describe('the tool schema', () => {
  it('accepts the minimal valid entry', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it.each([
    ['missing-name', 'name'],
    ['bad-status', 'status'],
    ['bad-category', 'categories.0'],
    ['bad-license', 'license'],
    ['http-website', 'website'],
    ['javascript-website', 'website'],
    ['unknown-field', ''],
    ['missing-status-note', 'statusNote'],
    ['short-summary', 'summary'],
    ['bad-date', 'verified'],
    ['wrong-type', 'language'],
    ['bad-tag', 'tags.0'],
  ])('%s is rejected at %s, and only there', (fixture, path) => {
    expect(issuesOf(frontMatter(fixture))).toEqual([path]);
  });

  it.each([2018, '2018', '2018-05', '2018-05-04', new Date('2018-05-04')])('takes statusSince %s', (statusSince) => {
    const parsed = toolSchema.parse({ ...valid, status: 'inactive', statusNote: 'No commits since May 2018.', statusSince });
    expect(parsed.statusSince).toBe(statusSince instanceof Date ? '2018-05-04' : String(statusSince));
  });

  it.each(['2018-13', '18', 'May 2018', '2018-05-32'])('refuses statusSince %s', (statusSince) => {
    expect(issuesOf({ ...valid, status: 'inactive', statusNote: 'No commits since May 2018.', statusSince })).toEqual(['statusSince']);
  });

  it('requires statusNote and statusSince unless the tool is active', () => {
    expect(issuesOf({ ...valid, status: 'archived' })).toEqual(['statusNote', 'statusSince']);
    expect(issuesOf({ ...valid, status: 'active', statusSince: '2020' })).toEqual([]);
  });

  it('requires a licenseNote when the licence names a LicenseRef-', () => {
    expect(issuesOf({ ...valid, license: 'Apache-2.0 AND LicenseRef-Example-Terms' })).toEqual(['licenseNote']);
    expect(
      issuesOf({
        ...valid,
        license: 'Apache-2.0 AND LicenseRef-Example-Terms',
        licenseNote: 'Paid features are under separate commercial terms.',
      }),
    ).toEqual([]);
  });
});
