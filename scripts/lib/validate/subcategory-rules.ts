/**
 * Subcategories across files: every tool names one subcategory of its primary
 * category, subcategory ids are unique across all categories (they are part
 * of URLs and anchors), and each subcategory holds enough tools to be worth a
 * section and a page of its own, whose guide names the tools that matter.
 */
import { mentionsName } from '../../../src/lib/catalog/name-mentions.ts';
import { idFromFile, type ParsedEntry } from './entry.ts';
import type { Problem } from './problems.ts';
import { closest } from './suggest.ts';

/** Fewer tools than this make a section that is not worth browsing: merge it into a neighbour. */
export const SUBCATEGORY_MINIMUM = 4;

/** A guide names at least this many of its subcategory's tools, so that a reader learns where to start. */
export const GUIDE_NAMED_MINIMUM = 3;

interface Subcategory {
  id: string;
  category: ParsedEntry;
  index: number;
}

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

function subcategoriesOf(category: ParsedEntry): Subcategory[] {
  const list = category.data['subcategories'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index): Subcategory[] => {
    const id = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)['id'] : undefined;
    return typeof id === 'string' && id !== '' ? [{ id, category, index }] : [];
  });
}

export function checkSubcategories(tools: readonly ParsedEntry[], categories: readonly ParsedEntry[]): Problem[] {
  const problems: Problem[] = [];
  const at = (entry: ParsedEntry, path: PropertyKey[], field: string, message: string, hint: string): void => {
    const { line, column } = entry.locate(path);
    problems.push({ file: entry.file, line, column, field, message, hint });
  };
  const byCategory = new Map(categories.map((category) => [idFromFile(category.file), subcategoriesOf(category)]));

  const owners = new Map<string, Subcategory[]>();
  for (const list of byCategory.values()) for (const sub of list) owners.set(sub.id, [...(owners.get(sub.id) ?? []), sub]);
  for (const group of owners.values()) {
    if (group.length < 2) continue;
    for (const sub of group) {
      const others = group
        .filter((other) => other !== sub)
        .map((other) => {
          const { line, column } = other.category.locate(['subcategories', other.index, 'id']);
          return `${other.category.file}:${line}:${column}`;
        });
      at(
        sub.category,
        ['subcategories', sub.index, 'id'],
        `subcategories[${sub.index}].id`,
        `"${sub.id}" is also the id of a subcategory at ${others.join(', ')}`,
        'subcategory ids are unique across all categories: they are part of URLs and anchors, so rename one of them',
      );
    }
  }

  const members = new Map<Subcategory, ParsedEntry[]>();
  for (const tool of tools) {
    const primary = asStrings(tool.data['categories'])[0];
    const value = tool.data['subcategory'];
    const known = primary === undefined ? undefined : byCategory.get(primary);
    // No category file for the primary category (or no valid one): the category problem is reported elsewhere.
    if (known === undefined || typeof value !== 'string') continue;
    const sub = known.find((candidate) => candidate.id === value);
    if (sub) {
      const list = members.get(sub);
      if (list) list.push(tool);
      else members.set(sub, [tool]);
      continue;
    }
    const ids = known.map((candidate) => candidate.id);
    const guess = closest(value, ids);
    const elsewhere = owners.get(value)?.[0];
    const hint = guess
      ? `did you mean \`${guess}\`?`
      : ids.length === 0
        ? `content/categories/${primary}.md defines no subcategories yet`
        : `use one of: ${ids.join(', ')}`;
    at(
      tool,
      ['subcategory'],
      'subcategory',
      `"${value}" is not a subcategory of ${primary}${elsewhere ? ` (it belongs to ${idFromFile(elsewhere.category.file)}, and the subcategory follows the first category)` : ''}`,
      hint,
    );
  }

  for (const list of byCategory.values()) {
    for (const sub of list) {
      const tools = members.get(sub) ?? [];
      const count = tools.length;
      if (count >= SUBCATEGORY_MINIMUM) {
        checkGuide(sub, tools);
        continue;
      }
      at(
        sub.category,
        ['subcategories', sub.index, 'id'],
        `subcategories[${sub.index}].id`,
        `"${sub.id}" has ${count} ${count === 1 ? 'tool' : 'tools'}; a subcategory needs at least ${SUBCATEGORY_MINIMUM}`,
        'merge it into a neighbouring subcategory, or move tools that belong there into it',
      );
    }
  }
  return problems;

  function checkGuide(sub: Subcategory, tools: readonly ParsedEntry[]): void {
    const item = (sub.category.data['subcategories'] as unknown[])[sub.index] as Record<string, unknown>;
    const guide = item['guide'];
    // A missing or malformed guide is the category schema's problem, reported with the category file.
    if (typeof guide !== 'string') return;
    const names = (tool: ParsedEntry): string[] =>
      [tool.data['name'], ...asStrings(tool.data['aliases'])].filter((name): name is string => typeof name === 'string');
    const label = (tool: ParsedEntry): string => names(tool)[0] ?? idFromFile(tool.file);
    const named = tools.filter((tool) => names(tool).some((name) => mentionsName(guide, name)));
    if (named.length >= GUIDE_NAMED_MINIMUM) return;
    const others = tools.filter((tool) => !named.includes(tool)).map(label);
    at(
      sub.category,
      ['subcategories', sub.index, 'guide'],
      `subcategories[${sub.index}].guide`,
      `names ${named.length} of the ${tools.length} tools in "${sub.id}"${named.length > 0 ? ` (${named.map(label).join(', ')})` : ''}; a guide names at least ${GUIDE_NAMED_MINIMUM}`,
      `say which of them matter most, by the names their entries use: ${others.slice(0, 5).join(', ')}${others.length > 5 ? ', …' : ''}`,
    );
  }
}
