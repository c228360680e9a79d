/** Reads content/cncf.json and writes it atomically, checked against its schema before it replaces the old file. */
import { firstIssue, readGeneratedJson, writeAtomically } from '../generated-json.ts';
import { serializeSorted } from '../../../src/lib/catalog/sorted-json.ts';
import { cncfFileSchema, type CncfFile } from '../../../src/schemas/cncf.ts';

export class CncfFileError extends Error {
  override name = 'CncfFileError';
}

/** The current records; an absent file is an empty one, an unreadable one is refused. */
export function readCncf(path: string): CncfFile {
  return readGeneratedJson(path, cncfFileSchema, 'CNCF', {}, (message) => new CncfFileError(message));
}

/**
 * Checks the records against the schema, then writes them atomically: readers see the old file or the
 * new one, never half of one, and never one the build would refuse.
 */
export function writeCncf(path: string, file: CncfFile): void {
  const result = cncfFileSchema.safeParse(file);
  if (!result.success)
    throw new CncfFileError(`refusing to write ${path}: a record does not match the CNCF schema (${firstIssue(result.error)})`);
  writeAtomically(path, serializeSorted(result.data));
}
