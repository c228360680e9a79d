/**
 * Validates the content folder (or chosen files) with the schemas the build
 * uses, and returns every problem, sorted, without throwing.
 */
import { lstatSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { categorySchema } from '../../../src/schemas/category.ts';
import { createPlainToolSchema } from '../../../src/schemas/tool.ts';
import { parseTags, type Tag } from '../../../src/lib/catalog/tags.ts';
import { checkRedirects } from '../../../src/lib/catalog/redirects.ts';
import { CNCF_FILE } from '../../../src/schemas/cncf.ts';
import { OUT_OF_SCOPE_FILE } from '../../../src/lib/cncf/out-of-scope-list.ts';
import {
  ACTIVITY_FILE,
  CATEGORIES_DIR,
  REDIRECTS_FILE,
  TAGS_FILE,
  checkPathArgument,
  idOf,
  listContent,
  readContentFile,
  readContentText,
  TOOLS_DIR,
  type FileIssue,
} from '../content-files.ts';
import { checkActivityFile, checkCncfFile } from './activity-file.ts';
import { checkOutOfScopeFile } from './out-of-scope-file.ts';
import { checkSubcategories } from './subcategory-rules.ts';
import { checkCncfProjects } from './cncf-project.ts';
import { checkBody, checkBodyImages, checkBodyLength } from './body.ts';
import { checkEntryRules } from './rules.ts';
import { checkCatalog, checkCategoriesAndSize, checkSuccessorCycles, checkTagUse } from './cross-file.ts';
import { checkEntryFile, type ParsedEntry } from './entry.ts';
import { compareProblems, type Problem } from './problems.ts';

export interface ValidationReport {
  problems: Problem[];
  /** How many files were checked. */
  checked: number;
  tools: number;
  categories: number;
}

export interface ValidateOptions {
  /** The project root; content/ is below it. */
  root: string;
  /** Only report problems in these files (paths relative to the root or absolute); cross-file checks still see the whole catalog. */
  only?: readonly string[];
  /** YYYY-MM-DD: no date in an entry may be later. */
  today: string;
}

/** Whether a site path (`/images/a.png`) names a regular file in public/, without leaving it. */
function publicFileExists(root: string, path: string): boolean {
  const publicDir = resolve(root, 'public');
  const target = resolve(publicDir, `.${path}`);
  if (!target.startsWith(`${publicDir}${sep}`)) return false;
  try {
    return lstatSync(target).isFile();
  } catch {
    return false;
  }
}

function strayProblem(file: string, folder: string): Problem {
  const name = file.split('/').pop() ?? file;
  const isEntry = name.endsWith('.md');
  return {
    file,
    line: 1,
    column: 1,
    field: 'file',
    message: `is never published: the build reads only ${folder}/*.md, not subfolders or other file types`,
    hint: isEntry ? `move it to ${folder}/${name}` : `remove it, or turn it into an entry ${folder}/<id>.md`,
  };
}

export function validateProject({ root, only, today }: ValidateOptions): ValidationReport {
  const problems: Problem[] = [];
  const inPublic = (path: string): boolean => publicFileExists(root, path);
  const issueProblem = (issue: FileIssue): Problem => ({
    file: issue.file,
    line: 1,
    column: 1,
    field: 'file',
    message: issue.message,
    ...(issue.hint ? { hint: issue.hint } : {}),
  });
  const guarded = (file: string, run: () => void): void => {
    try {
      run();
    } catch (error) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'file',
        message: `could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };
  /** A data file's text, or undefined when it is absent or unreadable (then said as a problem). */
  const readData = (file: string): string | undefined => {
    const read = readContentText(root, file);
    if (read.ok) return read.text;
    problems.push(issueProblem(read));
    return undefined;
  };

  let tags: Tag[] = [];
  guarded(TAGS_FILE, () => {
    const text = readData(TAGS_FILE);
    if (text !== undefined) tags = parseTags(text);
  });

  const toolSchema = createPlainToolSchema(tags.map((tag) => tag.id));
  const tools = listContent(root, TOOLS_DIR);
  const categories = listContent(root, CATEGORIES_DIR);
  const toolFiles = tools.entries;
  const categoryFiles = categories.entries;
  for (const path of tools.stray) problems.push(strayProblem(path, TOOLS_DIR));
  for (const path of categories.stray) problems.push(strayProblem(path, CATEGORIES_DIR));
  for (const issue of [...tools.issues, ...categories.issues]) problems.push(issueProblem(issue));
  const entries: ParsedEntry[] = [];
  const toolIds = new Set(toolFiles.map(idOf));

  for (const file of toolFiles) {
    guarded(file, () => {
      const read = readContentFile(root, file);
      if (!read.ok) return void problems.push(issueProblem(read));
      const result = checkEntryFile(file, read.bytes, toolSchema);
      problems.push(...result.problems);
      if (result.entry) {
        entries.push(result.entry);
        problems.push(...checkBody(result.entry.file, result.entry.body, result.entry.bodyStartLine));
        problems.push(...checkBodyLength(result.entry.file, result.entry.body, result.entry.bodyStartLine));
        problems.push(...checkBodyImages(result.entry.file, result.entry.body, result.entry.bodyStartLine, inPublic));
        problems.push(...checkEntryRules(result.entry, today));
      }
    });
  }
  guarded(TOOLS_DIR, () => problems.push(...checkCatalog(entries), ...checkSuccessorCycles(entries), ...checkTagUse(tags, entries)));
  // The generated and listed data files beside the entries: each checked when present, read like any content file.
  const dataFiles: Array<{ file: string; check: (text: string) => Problem[] }> = [
    { file: ACTIVITY_FILE, check: (text) => checkActivityFile(text, toolIds) },
    { file: CNCF_FILE, check: (text) => [...checkCncfFile(text, toolIds), ...checkCncfProjects(entries, text)] },
    { file: OUT_OF_SCOPE_FILE, check: (text) => checkOutOfScopeFile(text) },
  ];
  let presentDataFiles = 0;
  for (const { file, check } of dataFiles) {
    guarded(file, () => {
      const text = readData(file);
      if (text === undefined) return;
      presentDataFiles += 1;
      problems.push(...check(text));
    });
  }

  const categoryEntries: ParsedEntry[] = [];
  for (const file of categoryFiles) {
    guarded(file, () => {
      const read = readContentFile(root, file);
      if (!read.ok) return void problems.push(issueProblem(read));
      const result = checkEntryFile(file, read.bytes, categorySchema);
      problems.push(...result.problems);
      if (result.entry) {
        categoryEntries.push(result.entry);
        problems.push(...checkBody(result.entry.file, result.entry.body, result.entry.bodyStartLine));
        problems.push(...checkBodyImages(result.entry.file, result.entry.body, result.entry.bodyStartLine, inPublic));
      }
    });
  }
  guarded(CATEGORIES_DIR, () => problems.push(...checkSubcategories(entries, categoryEntries)));
  guarded(REDIRECTS_FILE, () => {
    const text = readData(REDIRECTS_FILE);
    if (text === undefined) return;
    const lines = text.split(/\r?\n/);
    for (const problem of checkRedirects(text, toolIds).problems) {
      const index = problem.key === '' ? -1 : lines.findIndex((line) => line.replace(/^["']?/, '').startsWith(problem.key));
      problems.push({
        file: REDIRECTS_FILE,
        line: index + 1 || 1,
        column: 1,
        field: problem.key || 'file',
        message: problem.message,
        hint: 'never remove a line; point it at the tool that covers the old page now',
      });
    }
  });
  guarded(CATEGORIES_DIR, () => problems.push(...checkCategoriesAndSize(entries, categoryFiles)));

  // Paths on the command line must name something the validator checks; anything else is a problem, never "OK".
  const wanted = only && only.length > 0 ? new Set<string>() : undefined;
  const refused: Problem[] = [];
  for (const argument of only ?? []) {
    const check = checkPathArgument(root, argument);
    if (check.ok) wanted?.add(check.file);
    else refused.push(issueProblem(check));
  }
  const reported = wanted ? [...problems.filter((problem) => wanted.has(problem.file)), ...refused] : problems;
  return {
    problems: reported.sort(compareProblems),
    checked: wanted
      ? wanted.size + refused.length
      : toolFiles.length +
        categoryFiles.length +
        tools.stray.length +
        categories.stray.length +
        tools.issues.length +
        categories.issues.length +
        1 +
        presentDataFiles,
    tools: toolFiles.length,
    categories: categoryFiles.length,
  };
}
