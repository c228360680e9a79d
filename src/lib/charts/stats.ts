/**
 * The numbers behind /stats/: each chart's data, computed from the catalog,
 * and a one-sentence takeaway that states what the data shows. Pure, so the
 * figures are unit-tested against counts made another way.
 */
import { LIVE_STATUSES, STATUSES, STATUS_LABELS, type Status } from '../status.ts';
import { rollup, sort } from 'd3-array';
import { LICENSE_FAMILY_LABELS, licenseFamily, type LicenseFamily } from '../catalog/license.ts';

export interface StatsTool {
  id: string;
  name: string;
  status: Status;
  categories: readonly string[];
  license: string;
  language?: readonly string[] | undefined;
  firstRelease?: number | undefined;
  added: string;
}

/** One bar of a chart: a label and a value, optionally split into parts (a stacked bar). */
export interface Datum {
  key: string;
  label: string;
  value: number;
}

export interface StackedDatum {
  key: string;
  label: string;
  total: number;
  parts: Record<Status, number>;
}

const plural = (count: number, one: string, many: string = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** "A", "A and B", "A, B and C". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Tools by status in each category; a tool in two categories counts in both, as on the category pages. */
export function statusByCategory(tools: readonly StatsTool[], categories: ReadonlyArray<{ id: string; title: string }>): StackedDatum[] {
  return categories.map((category) => {
    const members = tools.filter((tool) => tool.categories.includes(category.id));
    const parts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
    for (const tool of members) parts[tool.status] += 1;
    return { key: category.id, label: category.title, total: members.length, parts };
  });
}

/** The longest label a chart row holds before it is cut with an ellipsis (the data table keeps it whole). */
const ROW_LABEL = 30;
const rowLabel = (text: string): string => (text.length <= ROW_LABEL ? text : `${text.slice(0, ROW_LABEL - 1).trimEnd()}…`);

/** Tools by status in each subcategory, category by category in their order; empty subcategories are left out. */
export function statusBySubcategory(
  tools: ReadonlyArray<StatsTool & { subcategory: string }>,
  categories: ReadonlyArray<{ id: string; subcategories: ReadonlyArray<{ id: string; title: string }> }>,
): StackedDatum[] {
  return categories
    .flatMap((category) => category.subcategories)
    .map((subcategory) => {
      const members = tools.filter((tool) => tool.subcategory === subcategory.id);
      const parts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
      for (const tool of members) parts[tool.status] += 1;
      return { key: subcategory.id, label: rowLabel(subcategory.title), total: members.length, parts };
    })
    .filter((datum) => datum.total > 0);
}

export function statusTakeaway(data: readonly StackedDatum[]): string {
  const withTools = data.filter((datum) => datum.total > 0);
  if (withTools.length === 0) return 'The catalog has no tools yet.';
  const gone = (datum: StackedDatum): number => datum.total - LIVE_STATUSES.reduce((sum, status) => sum + datum.parts[status], 0);
  const worst = sort(withTools, (a, b) => gone(b) / b.total - gone(a) / a.total || b.total - a.total)[0]!;
  if (gone(worst) === 0) return 'Every tool in every category is still active or maintained.';
  return `${worst.label} has the largest share of tools that are no longer active or maintained: ${gone(worst)} of ${worst.total} (${percent(gone(worst), worst.total)}%).`;
}

const FAMILY_ORDER: LicenseFamily[] = ['permissive', 'copyleft', 'source-available', 'proprietary', 'unknown'];

export function licenseFamilies(tools: readonly StatsTool[]): Datum[] {
  const counts = rollup(
    tools,
    (members) => members.length,
    (tool) => licenseFamily(tool.license),
  );
  return FAMILY_ORDER.map((family) => ({ key: family, label: LICENSE_FAMILY_LABELS[family], value: counts.get(family) ?? 0 })).filter(
    (datum) => datum.value > 0,
  );
}

/** Tools whose licence restricts use today; in this catalog every one of them was open source before. */
export function sourceAvailableTools<T extends StatsTool>(tools: readonly T[]): T[] {
  return tools.filter((tool) => licenseFamily(tool.license) === 'source-available');
}

export function licenseTakeaway(data: readonly Datum[], sourceAvailable: readonly StatsTool[]): string {
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  if (total === 0) return 'The catalog has no tools yet.';
  const top = sort(data, (a, b) => b.value - a.value)[0]!;
  const lead = `${percent(top.value, total)}% of the tools (${top.value} of ${total}) use a ${top.label.toLowerCase()} licence`;
  if (sourceAvailable.length === 0) return `${lead}; none is under a source-available licence.`;
  // The data says what a licence is now, not how it changed, so the sentence does not claim a move.
  const names = listWords(sourceAvailable.map((tool) => tool.name));
  return `${lead}; ${names} ${sourceAvailable.length === 1 ? 'is' : 'are'} source-available in whole or in part.`;
}

/** Tools by main language (the first one an entry lists); the long tail is folded into "Other". */
export function mainLanguages(tools: readonly StatsTool[], top = 8): Datum[] {
  const counts = rollup(
    tools,
    (members) => members.length,
    (tool) => tool.language?.[0] ?? '',
  );
  const named = sort(
    [...counts].filter(([language]) => language !== ''),
    ([aName, a], [bName, b]) => b - a || aName.localeCompare(bName),
  );
  const shown = named.slice(0, top).map(([language, value]) => ({ key: language, label: language, value }));
  const other = named.slice(top).reduce((sum, [, value]) => sum + value, 0);
  const unknown = counts.get('') ?? 0;
  return [
    ...shown,
    ...(other > 0 ? [{ key: 'other', label: 'Other', value: other }] : []),
    ...(unknown > 0 ? [{ key: 'unknown', label: 'Not recorded', value: unknown }] : []),
  ];
}

export function languageTakeaway(data: readonly Datum[]): string {
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  const named = data.filter((datum) => datum.key !== 'other' && datum.key !== 'unknown');
  if (total === 0 || named.length === 0) return 'No tool records its implementation language yet.';
  const [first, second] = named;
  const lead = `${first!.label} is the main language of ${percent(first!.value, total)}% of the tools (${first!.value} of ${total})`;
  return second ? `${lead}, ${first!.value > 2 * second.value ? 'far ' : ''}ahead of ${second.label} with ${second.value}.` : `${lead}.`;
}

/** First releases per year, every year from the first to the last with a release (empty years count 0). */
export function releasesPerYear(tools: readonly StatsTool[]): Datum[] {
  const years = tools.flatMap((tool) => (tool.firstRelease === undefined ? [] : [tool.firstRelease]));
  if (years.length === 0) return [];
  const counts = rollup(
    years,
    (members) => members.length,
    (year) => year,
  );
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, index) => {
    const year = first + index;
    return { key: String(year), label: String(year), value: counts.get(year) ?? 0 };
  });
}

