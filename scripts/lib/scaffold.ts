/** The text of a new entry file, as `npm run new` writes it. */
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { splitFrontMatter } from './front-matter.ts';

/** Marks a value the contributor must replace; the validator rejects it. */
export const PLACEHOLDER = 'TODO';

export interface ScaffoldInput {
  name: string;
  category: string;
  /** A subcategory id of the category. */
  subcategory: string;
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
  cncfProject: 'Name in CNCF landscape',
};

export interface SubcategoryChoice {
  id: string;
  title: string;
}

/** The subcategories a category file defines, in its order; none when the file cannot be read as a category. */
export function subcategoriesIn(categoryFile: string): SubcategoryChoice[] {
  const split = splitFrontMatter(categoryFile);
  if (!split.ok) return [];
  let data: unknown;
  try {
    data = parse(split.yaml);
  } catch {
    return [];
  }
  const list = (data as { subcategories?: unknown } | null)?.subcategories;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown): SubcategoryChoice[] => {
    const { id, title } = (item ?? {}) as { id?: unknown; title?: unknown };
    return typeof id === 'string' ? [{ id, title: typeof title === 'string' ? title : id }] : [];
  });
}

/**
 * Writes one line for every field of the schema, in the schema's order: the
 * required ones (and language) with placeholders the validator rejects, the
 * optional ones commented out with an example and their description. A field
 * added to the schema appears here without a change to this file.
 */
export function renderScaffold({ name, category, subcategory, date, shape }: ScaffoldInput): string {
  const filled: Record<string, string> = {
    name: yamlString(name),
    summary: `${PLACEHOLDER} one sentence of 20–160 characters in your own words that says what the tool does.`,
    categories: `[${category}]`,
    subcategory,
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
