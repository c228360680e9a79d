// `npm run landscape [-- --report FILE]`: reads CNCF's landscape.yml (from LANDSCAPE_URL when set, an https
// URL or a local file path; else cncf/landscape's raw file) and writes content/cncf.json: the maturity and
// dates of every catalog tool that is a CNCF project. Prints what changed since the last run, and with
// --report writes that as a Markdown section for the weekly pull request.
// Exit status: 0 written; 1 an entry's cncfProject names no landscape project (file untouched);
// 2 the landscape could not be read or is malformed, or bad arguments (file untouched).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { changesMarkdown, cncfChanges, formatChange } from '../src/lib/cncf/changes.ts';
import { LandscapeError, parseLandscape } from '../src/lib/cncf/read-landscape.ts';
import { cncfRecords, matchProjects } from '../src/lib/cncf/match.ts';
import { CNCF_FILE } from '../src/schemas/cncf.ts';
import { ActivityFileError } from './lib/refresh/activity-store.ts';
import { readCatalog, unknownProjectLines } from './lib/landscape/catalog-entries.ts';
import { CncfFileError, readCncf, writeCncf } from './lib/landscape/cncf-store.ts';
import { landscapeSource, LandscapeSourceError, readLandscapeText, sourceLabel } from './lib/landscape/source.ts';
import { closest } from './lib/validate/suggest.ts';

const USAGE = 'usage: [LANDSCAPE_URL=<https URL or file>] npm run landscape [-- --report FILE]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { report: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const source = landscapeSource(process.env['LANDSCAPE_URL'], root);
  const label = sourceLabel(source);
  const projects = parseLandscape(await readLandscapeText(source), label);
  console.log(`landscape: ${projects.length} CNCF projects in ${label}`);

  const entries = readCatalog(root);
  const { matches, unknown, nameOnly } = matchProjects(projects, entries, closest);
  if (unknown.length > 0) {
    for (const line of unknownProjectLines(unknown, entries)) console.log(line);
    console.log(`\nlandscape: ${CNCF_FILE} was left as it was`);
    return 1;
  }
  for (const match of matches.filter((candidate) => candidate.by === 'name').sort((a, b) => a.toolId.localeCompare(b.toolId)))
    console.log(
      `tied by name: ${match.toolId} → ${match.project.name} (website or repository owner agrees; set cncfProject to make it explicit)`,
    );
  for (const { toolId, project } of nameOnly)
    console.log(
      `not tied: ${toolId} shares its name with ${project.name} (${project.repository ?? project.homepage ?? 'no repository'}), but neither its website nor its repository owner agrees; set cncfProject if it is the same project`,
    );

  const path = join(root, CNCF_FILE);
  const before = readCncf(path);
  const after = cncfRecords(matches);
  const changes = cncfChanges(before, after);
  writeCncf(path, after);
  for (const change of changes) console.log(formatChange(change));
  if (values.report) writeFileSync(values.report, changesMarkdown(changes));
  const by = (kind: string): number => matches.filter((match) => match.by === kind).length;
  console.log(
    `\nlandscape: ${matches.length} tools are CNCF projects (${by('repository')} by repository, ${by('name')} by name, ${by('cncfProject')} by cncfProject); ${changes.length} ${changes.length === 1 ? 'change' : 'changes'}; ${CNCF_FILE} written`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (
    error instanceof LandscapeError ||
    error instanceof LandscapeSourceError ||
    error instanceof CncfFileError ||
    error instanceof ActivityFileError
  ) {
    console.error(`landscape: ${error.message}; ${CNCF_FILE} was left as it was`);
    process.exitCode = 2;
  } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`landscape: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`landscape: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 4;
  }
}
