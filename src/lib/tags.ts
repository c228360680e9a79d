/** The tag vocabulary in content/tags.yml: tag id → one-line description. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { KEBAB_CASE } from '../schemas/ids.ts';

export interface Tag {
  id: string;
  description: string;
}

export const TAGS_FILE = 'content/tags.yml';

/** Parses the tag file; throws with the offending key when the file is malformed. */
export function parseTags(text: string): Tag[] {
  const data: unknown = parse(text);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${TAGS_FILE} must map each tag id to a one-line description`);
  }
  return Object.entries(data).map(([id, description]) => {
    if (!KEBAB_CASE.test(id)) throw new Error(`${TAGS_FILE}: tag "${id}" must be kebab-case`);
    if (typeof description !== 'string' || description.length < 10) {
      throw new Error(`${TAGS_FILE}: tag "${id}" needs a one-line description`);
    }
    return { id, description };
  });
}

/** Reads the tag file relative to the project root (the working directory of every script). */
export function readTags(root: URL | string = process.cwd() + '/'): Tag[] {
  return parseTags(readFileSync(new URL(TAGS_FILE, root instanceof URL ? root : `file://${root}`), 'utf8'));
}
