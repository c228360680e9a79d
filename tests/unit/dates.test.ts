import { describe, expect, it } from 'vitest';
import { formatDay, isoDay } from '../../src/lib/site/dates.ts';

describe('dates', () => {
  it('prints one absolute format, from a date or a date-time, in UTC', () => {
    expect(formatDay('2026-11-28')).toBe('November 28, 2026');
    expect(formatDay('2026-01-01')).toBe('January 1, 2026');
    // Late in the UTC day: the date stays the UTC one, whatever the machine's time zone.
    expect(formatDay('2023-12-09T23:59:59Z')).toBe('December 9, 2023');
  });

  it('keeps the day of a date-time', () => {
    expect(isoDay('2023-12-09T06:09:06Z')).toBe('2023-12-09');
    expect(isoDay('2023-12-09')).toBe('2023-12-09');
  });
});
