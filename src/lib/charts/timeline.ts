/**
 * The timeline's geometry: one bar per tool from its first release to today,
 * or to when its current status began. Pure, so the spans are unit-tested;
 * src/components/charts/TimelineChart.astro draws them.
 */
import type { Status } from '../status.ts';
import { scaleLinear } from 'd3-scale';

export interface TimelineTool {
  id: string;
  name: string;
  status: Status;
  categories: readonly string[];
  successors: readonly string[];
  firstRelease?: number | undefined;
  statusSince?: string | undefined;
}

export interface TimelineBar {
  id: string;
  /** Fractional year where the bar starts: 1 January of the first release year. */
  start: number;
  /** Fractional year where the bar ends: today, or the end of the period `statusSince` names. */
  end: number;
  /** False when the tool is active: the bar runs on to today. */
  ended: boolean;
  /** The years the bar covers, as a reader would say them: "2014–2020", "2016–today". */
  label: string;
}

/** A fractional year for a moment: 2020-07-01 → 2020.497… */
export function yearFraction(date: Date): number {
  const year = date.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return year + (date.getTime() - start) / (next - start);
}

/**
 * The end of the period a partial date names, as a fractional year: "2020" →
 * 2021 (the whole of 2020), "2020-06" → 1 July 2020, "2020-06-15" → 16 June 2020.
 * The status began somewhere within that period, so the bar covers all of it.
 */
export function endOfPeriod(value: string): number {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw new Error(`"${value}" is not a year, YYYY-MM or YYYY-MM-DD`);
  const [, year, month, day] = match;
  if (month === undefined) return Number(year) + 1;
  if (day === undefined) return yearFraction(new Date(Date.UTC(Number(year), Number(month), 1)));
  return yearFraction(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day) + 1)));
}

/** The bar of one tool, or undefined when it has no first release year (it is listed apart, never drawn at a guess). */
export function timelineBar(tool: TimelineTool, today: Date): TimelineBar | undefined {
  if (tool.firstRelease === undefined) return undefined;
  const start = tool.firstRelease;
  const now = yearFraction(today);
  const ended = tool.status !== 'active' && tool.statusSince !== undefined;
  // A status that began before the first release is a data slip; the bar still shows the release year.
  const end = ended ? Math.min(now, Math.max(start + 1 / 12, endOfPeriod(tool.statusSince!))) : now;
  const endYear = ended ? tool.statusSince!.slice(0, 4) : 'today';
  const label = ended && endYear === String(start) ? String(start) : `${start}–${endYear}`;
  return { id: tool.id, start, end, ended, label };
}

export interface TimelineRow<T extends TimelineTool> {
  tool: T;
  bar: TimelineBar;
}

export interface TimelineGroup<T extends TimelineTool> {
  categoryId: string;
  /** Tools with a first release, oldest first (then by name). */
  rows: Array<TimelineRow<T>>;
}

export interface Timeline<T extends TimelineTool> {
  groups: Array<TimelineGroup<T>>;
  /** Tools without a first release year, by name: listed apart. */
  undated: T[];
  /** The axis' domain in years: from the earliest first release to the end of this year. */
  domain: [number, number];
  /** Whole years to mark on the axis. */
  ticks: number[];
}

/**
 * The whole timeline: a group per category a tool's primary category names
 * (so each tool is drawn once), in the order given.
 */
export function buildTimeline<T extends TimelineTool>(tools: readonly T[], categoryIds: readonly string[], today: Date): Timeline<T> {
  const rows = new Map<string, Array<TimelineRow<T>>>(categoryIds.map((id) => [id, []]));
  const undated: T[] = [];
  for (const tool of tools) {
    const bar = timelineBar(tool, today);
    if (!bar) {
      undated.push(tool);
      continue;
    }
    rows.get(tool.categories[0] ?? '')?.push({ tool, bar });
  }
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  const groups = [...rows]
    .map(([categoryId, members]) => ({
      categoryId,
      rows: members.sort((a, b) => a.bar.start - b.bar.start || collator.compare(a.tool.name, b.tool.name)),
    }))
    .filter((group) => group.rows.length > 0);
  const starts = groups.flatMap((group) => group.rows.map((row) => row.bar.start));
  const thisYear = today.getUTCFullYear();
  const first = starts.length > 0 ? Math.min(...starts) : thisYear;
  const domain: [number, number] = [first, thisYear + 1];
  // d3 picks round tick steps (1, 2 or 5 years) for the span.
  const ticks = scaleLinear()
    .domain(domain)
    .ticks(Math.min(12, domain[1] - domain[0]))
    .filter(Number.isInteger);
  undated.sort((a, b) => collator.compare(a.name, b.name));
  return { groups, undated, domain, ticks };
}
