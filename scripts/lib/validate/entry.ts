/**
 * Checks one entry file on its own: encoding, front matter, YAML, schema and
 * body. Problems carry the line and column of the YAML node concerned.
 */
import { load as loadLikeTheBuild } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node, type Pair } from 'yaml';
import type { z } from 'astro/zod';
import { splitFrontMatter } from '../front-matter.ts';
import { KEBAB_CASE } from '../../../src/schemas/ids.ts';
import { PLACEHOLDER } from '../scaffold.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

/** Where a parsed entry's fields sit in its file. */
export interface EntryLocator {
  /** Line and column of a field's value (or of its key, with `key`), falling back to the front matter's end. */
  at(path: readonly PropertyKey[], key?: boolean): { line: number; column: number };
}

export interface ParsedEntry {
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  locate: EntryLocator['at'];
}

export interface EntryResult {
  problems: Problem[];
  /** Present when the YAML could be read, even if the schema found problems. */
  entry?: ParsedEntry;
  /** True when the schema accepted the front matter. */
  valid: boolean;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

export function idFromFile(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.mdx?$/, '');
}

/** Parses and checks one file's bytes against a schema. */
export function checkEntryFile(file: string, bytes: Uint8Array, schema: z.ZodType): EntryResult {
  const problems: Problem[] = [];
  const fileProblem = (message: string, hint?: string, line = 1): EntryResult => ({
    problems: [{ file, line, column: 1, field: 'file', message, ...(hint ? { hint } : {}) }],
    valid: false,
  });

  const id = idFromFile(file);
  if (!/\.md$/.test(file))
    problems.push({ file, line: 1, column: 1, field: 'file', message: 'entries must be Markdown files ending in .md' });
  else if (!KEBAB_CASE.test(id)) {
    const suggestion = id
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'file',
      message: `the file name "${id}" is not a kebab-case id`,
      hint: `rename it to \`${suggestion || 'tool-name'}.md\`: the file name is the id and the URL`,
    });
  }

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fileProblem('the file is not valid UTF-8 text', 'save it with UTF-8 encoding');
  }
  if (text.trim() === '')
    return fileProblem('the file is empty', 'see CONTRIBUTING.md for a template, or run `npm run new -- "Tool Name"`');

  const split = splitFrontMatter(text);
  if (!split.ok)
    return {
      problems: [...problems, { file, line: split.line, column: 1, field: 'front matter', message: split.message, hint: split.hint }],
      valid: false,
    };

  const lineCounter = new LineCounter();
  const doc = parseDocument(split.yaml, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const offsetLine = split.yamlStartLine - 1;
  const endOfFrontMatter = { line: split.bodyStartLine - 1, column: 1 };

  const position = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + offsetLine, column: col };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const start = error.linePos?.[0];
      const duplicate = error.code === 'DUPLICATE_KEY';
      problems.push({
        file,
        line: (start?.line ?? 1) + offsetLine,
        column: start?.col ?? 1,
        field: duplicate ? (keyAt(doc, error.pos[0]) ?? 'front matter') : 'front matter',
        message: duplicate ? 'this key appears twice' : `YAML syntax error: ${firstLine(error.message)}`,
        hint: duplicate ? 'keep one of the two lines' : 'check indentation, colons and quotes on this line',
      });
    }
    return { problems, valid: false };
  }

  // YAML tags make values the schema cannot describe (!!binary) or that the build's parser refuses (!foo).
  const tagged: Problem[] = [];
  visit(doc, {
    Node(_key, node) {
      if (!node.tag || !node.range) return;
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      tagged.push({
        file,
        ...position(node.range[0]),
        field: 'front matter',
        message: `YAML tags (\`${tag.slice(0, 40)}\`) are not allowed`,
        hint: 'write the plain value; put it in quotes if it starts with `!`',
      });
    },
  });
  if (tagged.length > 0) return { problems: [...problems, ...tagged], valid: false };

  // The build reads front matter with js-yaml (YAML 1.1 timestamps and all), so the schema checks what js-yaml makes of it:
  // an unquoted 2026-01-01 where text belongs is a date there, and is reported here, at its line.
  let data: unknown;
  try {
    data = loadLikeTheBuild(split.yaml);
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
    return {
      problems: [
        ...problems,
        {
          file,
          line: (mark?.line ?? 0) + split.yamlStartLine,
          column: (mark?.column ?? 0) + 1,
          field: 'front matter',
          message: `the site's YAML reader refuses this: ${firstLine(reason)}`,
          hint: 'check indentation, colons and quotes on this line',
        },
      ],
      valid: false,
    };
  }
  data = keepImpossibleDates(data, doc.toJS());
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    return {
      problems: [
        ...problems,
        {
          file,
          line: split.yamlStartLine,
          column: 1,
          field: 'front matter',
          message: 'the front matter must be a list of `field: value` lines',
        },
      ],
      valid: false,
    };
  }

  const locate: EntryLocator['at'] = (path, key = false) => {
    const node = key ? pairAt(doc, path)?.key : doc.getIn(path as unknown[], true);
    const range = (node as Node | undefined)?.range;
    return range ? position(range[0]) : endOfFrontMatter;
  };

  const record = data as Record<string, unknown>;
  const placeholders = findPlaceholders(record);
  for (const path of placeholders) {
    const { line, column } = locate(path);
    const field = String(path[0]);
    const description = (schema as { shape?: Record<string, z.ZodType> }).shape?.[field]?.description;
    problems.push({
      file,
      line,
      column,
      field: formatPath(path),
      message: `still holds the placeholder \`${PLACEHOLDER}\``,
      hint: description ? `replace it: ${description}` : 'replace it with the real value',
    });
  }
  const isPlaceholder = (path: readonly PropertyKey[]): boolean => placeholders.some((placeholder) => placeholder[0] === path[0]);
  const result = schema.safeParse(record);
  if (!result.success) {
    // One value can break several rules that read the same to a contributor (an URL's format and protocol).
    const seen = new Set<string>();
    for (const issue of result.error.issues) {
      if (isPlaceholder(issue.path)) continue;
      for (const problem of describeIssue(file, record, issue, locate, knownFields(schema))) {
        const key = `${problem.field}\u0000${problem.message}`;
        if (!seen.has(key)) problems.push(problem);
        seen.add(key);
      }
    }
  }
  return {
    problems,
    valid: result.success,
    entry: { file, id, data: record, body: split.body, bodyStartLine: split.bodyStartLine, locate },
  };
}

