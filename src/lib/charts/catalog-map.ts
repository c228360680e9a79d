/**
 * The markup of /map/: the whole catalog as dense tiles, a section per
 * category and a box per subcategory, each tool once, under its primary category.
 *
 * Built as a string rather than with Astro components on purpose: the page
 * must stay under 3 elements and about 40 bytes gzip per tool at 10,000
 * tools, and a component would add a scoping attribute to every element.
 * Each tile is `<li><a class="s-archived" href>Name</a></li>`; its status
 * shows as a symbol with its own alternative text (CSS) and as a colour.
 */
import { STATUSES, type Status } from '../status.ts';
import { sortByName } from '../catalog/catalog.ts';
import { sectionsOf, type SubcategoryLike } from '../catalog/subcategory-sections.ts';

export interface MapTool {
  id: string;
  name: string;
  status: Status;
  categories: readonly string[];
  subcategory: string;
  tags: readonly string[];
}

export interface MapCategory {
  id: string;
  title: string;
  subcategories: readonly SubcategoryLike[];
}

export interface MapSection<T extends MapTool> {
  categoryId: string;
  title: string;
  /** A group per subcategory, in the category's order. */
  groups: Array<{ id: string; title: string; tools: T[] }>;
  count: number;
}

/** Sections in category order, groups by subcategory; every tool lands in exactly one, its primary category's. */
export function mapSections<T extends MapTool>(tools: readonly T[], categories: readonly MapCategory[]): Array<MapSection<T>> {
  return categories
    .map((category) => {
      const members = sortByName(tools.filter((tool) => tool.categories[0] === category.id));
      const groups = sectionsOf(category.id, category.subcategories, members).map((section) => ({
        id: section.subcategory?.id ?? `${category.id}-other`,
        title: section.subcategory?.title ?? 'Other',
        tools: section.tools,
      }));
      return { categoryId: category.id, title: category.title, groups, count: members.length };
    })
    .filter((section) => section.count > 0);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** HTML-escapes text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The tiles of one group: a list, each tool a link coloured and marked by its status. */
export function tilesHtml(tools: ReadonlyArray<Pick<MapTool, 'id' | 'name' | 'status'>>, toolUrl: (id: string) => string): string {
  let html = '<ul class="tiles">';
  for (const tool of tools) {
    if (!(STATUSES as readonly string[]).includes(tool.status)) throw new Error(`tool "${tool.id}" has an unknown status "${tool.status}"`);
    html += `<li><a class="s-${tool.status}" href="${escapeHtml(toolUrl(tool.id))}">${escapeHtml(tool.name)}</a></li>`;
  }
  return `${html}</ul>`;
}

/** Count per status, for the legend. */
export function statusCounts(tools: readonly MapTool[]): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const tool of tools) counts[tool.status] += 1;
  return counts;
}
