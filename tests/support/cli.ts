// Runs the project's command-line tools as a contributor does: as processes, on the pinned Node.
// Tests never import from scripts/; they read what the commands print.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `node scripts/<script> …args` in `cwd`, outside GitHub Actions unless `env` says otherwise. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): SpawnSyncReturns<string> {
  const { GITHUB_ACTIONS: _ignored, ...inherited } = process.env;
  return spawnSync(process.execPath, [fileURLToPath(new URL(`../../scripts/${script}`, import.meta.url)), ...args], {
    cwd: options.cwd ?? projectRoot,
    encoding: 'utf8',
    env: { ...inherited, ...options.env },
    ...(options.input === undefined ? {} : { input: options.input }),
  });
}

/** One line of the validator's report, `path:line:column  field  message (hint)`, taken apart. */
export interface PrintedProblem {
  file: string;
  line: number;
  column: number;
  field: string;
  /** The message and its hint, as printed. */
  text: string;
}

const PROBLEM_LINE = /^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+) {2}(?<field>\S+(?: \S+)?) {2}(?<text>.*)$/;

export function parseProblems(stdout: string): PrintedProblem[] {
  return stdout.split('\n').flatMap((line) => {
    const groups = PROBLEM_LINE.exec(line)?.groups;
    if (!groups) return [];
    return [
      {
        file: groups['file']!,
        line: Number(groups['line']),
        column: Number(groups['column']),
        field: groups['field']!,
        text: groups['text']!,
      },
    ];
  });
}
