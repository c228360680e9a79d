import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { contributingReference } from '../../scripts/lib/contributing.ts';
import { describeType, fieldReferenceTable, isRequired, replaceReference, REFERENCE_END, REFERENCE_START } from '../../scripts/lib/field-reference.ts';

describe('CONTRIBUTING.md', () => {
  it('has an up-to-date field reference (run `npm run docs:fields` if this fails)', () => {
    const current = readFileSync(new URL('../../CONTRIBUTING.md', import.meta.url), 'utf8');
    expect(replaceReference(current, contributingReference())).toBe(current);
  });

  it('documents every schema field', () => {
    const reference = contributingReference();
    for (const field of ['name', 'summary', 'categories', 'website', 'license', 'status', 'statusNote', 'successors', 'verified']) {
      expect(reference).toContain(`| \`${field}\` |`);
    }
  });
});

describe('field reference generation', () => {
  const shape = {
    title: z.string().describe('The title.'),
    homepage: z.url().optional().describe('Where it lives | online.'),
    kind: z.enum(['a', 'b']).describe('Its kind.'),
    years: z.array(z.int()).default([]).describe('Years.'),
  };

  it('derives required, type and description from the schema', () => {
    expect(fieldReferenceTable(shape).split('\n').slice(2)).toEqual([
      '| `title` | yes | text | The title. |',
      '| `homepage` | no | https URL | Where it lives \\| online. |',
      '| `kind` | yes | one of `a`, `b` | Its kind. |',
      '| `years` | no | list of whole numbers | Years. |',
    ]);
  });

  it('names types and optionality', () => {
    expect(describeType(z.iso.date())).toBe('date (YYYY-MM-DD)');
    expect(isRequired(z.string().optional())).toBe(false);
  });

  it('replaces only the generated block and needs its markers', () => {
    const document = `intro\n${REFERENCE_START}\nold\n${REFERENCE_END}\noutro`;
    expect(replaceReference(document, 'new')).toBe(`intro\n${REFERENCE_START}\n\nnew\n\n${REFERENCE_END}\noutro`);
    expect(() => replaceReference('no markers', 'new')).toThrow('markers are missing');
  });
});
