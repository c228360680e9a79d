/**
 * Checks that need every entry at once: references, uniqueness of names,
 * aliases and addresses, and symmetric alternatives.
 */
import unhomoglyph from 'unhomoglyph';
import { CATEGORIES_DIR, TOOLS_DIR } from '../content-files.ts';
import { foldCase } from '../../../src/lib/search/normalise.ts';
import { CATEGORY_IDS } from '../../../src/schemas/ids.ts';
import type { Tag } from '../../../src/lib/catalog/tags.ts';
import { TAGS_FILE } from '../../../src/lib/catalog/tags.ts';
import type { ParsedEntry } from './entry.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Invisible characters are reported on their own (rules.ts); here they must not make two names different. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Variation_Selector}\u115f\u1160\u3164\uffa0]/gu;

/** Case, accents, spacing and invisible characters do not make names different. */
export function plainNameKey(name: string): string {
  return foldCase(name.replace(INVISIBLE, '')).replace(/\s+/g, ' ').trim();
}

/**
 * The keys two names clash on: NFKC (full-width and ligature forms), case
 * folding and accents, and the Unicode confusable skeleton (UTS #39, from
 * Unicode's confusables.txt via unhomoglyph). confusables.txt is case-
 * sensitive (Cyrillic "К" is Latin "K", but "к" is the kra "ĸ"; "I" is "l"),
 * so there are two keys: folded before the skeleton, and after it. Names
 * clash when either key matches: a Cyrillic "Кubernetes" and "Kubernetes",
 * or "Istio" and "istio". The skeleton also equates "rn" with "m" and "0"
 * with "O", as a reader's eye does.
 */
export function nameKeys(name: string): [string, string] {
  const nfkc = name.normalize('NFKC');
  return [plainNameKey(unhomoglyph(plainNameKey(nfkc))), plainNameKey(unhomoglyph(nfkc))];
}

/** The first key, for callers that need one. */
export const nameKey = (name: string): string => nameKeys(name)[0];

