/** Reads the entries, content/activity.json and content/cncf.json and returns every finding, sorted. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ACTIVITY_FILE } from '../../../src/schemas/activity.ts';
import { CNCF_FILE } from '../../../src/schemas/cncf.ts';
import { readCncf } from '../landscape/cncf-store.ts';
import { readActivity } from '../refresh/activity-store.ts';
import { checkEntryFile } from '../validate/entry.ts';
import { checkCncf, checkEntry, compareFindings, type EntryFacts, type Finding } from './findings.ts';

export interface HealthResult {
  findings: Finding[];
  entries: number;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value instanceof Date ? value.toISOString().slice(0, 10) : undefined;

export function runHealth(root: string, today: string): HealthResult {
  const activity = readActivity(join(root, ACTIVITY_FILE));
  const cncfPath = join(root, CNCF_FILE);
  const cncf = existsSync(cncfPath) ? readCncf(cncfPath) : {};
  const dir = join(root, 'content/tools');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const findings: Finding[] = [];
  for (const name of files) {
    const file = `content/tools/${name}`;
    // Any front matter the YAML parser can read will do; whether it is valid is the validator's question.
    const { entry } = checkEntryFile(file, readFileSync(join(dir, name)), z.any());
    if (!entry) continue;
    const data = entry.data;
    const facts: EntryFacts = {
      id: entry.id,
      file,
      status: text(data['status']),
      license: text(data['license']),
      repository: text(data['repository']),
      website: text(data['website']),
      verified: text(data['verified']),
      locate: (field) => entry.locate([field]),
    };
    findings.push(...checkEntry(facts, activity[entry.id], today), ...checkCncf(facts, cncf[entry.id], activity[entry.id]));
  }
  return { findings: findings.sort(compareFindings), entries: files.length };
}
