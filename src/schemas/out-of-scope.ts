/**
 * One item of content/out-of-scope.yml: a CNCF project the catalog leaves
 * out on purpose, and why, in one sentence that applies the scope rule.
 */
import { z } from 'astro/zod';

export const outOfScopeEntrySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120).describe("The project's name exactly as CNCF's landscape data writes it."),
    reason: z
      .string()
      .trim()
      .min(20, 'must be at least 20 characters')
      .max(160, 'must be at most 160 characters')
      .regex(/^[A-Z0-9`"'(][^\n]*[.!?]$/, 'must be one sentence that starts with a capital letter and ends with a full stop')
      .describe('One sentence in our own words: why the project falls outside the scope rule stated on /about/.'),
  })
  .describe('A CNCF project the catalog deliberately leaves out.');

export type OutOfScopeEntryData = z.output<typeof outOfScopeEntrySchema>;
