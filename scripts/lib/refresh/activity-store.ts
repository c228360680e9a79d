/** Reads content/activity.json and writes it back atomically. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { serializeActivity } from '../../../src/lib/tool/activity-facts.ts';
import { activityFileSchema, type ActivityFile } from '../../../src/schemas/activity.ts';

export class ActivityFileError extends Error {
  override name = 'ActivityFileError';
}

/** The current records; an absent file is an empty one, an invalid one is refused (a refresh never overwrites what it cannot read). */
export function readActivity(path: string): ActivityFile {
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
    throw new ActivityFileError(
      `${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or remove it first`,
    );
  }
  const result = activityFileSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ActivityFileError(
      `${path} does not match the activity schema (${first?.path.join('.') ?? ''}: ${first?.message ?? ''}); run \`npm run validate\` to see where`,
    );
  }
  return result.data;
}

/**
 * Writes the file through a temporary file in the same folder and a rename,
 * so a run that is interrupted, or a disk that fills, leaves the previous
 * file whole: readers see the old file or the new one, never half of one.
 */
export function writeActivity(path: string, file: ActivityFile): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, serializeActivity(file));
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
