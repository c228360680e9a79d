/**
 * Text folding shared by the search index, the query and the highlighter, so
 * that case, accents and punctuation never decide whether something matches:
 * "Kubernetes", "kubernetes" and "KÜBERNETES" fold alike, "kube-router" and
 * "kube router" too.
 */

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_WORD = /[^a-z0-9]+/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower case with accents stripped ("Crème" → "creme"); punctuation and spacing are left as they are. */
export function foldCase(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Lower case, accents stripped, every run of non-letters/digits turned into one space, trimmed. */
export function normalise(text: string): string {
  // Nearly all catalog text is plain ASCII; skipping Unicode decomposition there makes building the index several times faster.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim();
  return foldCase(text).replace(NOT_WORD, ' ').trim();
}

/** The normalised text without spaces: "Argo CD" → "argocd", so run-together spellings still match. */
export function compact(text: string): string {
  return normalise(text).replaceAll(' ', '');
}

/** The distinct words of a text, in order of first appearance. */
export function words(text: string): string[] {
  const folded = normalise(text);
  return folded === '' ? [] : [...new Set(folded.split(' '))];
}

/**
 * Folds a text character by character and remembers where each folded
 * character came from, so that a match found in the folded text can be
 * marked in the original. Separators stay in place (one space per source
 * character) instead of being collapsed, so word boundaries line up with
 * normalise().
 */
export function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const parts = foldCase(char);
    // A lone combining mark folds to nothing, exactly as normalise() drops it.
    for (const part of parts) {
      folded += WORD_CHAR.test(part) ? part : ' ';
      origin.push(index);
    }
    index += char.length;
  }
  return { folded, origin };
}

/**
 * Words too common to narrow a multi-word query; "tools for logging" means
 * "logging". They are still searched when nothing else is left.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'that',
  'the',
  'their',
  'them',
  'then',
  'this',
  'to',
  'with',
]);

/** The words of a query that must each match, stop words dropped unless nothing else is left. */
export function queryTerms(query: string): string[] {
  const all = words(query);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : all;
}
