/**
 * An entry's `cncfProject` against content/cncf.json: the field only takes
 * effect once `npm run landscape` has run (which also checks the name against
 * CNCF's landscape), so a tie the file does not show yet is reported at the
 * field, and CI cannot pass with facts that do not match the entry.
 */
import { projectNameKey } from '../../../src/lib/cncf/match.ts';
import { CNCF_FILE, cncfFileSchema } from '../../../src/schemas/cncf.ts';
import type { ParsedEntry } from './entry.ts';
import type { Problem } from './problems.ts';

const HINT = "run `npm run landscape`: it checks the name against CNCF's landscape data and rewrites the file";

export function checkCncfProjects(entries: readonly ParsedEntry[], cncfText: string): Problem[] {
  let data: unknown;
  try {
    data = JSON.parse(cncfText);
  } catch {
    return [];
  }
  const parsed = cncfFileSchema.safeParse(data);
  // A malformed file is reported by its own check; comparing against it would only add noise.
  if (!parsed.success) return [];
  const records = parsed.data;
  return entries.flatMap((entry): Problem[] => {
    const name = entry.data['cncfProject'];
    if (typeof name !== 'string' || name.trim() === '') return [];
    const record = records[entry.id];
    if (record && projectNameKey(record.name) === projectNameKey(name)) return [];
    const { line, column } = entry.locate(['cncfProject']);
    const message = record
      ? `${CNCF_FILE} ties this tool to "${record.name}", not "${name}"`
      : `"${name}" has no record for this tool in ${CNCF_FILE} yet`;
    return [{ file: entry.file, line, column, field: 'cncfProject', message, hint: HINT }];
  });
}
