/**
 * The second level of the catalog: a category's tools in sections, one per subcategory in the
 * category's order, then the tools whose primary category is another one ("also listed here").
 */

export interface SubcategoryLike {
  id: string;
  title: string;
  guide: string;
}

export interface SectionedTool {
  subcategory: string;
  categories: readonly string[];
}

export interface Section<T> {
  /** Undefined for the tools listed here whose primary category is another one. */
  subcategory: SubcategoryLike | undefined;
  tools: T[];
}

/** Sections in the category's order, each keeping the tools' given order; empty sections are left out. */
export function sectionsOf<T extends SectionedTool>(
  categoryId: string,
  subcategories: readonly SubcategoryLike[],
  tools: readonly T[],
): Array<Section<T>> {
  const sections = new Map<string | undefined, T[]>([...subcategories.map((sub) => [sub.id, []] as [string, T[]]), [undefined, []]]);
  for (const tool of tools) {
    const key = tool.categories[0] === categoryId ? tool.subcategory : undefined;
    (sections.get(key) ?? sections.get(undefined))!.push(tool);
  }
  const byId = new Map(subcategories.map((sub) => [sub.id, sub]));
  return [...sections]
    .filter(([, members]) => members.length > 0)
    .map(([id, members]) => ({ subcategory: id === undefined ? undefined : byId.get(id), tools: members }));
}

/** Every subcategory of every category, by id (ids are unique across categories). */
export function subcategoryIndex<C extends { id: string; subcategories: readonly SubcategoryLike[] }>(
  categories: readonly C[],
): Map<string, { category: C; subcategory: SubcategoryLike }> {
  return new Map(
    categories.flatMap((category) => category.subcategories.map((subcategory) => [subcategory.id, { category, subcategory }] as const)),
  );
}
