/** The schema of an id: a file name, URL slug or tag. */
import { z } from 'astro/zod';
import { KEBAB_CASE } from './ids.ts';

export const kebabId = z.string().regex(KEBAB_CASE, 'must be kebab-case: lower-case letters, digits and single hyphens');
