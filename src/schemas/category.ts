/** Front matter of content/categories/<id>.md; the body is the category's guide text. */
import { z } from 'astro/zod';
import { kebabId } from './kebab-id.ts';

const subcategorySchema = z.strictObject({
  id: kebabId.describe('Stable id of the subcategory, unique across all categories; part of its URL.'),
  title: z.string().min(2).max(60).describe('The subcategory name as shown in headings.'),
  guide: z.string().min(40).max(600).describe('A short paragraph for readers: what the tools have in common and which ones matter most.'),
});

export const categorySchema = z.strictObject({
  title: z.string().min(2).max(60).describe('The category name as shown in headings and navigation.'),
  order: z.int().min(1).max(99).describe('Position of the category on the home page, smallest first.'),
  summary: z.string().min(20).max(200).describe('One sentence shown on the home page card and in the page description.'),
  subcategories: z
    .array(subcategorySchema)
    .default([])
    .describe('The second level of the category, in display order; every tool names one of its primary category.'),
});

export type CategoryData = z.infer<typeof categorySchema>;
