/** Dates as the site prints them: absolute and in one format everywhere, never "3 months ago" frozen at build time. */

/** The day part of an ISO date or date-time: "2025-03-12T10:00:00Z" → "2025-03-12". */
export const isoDay = (value: string): string => value.slice(0, 10);

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** "March 12, 2025", from an ISO date or date-time. */
export function formatDay(value: string): string {
  return dateFormat.format(new Date(`${isoDay(value)}T00:00:00Z`));
}
