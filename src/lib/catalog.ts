/** Pure helpers over catalog entries: ordering, grouping, counting and relations. */
import { LIVE_STATUSES, type Status } from '../schemas/ids.ts';

/** The fields these helpers need; pages pass whole entries. */
export interface ToolLike {
  id: string;
  name: string;
  status: Status;
  categories: readonly string[];
  successors: readonly string[];
  alternatives: readonly string[];
  tags: readonly string[];
}

/** The kebab-case id (and file name) for a tool name: "Docker Compose" → "docker-compose". */
export function toolIdFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z by name, ignoring case and accents; ids break ties so the order is stable. */
export function compareByName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

export function sortByName<T extends { name: string; id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareByName);
}

export function isLive(status: Status): boolean {
  return LIVE_STATUSES.includes(status);
}

export function toolsInCategory<T extends ToolLike>(tools: readonly T[], categoryId: string): T[] {
  return sortByName(tools.filter((tool) => tool.categories.includes(categoryId)));
}

export function countByCategory(tools: readonly ToolLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tool of tools) {
    for (const category of tool.categories) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** Tools that name `id` as their successor: the "Replaces" list of a tool page. */
export function replacedTools<T extends ToolLike>(tools: readonly T[], id: string): T[] {
  return sortByName(tools.filter((tool) => tool.successors.includes(id)));
}

/** Alternatives named on either side, so a one-sided pair still shows on both pages. */
export function alternativesOf<T extends ToolLike>(tools: readonly T[], tool: ToolLike): T[] {
  return sortByName(
    tools.filter((other) => other.id !== tool.id && (tool.alternatives.includes(other.id) || other.alternatives.includes(tool.id))),
  );
}

/** Pairs where a lists b as an alternative but b does not list a. */
export function oneSidedAlternatives(tools: readonly ToolLike[]): Array<[string, string]> {
  const byId = new Map(tools.map((tool) => [tool.id, tool]));
  const pairs: Array<[string, string]> = [];
  for (const tool of tools) {
    for (const other of tool.alternatives) {
      const target = byId.get(other);
      if (target && !target.alternatives.includes(tool.id)) pairs.push([tool.id, other]);
    }
  }
  return pairs;
}

/** References (successors, alternatives) that point at no entry, or at the entry itself. */
export function brokenReferences(tools: readonly ToolLike[]): Array<{ from: string; field: 'successors' | 'alternatives'; to: string }> {
  const ids = new Set(tools.map((tool) => tool.id));
  const broken: Array<{ from: string; field: 'successors' | 'alternatives'; to: string }> = [];
  for (const tool of tools) {
    for (const field of ['successors', 'alternatives'] as const) {
      for (const to of tool[field]) if (!ids.has(to) || to === tool.id) broken.push({ from: tool.id, field, to });
    }
  }
  return broken;
}
