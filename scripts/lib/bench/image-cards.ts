/**
 * The social cards of the real catalog, read straight from content/ (the
 * benchmark runs outside Astro), made with the same functions the build uses.
 */
import { LIVE_STATUSES, type Status } from '../../../src/lib/status.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontMatter } from '../front-matter.ts';
import { categoryCard, homeCard, toolCard, type SocialCard } from '../../../src/lib/tool/social-card.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

function readEntries(dir: string): Entry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const split = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
      if (!split.ok) throw new Error(`${join(dir, name)}:${split.line}: ${split.message}; run npm run validate`);
      return { id: name.slice(0, -3), data: parse(split.yaml) as Record<string, unknown> };
    });
}

export function catalogCards(root: string): SocialCard[] {
  const tools = readEntries(join(root, 'content/tools'));
  const categories = readEntries(join(root, 'content/categories'));
  const names = new Map(tools.map((tool) => [tool.id, String(tool.data['name'])]));
  const titles = new Map(categories.map((category) => [category.id, String(category.data['title'])]));
  const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
  const live = (entries: Entry[]): number => entries.filter((tool) => LIVE_STATUSES.includes(tool.data['status'] as Status)).length;
  return [
    homeCard(tools.length, live(tools)),
    ...categories.map((category) => {
      const members = tools.filter((tool) => list(tool.data['categories']).includes(category.id));
      return categoryCard(
        { id: category.id, title: String(category.data['title']), summary: String(category.data['summary']) },
        members.length,
        live(members),
      );
    }),
    ...tools.map((tool) =>
      toolCard(
        {
          id: tool.id,
          name: String(tool.data['name']),
          summary: String(tool.data['summary']),
          status: tool.data['status'] as Status,
          statusSince: tool.data['statusSince'] === undefined ? undefined : String(tool.data['statusSince'] as string | number),
        },
        list(tool.data['categories']).flatMap((id) => titles.get(id) ?? []),
        list(tool.data['successors']).flatMap((id) => names.get(id) ?? []),
      ),
    ),
  ];
}
