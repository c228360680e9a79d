// `npm run validate [files…]`: checks content/ with the build's schemas and
// prints every problem as `path:line:column  field  message (hint)`.
import { validateProject } from './lib/validate/validate-project.ts';
import { formatProblem, githubAnnotation, summarize } from './lib/validate/problems.ts';

const started = performance.now();
try {
  const only = process.argv.slice(2);
  const report = validateProject({ root: process.cwd(), only });
  for (const problem of report.problems) console.log(formatProblem(problem));
  if (process.env['GITHUB_ACTIONS'] === 'true') {
    for (const problem of report.problems) console.log(githubAnnotation(problem));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (report.problems.length > 0) {
    console.log(`\n${summarize(report.problems, report.checked)}`);
    process.exitCode = 1;
  } else {
    if (only.length > 0) {
      const files = only.length === 1 ? only[0] : `${only.length} files`;
      console.log(`OK: ${files} valid, checked against the whole catalog of ${report.tools} tools in ${seconds} s`);
    } else {
      console.log(`OK: ${report.tools} tools and ${report.categories} categories valid (${report.checked} files checked in ${seconds} s)`);
    }
  }
} catch (error) {
  // The checks report their own failures as problems; reaching here means the validator itself broke.
  console.error(`validate: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