/**
 * js-yaml rolls an impossible date over (2026-02-30 becomes March 2), which
 * would hide a typo; where its Date disagrees with the text, the text is kept,
 * so the schema reports it.
 */
function keepImpossibleDates(built: unknown, text: unknown): unknown {
  if (built instanceof Date && typeof text === 'string') {
    const written = /^\d{4}-\d\d-\d\d/.exec(text)?.[0];
    return written && (Number.isNaN(built.valueOf()) || !built.toISOString().startsWith(written)) ? text : built;
  }
  if (Array.isArray(built) && Array.isArray(text)) return built.map((item, index) => keepImpossibleDates(item, text[index]));
  if (built && typeof built === 'object' && text && typeof text === 'object' && !(built instanceof Uint8Array)) {
    // fromEntries defines own properties, so a `__proto__` key stays a key.
    return Object.fromEntries(
      Object.entries(built).map(([key, value]) => [
        key,
        keepImpossibleDates(value, Object.hasOwn(text, key) ? (text as Record<string, unknown>)[key] : undefined),
      ]),
    );
  }
  return built;
}

/** Paths of values the scaffolder left for the contributor to fill in. */
function findPlaceholders(data: Record<string, unknown>): PropertyKey[][] {
  const isMarker = (value: unknown): boolean => typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER);
  return Object.entries(data).flatMap(([key, value]) => {
    if (isMarker(value)) return [[key]];
    if (Array.isArray(value))
      return value.flatMap((item, index) => {
        if (isMarker(item)) return [[key, index]];
        // A list of records (sources): each text field of each record.
        if (item && typeof item === 'object' && !Array.isArray(item))
          return Object.entries(item as Record<string, unknown>).flatMap(([field, text]) => (isMarker(text) ? [[key, index, field]] : []));
        return [];
      });
    return [];
  });
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function keyAt(doc: Document, offset: number): string | undefined {
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    const key = pair.key as Node | null;
    if (key?.range && key.range[0] <= offset && offset <= key.range[2] && isScalar(key)) return String(key.value);
  }
  return undefined;
}

