// `npm run health [--markdown] [--level error|warning|notice]`: compares the
// entries with content/activity.json and reports at path:line:column.
// Exit status 1 when there are errors (warnings and notices never fail).
import { parseArgs } from 'node:util';
import { SEVERITIES, type Severity } from './lib/health/findings.ts';
import { formatFinding, githubAnnotation, markdownReport, summary } from './lib/health/report.ts';
import { runHealth } from './lib/health/run-health.ts';
import { safeLine } from './lib/safe-text.ts';

const USAGE = 'usage: npm run health [-- --markdown] [--level error|warning|notice] [--debug]';
const debug = process.argv.includes('--debug');

try {
  const { values } = parseArgs({
    options: {
      markdown: { type: 'boolean', default: false },
      level: { type: 'string', default: 'notice' },
      help: { type: 'boolean', short: 'h', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
  } else {
    if (!(SEVERITIES as readonly string[]).includes(values.level))
      throw new TypeError(`--level must be error, warning or notice, not "${values.level}"`);
    const level = SEVERITIES.indexOf(values.level as Severity);
    const today = process.env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
    const result = runHealth(process.cwd(), today);
    const shown = result.findings.filter((finding) => SEVERITIES.indexOf(finding.severity) <= level);
    if (values.markdown) {
      process.stdout.write(markdownReport(shown, result.entries, today, result.findings));
    } else {
      for (const finding of shown) console.log(formatFinding(finding));
      if (process.env['GITHUB_ACTIONS'] === 'true') for (const finding of shown) console.log(githubAnnotation(finding));
      console.log(`${shown.length > 0 ? '\n' : ''}${safeLine(summary(result.findings, result.entries))}`);
    }
    if (result.findings.some((finding) => finding.severity === 'error')) process.exitCode = 1;
  }
} catch (error) {
  const message = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
  console.error(debug ? `health: ${message}` : `${safeLine(`health: ${message}`)}\n${USAGE}`);
  process.exitCode = 2;
}
