// `npm run coverage [-- --markdown]`: every CNCF project in the landscape (LANDSCAPE_URL, or cncf/landscape's
// raw landscape.yml) as covered (with its entries), out of scope (content/out-of-scope.yml) or missing; the
// last line counts them. --markdown prints a section for the weekly pull request instead.
// Exit status: 0 listed (missing projects never fail it); 1 content/out-of-scope.yml is malformed, names a
// project the landscape does not know, or leaves out a covered one, or an entry's cncfProject names no
// landscape project; 2 the landscape could not be read or is malformed, or bad arguments.
import { readContentText } from './lib/content-files.ts';
import { parseArgs } from 'node:util';
import { coverageReport, coverageSummary, type CoverageReport } from '../src/lib/cncf/coverage-report.ts';
import { LandscapeError, parseLandscape } from '../src/lib/cncf/read-landscape.ts';
import { matchProjects } from '../src/lib/cncf/match.ts';
import { OUT_OF_SCOPE_FILE, parseOutOfScope } from '../src/lib/cncf/out-of-scope-list.ts';
import { ActivityFileError } from './lib/refresh/activity-store.ts';
import { readCatalog, unknownProjectLines } from './lib/landscape/catalog-entries.ts';
import { landscapeSource, LandscapeSourceError, readLandscapeText, sourceLabel } from './lib/landscape/source.ts';
import { closest } from './lib/validate/suggest.ts';

const USAGE = 'usage: [LANDSCAPE_URL=<https URL or file>] npm run coverage [-- --markdown]';
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function markdown(report: CoverageReport): string {
  const missing = report.rows.filter((row) => row.state === 'missing');
  const lines = ['## CNCF coverage', '', coverageSummary(report.counts), ''];
  if (missing.length === 0)
    return [...lines, 'Every CNCF project is covered by an entry or listed in `content/out-of-scope.yml`.', ''].join('\n');
  lines.push(
    `### Missing projects (${missing.length})`,
    '',
    'Add an entry, or list the project in `content/out-of-scope.yml` with a one-line reason.',
    '',
    '| project | maturity | landscape | repository |',
    '| --- | --- | --- | --- |',
  );
  for (const { project } of missing)
    lines.push(`| ${cell(project.name)} | ${project.maturity} | ${cell(project.paths[0] ?? '')} | ${project.repository ?? ''} |`);
  return [...lines, ''].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { markdown: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const root = process.cwd();
  const source = landscapeSource(process.env['LANDSCAPE_URL'], root);
  const projects = parseLandscape(await readLandscapeText(source), sourceLabel(source));
  const listed = readContentText(root, OUT_OF_SCOPE_FILE);
  if (!listed.ok) throw new LandscapeSourceError(`${listed.file} ${listed.message}`);
  const outOfScope = listed.text !== undefined ? parseOutOfScope(listed.text) : { entries: [], problems: [] };
  const entries = readCatalog(root);
  const { matches, unknown } = matchProjects(projects, entries, closest);
  const report = coverageReport(projects, matches, outOfScope.entries, closest);

  if (values.markdown) process.stdout.write(markdown(report));
  else {
    const width = Math.max(...report.rows.map((row) => row.project.name.length), 10);
    for (const row of report.rows) {
      const detail =
        row.state === 'covered'
          ? row.ids.join(', ')
          : row.state === 'out of scope'
            ? (row.reason ?? '')
            : (row.project.repository ?? 'no repository');
      console.log(`${row.state.padEnd(12)}  ${row.project.maturity.padEnd(10)}  ${row.project.name.padEnd(width)}  ${detail}`);
    }
  }
  const problems = [
    ...unknownProjectLines(unknown, entries),
    ...outOfScope.problems.map(
      (problem) =>
        `${OUT_OF_SCOPE_FILE}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}${problem.hint ? ` (${problem.hint})` : ''}`,
    ),
    ...report.conflicts.map(({ entry, message }) => `${OUT_OF_SCOPE_FILE}:${entry.line}:${entry.column}  name  ${message}`),
  ];
  if (problems.length > 0) console.error(problems.join('\n'));
  if (!values.markdown) console.log(coverageSummary(report.counts));
  return problems.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof LandscapeError || error instanceof LandscapeSourceError || error instanceof ActivityFileError) {
    console.error(`coverage: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`coverage: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`coverage: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 4;
  }
}
