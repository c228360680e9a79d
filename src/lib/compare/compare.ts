/**
 * The reader's compare selection (the tray), kept in localStorage. Pure and
 * small: the script every page loads is built from it. Reading /compare/'s
 * ?tools= list is in compare-query.ts, which only the compare page loads.
 */
import { KEBAB_CASE } from '../../schemas/ids.ts';

/** How many tools fit side by side; the tray and the compare page both hold to it (their prose says "four"). */
export const MAX_COMPARE = 4;

export { COMPARE_STORAGE_KEY } from './compare-key.ts';

/** Far longer than any real id; longer values are not looked up or stored. */
export const MAX_ID_LENGTH = 80;

/** One tool in the reader's selection; the name travels along so the tray needs no catalog data. */
export interface Selected {
  id: string;
  name: string;
}

/**
 * Reads the stored selection. Storage is shared with anything else on the
 * origin and can hold anything, so every entry is checked and the result is
 * deduplicated and cut to MAX_COMPARE; unreadable data is an empty selection.
 */
export function parseSelection(raw: string | null | undefined): Selected[] {
  let data: unknown;
  try {
    data = JSON.parse(raw ?? '');
  } catch {
    return [];
  }
  const selection: Selected[] = [];
  for (const item of Array.isArray(data) ? (data as unknown[]) : []) {
    const { id, name } = (item ?? {}) as Partial<Record<'id' | 'name', unknown>>;
    if (
      typeof id === 'string' &&
      typeof name === 'string' &&
      id.length <= MAX_ID_LENGTH &&
      KEBAB_CASE.test(id) &&
      name.trim() !== '' &&
      name.length <= 100 &&
      selection.length < MAX_COMPARE &&
      !selection.some((entry) => entry.id === id)
    ) {
      selection.push({ id, name });
    }
  }
  return selection;
}

export type AddResult = 'added' | 'present' | 'full';

/** Adds a tool at the end unless it is already there or the selection is full; never mutates its input. */
export function addToSelection(selection: readonly Selected[], tool: Selected): { selection: Selected[]; result: AddResult } {
  if (selection.some((entry) => entry.id === tool.id)) return { selection: [...selection], result: 'present' };
  if (selection.length >= MAX_COMPARE) return { selection: [...selection], result: 'full' };
  return { selection: [...selection, { id: tool.id, name: tool.name }], result: 'added' };
}

export function removeFromSelection(selection: readonly Selected[], id: string): Selected[] {
  return selection.filter((entry) => entry.id !== id);
}
