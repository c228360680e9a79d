/**
 * Everything a status is: the six values, which of them count as live, their definitions, the words,
 * colours and symbols readers see. Free of zod on purpose: client scripts import it too.
 */

export const STATUSES = ['active', 'maintained', 'inactive', 'deprecated', 'archived', 'defunct'] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses a reader counts as "still alive": the tool can be adopted today. */
export const LIVE_STATUSES: readonly Status[] = ['active', 'maintained'];

export function isLive(status: Status): boolean {
  return LIVE_STATUSES.includes(status);
}

export const STATUS_DEFINITIONS: Record<Status, string> = {
  active: 'Regular releases or commits in the past year.',
  maintained: 'Works and accepts fixes, with little new development.',
  inactive: 'No release or commit for two years or more and no word from its owners; it may still work.',
  deprecated: 'Its owners declared end of life or point to a successor.',
  archived: 'The repository is archived or read-only; the code is still available.',
  defunct: 'Gone: its site, packages or company no longer exist.',
};

export const STATUS_LABELS: Record<Status, string> = {
  active: 'Active',
  maintained: 'Maintained',
  inactive: 'Inactive',
  deprecated: 'Deprecated',
  archived: 'Archived',
  defunct: 'Defunct',
};

/**
 * The light scheme's status colours (text on background), for what is drawn outside the page's CSS:
 * badges and social cards. The pages use the same values through the --status-* tokens of
 * src/styles/global.css; a unit test keeps the two equal.
 */
export const STATUS_COLORS: Record<Status, { fg: string; bg: string }> = {
  active: { fg: '#0d5d26', bg: '#e3f5e8' },
  maintained: { fg: '#124e8c', bg: '#e4effb' },
  inactive: { fg: '#5b4a8a', bg: '#efeaf9' },
  deprecated: { fg: '#7a4300', bg: '#fff1dc' },
  archived: { fg: '#48505a', bg: '#eceff3' },
  defunct: { fg: '#9c1c1c', bg: '#fde7e7' },
};

/**
 * A symbol per status, so the pictures (map, timeline) never rely on colour
 * alone: fuller shapes for live tools, emptier and crossed ones for the rest.
 * They are plain text (no emoji presentation), so they print in black too.
 */
export const STATUS_SYMBOLS: Record<Status, string> = {
  active: '●',
  maintained: '◐',
  inactive: '○',
  deprecated: '▽',
  archived: '■',
  defunct: '✕',
};
