/** Reader-facing words for statuses. */
import type { Status } from '../schemas/ids.ts';

export const STATUS_LABELS: Record<Status, string> = {
  active: 'Active',
  maintained: 'Maintained',
  inactive: 'Inactive',
  deprecated: 'Deprecated',
  archived: 'Archived',
  defunct: 'Defunct',
};
