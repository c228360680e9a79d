// `npm run new -- "Tool Name" [--category <id>] [--subcategory <id>]`: writes
// content/tools/<id>.md with every field, ready to be filled in, and says what
// to do next. In a terminal it asks for what the options leave out.
import { existsSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { CATEGORY_IDS } from '../src/schemas/ids.ts';
import { createPlainToolSchema } from '../src/schemas/tool.ts';
import { toolIdFromName } from '../src/lib/catalog/catalog.ts';
import { CATEGORIES_DIR, readContentText, TOOLS_DIR } from './lib/content-files.ts';
import { renderScaffold, subcategoriesIn, type SubcategoryChoice } from './lib/scaffold.ts';
import { closest } from './lib/validate/suggest.ts';

const usage = 'usage: npm run new -- "Tool Name" [--category <id>] [--subcategory <id>]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function askCategory(): Promise<string> {
  if (!process.stdin.isTTY) fail(`--category is required when not run in a terminal: one of ${CATEGORY_IDS.join(', ')}\n${usage}`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  CATEGORY_IDS.forEach((id, index) => console.log(`  ${index + 1}. ${id}`));
  const answer = (await prompt.question('Primary category (number or id): ')).trim();
  prompt.close();
  return CATEGORY_IDS[Number(answer) - 1] ?? answer;
}

async function askSubcategory(category: string, choices: readonly SubcategoryChoice[]): Promise<string> {
  const ids = choices.map((choice) => choice.id);
  if (!process.stdin.isTTY) fail(`--subcategory is required when not run in a terminal: one of ${ids.join(', ')}\n${usage}`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  choices.forEach((choice, index) => console.log(`  ${index + 1}. ${choice.id} (${choice.title})`));
  const answer = (await prompt.question(`Subcategory of ${category} (number or id): `)).trim();
  prompt.close();
  return ids[Number(answer) - 1] ?? answer;
}

const { values, positionals } = parseArgs({
  options: { category: { type: 'string', short: 'c' }, subcategory: { type: 'string', short: 's' } },
  allowPositionals: true,
});
const name = positionals.join(' ').trim();
if (!name) fail(usage);
const id = toolIdFromName(name);
if (!id) fail(`"${name}" has no letters or digits to make an id from`);

const category = values.category ?? (await askCategory());
if (!(CATEGORY_IDS as readonly string[]).includes(category)) {
  const guess = closest(category, CATEGORY_IDS);
  fail(`"${category}" is not a category${guess ? ` (did you mean \`${guess}\`?)` : ''}: one of ${CATEGORY_IDS.join(', ')}`);
}

const file = `${TOOLS_DIR}/${id}.md`;
if (existsSync(file)) fail(`${file} already exists: edit it instead of creating a new entry`);

const categoryFile = `${CATEGORIES_DIR}/${category}.md`;
const categoryText = readContentText(process.cwd(), categoryFile);
const choices = categoryText.ok && categoryText.text !== undefined ? subcategoriesIn(categoryText.text) : [];
if (choices.length === 0) fail(`${categoryFile} defines no subcategories: add them there first (id, title, guide)`);
const subcategoryIds = choices.map((choice) => choice.id);
const subcategory = values.subcategory ?? (await askSubcategory(category, choices));
if (!subcategoryIds.includes(subcategory)) {
  const guess = closest(subcategory, subcategoryIds);
  fail(
    `"${subcategory}" is not a subcategory of ${category}${guess ? ` (did you mean \`${guess}\`?)` : ''}: one of ${subcategoryIds.join(', ')}`,
  );
}

const date = new Date().toISOString().slice(0, 10);
writeFileSync(file, renderScaffold({ name, category, subcategory, date, shape: createPlainToolSchema([]).shape }), { flag: 'wx' });
console.log(`Created ${file}

Next steps:
  1. Replace every TODO in ${file}; the commented lines are optional fields (remove the # to use one).
  2. Check each fact against the project itself: its repository, licence file and site.
  3. Run \`npm run validate -- ${file}\` until it prints OK.
  4. Preview the page with \`npm run dev\` at /tools/${id}/, then open a pull request.`);
