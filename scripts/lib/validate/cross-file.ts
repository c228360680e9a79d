/**
 * Checks that need every entry at once: references, uniqueness of names,
 * aliases and addresses, and symmetric alternatives.
 */
import type { Tag } from '../../../src/lib/tags.ts';
import { TAGS_FILE } from '../../../src/lib/tags.ts';
import type { ParsedEntry } from './entry.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

const asStrings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Normalises a name for collision checks: case, accents and spacing do not make names different. */
export function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function urlKey(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/(\.git)?\/*$/, '');
}

export function checkCatalog(entries: readonly ParsedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const ids = [...byId.keys()];
  const at = (entry: ParsedEntry, path: PropertyKey[], field: string, message: string, hint?: string): void => {
    const { line, column } = entry.locate(path);
    problems.push({ file: entry.file, line, column, field, message, ...(hint ? { hint } : {}) });
  };

  for (const entry of entries) {
    for (const field of ['successors', 'alternatives'] as const) {
      asStrings(entry.data[field]).forEach((target, index) => {
        if (target === entry.id) at(entry, [field, index], `${field}[${index}]`, 'points to the entry itself', 'remove it');
        else if (!byId.has(target)) {
          const guess = closest(target, ids);
          at(entry, [field, index], `${field}[${index}]`, `"${target}" is not a tool in the catalog`, guess ? `did you mean \`${guess}\`?` : 'use the id (file name) of an existing tool, or add that tool first');
        }
      });
    }
    asStrings(entry.data['alternatives']).forEach((target, index) => {
      const other = byId.get(target);
      if (other && target !== entry.id && !asStrings(other.data['alternatives']).includes(entry.id)) {
        at(entry, ['alternatives', index], `alternatives[${index}]`, `${target} does not list ${entry.id} as an alternative`, `add \`${entry.id}\` to the alternatives of ${other.file}`);
      }
    });
  }

  // Names and aliases share one namespace, so a search for any of them finds one tool.
  // Names are claimed before aliases: when an alias collides with a name, the alias is at fault.
  const claimed = new Map<string, { entry: ParsedEntry; kind: 'name' | 'alias' }>();
  const claim = (entry: ParsedEntry, text: string, path: PropertyKey[], kind: 'name' | 'alias'): void => {
    const key = nameKey(text);
    const owner = claimed.get(key);
    const field = kind === 'name' ? 'name' : `aliases[${String(path[1])}]`;
    if (!owner) claimed.set(key, { entry, kind });
    else if (owner.entry === entry) at(entry, path, field, `"${text}" repeats this tool's ${owner.kind}`, 'remove the repetition');
    else at(entry, path, field, `"${text}" is already the ${owner.kind} of ${owner.entry.id}`, `names and aliases must be unique; see ${owner.entry.file}`);
  };
  for (const entry of entries) {
    if (typeof entry.data['name'] === 'string') claim(entry, entry.data['name'], ['name'], 'name');
  }
  for (const entry of entries) {
    asStrings(entry.data['aliases']).forEach((alias, index) => claim(entry, alias, ['aliases', index], 'alias'));
  }

  for (const field of ['repository', 'website'] as const) {
    const seen = new Map<string, ParsedEntry>();
    for (const entry of entries) {
      const url = entry.data[field];
      if (typeof url !== 'string') continue;
      const owner = seen.get(urlKey(url));
      if (owner) at(entry, [field], field, `${url} is already the ${field} of ${owner.id}`, `each project has one entry; extend ${owner.file} instead`);
      else seen.set(urlKey(url), entry);
    }
  }
  return problems;
}

/** A tag page with a single tool helps nobody browse: every tag needs two tools. */
export function checkTagUse(tags: readonly Tag[], entries: readonly ParsedEntry[]): Problem[] {
  const uses = new Map<string, number>();
  for (const entry of entries) for (const tag of new Set(asStrings(entry.data['tags']))) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  return tags
    .filter((tag) => (uses.get(tag.id) ?? 0) < 2)
    .map((tag) => ({
      file: TAGS_FILE,
      line: tag.line,
      column: 1,
      field: tag.id,
      message: `is used by ${uses.get(tag.id) ?? 0} ${uses.get(tag.id) === 1 ? 'tool' : 'tools'}; a tag needs at least two`,
      hint: 'tag another tool with it, or remove the tag and use a broader one',
    }));
}
