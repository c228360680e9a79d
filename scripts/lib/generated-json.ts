/**
 * The generated JSON files of content/ (activity.json, cncf.json): read and refused the same way when
 * they do not parse or fit their schema, and written through a temporary file and a rename, so that an
 * interrupted run or a full disk leaves the previous file whole.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'astro/zod';

/** The first problem zod found, as "path: message". */
export function firstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  return `${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''}`;
}

/**
 * The file's records; an absent file is an empty one. A file that is not JSON or does not fit `schema`
 * is refused with `refuse(message)`, so a refresh never overwrites what it cannot read.
 */
export function readGeneratedJson<T>(path: string, schema: z.ZodType<T>, what: string, empty: T, refuse: (message: string) => Error): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw refuse(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); fix or remove it first`);
  }
  const result = schema.safeParse(data);
  if (!result.success)
    throw refuse(`${path} does not match the ${what} schema (${firstIssue(result.error)}); run \`npm run validate\` to see where`);
  return result.data;
}

/** Writes `text` to `path` through a temporary file in the same folder and a rename: readers see the old file or the new one. */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
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
