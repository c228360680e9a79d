/**
 * Old page paths that redirect to a tool after a rename or merge, read from
 * content/redirects.yml and turned into Astro `redirects` by astro.config.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { KEBAB_CASE } from '../../schemas/ids.ts';

export const REDIRECTS_FILE = 'content/redirects.yml';

export interface Redirect {
  /** The old path, relative to the site root, with a trailing slash: "tools/swarm/". */
  from: string;
  /** The id of the tool that now covers it. */
  to: string;
}

const OLD_TOOL_PATH = /^tools\/([^/]+)\/$/;

/**
 * Parses and checks the redirect list against the existing tool ids; throws
 * one message naming every bad line, since a broken redirect must stop the build.
 */
/** A problem with one line of the redirects file: the key it is about, and what is wrong. */
export interface RedirectProblem {
  key: string;
  message: string;
}

/** Reads content/redirects.yml against the tool ids, returning the redirects and every problem found. */
export function checkRedirects(text: string, toolIds: ReadonlySet<string>): { redirects: Redirect[]; problems: RedirectProblem[] } {
  const data: unknown = parse(text) ?? {};
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { redirects: [], problems: [{ key: '', message: 'must map old paths ("tools/old-id/") to tool ids' }] };
  }
  const problems: RedirectProblem[] = [];
  const redirects: Redirect[] = [];
  for (const [rawFrom, to] of Object.entries(data)) {
    const from = rawFrom.replace(/^\/+/, '');
    const oldId = OLD_TOOL_PATH.exec(from)?.[1];
    if (!oldId || !KEBAB_CASE.test(oldId)) {
      problems.push({ key: rawFrom, message: `"${rawFrom}" must be an old tool path like tools/old-id/` });
    } else if (toolIds.has(oldId)) {
      problems.push({ key: rawFrom, message: `"${rawFrom}" is the page of an existing tool; a redirect would hide it` });
    }
    if (typeof to !== 'string' || !toolIds.has(to)) {
      problems.push({ key: rawFrom, message: `"${rawFrom}" points to "${String(to)}", which is not a tool id in content/tools/` });
    }
    if (typeof to === 'string') redirects.push({ from, to });
  }
  return { redirects, problems };
}

export function parseRedirects(text: string, toolIds: ReadonlySet<string>): Redirect[] {
  const { redirects, problems } = checkRedirects(text, toolIds);
  if (problems.length > 0) throw new Error(`${REDIRECTS_FILE}: ${problems.map((problem) => problem.message).join('; ')}`);
  return redirects;
}

export function readRedirects(root: URL): Redirect[] {
  const file = new URL(REDIRECTS_FILE, root);
  if (!existsSync(file)) return [];
  const toolIds = new Set(
    readdirSync(new URL('content/tools/', root)).flatMap((name) => (name.endsWith('.md') ? [name.slice(0, -3)] : [])),
  );
  return parseRedirects(readFileSync(file, 'utf8'), toolIds);
}

/**
 * The `redirects` option of the Astro config. Keys are routes (Astro adds no
 * base to them); destinations carry the base path, since the generated
 * meta-refresh page uses them as written.
 */
export function toAstroRedirects(redirects: readonly Redirect[], basePath: string): Record<string, string> {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return Object.fromEntries(redirects.map(({ from, to }) => [`/${from}`, `${base}tools/${to}/`]));
}
