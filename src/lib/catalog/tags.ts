/** The tag vocabulary in content/tags.yml: tag id → one-line description. */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { KEBAB_CASE } from '../../schemas/ids.ts';

export interface Tag {
  id: string;
  description: string;
  /** 1-based line of the tag in the file, for the validator's messages. */
  line: number;
}

export const TAGS_FILE = 'content/tags.yml';

/** Parses the tag file; throws with the offending key when the file is malformed. */
export function parseTags(text: string): Tag[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) throw new Error(`${TAGS_FILE}:${error.linePos?.[0].line ?? 1}: ${error.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new Error(`${TAGS_FILE} must map each tag id to a one-line description`);
  return doc.contents.items.map((pair) => {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = isScalar(pair.key) && pair.key.range ? lineCounter.linePos(pair.key.range[0]).line : 1;
    const description = isScalar(pair.value) ? pair.value.value : undefined;
    if (!KEBAB_CASE.test(id)) throw new Error(`${TAGS_FILE}:${line}: tag "${id}" must be kebab-case`);
    if (typeof description !== 'string' || description.length < 10) {
      throw new Error(`${TAGS_FILE}:${line}: tag "${id}" needs a one-line description`);
    }
    return { id, description, line };
  });
}

/** Reads the tag file relative to the project root (the working directory of every script). */
export function readTags(root: URL | string = process.cwd() + '/'): Tag[] {
  return parseTags(readFileSync(new URL(TAGS_FILE, root instanceof URL ? root : `file://${root}`), 'utf8'));
}
