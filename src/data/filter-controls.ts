/**
 * The options of a list's filter (ToolFilter.astro) and how many tools each matches, worked out once
 * per list: every page of a paged list shows the same controls, and recomputing them on each page cost
 * about 4 s of a 10,000-tool build (docs/performance.md). Keyed by the list's array, which the routes
 * take from the memoised catalog index, so each list is computed once per build.
 */
import { STATUSES, STATUS_LABELS } from '../lib/status.ts';
import type { Tool } from './collections.ts';
import { licenseFamily, LICENSE_FAMILY_LABELS, type LicenseFamily } from '../lib/catalog/license.ts';
import { DEFAULT_STATE, facetCounts, type Facet, type FilterableTool } from '../lib/filter/filter.ts';
import { tagLabel } from '../lib/catalog/tag-label.ts';
import { CNCF_FACETS, CNCF_FACET_LABELS, cncfFacet } from '../lib/cncf/facts.ts';

export interface FilterOption {
  value: string;
  label: string;
}

export interface FilterControls {
  options: Record<Facet, FilterOption[]>;
  /** Per facet, the number of tools each option value (and "all") matches when nothing is chosen. */
  counts: Record<Facet, Map<string, number>>;
}

function computeControls(tools: readonly Tool[], subcategoryTitles: ReadonlyMap<string, string>): FilterControls {
  const filterable: FilterableTool[] = tools.map((tool) => ({
    id: tool.id,
    name: tool.name,
    status: tool.status,
    licenseFamily: licenseFamily(tool.license),
    subcategory: tool.subcategory,
    cncf: cncfFacet(tool.cncf),
    languages: tool.language ?? [],
    tags: tool.tags,
    added: tool.added,
    firstRelease: tool.firstRelease,
  }));
  const present = <T extends string>(values: T[]): T[] => [...new Set(values)];
  const byCount = (values: string[]): string[] => {
    const counts = new Map<string, number>();
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b));
  };
  const families = (Object.keys(LICENSE_FAMILY_LABELS) as LicenseFamily[]).filter((family) =>
    filterable.some((tool) => tool.licenseFamily === family),
  );
  const options: Record<Facet, FilterOption[]> = {
    // In the category's order (the titles map's order), only those the list holds.
    subcategory: [...subcategoryTitles]
      .filter(([id]) => filterable.some((tool) => tool.subcategory === id))
      .map(([id, title]) => ({ value: id, label: title })),
    cncf: CNCF_FACETS.filter((facet) => filterable.some((tool) => tool.cncf === facet)).map((facet) => ({
      value: facet,
      label: CNCF_FACET_LABELS[facet],
    })),
    status: [
      { value: 'live', label: 'Live (active or maintained)' },
      ...STATUSES.filter((status) => filterable.some((tool) => tool.status === status)).map((status) => ({
        value: status,
        label: STATUS_LABELS[status],
      })),
    ],
    license: families.map((family) => ({ value: family, label: LICENSE_FAMILY_LABELS[family] })),
    language: byCount(filterable.flatMap((tool) => [...tool.languages])).map((language) => ({ value: language, label: language })),
    tag: present(filterable.flatMap((tool) => [...tool.tags]))
      .sort((a, b) => tagLabel(a).localeCompare(tagLabel(b)))
      .map((tag) => ({ value: tag, label: tagLabel(tag) })),
  };
  const count = (facet: Facet) => facetCounts(filterable, DEFAULT_STATE, facet, ['all', ...options[facet].map((option) => option.value)]);
  return {
    options,
    counts: {
      subcategory: count('subcategory'),
      status: count('status'),
      cncf: count('cncf'),
      license: count('license'),
      language: count('language'),
      tag: count('tag'),
    },
  };
}

const computed = new WeakMap<readonly Tool[], FilterControls>();

/** `subcategoryTitles`: id → title of the subcategories the list may hold, in display order. */
export function filterControls(tools: readonly Tool[], subcategoryTitles: ReadonlyMap<string, string> = new Map()): FilterControls {
  let controls = computed.get(tools);
  if (!controls) {
    controls = computeControls(tools, subcategoryTitles);
    computed.set(tools, controls);
  }
  return controls;
}