function urlKey(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/(\.git)?\/*$/, '');
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
          at(
            entry,
            [field, index],
            `${field}[${index}]`,
            `"${target}" is not a tool in the catalog`,
            guess ? `did you mean \`${guess}\`?` : 'use the id (file name) of an existing tool, or add that tool first',
          );
        }
      });
    }
    asStrings(entry.data['alternatives']).forEach((target, index) => {
      const other = byId.get(target);
      if (other && target !== entry.id && !asStrings(other.data['alternatives']).includes(entry.id)) {
        at(
          entry,
          ['alternatives', index],
          `alternatives[${index}]`,
          `${target} does not list ${entry.id} as an alternative`,
          `add \`${entry.id}\` to the alternatives of ${other.file}`,
        );
      }
    });
  }

  // Names and aliases share one namespace, so a search for any of them finds one tool.
  // A clash is reported on every file involved, each naming the other's place, so that a
  // contributor running the validator on their new file alone sees it there.
  interface Claim {
    entry: ParsedEntry;
    path: PropertyKey[];
    field: string;
    what: string;
  }
  /** `lookalike` tells two names that clash only once their look-alike letters are mapped. */
  const report = (
    claims: Map<string, Claim[]>,
    text: (claim: Claim) => string,
    hint: (claim: Claim, other: Claim) => string,
    lookalike: (a: string, b: string) => boolean = () => false,
  ): void => {
    for (const group of claims.values()) {
      for (const claim of group) {
        for (const other of group) {
          if (other === claim) continue;
          const { line, column } = other.entry.locate(other.path);
          const place = `${other.entry.file}:${line}:${column}`;
          if (other.entry === claim.entry) {
            if (group.indexOf(other) < group.indexOf(claim))
              at(claim.entry, claim.path, claim.field, `"${text(claim)}" repeats this tool's ${other.what}`, 'remove the repetition');
          } else if (lookalike(text(claim), text(other))) {
            at(
              claim.entry,
              claim.path,
              claim.field,
              `"${text(claim)}" looks like the ${other.what} of ${other.entry.id}, "${text(other)}" (${place})`,
              "a name must not imitate another tool's: write it in plain letters, or choose a name of its own",
            );
          } else {
            at(
              claim.entry,
              claim.path,
              claim.field,
              `"${text(claim)}" is also the ${other.what} of ${other.entry.id} (${place})`,
              hint(claim, other),
            );
          }
        }
      }
    }
  };
  const claim = (claims: Map<string, Claim[]>, key: string, value: Claim): void => {
    const group = claims.get(key);
    if (group) group.push(value);
    else claims.set(key, [value]);
  };

  for (const which of [0, 1] as const) {
    const names = new Map<string, Claim[]>();
    for (const entry of entries) {
      if (typeof entry.data['name'] === 'string')
        claim(names, nameKeys(entry.data['name'])[which], { entry, path: ['name'], field: 'name', what: 'name' });
      asStrings(entry.data['aliases']).forEach((alias, index) =>
        claim(names, nameKeys(alias)[which], { entry, path: ['aliases', index], field: `aliases[${index}]`, what: 'alias' }),
      );
    }
    report(
      names,
      (item) => String(item.field === 'name' ? item.entry.data['name'] : asStrings(item.entry.data['aliases'])[Number(item.path[1])]),
      () =>
        'names and aliases must be unique across the catalog: if both files describe one project, merge them; otherwise drop or change one',
      (a, b) => plainNameKey(a) !== plainNameKey(b),
    );
  }

  for (const field of ['repository', 'website'] as const) {
    const urls = new Map<string, Claim[]>();
    for (const entry of entries) {
      const url = entry.data[field];
      if (typeof url === 'string') claim(urls, urlKey(url), { entry, path: [field], field, what: field });
    }
    report(
      urls,
      (item) => String(item.entry.data[field]),
      () => `each project has one entry: if both files describe it, merge them into one; otherwise give each its own ${field}`,
    );
  }
  // The two name keys find most clashes twice.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}\u0000${problem.line}\u0000${problem.column}\u0000${problem.field}\u0000${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Successors form chains that end: a tool replaced by one that it replaces
 * in turn sends readers in circles. Each link on a cycle is reported at its
 * place, with the whole loop spelt out.
 */
export function checkSuccessorCycles(entries: readonly ParsedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const next = (id: string): string[] => asStrings(byId.get(id)?.data['successors']).filter((target) => byId.has(target) && target !== id);
  /** The shortest chain from `from` to `to`, both included, or undefined. */
  const chain = (from: string, to: string): string[] | undefined => {
    const previous = new Map<string, string>([[from, from]]);
    const queue = [from];
    while (queue.length > 0) {
      const current = queue.shift()!;
      if (current === to) {
        const path = [to];
        while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
        return path;
      }
      for (const target of next(current)) {
        if (!previous.has(target)) {
          previous.set(target, current);
          queue.push(target);
        }
      }
    }
    return undefined;
  };
  for (const entry of entries) {
    asStrings(entry.data['successors']).forEach((target, index) => {
      if (target === entry.id || !byId.has(target)) return;
      const back = chain(target, entry.id);
      if (!back) return;
      const { line, column } = entry.locate(['successors', index]);
      problems.push({
        file: entry.file,
        line,
        column,
        field: `successors[${index}]`,
        message: `makes a successor cycle: ${[entry.id, ...back].join(' → ')}`,
        hint: 'a successor replaces a tool, so the chain must end: remove the link that points back',
      });
    });
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

/** The catalog never shrinks below these sizes by accident: an old tool is marked archived, not removed. */
export const CATALOG_MINIMUM = { tools: 300, perCategory: 35 } as const;

/**
 * Checks the category files against the six stable category ids, and the
 * catalog's size against CATALOG_MINIMUM. A project without category files
 * (a validator fixture) has no catalog to measure.
 */
export function checkCategoriesAndSize(entries: readonly ParsedEntry[], categoryFiles: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  if (categoryFiles.length === 0) return problems;
  const idOf = (file: string): string => file.replace(/^.*\//, '').replace(/\.md$/, '');
  const present = new Set(categoryFiles.map(idOf));
  for (const file of categoryFiles.filter((candidate) => !(CATEGORY_IDS as readonly string[]).includes(idOf(candidate)))) {
    problems.push({
      file,
      line: 1,
      column: 1,
      field: 'file',
      message: `"${idOf(file)}" is not one of the six categories`,
      hint: `the category ids are stable: ${CATEGORY_IDS.join(', ')}`,
    });
  }
  for (const id of CATEGORY_IDS.filter((candidate) => !present.has(candidate))) {
    problems.push({
      file: `${CATEGORIES_DIR}/${id}.md`,
      line: 1,
      column: 1,
      field: 'file',
      message: 'is missing: every one of the six categories has a file',
      hint: 'category ids and their pages are stable; restore the file',
    });
  }
  const hint = 'an entry stays when its project stops: set its status and successors instead of removing it';
  if (entries.length < CATALOG_MINIMUM.tools) {
    problems.push({
      file: TOOLS_DIR,
      line: 1,
      column: 1,
      field: 'catalog',
      message: `holds ${entries.length} tools; the catalog keeps at least ${CATALOG_MINIMUM.tools}`,
      hint,
    });
  }
  for (const file of categoryFiles.filter((candidate) => (CATEGORY_IDS as readonly string[]).includes(idOf(candidate)))) {
    const id = idOf(file);
    const count = entries.filter((entry) => asStrings(entry.data['categories']).includes(id)).length;
    if (count < CATALOG_MINIMUM.perCategory) {
      problems.push({
        file,
        line: 1,
        column: 1,
        field: 'category',
        message: `has ${count} tools; every category keeps at least ${CATALOG_MINIMUM.perCategory}`,
        hint,
      });
    }
  }
  return problems;
}
