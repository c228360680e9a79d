/**
 * Validates the content folder (or chosen files) with the schemas the build
 * uses, and returns every problem, sorted, without throwing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { categorySchema } from '../../../src/schemas/category.ts';
import { createPlainToolSchema } from '../../../src/schemas/tool.ts';
import { parseTags, TAGS_FILE, type Tag } from '../../../src/lib/catalog/tags.ts';
import { checkRedirects, REDIRECTS_FILE } from '../../../src/lib/catalog/redirects.ts';
import { ACTIVITY_FILE } from '../../../src/schemas/activity.ts';
import { CNCF_FILE } from '../../../src/schemas/cncf.ts';
import { OUT_OF_SCOPE_FILE } from '../../../src/lib/cncf/out-of-scope-list.ts';
import { checkActivityFile, checkCncfFile } from './activity-file.ts';
import { checkOutOfScopeFile } from './out-of-scope-file.ts';
import { checkSubcategories } from './subcategory-rules.ts';
import { checkCncfProjects } from './cncf-project.ts';
import { checkBody, checkBodyLength } from './body.ts';
import { checkCatalog, checkCategoriesAndSize, checkTagUse } from './cross-file.ts';
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
}

interface ContentFiles {
  /** The entries the build reads: `*.md` files directly in the folder. */
  entries: string[];
  /** Everything else below the folder, which the build silently ignores. */
  stray: string[];
}

/** Lists a content folder the way the build's glob (`*.md`, no subfolders) sees it, and what it would miss. */
function listContent(dir: string): ContentFiles {
  const found: ContentFiles = { entries: [], stray: [] };
  const walk = (folder: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names.filter((candidate) => !candidate.startsWith('.')).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path, depth + 1);
      else if (depth === 0 && name.endsWith('.md')) found.entries.push(path);
      else found.stray.push(path);
    }
  };
  walk(dir, 0);
  return found;
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

const toPosix = (path: string): string => path.split(sep).join('/');

export function validateProject({ root, only }: ValidateOptions): ValidationReport {
  const problems: Problem[] = [];
  const rel = (path: string): string => toPosix(relative(root, path));
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

  let tags: Tag[] = [];
  guarded(TAGS_FILE, () => {
    tags = parseTags(readFileSync(join(root, TAGS_FILE), 'utf8'));
  });

  const toolSchema = createPlainToolSchema(tags.map((tag) => tag.id));
  const tools = listContent(join(root, 'content/tools'));
  const categories = listContent(join(root, 'content/categories'));
  const toolFiles = tools.entries;
  const categoryFiles = categories.entries;
  for (const path of tools.stray) problems.push(strayProblem(rel(path), 'content/tools'));
  for (const path of categories.stray) problems.push(strayProblem(rel(path), 'content/categories'));
  const entries: ParsedEntry[] = [];

  for (const path of toolFiles) {
    guarded(rel(path), () => {
      const result = checkEntryFile(rel(path), readFileSync(path), toolSchema);
      problems.push(...result.problems);
      if (result.entry) {
        entries.push(result.entry);
        problems.push(...checkBody(result.entry.file, result.entry.body, result.entry.bodyStartLine));
        problems.push(...checkBodyLength(result.entry.file, result.entry.body, result.entry.bodyStartLine));
      }
    });
  }
  guarded('content/tools', () => problems.push(...checkCatalog(entries), ...checkTagUse(tags, entries)));
  const toolIds = new Set(toolFiles.map((path) => basename(path, '.md')));
  // The generated and listed data files beside the entries: each checked when present.
  const dataFiles = [
    { file: ACTIVITY_FILE, check: (text: string) => checkActivityFile(text, toolIds) },
    { file: CNCF_FILE, check: (text: string) => [...checkCncfFile(text, toolIds), ...checkCncfProjects(entries, text)] },
    { file: OUT_OF_SCOPE_FILE, check: (text: string) => checkOutOfScopeFile(text) },
  ].filter(({ file }) => existsSync(join(root, file)));
  for (const { file, check } of dataFiles) guarded(file, () => problems.push(...check(readFileSync(join(root, file), 'utf8'))));

  const categoryEntries: ParsedEntry[] = [];
  for (const path of categoryFiles) {
    guarded(rel(path), () => {
      const result = checkEntryFile(rel(path), readFileSync(path), categorySchema);
      problems.push(...result.problems);
      if (result.entry) {
        categoryEntries.push(result.entry);
        problems.push(...checkBody(result.entry.file, result.entry.body, result.entry.bodyStartLine));
      }
    });
  }
  guarded('content/categories', () => problems.push(...checkSubcategories(entries, categoryEntries)));
  const redirectsPath = join(root, REDIRECTS_FILE);
  if (existsSync(redirectsPath)) {
    guarded(REDIRECTS_FILE, () => {
      const text = readFileSync(redirectsPath, 'utf8');
      const lines = text.split(/\r?\n/);
      const toolIds = new Set(toolFiles.map((path) => basename(path, '.md')));
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
  }
  const categoryIds = categoryFiles.map((path) => rel(path));
  guarded('content/categories', () => problems.push(...checkCategoriesAndSize(entries, categoryIds)));

  const wanted = only && only.length > 0 ? new Set(only.map((file) => rel(resolve(root, file)))) : undefined;
  const reported = wanted ? problems.filter((problem) => wanted.has(problem.file)) : problems;
  return {
    problems: reported.sort(compareProblems),
    checked: wanted
      ? wanted.size
      : toolFiles.length + categoryFiles.length + tools.stray.length + categories.stray.length + 1 + dataFiles.length,
    tools: toolFiles.length,
    categories: categoryFiles.length,
  };
}
