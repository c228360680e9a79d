// `npm run docs:fields` rewrites the generated field reference in CONTRIBUTING.md
// from the schema; `--check` only reports whether it is stale (exit 1).
import { readFileSync, writeFileSync } from 'node:fs';
import { contributingReference } from './lib/contributing.ts';
import { replaceReference } from './lib/field-reference.ts';

const file = 'CONTRIBUTING.md';
const current = readFileSync(file, 'utf8');
let updated: string;
try {
  updated = replaceReference(current, contributingReference());
} catch (error) {
  console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
if (process.argv.includes('--check')) {
  if (updated !== current) {
    console.error(`${file} is stale: run \`npm run docs:fields\``);
    process.exitCode = 1;
  } else console.log(`${file} field reference is up to date`);
} else if (updated !== current) {
  writeFileSync(file, updated);
  console.log(`Updated the field reference in ${file}`);
} else console.log(`${file} field reference is already up to date`);
