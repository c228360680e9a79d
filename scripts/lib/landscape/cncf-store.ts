/** Reads content/cncf.json and writes it atomically, checked against its schema before it replaces the old file. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { serializeSorted } from '../../../src/lib/catalog/sorted-json.ts';
import { cncfFileSchema, type CncfFile } from '../../../src/schemas/cncf.ts';

export class CncfFileError extends Error {
  override name = 'CncfFileError';
}

const firstIssue = (error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string => {
  const issue = error.issues[0];
  return `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''}`;
};

/** The current records; an absent file is an empty one, an unreadable one is refused. */
export function readCncf(path: string): CncfFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CncfFileError(
      `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or remove it first`,
    );
  }
  const result = cncfFileSchema.safeParse(data);
  if (!result.success) {
    throw new CncfFileError(`${path} does not match the CNCF schema (${firstIssue(result.error)}); run \`npm run validate\` to see where`);
  }
  return result.data;
}

/**
 * Checks the records against the schema, then writes them through a
 * temporary file in the same folder and a rename: readers see the old file
 * or the new one, never half of one, and never one the build would refuse.
 */
export function writeCncf(path: string, file: CncfFile): void {
  const result = cncfFileSchema.safeParse(file);
  if (!result.success)
    throw new CncfFileError(`refusing to write ${path}: a record does not match the CNCF schema (${firstIssue(result.error)})`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, serializeSorted(result.data));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
