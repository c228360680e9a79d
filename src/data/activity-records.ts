/**
 * Repository activity per tool id (content/activity.json through the
 * `activity` collection), loaded once per build.
 */
import { getCollection } from 'astro:content';
import type { Activity } from '../schemas/activity.ts';

let activity: Promise<Map<string, Activity>> | undefined;

export function getActivityMap(): Promise<Map<string, Activity>> {
  activity ??= getCollection('activity').then((entries) => new Map(entries.map((entry) => [entry.id, entry.data])));
  return activity;
}

/** Stars by tool id, for search prominence; tools without a star count are left out. */
export async function getStarCounts(): Promise<Map<string, number>> {
  const stars = new Map<string, number>();
  for (const [id, record] of await getActivityMap()) if (record.stars !== undefined) stars.set(id, record.stars);
  return stars;
}
