/**
 * content/out-of-scope.yml: the CNCF projects the catalog leaves out on
 * purpose, each with a one-line reason that follows the scope rule on
 * /about/. Read here with the line of every name, so that the validator and
 * `npm run coverage` can point at it.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { outOfScopeEntrySchema } from '../../schemas/out-of-scope.ts';
import { projectNameKey } from './match.ts';

export const OUT_OF_SCOPE_FILE = 'content/out-of-scope.yml';

export interface OutOfScopeEntry {
  name: string;
  reason: string;
  /** 1-based line and column of the name. */
  line: number;
  column: number;
}

export interface OutOfScopeProblem {
  line: number;
  column: number;
  field: string;
  message: string;
  hint?: string;
}

export interface OutOfScopeFile {
  entries: OutOfScopeEntry[];
  problems: OutOfScopeProblem[];
}

const HINT = 'each item is `- name: <CNCF project name>` with `reason: <one sentence>`';

export function parseOutOfScope(text: string): OutOfScopeFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const at = (node: Node | null | undefined): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      entries: [],
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        const duplicate = error.code === 'DUPLICATE_KEY';
        return {
          line,
          column: col,
          field: 'file',
          message: duplicate
            ? 'a field appears twice in one item'
            : `YAML syntax error: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
          hint: duplicate ? 'keep one of the two lines' : HINT,
        };
      }),
    };
  }
  if (doc.contents === null) return { entries: [], problems: [] };
  if (!isSeq(doc.contents))
    return { entries: [], problems: [{ line: 1, column: 1, field: 'file', message: 'must be a list of projects', hint: HINT }] };

  const entries: OutOfScopeEntry[] = [];
  const problems: OutOfScopeProblem[] = [];
  const seen = new Map<string, number>();
  doc.contents.items.forEach((item, index) => {
    const node = item as Node;
    const result = outOfScopeEntrySchema.safeParse(isMap(node) || isScalar(node) ? node.toJSON() : undefined);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
        const pair = isMap(node) ? node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === key) : undefined;
        const target =
          issue.code === 'unrecognized_keys' ? (pair?.key as Node | undefined) : ((pair?.value as Node | undefined) ?? undefined);
        const missing = issue.code === 'invalid_type' && pair === undefined && key !== undefined;
        problems.push({
          ...at(target ?? node),
          field: `[${index}]${key === undefined ? '' : `.${String(key)}`}`,
          message: issue.code === 'unrecognized_keys' ? 'is not a known field' : missing ? 'is required' : issue.message,
          hint: HINT,
        });
      }
      return;
    }
    const namePair = isMap(node) ? node.items.find((candidate) => isScalar(candidate.key) && candidate.key.value === 'name') : undefined;
    const where = at((namePair?.value as Node | undefined) ?? node);
    const key = projectNameKey(result.data.name);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        ...where,
        field: `[${index}].name`,
        message: `"${result.data.name}" is already listed at line ${first}`,
        hint: 'keep one of the two items',
      });
      return;
    }
    seen.set(key, where.line);
    entries.push({ name: result.data.name, reason: result.data.reason, ...where });
  });
  return { entries, problems };
}
