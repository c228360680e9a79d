// `npm run validate [files…] [--debug]`: checks content/ with the build's schemas and
// prints every problem as `path:line:column  field  message (hint)`.
// Exit status: 0 valid; 1 problems found; 2 the validator itself failed.
import { validateProject } from './lib/validate/validate-project.ts';
import { formatProblem, githubAnnotation, summarize } from './lib/validate/problems.ts';
import { safeLine } from './lib/safe-text.ts';

const started = performance.now();
const args = process.argv.slice(2);
const debug = args.includes('--debug');
const print = (text: string): void => console.log(text.split('\n').map(safeLine).join('\n'));
try {
  const only = args.filter((arg) => arg !== '--debug');
  const today = process.env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
  const report = validateProject({ root: process.cwd(), only, today });
  for (const problem of report.problems) console.log(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    for (const problem of report.problems) console.log(githubAnnotation(problem));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (report.problems.length > 0) {
    print(`\n${summarize(report.problems, report.checked)}`);
    process.exitCode = 1;
  } else {
    if (only.length > 0) {
      const files = only.length === 1 ? only[0] : `${only.length} files`;
      print(`OK: ${files} valid, checked against the whole catalog of ${report.tools} tools in ${seconds} s`);
    } else {
      print(`OK: ${report.tools} tools and ${report.categories} categories valid (${report.checked} files checked in ${seconds} s)`);
    }
  }
} catch (error) {
  // The checks report their own failures as problems; reaching here means the validator itself broke.
  const text = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  console.error(debug ? `validate: internal error: ${text}` : safeLine(`validate: internal error: ${text} (run with --debug for details)`));
  process.exitCode = 2;
}
