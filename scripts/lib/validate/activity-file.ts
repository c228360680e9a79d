/**
 * Checks content/activity.json: JSON syntax, the activity schema, ids that
 * name real entries, and the canonical layout the refresh writes. Problems
 * point at the line and column of the JSON value concerned (JSON is YAML, so
 * the YAML parser gives positions).
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { activitySchema, ACTIVITY_FILE } from '../../../src/schemas/activity.ts';
import { serializeActivity } from '../../../src/lib/activity.ts';
import { KEBAB_CASE } from '../../../src/schemas/ids.ts';
import { formatPath } from './entry.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

export function checkActivityFile(text: string, toolIds: ReadonlySet<string>, file = ACTIVITY_FILE): Problem[] {
  const problems: Problem[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      ...at(error.pos[0]),
      field: 'file',
      message:
        error.code === 'DUPLICATE_KEY'
          ? 'a tool id appears twice'
          : `JSON syntax error: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      hint: 'regenerate the file with `npm run refresh` rather than editing it by hand',
    }));
  }
  try {
    JSON.parse(text);
  } catch (error) {
    return [
      { file, line: 1, column: 1, field: 'file', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
    ];
  }
  if (!isMap(doc.contents)) return [{ file, line: 1, column: 1, field: 'file', message: 'must be a JSON object keyed by tool id' }];

  const locate = (path: readonly PropertyKey[], fallback: Node, key = false): { line: number; column: number } => {
    let node = doc.getIn(path as unknown[], true) as Node | undefined;
    if (key) {
      const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1)) : undefined;
      node = (pair?.key as Node | undefined) ?? node;
    }
    return at((node?.range ?? fallback.range ?? [0])[0]);
  };
  const known = [...toolIds];
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    const id = String(pair.key.value);
    const keyNode = pair.key as Node;
    const keyAt = at(keyNode.range?.[0] ?? 0);
    if (!KEBAB_CASE.test(id) || !toolIds.has(id)) {
      const guess = closest(id, known);
      problems.push({
        file,
        ...keyAt,
        field: id,
        message: 'is not the id of a tool in content/tools/',
        hint: guess
          ? `did you mean \`${guess}\`? Records follow the entries: run \`npm run refresh\``
          : 'remove the record, or run `npm run refresh` after renaming an entry',
      });
    }
    const value: unknown = (pair.value as Node | null)?.toJSON();
    const result = activitySchema.safeParse(value);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const unknownKey = issue.code === 'unrecognized_keys';
      const where = locate([id, ...path], (pair.value as Node | null) ?? keyNode, unknownKey);
      // zod 4 leaves `input` out of its issues, so the value is looked up: a wrong type is not a missing field.
      let found: unknown = value;
      for (const part of issue.path)
        found = found !== null && typeof found === 'object' ? (found as Record<PropertyKey, unknown>)[part] : undefined;
      const missing = issue.code === 'invalid_type' && found === undefined;
      const message = unknownKey
        ? 'is not a known field'
        : missing
          ? 'is required'
          : issue.code === 'too_small'
            ? `must be at least ${String(issue.minimum)}`
            : issue.code === 'invalid_type'
              ? `must be ${issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`}, not ${JSON.stringify(found)?.slice(0, 60) ?? typeof found}`
              : issue.message;
      problems.push({
        file,
        ...where,
        field: formatPath([id, ...path]),
        message,
        hint: 'the file is generated: fix the generator or run `npm run refresh`, never edit it by hand',
      });
    }
  }
  if (problems.length === 0) {
    const canonical = serializeActivity(JSON.parse(text) as Parameters<typeof serializeActivity>[0]);
    if (canonical !== text) {
      const lines = text.split('\n');
      const wanted = canonical.split('\n');
      const index = lines.findIndex((line, i) => line !== wanted[i]);
      problems.push({
        file,
        line: index + 1,
        column: 1,
        field: 'file',
        message: 'is not in the layout the refresh writes (ids and fields sorted, two-space indent, one field per line)',
        hint: 'regenerate it with `npm run refresh` or `npm run activity:snapshot` instead of editing it',
      });
    }
  }
  return problems;
}
