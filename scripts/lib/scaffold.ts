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

export function renderScaffold({ name, category, date, shape }: ScaffoldInput): string {
  const describe = (field: string): string => shape[field]?.description ?? '';
  const optional = (field: string, example: string): string => `# ${field}: ${example}    # ${describe(field)}`;
  return [
    '---',
    `name: ${yamlString(name)}`,
    `summary: ${PLACEHOLDER} one sentence of 20–160 characters in your own words that says what the tool does.`,
    `categories: [${category}]`,
    `website: ${PLACEHOLDER}`,
    `license: ${PLACEHOLDER}`,
    `status: ${PLACEHOLDER}`,
    `language: [${PLACEHOLDER}]`,
    optional('statusNote', 'One sentence: what happened and when.'),
    optional('repository', 'https://github.com/owner/name'),
    optional('docs', 'https://example.org/docs/'),
    optional('successors', '[tool-id]'),
    optional('alternatives', '[tool-id]'),
    optional('aliases', '[Old Name, common misspelling]'),
    optional('tags', '[tag-id]'),
    optional('organization', 'Who develops it'),
    optional('firstRelease', '2015'),
    `added: ${date}`,
    `verified: ${date}`,
    '---',
    '',
    `${PLACEHOLDER}: 60–250 words in your own words: what ${name} does and how it works, where it fits in the`,
    'container ecosystem and when you would choose it, and, if it is no longer developed, what happened and what',
    'replaced it. Plain Markdown: no HTML.',
    '',
  ].join('\n');
}
