/** The schema of an id: a file name, URL slug or tag. */
import { z } from 'astro/zod';
import { KEBAB_CASE } from './ids.ts';

export const kebabId = z.string().regex(KEBAB_CASE, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** The schema of a tag id: one of the defined tags, or any kebab-case id while none are known (an empty tags file). */
export function tagIdSchema(tagIds: readonly string[]): z.ZodType<string> {
  const [first, ...rest] = tagIds;
  return first === undefined ? kebabId : z.enum([first, ...rest]);
}
