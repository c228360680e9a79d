/** Tools grouped by the first letter of their name: the A–Z index pages (/search/a/…) that work without JavaScript. */
import { sortByName } from '../catalog/catalog.ts';
import { normalise } from './normalise.ts';

export interface InitialGroup<T> {
  /** What the heading shows: "A"…"Z", "0–9", or "#" for anything else. */
  label: string;
  /** The group's URL segment under /search/: "a", "0-9", "other". */
  id: string;
  tools: T[];
}

function initialOf(name: string): { label: string; id: string; order: number } {
  const first = normalise(name).charAt(0);
  if (first >= 'a' && first <= 'z') return { label: first.toUpperCase(), id: first, order: first.charCodeAt(0) };
  if (first >= '0' && first <= '9') return { label: '0–9', id: '0-9', order: 0 };
  return { label: '#', id: 'other', order: 1000 };
}

/** Digits first, then A–Z, then anything else; A–Z by name within each group (accents and case ignored). */
export function groupByInitial<T extends { name: string; id: string }>(tools: readonly T[]): Array<InitialGroup<T>> {
  const groups = new Map<string, InitialGroup<T> & { order: number }>();
  for (const tool of sortByName(tools)) {
    const initial = initialOf(tool.name);
    let group = groups.get(initial.id);
    if (!group) {
      group = { ...initial, tools: [] };
      groups.set(initial.id, group);
    }
    group.tools.push(tool);
  }
  return [...groups.values()].sort((a, b) => a.order - b.order).map(({ label, id, tools: members }) => ({ label, id, tools: members }));
}
