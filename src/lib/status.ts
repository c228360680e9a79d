/** Reader-facing words and colours for statuses. */
import type { Status } from '../schemas/ids.ts';

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
 * global.css; a unit test keeps the two equal.
 */
export const STATUS_COLORS: Record<Status, { fg: string; bg: string }> = {
  active: { fg: '#0d5d26', bg: '#e3f5e8' },
  maintained: { fg: '#124e8c', bg: '#e4effb' },
  inactive: { fg: '#5b4a8a', bg: '#efeaf9' },
  deprecated: { fg: '#7a4300', bg: '#fff1dc' },
  archived: { fg: '#48505a', bg: '#eceff3' },
  defunct: { fg: '#9c1c1c', bg: '#fde7e7' },
};
