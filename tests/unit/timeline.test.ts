// The timeline's geometry: each bar spans exactly the years of its tool, and undated tools are never drawn.
import { describe, expect, it } from 'vitest';
import { buildTimeline, endOfPeriod, timelineBar, yearFraction, type TimelineTool } from '../../src/lib/charts/timeline.ts';
import { placeBar, timelineScale, TIMELINE_WIDTH } from '../../src/lib/charts/timeline-layout.ts';
import { loadCategories, loadTools } from '../support/real-catalog.ts';

const today = new Date(Date.UTC(2026, 10, 30));
const tool = (overrides: Partial<TimelineTool>): TimelineTool => ({
  id: 'x',
  name: 'X',
  status: 'active',
  categories: ['orchestration'],
  successors: [],
  ...overrides,
});

describe('timelineBar', () => {
  it('an archived tool runs from 1 January of its first release year to the end of the month its status began', () => {
    const bar = timelineBar(tool({ status: 'archived', firstRelease: 2015, statusSince: '2020-06' }), today)!;
    expect(bar.start).toBe(2015);
    expect(bar.end).toBeCloseTo(yearFraction(new Date(Date.UTC(2020, 6, 1))), 10);
    expect(bar.ended).toBe(true);
    expect(bar.label).toBe('2015–2020');
  });

  it('a status given as a year covers that whole year; a day covers that day', () => {
    expect(timelineBar(tool({ status: 'defunct', firstRelease: 2014, statusSince: '2017' }), today)!.end).toBe(2018);
    expect(endOfPeriod('2019-12')).toBe(2020);
    expect(endOfPeriod('2020-01-01')).toBeCloseTo(2020 + 1 / 366, 10);
  });

  it('an active tool runs to today', () => {
    const bar = timelineBar(tool({ firstRelease: 2014 }), today)!;
    expect(bar).toMatchObject({ start: 2014, ended: false, label: '2014–today' });
    expect(bar.end).toBeCloseTo(yearFraction(today), 10);
  });

  it('a tool without a first release year has no bar, whatever its status', () => {
    expect(timelineBar(tool({ status: 'archived', statusSince: '2020' }), today)).toBeUndefined();
  });

  it('a status that began before the first release still leaves a visible bar in the release year', () => {
    const bar = timelineBar(tool({ status: 'archived', firstRelease: 2016, statusSince: '2015' }), today)!;
    expect(bar.end).toBeGreaterThan(bar.start);
    expect(bar.label).toBe('2016–2015');
  });

  it('rejects a malformed statusSince with a clear message', () => {
    expect(() => endOfPeriod('June 2020')).toThrow(/"June 2020" is not a year, YYYY-MM or YYYY-MM-DD/);
  });
});

describe('buildTimeline', () => {
  const tools = [
    tool({ id: 'b', name: 'B', firstRelease: 2016 }),
    tool({ id: 'a', name: 'A', firstRelease: 2016, categories: ['orchestration', 'paas'] }),
    tool({ id: 'old', name: 'Old', firstRelease: 2009, status: 'archived', statusSince: '2012' }),
    tool({ id: 'n', name: 'Nameless year' }),
    tool({ id: 'p', name: 'P', firstRelease: 2020, categories: ['paas'] }),
  ];
  const timeline = buildTimeline(tools, ['paas', 'orchestration', 'networking'], today);

  it('draws each dated tool once, under its primary category, oldest first then by name', () => {
    expect(timeline.groups.map((group) => [group.categoryId, group.rows.map((row) => row.tool.id)])).toEqual([
      ['paas', ['p']],
      ['orchestration', ['old', 'a', 'b']],
    ]);
  });

  it('lists undated tools apart', () => {
    expect(timeline.undated.map((entry) => entry.id)).toEqual(['n']);
  });

  it('spans the axis from the earliest release to the end of this year, with whole-year ticks', () => {
    expect(timeline.domain).toEqual([2009, 2027]);
    expect(timeline.ticks.every((tick) => Number.isInteger(tick) && tick >= 2009 && tick <= 2027)).toBe(true);
    expect(timeline.ticks.length).toBeGreaterThan(3);
  });

  it('on the real catalog: every tool is drawn or listed apart, exactly once', () => {
    const real = loadTools() as unknown as TimelineTool[];
    const built = buildTimeline(
      real,
      loadCategories().map((category) => category.id),
      today,
    );
    const ids = [...built.groups.flatMap((group) => group.rows.map((row) => row.tool.id)), ...built.undated.map((entry) => entry.id)];
    expect(ids.sort()).toEqual(real.map((entry) => entry.id).sort());
    const swarm = built.groups.flatMap((group) => group.rows).find((row) => row.tool.id === 'docker-swarm');
    expect(swarm?.tool.successors).toContain('docker-swarm-mode');
  });
});

describe('placeBar', () => {
  const x = timelineScale([2010, 2027]);

  it('puts the bar exactly between its years on the scale', () => {
    const placed = placeBar({ id: 'x', start: 2014, end: 2021, ended: true, label: '2014–2020' }, 0, 10, x);
    expect(placed.x).toBeCloseTo(x(2014), 6);
    expect(placed.x + placed.width).toBeCloseTo(x(2021), 6);
  });

  it('keeps the label inside the picture: after the bar, before it, or on it', () => {
    expect(placeBar({ id: 'x', start: 2011, end: 2013, ended: true, label: '' }, 0, 20, x).labelPlace).toBe('after');
    expect(placeBar({ id: 'x', start: 2020, end: 2026.9, ended: false, label: '' }, 0, 20, x).labelPlace).toBe('before');
    const inside = placeBar({ id: 'x', start: 2010, end: 2026.9, ended: false, label: '' }, 0, 40, x);
    expect(inside.labelPlace).toBe('inside');
    expect(inside.labelX).toBeLessThan(TIMELINE_WIDTH);
  });
});
