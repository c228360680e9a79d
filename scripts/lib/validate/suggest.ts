/** "Did you mean …?" for misspelt enum values, with the search's own edit distance (one copy of that maths). */
import { typoDistance } from '../../../src/lib/search/fuzzy.ts';

/** The closest candidate, when it is close enough to be a likely typo. */
export function closest(value: string, candidates: readonly string[]): string | undefined {
  const needle = value.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const distance = other.startsWith(needle) || needle.startsWith(other) ? 1 : typoDistance(needle, other, limit).full;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
