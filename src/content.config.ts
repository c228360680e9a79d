// Wiring only: the collections and their schemas live in src/schemas/.
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { categorySchema } from './schemas/category.ts';
import { createToolSchema } from './schemas/tool.ts';
import { readTags } from './lib/tags.ts';

const tagIds = readTags().map((tag) => tag.id);

const categories = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/categories' }),
  schema: categorySchema,
});

const tools = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/tools' }),
  schema: createToolSchema({
    category: reference('categories'),
    tool: reference('tools'),
    tag: z.enum(tagIds as [string, ...string[]]),
  }),
});

export const collections = { categories, tools };
