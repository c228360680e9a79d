/**
 * The layout of the generated data files (content/activity.json,
 * content/cncf.json): keys sorted at every level, absent fields left out,
 * two-space indent, one field per line, a final newline. A refresh then shows
 * in review as a short diff of the facts that changed.
 */

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) sorted[key] = sortKeys(field);
  }
  return sorted;
}

export function serializeSorted(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
