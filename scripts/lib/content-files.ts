/**
 * The one reader of content/ for every command (validate, health, refresh,
 * new, the benchmarks): where the catalog's files are, which of them the
 * build reads, and how to read one without following a symbolic link,
 * blocking on a FIFO or swallowing a huge file. Whatever content/ holds,
 * these functions answer with a file-level problem, never an exception.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { ACTIVITY_FILE } from '../../src/schemas/activity.ts';
import { TAGS_FILE } from '../../src/lib/catalog/tags.ts';
import { REDIRECTS_FILE } from '../../src/lib/catalog/redirects.ts';
import { CNCF_FILE } from '../../src/schemas/cncf.ts';
import { OUT_OF_SCOPE_FILE } from '../../src/lib/cncf/out-of-scope-list.ts';
import { splitFrontMatter } from './front-matter.ts';

export const CONTENT_DIR = 'content';
export const TOOLS_DIR = 'content/tools';
export const CATEGORIES_DIR = 'content/categories';
export { ACTIVITY_FILE, CNCF_FILE, OUT_OF_SCOPE_FILE, REDIRECTS_FILE, TAGS_FILE };

/** The content files that are not entries but that the validator checks. */
export const DATA_FILES: readonly string[] = [TAGS_FILE, REDIRECTS_FILE, ACTIVITY_FILE, CNCF_FILE, OUT_OF_SCOPE_FILE];

/** No entry or data file comes near this; a bigger one is a mistake (or an attack), not content. */
export const MAX_CONTENT_BYTES = 4 * 1024 * 1024;

/** A file the commands cannot use, said at the file. */
export interface FileIssue {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  message: string;
  hint?: string;
}

export interface ContentListing {
  /** Entries the build reads: regular `*.md` files directly in the folder (relative paths, sorted). */
  entries: string[];
  /** Regular files the build would silently skip: in subfolders or not `.md`. */
  stray: string[];
  /** Things that are no file at all: links, FIFOs, sockets, devices, folders that cannot be listed. */
  issues: FileIssue[];
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** Says what a non-regular directory entry is, for the one-line problem. */
export function describeKind(stats: Stats): string | undefined {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device file';
  return undefined;
}

const kindIssue = (file: string, kind: string): FileIssue => ({
  file,
  message: `is ${kind}, not a regular file; content/ holds only plain files`,
  hint: 'replace it with the file itself, or remove it',
});

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'ELOOP') return 'a symbolic link loop';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Lists a content folder the way the build's glob (`*.md`, no subfolders)
 * sees it, and everything it would miss. Links are never followed, so a loop
 * or a dangling link is just another entry to report.
 */
export function listContent(root: string, folder: string): ContentListing {
  const listing: ContentListing = { entries: [], stray: [], issues: [] };
  const walk = (relativeFolder: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(join(root, relativeFolder));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A missing folder is an empty one (a fixture project may have no categories).
      if (code === 'ENOENT' && depth === 0) return;
      listing.issues.push({ file: relativeFolder, message: `cannot be listed: ${errnoText(error)}`, hint: 'make it a readable folder' });
      return;
    }
    for (const name of names.filter((candidate) => !candidate.startsWith('.')).sort()) {
      const file = `${relativeFolder}/${name}`;
      let stats: Stats;
      try {
        stats = lstatSync(join(root, file));
      } catch (error) {
        listing.issues.push({ file, message: `cannot be read: ${errnoText(error)}` });
        continue;
      }
      const kind = describeKind(stats);
      if (kind) listing.issues.push(kindIssue(file, kind));
      else if (stats.isDirectory()) {
        if (name.endsWith('.md')) listing.issues.push({ file, message: 'is a folder, not a file', hint: 'an entry is a Markdown file' });
        // Deep nesting is no content layout; stop rather than walk an attacker's tree.
        if (depth < 4) walk(file, depth + 1);
        else listing.issues.push({ file, message: 'is nested too deep to be content', hint: 'remove the folder' });
      } else if (depth === 0 && name.endsWith('.md')) listing.entries.push(file);
      else listing.stray.push(file);
    }
  };
  walk(folder, 0);
  return listing;
}

export type ReadResult = { ok: true; bytes: Buffer } | ({ ok: false } & FileIssue);

