/**
 * Where the compare selection is stored (localStorage): a JSON array of
 * { id, name }. Its own module so the script every page loads can read the
 * key without pulling in the rest of compare.ts.
 */
export const COMPARE_STORAGE_KEY = 'atlas:compare';
