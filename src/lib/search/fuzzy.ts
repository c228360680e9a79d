/**
 * The cheap half of typo tolerance: character bigrams to find words that
 * could be a misspelling of a query word, and a bounded edit distance to
 * confirm them before fuse.js scores the survivors. Bigrams rather than
 * trigrams because a typo in a short word can destroy every trigram it has
 * ("etdc" and "etcd" share none in the middle), but never every bigram.
 */

/** Distinct bigrams of a word, padded so the first and last letters count: "etcd" → " e", "et", "tc", "cd", "d ". */
export function bigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i += 1) {
    const gram = padded.slice(i, i + 2);
    // A linear check beats a Set for the handful of bigrams a word has.
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

/**
 * How many typos a query word may contain and still match: none below four
 * letters (too many short words are one letter apart), one up to seven, two
 * from eight ("kubrnetes" → "kubernetes").
 */
export function maxTypos(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * The fewest bigrams a word must share with a query word that has `grams`
 * distinct bigrams to be within `typos` edits of it: an insertion destroys at
 * most one of the query word's bigrams, a deletion or substitution two, a
 * swap of neighbours three. Matching only the start of the word also loses
 * the query word's padded last bigram. Below this count the edit distance is
 * not worth computing.
 */
export function minSharedBigrams(grams: number, typos: number, prefix = false): number {
  return Math.max(1, grams - (prefix ? 1 : 0) - 3 * typos);
}

/**
 * Edit distance (insertion, deletion, substitution, swap of neighbours)
 * between `term` and the whole of `word`, and between `term` and the closest
 * prefix of `word` (so "kubrn" is one typo from "kubernetes"). Both are capped
 * at max + 1, which means "too far".
 */
export function typoDistance(term: string, word: string, max: number): { full: number; prefix: number } {
  const n = term.length;
  const m = word.length;
  const far = max + 1;
  if (n === 0) return { full: Math.min(m, far), prefix: 0 };
  let before = new Array<number>(m + 1).fill(0);
  let previous = Array.from({ length: m + 1 }, (_, j) => j);
  let current = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i += 1) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j += 1) {
      const cost = term.charCodeAt(i - 1) === word.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && term.charCodeAt(i - 1) === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === word.charCodeAt(j - 1)) {
        value = Math.min(value, before[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum, so nothing can come back under the cap.
    if (rowMin > max) return { full: far, prefix: far };
    [before, previous, current] = [previous, current, before];
  }
  let prefix = far;
  for (let j = 0; j <= m; j += 1) prefix = Math.min(prefix, previous[j]!);
  return { full: Math.min(previous[m]!, far), prefix };
}
