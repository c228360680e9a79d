/**
 * Checks the generated data files keyed by tool id, content/activity.json and
 * content/cncf.json: JSON syntax, the record schema, ids that name real
 * entries, and the canonical layout their command writes. Problems point at
 * the line and column of the JSON value concerned (JSON is YAML, so the YAML
 * parser gives positions).
 */
import type { z } from 'astro/zod';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { activitySchema, ACTIVITY_FILE } from '../../../src/schemas/activity.ts';
import { serializeSorted } from '../../../src/lib/catalog/sorted-json.ts';
import { cncfRecordSchema, CNCF_FILE } from '../../../src/schemas/cncf.ts';
import { KEBAB_CASE } from '../../../src/schemas/ids.ts';
import { formatPath } from './entry.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

/** What differs between the generated files: their record schema and the words of the hints. */
interface GeneratedFile {
  record: z.ZodType;
  /** What a record describes, for "must be a JSON object keyed by tool id". */
  syntaxHint: string;
  unknownIdWithGuess: (guess: string) => string;
  unknownId: string;
  fieldHint: string;
  layoutMessage: string;
  layoutHint: string;
}

const ACTIVITY: GeneratedFile = {
  record: activitySchema,
  syntaxHint: 'regenerate the file with `npm run refresh` rather than editing it by hand',
  unknownIdWithGuess: (guess) => `did you mean \`${guess}\`? Records follow the entries: run \`npm run refresh\``,
  unknownId: 'remove the record, or run `npm run refresh` after renaming an entry',
  fieldHint: 'the file is generated: fix the generator or run `npm run refresh`, never edit it by hand',
  layoutMessage: 'is not in the layout the refresh writes (ids and fields sorted, two-space indent, one field per line)',
  layoutHint: 'regenerate it with `npm run refresh` or `npm run activity:snapshot` instead of editing it',
};

const CNCF: GeneratedFile = {
  record: cncfRecordSchema,
  syntaxHint: 'regenerate the file with `npm run landscape` rather than editing it by hand',
  unknownIdWithGuess: (guess) => `did you mean \`${guess}\`? Records follow the entries: run \`npm run landscape\``,
  unknownId: 'run `npm run landscape` after renaming or removing an entry',
  fieldHint: 'the file is generated: fix the generator or run `npm run landscape`, never edit it by hand',
  layoutMessage: 'is not in the layout `npm run landscape` writes (ids and fields sorted, two-space indent, one field per line)',
  layoutHint: 'regenerate it with `npm run landscape` instead of editing it',
};

export function checkActivityFile(text: string, toolIds: ReadonlySet<string>, file = ACTIVITY_FILE): Problem[] {
  return checkGeneratedFile(text, toolIds, file, ACTIVITY);
}

export function checkCncfFile(text: string, toolIds: ReadonlySet<string>, file = CNCF_FILE): Problem[] {
  return checkGeneratedFile(text, toolIds, file, CNCF);
}

function checkGeneratedFile(text: string, toolIds: ReadonlySet<string>, file: string, kind: GeneratedFile): Problem[] {
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
      hint: kind.syntaxHint,
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
        hint: guess ? kind.unknownIdWithGuess(guess) : kind.unknownId,
      });
    }
    const value: unknown = (pair.value as Node | null)?.toJSON();
    const result = kind.record.safeParse(value);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const unknownKey = issue.code === 'unrecognized_keys';
      const where = locate([id, ...path], (pair.value as Node | null) ?? keyNode, unknownKey);
      // zod 4 leaves `input` out of its issues, so the value is looked up: a wrong type is not a missing field.
      let found: unknown = value;
      for (const part of issue.path)
        found =
          found !== null && typeof found === 'object' && Object.hasOwn(found, part)
            ? (found as Record<PropertyKey, unknown>)[part]
            : undefined;
      const missing = issue.code === 'invalid_type' && found === undefined;
      const message = unknownKey
        ? 'is not a known field'
        : missing
          ? 'is required'
          : issue.code === 'too_small'
            ? `must be at least ${String(issue.minimum)}`
            : issue.code === 'invalid_type'
              ? `must be a ${issue.expected}, not ${JSON.stringify(found)?.slice(0, 60) ?? typeof found}`
              : issue.code === 'invalid_value'
                ? `must be one of ${issue.values.map(String).join(', ')}`
                : issue.message;
      problems.push({
        file,
        ...where,
        field: formatPath([id, ...path]),
        message,
        hint: kind.fieldHint,
      });
    }
  }
  if (problems.length === 0) {
    const canonical = serializeSorted(JSON.parse(text));
    if (canonical !== text) {
      const lines = text.split('\n');
      const wanted = canonical.split('\n');
      const index = lines.findIndex((line, i) => line !== wanted[i]);
      problems.push({
        file,
        line: index + 1,
        column: 1,
        field: 'file',
        message: kind.layoutMessage,
        hint: kind.layoutHint,
      });
    }
  }
  return problems;
}
