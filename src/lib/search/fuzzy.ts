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

/** Three rows of the distance table, reused by every call so that typing allocates nothing here. */
let rows = new Int32Array(3 * 64);

/**
 * Edit distance (insertion, deletion, substitution, swap of neighbours)
 * between `term` and the whole of `word`, and between `term` and the closest
 * prefix of `word` (so "kubrn" is one typo from "kubernetes"). Both are capped
 * at max + 1, which means "too far". Only the band of cells within `max` of
 * the diagonal is computed: every cell outside it is over the cap anyway.
 */
export function typoDistance(term: string, word: string, max: number): { full: number; prefix: number } {
  const n = term.length;
  const m = word.length;
  const far = max + 1;
  // Even the best prefix of the word leaves n - m letters of the term unmatched.
  if (n - m > max) return { full: far, prefix: far };
  const width = m + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j <= m; j += 1) {
    rows[before + j] = far;
    rows[previous + j] = Math.min(j, far);
  }
  for (let i = 1; i <= n; i += 1) {
    const low = Math.max(1, i - max);
    const high = Math.min(m, i + max);
    rows[current] = Math.min(i, far);
    if (low > 1) rows[current + low - 1] = far;
    let rowMin = i <= max ? i : far;
    const t = term.charCodeAt(i - 1);
    for (let j = low; j <= high; j += 1) {
      const w = word.charCodeAt(j - 1);
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + (t === w ? 0 : 1));
      if (i > 1 && j > 1 && t === word.charCodeAt(j - 2) && term.charCodeAt(i - 2) === w)
        value = Math.min(value, rows[before + j - 2]! + 1);
      if (value > far) value = far;
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    // The next row reads one cell past this band; it must read "too far", not an old value.
    if (high < m) rows[current + high + 1] = far;
    // Every later row is at least this row's minimum, so nothing can come back under the cap.
    if (rowMin > max) return { full: far, prefix: far };
    [before, previous, current] = [previous, current, before];
  }
  let prefix = far;
  for (let j = Math.max(0, n - max); j <= Math.min(m, n + max); j += 1) prefix = Math.min(prefix, rows[previous + j]!);
  return { full: m - n > max ? far : Math.min(rows[previous + m]!, far), prefix };
}