export function releasesTakeaway(data: readonly Datum[], undated: number): string {
  const total = data.reduce((sum, datum) => sum + datum.value, 0);
  if (total === 0) return 'No entry records its first release year yet.';
  const peak = sort(data, (a, b) => b.value - a.value || Number(a.key) - Number(b.key))[0]!;
  const rest = undated > 0 ? ` (${plural(undated, 'entry', 'entries')} do not record a year yet)` : '';
  return `More tools in the catalog first shipped in ${peak.label} than in any other year: ${peak.value} of the ${total} with a known year${rest}.`;
}

export interface GrowthPoint {
  /** YYYY-MM-DD */
  date: string;
  /** Entries added on that day. */
  added: number;
  /** Entries in the catalog at the end of that day. */
  total: number;
}

/** The catalog's size after each day on which entries were added. */
export function catalogGrowth(tools: readonly StatsTool[]): GrowthPoint[] {
  const perDay = sort(
    rollup(
      tools,
      (members) => members.length,
      (tool) => tool.added,
    ),
    ([a], [b]) => a.localeCompare(b),
  );
  let total = 0;
  return perDay.map(([date, added]) => {
    total += added;
    return { date, added, total };
  });
}

export function growthTakeaway(points: readonly GrowthPoint[]): string {
  const last = points.at(-1);
  if (!last) return 'The catalog has no entries yet.';
  const first = points[0]!;
  if (points.length === 1) return `All ${last.total} entries were added on ${first.date}, the day the catalog began.`;
  const biggest = sort(points, (a, b) => b.added - a.added)[0]!;
  return `The catalog grew from ${plural(first.total, 'entry', 'entries')} on ${first.date} to ${last.total} on ${last.date}; the biggest day, ${biggest.date}, added ${biggest.added}.`;
}

/** Status words in a stable order, for legends and table columns. */
export const STATUS_COLUMNS = STATUSES.map((status) => ({ key: status, label: STATUS_LABELS[status] }));
