/**
 * Front matter of content/tools/<id>.md. One definition serves the Astro
 * build, the validator CLI and the published JSON Schema; the build swaps
 * the id fields for `reference()`s, everything else is shared.
 */
import { STATUSES } from '../lib/status.ts';
import { z } from 'astro/zod';
import { checkLicense } from '../lib/catalog/license.ts';
import { CATEGORY_IDS } from './ids.ts';
import { kebabId, tagIdSchema } from './kebab-id.ts';

/** The schemas a caller plugs in for fields that point at other entries. */
export interface ToolReferences<Category extends z.ZodType, Tool extends z.ZodType, Tag extends z.ZodType> {
  category: Category;
  tool: Tool;
  tag: Tag;
}

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain, error: 'must be an https:// URL' }).max(300);

/** YAML parsers disagree on whether 2026-01-31 is a date or a string; accept both, keep the string. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

/** A year, a month or a day, as the evidence allows: 2018, 2018-05 or 2018-05-04. Kept as a string. */
const partialDate = z.preprocess(
  (value) =>
    value instanceof Date && !Number.isNaN(value.valueOf())
      ? value.toISOString().slice(0, 10)
      : typeof value === 'number'
        ? String(value)
        : value,
  z.string().regex(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a year, YYYY-MM or YYYY-MM-DD'),
);

/** The facts of an entry that a source can back; the validator requires one for some of them. */
export const SOURCED_FACTS = [
  'status',
  'statusSince',
  'firstRelease',
  'license',
  'repository',
  'successors',
  'organization',
  'body',
] as const;
export type SourcedFact = (typeof SOURCED_FACTS)[number];

const sourceSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .min(3)
    .max(80)
    .describe('What the source shows, in a few words: "archival notice in the README", "first release v0.1.0", "licence file".'),
  url: httpsUrl.describe(
    "An https URL to the project's own material: a file at a commit or tag, a release page, an issue, an announcement.",
  ),
  supports: z
    .array(z.enum(SOURCED_FACTS))
    .min(1, 'needs at least one fact it supports')
    .describe('The fields this source backs: status, statusSince, firstRelease, license, repository, successors, organization or body.'),
});

/** A sentence: starts with a capital or digit, one final full stop, no second sentence. */
const ONE_SENTENCE = /^[A-Z0-9`"'(][^\n]*[.!?]$/;

export function createToolSchema<Category extends z.ZodType, Tool extends z.ZodType, Tag extends z.ZodType>(
  refs: ToolReferences<Category, Tool, Tag>,
) {
  return z
    .strictObject({
      name: z.string().trim().min(1).max(60).describe("The tool's usual name, as its project writes it."),
      summary: z
        .string()
        .min(20, 'must be at least 20 characters')
        .max(160, 'must be at most 160 characters')
        .regex(ONE_SENTENCE, 'must be one sentence that starts with a capital letter and ends with a full stop')
        .describe('One sentence, 20–160 characters, in our own words: what the tool does.'),
      categories: z.array(refs.category).min(1, 'needs at least one category').describe('Category ids; the first is the primary category.'),
      website: httpsUrl.describe("The project's own site, or its repository when it has none."),
      repository: httpsUrl.optional().describe('Where the source code lives now (after any moves).'),
      docs: httpsUrl.optional().describe("The project's documentation."),
      license: z
        .string()
        .superRefine((value, ctx) => {
          const result = checkLicense(value);
          if (!result.ok) ctx.addIssue({ code: 'custom', message: `${result.message} (${result.hint})` });
        })
        .describe('SPDX licence expression of the main repository, or `proprietary` / `unknown`.'),
      licenseNote: z
        .string()
        .min(20)
        .max(300)
        .regex(ONE_SENTENCE, 'must be one sentence that starts with a capital letter and ends with a full stop')
        .optional()
        .describe(
          'Required when the licence names a LicenseRef-: one sentence on what the licence adds to or changes from its SPDX parts.',
        ),
      language: z
        .array(z.string().min(1).max(30))
        .min(1)
        .max(4)
        .optional()
        .describe('Main implementation languages, most important first.'),
      status: z.enum(STATUSES).describe('active, maintained, inactive, deprecated, archived or defunct; see the status definitions.'),
      statusNote: z
        .string()
        .min(10)
        .max(300)
        .optional()
        .describe('Required unless status is active: what happened and when, in one sentence.'),
      statusSince: partialDate
        .optional()
        .describe('Required unless status is active: when the current status began (YYYY, YYYY-MM or YYYY-MM-DD).'),
      successors: z.array(refs.tool).default([]).describe('Ids of tools that replace this one.'),
      alternatives: z.array(refs.tool).default([]).describe('Ids of comparable tools; listed on both sides.'),
      aliases: z
        .array(z.string().trim().min(1).max(60))
        .default([])
        .describe('Former names, common misspellings and abbreviations that search should find.'),
      subcategory: kebabId.describe("Id of the tool's subcategory within its primary category, as defined in content/categories/<id>.md."),
      tags: z.array(refs.tag).default([]).describe('Tag ids from content/tags.yml.'),
      organization: z.string().min(2).max(80).optional().describe('Who develops the tool now.'),
      cncfProject: z
        .string()
        .trim()
        .min(1)
        .max(120)
        .optional()
        .describe(
          "The CNCF project this tool belongs to, by its name in CNCF's landscape data, where matching by repository or name cannot find it (e.g. OpenTelemetry).",
        ),
      firstRelease: z.int().min(1990).max(2100).optional().describe('Year of the first public release.'),
      sources: z
        .array(sourceSchema)
        .default([])
        .describe('The evidence behind the facts: each a URL, a label saying what it shows, and the fields it supports.'),
      added: isoDate.describe('When the entry joined the catalog (YYYY-MM-DD).'),
      verified: isoDate.describe('When its facts were last checked against the project itself (YYYY-MM-DD).'),
    })
    .superRefine((tool, ctx) => {
      if (tool.license.includes('LicenseRef-') && !tool.licenseNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['licenseNote'],
          message: 'is required when the licence names a LicenseRef-: say in one sentence what its terms add',
        });
      }
      if (tool.status !== 'active' && !tool.statusNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['statusNote'],
          message: `is required when status is ${tool.status}: say what happened and when, in one sentence`,
        });
      }
      if (tool.status !== 'active' && !tool.statusSince) {
        ctx.addIssue({
          code: 'custom',
          path: ['statusSince'],
          message: `is required when status is ${tool.status}: when did it begin (YYYY, YYYY-MM or YYYY-MM-DD)?`,
        });
      }
    });
}

/**
 * The schema with plain ids, for the validator and the JSON Schema; the
 * existence of referenced entries is checked across files separately.
 */
export function createPlainToolSchema(tagIds: readonly string[]) {
  return createToolSchema({
    category: z.enum(CATEGORY_IDS),
    tool: kebabId,
    tag: tagIdSchema(tagIds),
  });
}

export type ToolData = z.output<ReturnType<typeof createPlainToolSchema>>;
