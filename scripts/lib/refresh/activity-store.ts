/** Reads content/activity.json and writes it back atomically. */
import { readGeneratedJson, writeAtomically } from '../generated-json.ts';
import { serializeActivity } from '../../../src/lib/tool/activity-facts.ts';
import { activityFileSchema, type ActivityFile } from '../../../src/schemas/activity.ts';

export class ActivityFileError extends Error {
  override name = 'ActivityFileError';
}

/** The current records; an absent file is an empty one, an invalid one is refused (a refresh never overwrites what it cannot read). */
export function readActivity(path: string): ActivityFile {
  return readGeneratedJson(path, activityFileSchema, 'activity', {}, (message) => new ActivityFileError(message));
}

/** Writes the file atomically, so a run that is interrupted, or a disk that fills, leaves the previous file whole. */
export function writeActivity(path: string, file: ActivityFile): void {
  writeAtomically(path, serializeActivity(file));
}
