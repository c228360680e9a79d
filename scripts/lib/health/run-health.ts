/**
 * Reads the entries, content/activity.json and content/cncf.json and returns
 * every finding, sorted. Nothing in content/ makes it throw: an unreadable entry or a
 * broken data file is itself an error finding at its file and line,
 * and the records that are valid are still used.
 */
import { z } from 'astro/zod';
import { activitySchema } from '../../../src/schemas/activity.ts';
import { CNCF_FILE, cncfRecordSchema } from '../../../src/schemas/cncf.ts';
import { ACTIVITY_FILE, idOf, listContent, readContentFile, readContentText, TOOLS_DIR, type FileIssue } from '../content-files.ts';
import type { Problem } from '../validate/problems.ts';
import { checkActivityFile, checkCncfFile } from '../validate/activity-file.ts';
import { checkEntryFile } from '../validate/entry.ts';
import { checkCncf, checkEntry, compareFindings, type EntryFacts, type Finding } from './findings.ts';

export interface HealthResult {
  findings: Finding[];
  entries: number;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : value instanceof Date && !Number.isNaN(value.valueOf())
      ? value.toISOString().slice(0, 10)
      : undefined;
/** A date health can compute with; anything else is the validator's to report. */
const day = (value: unknown): string | undefined => {
  const candidate = text(value);
  return candidate && ISO_DAY.test(candidate) && !Number.isNaN(Date.parse(`${candidate}T00:00:00Z`)) ? candidate : undefined;
};

const fileError = (issue: FileIssue): Finding => ({
  file: issue.file,
  line: 1,
  column: 1,
  severity: 'error',
  field: 'file',
  message: issue.message,
  ...(issue.hint ? { suggestion: issue.hint } : {}),
});

/**
 * The records of a generated data file that its schema accepts, by id (a Map: ids such as `constructor`
 * are no object keys). What is wrong with the file is reported as findings at its line and column.
 */
function readRecords<T>(
  root: string,
  file: string,
  check: (text: string) => Problem[],
  schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false } },
  toolIds: ReadonlySet<string>,
  findings: Finding[],
): Map<string, T> {
  const records = new Map<string, T>();
  const read = readContentText(root, file);
  if (!read.ok) {
    findings.push(fileError(read));
    return records;
  }
  if (read.text === undefined) return records;
  for (const problem of check(read.text)) {
    // The layout check is the validator's concern; health reports what makes records unusable.
    if (problem.message.startsWith('is not in the layout')) continue;
    findings.push({
      file: problem.file,
      line: problem.line,
      column: problem.column,
      severity: 'error',
      field: problem.field,
      message: problem.message,
      ...(problem.hint ? { suggestion: problem.hint } : {}),
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch {
    return records;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return records;
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const result = schema.safeParse(value);
    if (result.success && toolIds.has(id)) records.set(id, result.data);
  }
  return records;
}

export function runHealth(root: string, today: string): HealthResult {
  const findings: Finding[] = [];
  const listing = listContent(root, TOOLS_DIR);
  for (const issue of listing.issues) findings.push(fileError(issue));
  const toolIds = new Set(listing.entries.map(idOf));
  const activity = readRecords(root, ACTIVITY_FILE, (text) => checkActivityFile(text, toolIds), activitySchema, toolIds, findings);
  const cncf = readRecords(root, CNCF_FILE, (text) => checkCncfFile(text, toolIds), cncfRecordSchema, toolIds, findings);
  for (const file of listing.entries) {
    const read = readContentFile(root, file);
    if (!read.ok) {
      findings.push(fileError(read));
      continue;
    }
    // Any front matter the YAML parser can read will do; whether it is valid is the validator's question.
    const { entry } = checkEntryFile(file, read.bytes, z.any());
    if (!entry) continue;
    const data = entry.data;
    try {
      const facts: EntryFacts = {
        id: entry.id,
        file,
        status: text(data['status']),
        license: text(data['license']),
        repository: text(data['repository']),
        website: text(data['website']),
        verified: day(data['verified']),
        locate: (field) => entry.locate([field]),
      };
      findings.push(...checkEntry(facts, activity.get(entry.id), today), ...checkCncf(facts, cncf.get(entry.id), activity.get(entry.id)));
    } catch (error) {
      // Unreachable with schema-checked records; if it happens, the entry is named instead of the run crashing.
      findings.push({
        file,
        line: 1,
        column: 1,
        severity: 'error',
        field: 'file',
        message: `could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { findings: findings.sort(compareFindings), entries: listing.entries.length };
}
