/** Front matter of content/categories/<id>.md; the body is the category's guide text. */
import { z } from 'astro/zod';

export const categorySchema = z.strictObject({
  title: z.string().min(2).max(60).describe('The category name as shown in headings and navigation.'),
  order: z.int().min(1).max(99).describe('Position of the category on the home page, smallest first.'),
  summary: z.string().min(20).max(200).describe('One sentence shown on the home page card and in the page description.'),
});

export type CategoryData = z.infer<typeof categorySchema>;
