/**
 * A symbol per status, so the pictures (map, timeline) never rely on colour
 * alone: fuller shapes for live tools, emptier and crossed ones for the rest.
 * They are plain text (no emoji presentation), so they print in black too.
 */
import type { Status } from '../schemas/ids.ts';

export const STATUS_SYMBOLS: Record<Status, string> = {
  active: '●',
  maintained: '◐',
  inactive: '○',
  deprecated: '▽',
  archived: '■',
  defunct: '✕',
};
