// `npm run check:sources [-- --markdown]`: requests every source URL of the catalog once and lists those
// that no longer answer, with the entries that cite them. Needs the network, so it runs in the weekly
// workflow, not in `npm test`. Exit status 0 whatever it finds (the report is for the maintainer); 2 for
// a wrong argument.
import { parseArgs } from 'node:util';
import { checkSources, collectSources, sourcesReport } from './lib/sources/check-sources.ts';
import { safeLine } from './lib/safe-text.ts';

const USAGE = 'usage: npm run check:sources [-- --markdown] [--timeout SECONDS] [--concurrency N]';

try {
  const { values } = parseArgs({
    options: {
      markdown: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '20' },
      concurrency: { type: 'string', default: '8' },
    },
  });
  const timeout = Number(values.timeout);
  const concurrency = Number(values.concurrency);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new TypeError(`--timeout must be a number of seconds, not "${values.timeout}"`);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32)
    throw new TypeError(`--concurrency must be a whole number from 1 to 32, not "${values.concurrency}"`);
  const results = await checkSources(collectSources(process.cwd()), { timeoutMs: timeout * 1000, concurrency });
  if (values.markdown) process.stdout.write(sourcesReport(results));
  else {
    for (const result of results.filter((candidate) => candidate.outcome !== 'ok')) {
      console.log(safeLine(`${result.outcome}  ${result.url}  ${result.detail}  (${result.citedBy.map((cite) => cite.id).join(', ')})`));
    }
    const broken = results.filter((result) => result.outcome === 'broken').length;
    console.log(safeLine(`sources: ${results.length} URLs checked, ${broken} did not answer`));
  }
} catch (error) {
  console.error(`${safeLine(`check:sources: ${error instanceof Error ? error.message : String(error)}`)}\n${USAGE}`);
  process.exitCode = 2;
}
