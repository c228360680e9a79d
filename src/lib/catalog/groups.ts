/** Splits the "More" category into groups by purpose, using tags. */

/** The tags that name a group on the "More" page, in display order. */
export const MORE_GROUP_TAGS = [
  'runtime',
  'sandboxing',
  'build',
  'registry',
  'storage',
  'backup',
  'logging',
  'security',
  'gossip',
  'operating-system',
  'local-development',
] as const;

export interface ToolGroup<T> {
  /** The group's tag, or undefined for tools that carry none of the group tags. */
  tag: string | undefined;
  tools: T[];
}

/**
 * Each tool joins the group of the first group tag it carries (its own tag
 * order says which purpose matters most), so it is listed exactly once.
 */
export function groupByTag<T extends { tags: readonly string[] }>(tools: readonly T[], groupTags: readonly string[]): Array<ToolGroup<T>> {
  const groups = new Map<string | undefined, T[]>([...groupTags.map((tag) => [tag, []] as [string, T[]]), [undefined, []]]);
  for (const tool of tools) {
    const tag = tool.tags.find((candidate) => groupTags.includes(candidate));
    groups.get(tag)?.push(tool);
  }
  return [...groups].filter(([, members]) => members.length > 0).map(([tag, members]) => ({ tag, tools: members }));
}
