/**
 * The catalog's fixed vocabularies: category ids and the shape of an id (statuses live in src/lib/status.ts). Free of
 * zod on purpose: client scripts import these constants too.
 */

export const CATEGORY_IDS = ['paas', 'service-discovery', 'networking', 'orchestration', 'monitoring', 'more'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Lower-case words joined by single hyphens: file names, URL slugs, tags. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