/**
 * Reads one content file by its path relative to the root: a regular file
 * only (checked before and after opening, and opened non-blocking so a FIFO
 * swapped in between cannot hang the reader), at most MAX_CONTENT_BYTES.
 */
export function readContentFile(root: string, file: string): ReadResult {
  const path = join(root, file);
  const fail = (message: string, hint?: string): ReadResult => ({ ok: false, file, message, ...(hint ? { hint } : {}) });
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    return fail(`cannot be read: ${errnoText(error)}`);
  }
  const kind = describeKind(stats);
  if (kind) return { ok: false, ...kindIssue(file, kind) };
  if (stats.isDirectory()) return fail('is a folder, not a file');
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return fail(`cannot be read: ${errnoText(error)}`, 'make it readable (chmod a+r)');
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return fail('is not a regular file; content/ holds only plain files');
    if (opened.size > MAX_CONTENT_BYTES) return fail(`is ${opened.size} bytes; a content file is at most ${MAX_CONTENT_BYTES} bytes`);
    const bytes = Buffer.alloc(opened.size);
    let read = 0;
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (error) {
    return fail(`cannot be read: ${errnoText(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads a content file as text; a missing file is `undefined`, anything else unreadable an issue. */
export function readContentText(root: string, file: string): { ok: true; text: string | undefined } | ({ ok: false } & FileIssue) {
  try {
    lstatSync(join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, text: undefined };
  }
  const result = readContentFile(root, file);
  return result.ok ? { ok: true, text: result.bytes.toString('utf8') } : result;
}

/** The id of an entry file: its name without `.md`. */
export const idOf = (file: string): string => (file.split('/').pop() ?? file).replace(/\.md$/, '');

/** Tool entries with their front matter as plain data, for commands that only need a field or two. Unreadable ones have `data: {}`. */
export function readToolData(root: string): Array<{ id: string; file: string; data: Record<string, unknown> }> {
  return listContent(root, TOOLS_DIR).entries.map((file) => {
    let data: Record<string, unknown> = {};
    const read = readContentFile(root, file);
    if (read.ok) {
      try {
        const split = splitFrontMatter(read.bytes.toString('utf8'));
        const parsed: unknown = split.ok ? parse(split.yaml) : undefined;
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
      } catch {
        // A broken entry has no data as far as these commands care; `npm run validate` reports it.
      }
    }
    return { id: idOf(file), file, data };
  });
}

export type PathCheck = { ok: true; file: string } | { ok: false; file: string; message: string; hint?: string };

/**
 * Checks a path given on the command line: it must exist, lie inside
 * content/ (no `..`, no link out) and be something the validator checks.
 * The returned file is relative to the root, with forward slashes.
 */
export function checkPathArgument(root: string, argument: string): PathCheck {
  const absolute = resolve(root, argument);
  const file = toPosix(relative(root, absolute));
  const shown = isAbsolute(argument) || file.startsWith('..') ? argument : file;
  if (file.startsWith('..') || isAbsolute(file) || !(file === CONTENT_DIR || file.startsWith(`${CONTENT_DIR}/`))) {
    return {
      ok: false,
      file: shown,
      message: 'is outside content/: the validator checks only the catalog',
      hint: 'name a file under content/',
    };
  }
  let stats: Stats;
  try {
    stats = lstatSync(absolute);
  } catch (error) {
    return {
      ok: false,
      file,
      message: `cannot be checked: ${errnoText(error)}`,
      hint: 'check the path; entries are content/tools/<id>.md',
    };
  }
  const isEntry = (folder: string): boolean =>
    file.startsWith(`${folder}/`) && !file.slice(folder.length + 1).includes('/') && file.endsWith('.md');
  if (stats.isDirectory() || !(isEntry(TOOLS_DIR) || isEntry(CATEGORIES_DIR) || DATA_FILES.includes(file))) {
    // A link or a stray file is still reported in full by validating it; say so rather than "OK".
    if (!stats.isDirectory() && (file.startsWith(`${TOOLS_DIR}/`) || file.startsWith(`${CATEGORIES_DIR}/`))) return { ok: true, file };
    return {
      ok: false,
      file,
      message: 'is not an entry: name a content/tools/<id>.md or content/categories/<id>.md file, or a data file',
      hint: `the data files are ${DATA_FILES.join(', ')}`,
    };
  }
  return { ok: true, file };
}
