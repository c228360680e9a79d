/** A problem found in a content file, and the ways the validator prints it. */
import { escapeControl, safeLine } from '../safe-text.ts';

export interface Problem {
  /** Path of the file, relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** The front-matter field concerned (`summary`, `tags[1]`), or a pseudo-field such as `file` or `body`. */
  field: string;
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.field.localeCompare(b.field);
}

/** `path:line:column  field  message (hint)` */
export function formatProblem(problem: Problem): string {
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return safeLine(`${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}${hint}`);
}

/** A GitHub Actions workflow command that annotates the line in a pull request; the only `::` line, built here around escaped text. */
export function githubAnnotation(problem: Problem): string {
  const escapeData = (value: string): string => escapeControl(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string): string => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const hint = problem.hint ? ` (${problem.hint})` : '';
  return `::error file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.column},title=${escapeProperty(problem.field)}::${escapeData(`${problem.field}: ${problem.message}${hint}`)}`;
}

export function summarize(problems: readonly Problem[], checkedFiles: number): string {
  if (problems.length === 0) return `OK: ${checkedFiles} ${checkedFiles === 1 ? 'file' : 'files'} checked, no problems`;
  const files = new Set(problems.map((problem) => problem.file)).size;
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}`;
}
