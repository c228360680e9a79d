/**
 * Validates the content folder (or chosen files) with the schemas the build
 * uses, and returns every problem, sorted, without throwing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { categorySchema } from '../../../src/schemas/category.ts';
import { createPlainToolSchema } from '../../../src/schemas/tool.ts';
import { parseTags, TAGS_FILE, type Tag } from '../../../src/lib/tags.ts';
import { ACTIVITY_FILE } from '../../../src/schemas/activity.ts';
import { checkActivityFile } from './activity-file.ts';
import { checkBody } from './body.ts';
import { checkCatalog, checkTagUse } from './cross-file.ts';
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

function listMarkdown(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .map((name) => join(dir, name))
      .filter((path) => statSync(path).isFile())
      .sort();
  } catch {
    return [];
  }
}

const toPosix = (path: string): string => path.split(sep).join('/');

export function validateProject({ root, only }: ValidateOptions): ValidationReport {
  const problems: Problem[] = [];
  const rel = (path: string): string => toPosix(relative(root, path));
  const guarded = (file: string, run: () => void): void => {
    try {
      run();
    } catch (error) {
      problems.push({ file, line: 1, column: 1, field: 'file', message: `could not be checked: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  let tags: Tag[] = [];
  guarded(TAGS_FILE, () => {
    tags = parseTags(readFileSync(join(root, TAGS_FILE), 'utf8'));
  });

  const toolSchema = createPlainToolSchema(tags.map((tag) => tag.id));
  const toolFiles = listMarkdown(join(root, 'content/tools'));
  const categoryFiles = listMarkdown(join(root, 'content/categories'));
  const entries: ParsedEntry[] = [];

  for (const path of toolFiles) {
    guarded(rel(path), () => {
      const result = checkEntryFile(rel(path), readFileSync(path), toolSchema);
      problems.push(...result.problems);
      if (result.entry) {
        entries.push(result.entry);
        problems.push(...checkBody(result.entry.file, result.entry.body, result.entry.bodyStartLine));
      }
    });
  }
  guarded('content/tools', () => problems.push(...checkCatalog(entries), ...checkTagUse(tags, entries)));
  const activityPath = join(root, ACTIVITY_FILE);
  const hasActivity = existsSync(activityPath);
  if (hasActivity) {
    const toolIds = new Set(toolFiles.map((path) => (path.split(sep).pop() ?? '').replace(/\.md$/, '')));
    guarded(ACTIVITY_FILE, () => problems.push(...checkActivityFile(readFileSync(activityPath, 'utf8'), toolIds)));
  }

  for (const path of categoryFiles) {
    guarded(rel(path), () => {
      const result = checkEntryFile(rel(path), readFileSync(path), categorySchema);
      problems.push(...result.problems);
      if (result.entry) problems.push(...checkBody(result.entry.file, result.entry.body, result.entry.bodyStartLine));
    });
  }

  const wanted = only && only.length > 0 ? new Set(only.map((file) => rel(resolve(root, file)))) : undefined;
  const reported = wanted ? problems.filter((problem) => wanted.has(problem.file)) : problems;
  return {
    problems: reported.sort(compareProblems),
    checked: wanted ? wanted.size : toolFiles.length + categoryFiles.length + 1 + (hasActivity ? 1 : 0),
    tools: toolFiles.length,
    categories: categoryFiles.length,
  };
}
