/**
 * The social cards of the real catalog, read straight from content/ (the
 * benchmark runs outside Astro), made with the same functions the build uses.
 */
import { LIVE_STATUSES, type Status } from '../../../src/lib/status.ts';
import { parse } from 'yaml';
import { CATEGORIES_DIR, listContent, readContentFile, TOOLS_DIR } from '../content-files.ts';
import { splitFrontMatter } from '../front-matter.ts';
import { categoryCard, homeCard, toolCard, type SocialCard } from '../../../src/lib/tool/social-card.ts';

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

function readEntries(root: string, folder: string): Entry[] {
  return listContent(root, folder).entries.map((file) => {
    const read = readContentFile(root, file);
    if (!read.ok) throw new Error(`${file}: ${read.message}; run npm run validate`);
    const split = splitFrontMatter(read.bytes.toString('utf8'));
    if (!split.ok) throw new Error(`${file}:${split.line}: ${split.message}; run npm run validate`);
    return { id: file.slice(folder.length + 1, -3), data: parse(split.yaml) as Record<string, unknown> };
  });
}

export function catalogCards(root: string): SocialCard[] {
  const tools = readEntries(root, TOOLS_DIR);
  const categories = readEntries(root, CATEGORIES_DIR);
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
