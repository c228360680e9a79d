/** The entries as landscape matching sees them: names, aliases, addresses, cncfProject, and where each field sits. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { CatalogTool, UnknownProject } from '../../../src/lib/cncf/match.ts';
import { ACTIVITY_FILE } from '../../../src/schemas/activity.ts';
import { listContent, readContentFile, TOOLS_DIR } from '../content-files.ts';
import { readActivity } from '../refresh/activity-store.ts';
import { checkEntryFile } from '../validate/entry.ts';

export interface CatalogEntry extends CatalogTool {
  file: string;
  status?: string | undefined;
  locate: (field: string) => { line: number; column: number };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function readCatalog(root: string): CatalogEntry[] {
  const activityPath = join(root, ACTIVITY_FILE);
  const activity = existsSync(activityPath) ? readActivity(activityPath) : {};
  // The shared reader: links, FIFOs and unreadable files are skipped here and reported by `npm run validate`.
  return listContent(root, TOOLS_DIR).entries.flatMap((file): CatalogEntry[] => {
    const read = readContentFile(root, file);
    if (!read.ok) return [];
    // Any front matter the YAML parser can read will do; whether it is valid is the validator's question.
    const { entry } = checkEntryFile(file, read.bytes, z.any());
    if (!entry) return [];
    const data = entry.data;
    return [
      {
        id: entry.id,
        file,
        name: text(data['name']) ?? entry.id,
        aliases: texts(data['aliases']),
        repository: text(data['repository']),
        website: text(data['website']),
        hostRepository: activity[entry.id]?.repository,
        cncfProject: text(data['cncfProject']),
        status: text(data['status']),
        locate: (field) => entry.locate([field]),
      },
    ];
  });
}

/** `path:line:column  cncfProject  message (hint)` for each entry whose cncfProject names no landscape project. */
export function unknownProjectLines(unknown: readonly UnknownProject[], entries: readonly CatalogEntry[]): string[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return unknown.flatMap((problem) => {
    const entry = byId.get(problem.toolId);
    if (!entry) return [];
    const { line, column } = entry.locate('cncfProject');
    const hint = problem.suggestion ? `did you mean \`${problem.suggestion}\`?` : 'use the project name exactly as the landscape writes it';
    return [`${entry.file}:${line}:${column}  cncfProject  "${problem.name}" is not a project in the CNCF landscape (${hint})`];
  });
}
