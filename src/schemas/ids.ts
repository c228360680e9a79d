/**
 * The catalog's fixed vocabularies: category ids and tool statuses. Free of
 * zod on purpose: client scripts import these constants too.
 */

export const CATEGORY_IDS = ['paas', 'service-discovery', 'networking', 'orchestration', 'monitoring', 'more'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export const STATUSES = ['active', 'maintained', 'inactive', 'deprecated', 'archived', 'defunct'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses a reader counts as "still alive": the tool can be adopted today. */
export const LIVE_STATUSES: readonly Status[] = ['active', 'maintained'];

export const STATUS_DEFINITIONS: Record<Status, string> = {
  active: 'Regular releases or commits in the past year.',
  maintained: 'Works and accepts fixes, with little new development.',
  inactive: 'No release or commit for two years or more and no word from its owners; it may still work.',
  deprecated: 'Its owners declared end of life or point to a successor.',
  archived: 'The repository is archived or read-only; the code is still available.',
  defunct: 'Gone: its site, packages or company no longer exist.',
};

/** Lower-case words joined by single hyphens: file names, URL slugs, tags. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