function pairAt(doc: Document, path: readonly PropertyKey[]): Pair | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  if (!isMap(parent)) return undefined;
  const last = path[path.length - 1];
  return parent.items.find((pair) => isScalar(pair.key) && pair.key.value === last);
}

function valueAt(data: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

type Issue = z.core.$ZodIssue;

/** Turns one schema issue into problems at the right place, with a hint. */
/** The fields a schema knows, from the schema itself (an object schema's shape), so the "did you mean" list never drifts from it. */
export function knownFields(schema: z.ZodType): string[] {
  const shape = (schema as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function describeIssue(
  file: string,
  data: Record<string, unknown>,
  issue: Issue,
  locate: EntryLocator['at'],
  known: readonly string[],
): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const { line, column } = locate([...path, key], true);
      const guess = closest(key, known);
      return {
        file,
        line,
        column,
        field: formatPath([...path, key]),
        message: 'is not a known field',
        hint: guess ? `did you mean \`${guess}\`?` : 'remove it; CONTRIBUTING.md lists every field',
      };
    });
  }
  const field = formatPath(path);
  const value = valueAt(data, path);
  const { line, column } = locate(path);
  const problem = (message: string, hint?: string): Problem[] => [{ file, line, column, field, message, ...(hint ? { hint } : {}) }];

  if (issue.code === 'invalid_type' && value === undefined) return problem('is required', `add a line \`${field}: …\` to the front matter`);
  if (issue.code === 'invalid_type')
    return problem(`must be ${article(issue.expected)}, not ${describeValue(value)}`, typeHint(issue.expected));
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map(String);
    const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
    return problem(`${JSON.stringify(value)} is not allowed`, guess ? `did you mean \`${guess}\`?` : `use one of: ${allowed.join(', ')}`);
  }
  if (issue.code === 'invalid_format' && (issue.format === 'url' || field === 'website' || field === 'repository' || field === 'docs')) {
    const text = String(value);
    if (/^\s*(javascript|data|vbscript):/i.test(text))
      return problem('must not be a script or data URL', 'use the https:// address of the project');
    return problem(`${JSON.stringify(value)} is not an https URL`, 'write the full address, starting with https://');
  }
  if (issue.code === 'too_small' && typeof value === 'string')
    return problem(
      `is ${value.length} characters; ${issue.message}`,
      field === 'summary' ? 'say what the tool does in one full sentence' : undefined,
    );
  if (issue.code === 'too_big' && typeof value === 'string')
    return problem(
      `is ${value.length} characters; ${issue.message}`,
      field === 'summary' ? 'keep it to one sentence; details go in the body' : undefined,
    );
  if (issue.code === 'custom') {
    const match = /^(.*) \((.*)\)$/s.exec(issue.message);
    return match ? problem(match[1] ?? issue.message, match[2]) : problem(issue.message);
  }
  return problem(issue.message);
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'int' || type === 'number') return 'a number';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a mapping' : `the ${typeof value} ${JSON.stringify(value)}`;
}

function typeHint(expected: string): string | undefined {
  if (expected === 'array') return 'write a list in brackets, e.g. `[Go]`';
  if (expected === 'string') return 'put the value in quotes if YAML reads it as something else';
  return undefined;
}
