/**
 * Reads CNCF's landscape.yml (cncf/landscape) into the CNCF projects it
 * lists: their maturity, dates, repository and where the landscape places
 * them. Only the fields the catalog uses are checked; every other field of
 * the file is ignored, so the landscape can grow without breaking us. A
 * malformed file is refused with one LandscapeError naming file:line:column.
 */
import { isNode, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { z } from 'astro/zod';
import { CNCF_MATURITIES, type CncfMaturity } from '../../schemas/cncf.ts';
import { foldCase } from '../search/normalise.ts';

/** Where `npm run landscape` and `npm run coverage` read the landscape when LANDSCAPE_URL is not set. */
export const DEFAULT_LANDSCAPE_URL = 'https://raw.githubusercontent.com/cncf/landscape/master/landscape.yml';

export interface LandscapeProject {
  /** The item's name, as the landscape writes it. */
  name: string;
  maturity: CncfMaturity;
  /** The item's repo_url, when it has one. */
  repository?: string;
  /** The item's additional_repos: other repositories of the same project. */
  otherRepositories: string[];
  homepage?: string;
  accepted?: string;
  incubating?: string;
  graduated?: string;
  archived?: string;
  /** "Category / Subcategory" places the landscape lists the project under, the first one first. */
  paths: string[];
  /** 1-based line of the project's (first) item in the file. */
  line: number;
}

export class LandscapeError extends Error {
  override name = 'LandscapeError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The message without its place. */
  readonly reason: string;
  constructor(file: string, line: number, column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** A CNCF project item: only the fields read here are checked, the rest pass through untouched. */
const projectItemSchema = z.looseObject({
  name: z.string().trim().min(1, 'must not be empty'),
  project: z.enum(CNCF_MATURITIES, { error: `must be one of ${CNCF_MATURITIES.join(', ')}` }),
  repo_url: z.string().trim().min(1).optional(),
  homepage_url: z.string().trim().min(1).optional(),
  second_path: z.array(z.string()).nullish(),
  additional_repos: z.array(z.looseObject({ repo_url: z.string().trim().min(1).optional() })).nullish(),
  extra: z
    .looseObject({
      accepted: day.optional(),
      incubating: day.optional(),
      graduated: day.optional(),
      archived: day.optional(),
    })
    .nullish(),
});

// Items that are not CNCF projects (companies, products, members) are skipped unread: nothing about them can break a refresh.
const anyItem = z.looseObject({ project: z.unknown().optional() });
// Names of categories and subcategories only label places; YAML may read a name such as 2048 as a number.
const label = z.union([z.string().trim().min(1, 'must not be empty'), z.number()]).transform(String);

const landscapeSchema = z.looseObject({
  landscape: z.array(
    z.looseObject({
      name: label,
      subcategories: z
        .array(
          z.looseObject({
            name: label,
            items: z.array(anyItem).nullish(),
          }),
        )
        .nullish(),
    }),
  ),
});

const KINDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
};

const describeIssue = (issue: z.core.$ZodIssue, value: unknown): string => {
  const field = issue.path.at(-1);
  const what = typeof field === 'string' ? `\`${field}\` ` : '';
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && value === undefined) return `${what}is required`;
  if (issue.code === 'invalid_union') return `${what}must be a text`;
  if (issue.code === 'invalid_type') return `${what}must be ${KINDS[issue.expected] ?? issue.expected}`;
  const shown = typeof value === 'string' || typeof value === 'number' ? `${JSON.stringify(value)} ` : '';
  return `${what}${shown}${issue.message}`;
};

/** The node at a path, or the nearest ancestor that exists (a missing field is reported where its parent is). */
function nodeAt(doc: Document, path: readonly PropertyKey[]): Node | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return node;
  }
  return undefined;
}

/** Parses landscape.yml's text; `file` names it in errors. */
export function parseLandscape(text: string, file: string): LandscapeProject[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: false });
  const where = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const [syntax] = doc.errors;
  if (syntax) {
    const { line, column } = where(syntax.pos[0]);
    const reason = (syntax.message.split('\n')[0] ?? syntax.message).replace(/ at line \d+, column \d+:?$/, '');
    throw new LandscapeError(file, line, column, `not valid YAML: ${reason}`);
  }
  const fail = (path: readonly PropertyKey[], issue: z.core.$ZodIssue, value: unknown): never => {
    const node = nodeAt(doc, path);
    const { line, column } = where(node?.range?.[0] ?? 0);
    throw new LandscapeError(file, line, column, `${describeIssue(issue, value)} (at ${formatPath(path) || 'the top level'})`);
  };
  const data: unknown = doc.toJS();
  const shape = landscapeSchema.safeParse(data);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    return fail(issue.path, issue, valueAt(data, issue.path));
  }

  const projects = new Map<string, LandscapeProject>();
  shape.data.landscape.forEach((category, c) => {
    (category.subcategories ?? []).forEach((subcategory, s) => {
      (subcategory.items ?? []).forEach((item, i) => {
        if (item.project === undefined || item.project === null) return;
        const base = ['landscape', c, 'subcategories', s, 'items', i];
        const parsed = projectItemSchema.safeParse(item);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          return fail([...base, ...issue.path], issue, valueAt(item, issue.path));
        }
        const project = parsed.data;
        const path = `${category.name.trim()} / ${subcategory.name.trim()}`;
        const key = foldCase(project.name.trim());
        const known = projects.get(key);
        // One project can sit in several subcategories; the first item gives its facts, the others add places.
        if (known) {
          if (!known.paths.includes(path)) known.paths.push(path);
          return;
        }
        const node = nodeAt(doc, base);
        const extra = project.extra ?? {};
        const record: LandscapeProject = {
          name: project.name.trim(),
          maturity: project.project,
          paths: [path, ...(project.second_path ?? []).map((text) => text.trim()).filter((text) => text !== path)],
          otherRepositories: (project.additional_repos ?? []).flatMap((repo) => (repo.repo_url ? [repo.repo_url] : [])),
          line: where(node?.range?.[0] ?? 0).line,
        };
        if (project.repo_url) record.repository = project.repo_url;
        if (project.homepage_url) record.homepage = project.homepage_url;
        for (const field of ['accepted', 'incubating', 'graduated', 'archived'] as const) {
          const value = extra[field];
          if (value) record[field] = value;
        }
        projects.set(key, record);
      });
    });
  });
  return [...projects.values()];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}
