// "What's new": recent additions and re-checks, measured from the catalog's newest date.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  groupByDate,
  newestDate,
  recentAdditions,
  recentlyVerified,
  RECENT_MAX_COUNT,
  type Dated,
} from '../../src/lib/catalog/recent.ts';

const tool = (id: string, added: string, verified = added): Dated => ({ id, name: id[0]!.toUpperCase() + id.slice(1), added, verified });
const ids = (tools: readonly Dated[]): string[] => tools.map((entry) => entry.id);

describe('addDays', () => {
  it('moves across month, year and leap-day boundaries in UTC', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-15', -90)).toBe('2025-10-17');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('refuses what is not a YYYY-MM-DD date', () => {
    expect(() => addDays('28.11.2026', 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe('newestDate', () => {
  it('takes the latest of added and verified', () => {
    expect(newestDate([tool('a', '2026-01-01', '2026-05-01'), tool('b', '2026-03-01')])).toBe('2026-05-01');
    expect(newestDate([])).toBeUndefined();
  });
});

describe('recentAdditions', () => {
  const catalog = [
    tool('old', '2024-06-01'),
    tool('older', '2023-01-01'),
    tool('edge', '2026-03-03'), // exactly 90 days before the newest date: outside
    tool('inside', '2026-03-04'), // 89 days before: inside
    tool('zeta', '2026-05-20'),
    tool('alpha', '2026-05-20'),
    tool('mid', '2026-04-10', '2026-06-01'),
  ];

  it('lists the window newest first, A–Z within a day', () => {
    expect(ids(recentAdditions(catalog, { minCount: 0 }))).toEqual(['alpha', 'zeta', 'mid', 'inside']);
  });

  it('measures the window from the newest date of any kind, not the clock', () => {
    // The newest date is a re-check (2026-06-01); the build date plays no part.
    expect(ids(recentAdditions(catalog, { minCount: 0, windowDays: 30 }))).toEqual(['alpha', 'zeta']);
  });

  it('fills up to the minimum with older tools when the window is thin', () => {
    expect(ids(recentAdditions(catalog, { minCount: 6 }))).toEqual(['alpha', 'zeta', 'mid', 'inside', 'edge', 'old']);
  });

  it('never cuts a day in half when filling up', () => {
    const sameDay = [tool('b', '2026-01-01'), tool('a', '2026-01-01'), tool('c', '2026-01-01'), tool('new', '2026-06-01')];
    expect(ids(recentAdditions(sameDay, { minCount: 2, windowDays: 10 }))).toEqual(['new', 'a', 'b', 'c']);
  });

  it('returns the whole catalog, A–Z, when everything was added the same day', () => {
    const launch = ['kubernetes', 'etcd', 'consul', 'nomad'].map((id) => tool(id, '2026-11-28'));
    expect(ids(recentAdditions(launch))).toEqual(['consul', 'etcd', 'kubernetes', 'nomad']);
  });

  it('returns every tool when the catalog is smaller than the minimum', () => {
    expect(recentAdditions(catalog, { windowDays: 1, minCount: 100 })).toHaveLength(catalog.length);
    expect(recentAdditions([])).toEqual([]);
  });

  it('lists at most maxCount, the newest, however many the window holds', () => {
    expect(ids(recentAdditions(catalog, { minCount: 0, maxCount: 3 }))).toEqual(['alpha', 'zeta', 'mid']);
    const busy = Array.from({ length: 500 }, (_, index) =>
      tool(`t${String(index).padStart(3, '0')}`, addDays('2026-06-01', -(index % 60))),
    );
    expect(recentAdditions(busy)).toHaveLength(RECENT_MAX_COUNT.added);
    expect(recentAdditions(busy)[0]!.added).toBe('2026-06-01');
  });

  it('does not reorder its input', () => {
    const copy = [...catalog];
    recentAdditions(catalog);
    expect(catalog).toEqual(copy);
  });
});

describe('recentlyVerified', () => {
  it('lists only re-checks after joining, inside the window, most recent first', () => {
    const catalog = [
      tool('fresh', '2026-06-01'), // verified the day it was added: not a re-check
      tool('rechecked', '2026-01-01', '2026-05-01'),
      tool('latest', '2025-01-01', '2026-05-30'),
      tool('stale', '2024-01-01', '2025-01-01'), // re-checked, but long ago
    ];
    expect(ids(recentlyVerified(catalog))).toEqual(['latest', 'rechecked']);
  });

  it('lists at most maxCount, the most recently checked', () => {
    const busy = Array.from({ length: 100 }, (_, index) => tool(`t${index}`, '2025-01-01', addDays('2026-06-01', -index)));
    expect(recentlyVerified(busy)).toHaveLength(RECENT_MAX_COUNT.verified);
    expect(ids(recentlyVerified(busy, { maxCount: 2 }))).toEqual(['t0', 't1']);
  });

  it('is empty when every tool was checked only when it joined', () => {
    expect(recentlyVerified([tool('a', '2026-11-28'), tool('b', '2026-11-28')])).toEqual([]);
  });
});

describe('groupByDate', () => {
  it('groups under each date, newest first, keeping the order within a day', () => {
    const items = [tool('b', '2026-01-01'), tool('x', '2026-02-01'), tool('a', '2026-01-01')];
    expect(groupByDate(items, (item) => item.added).map((group) => [group.date, ids(group.items)])).toEqual([
      ['2026-02-01', ['x']],
      ['2026-01-01', ['b', 'a']],
    ]);
  });
});
