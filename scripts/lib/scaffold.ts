/** The text of a new entry file, as `npm run new` writes it. */
import type { z } from 'astro/zod';

/** Marks a value the contributor must replace; the validator rejects it. */
export const PLACEHOLDER = 'TODO';

export interface ScaffoldInput {
  name: string;
  category: string;
  /** Today, as YYYY-MM-DD. */
  date: string;
  /** The tool schema's fields, for the descriptions of the optional ones. */
  shape: Record<string, z.ZodType>;
}

const yamlString = (value: string): string => JSON.stringify(value);

/** Example values shown in the commented-out lines of optional fields. */
const EXAMPLES: Record<string, string> = {
  repository: 'https://github.com/owner/name',
  docs: 'https://example.org/docs/',
  licenseNote: 'One sentence on what a LicenseRef- licence adds.',
  statusNote: 'One sentence: what happened and when.',
  statusSince: '2020-06',
  successors: '[tool-id]',
  alternatives: '[tool-id]',
  aliases: '[Old Name, common misspelling]',
  tags: '[tag-id]',
  organization: 'Who develops it',
  firstRelease: '2015',
};

/**
 * Writes one line for every field of the schema, in the schema's order: the
 * required ones (and language) with placeholders the validator rejects, the
 * optional ones commented out with an example and their description. A field
 * added to the schema appears here without a change to this file.
 */
export function renderScaffold({ name, category, date, shape }: ScaffoldInput): string {
  const filled: Record<string, string> = {
    name: yamlString(name),
    summary: `${PLACEHOLDER} one sentence of 20–160 characters in your own words that says what the tool does.`,
    categories: `[${category}]`,
    website: PLACEHOLDER,
    license: PLACEHOLDER,
    status: PLACEHOLDER,
    language: `[${PLACEHOLDER}]`,
    // The validator asks every entry for its evidence; the contributor fills in the first source.
    sources: `\n  - label: ${PLACEHOLDER} what this source shows, in a few words\n    url: ${PLACEHOLDER}\n    supports: [status]`,
    added: date,
    verified: date,
  };
  const fields = Object.entries(shape).map(([field, schema]) => {
    const value = filled[field];
    if (value !== undefined) return `${field}: ${value}`;
    return `# ${field}: ${EXAMPLES[field] ?? '…'}    # ${schema.description ?? ''}`;
  });
  return [
    '---',
    ...fields,
    '---',
    '',
    `${PLACEHOLDER}: 60–250 words in your own words: what ${name} does and how it works, where it fits in the`,
    'container ecosystem and when you would choose it, and, if it is no longer developed, what happened and what',
    'replaced it. Plain Markdown: no HTML.',
    '',
  ].join('\n');
}
