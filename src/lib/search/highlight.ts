/**
 * Which characters of a result to mark for a query: the words the query
 * words start or contain, words they are a typo or two away from, and a
 * run-together query across words ("argocd" in "Argo CD"). Returns plain
 * segments; the page turns them into text nodes and <mark> elements, never
 * into HTML.
 */
import { maxTypos, typoDistance } from './fuzzy.ts';
import { compact, foldWithMap, normalise, queryTerms } from './normalise.ts';
import type { SearchRecord } from './projection.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

export function highlight(text: string, query: string): Segment[] {
  if (text === '') return [];
  const terms = queryTerms(query);
  if (terms.length === 0) return [{ text, mark: false }];
  const { folded, origin } = foldWithMap(text);
  const marked = new Uint8Array(folded.length);
  const markRange = (start: number, end: number): void => {
    marked.fill(1, start, end);
  };

  for (const { 0: word, index: at } of folded.matchAll(/[^ ]+/g)) {
    for (const term of terms) {
      if (word.startsWith(term)) {
        markRange(at, at + term.length);
        continue;
      }
      const inside = term.length >= 4 ? word.indexOf(term) : -1;
      if (inside > 0) {
        markRange(at + inside, at + inside + term.length);
        continue;
      }
      const typos = maxTypos(term.length);
      if (typos === 0 || word.length < term.length - typos) continue;
      if (word.length <= term.length + typos && typoDistance(term, word, typos).full <= typos) {
        markRange(at, at + word.length);
      } else if (term.length >= 5 && word.length > term.length && typoDistance(term, word.slice(0, term.length + 1), 1).prefix <= 1) {
        markRange(at, at + Math.min(word.length, term.length));
      }
    }
  }
  markJoined(folded, normalise(query).replaceAll(' ', ''), markRange);

  return toSegments(text, origin, marked);
}

/** Marks a query typed without spaces where it runs across words of the text ("dockercomp" in "Docker Compose"). */
function markJoined(folded: string, joined: string, markRange: (start: number, end: number) => void): void {
  if (joined.length < 3) return;
  const positions: number[] = [];
  let letters = '';
  for (let i = 0; i < folded.length; i += 1) {
    if (folded[i] === ' ') continue;
    positions.push(i);
    letters += folded[i];
  }
  for (let from = letters.indexOf(joined); from >= 0; from = letters.indexOf(joined, from + 1)) {
    const start = positions[from]!;
    const end = positions[from + joined.length - 1]! + 1;
    const atWordStart = start === 0 || folded[start - 1] === ' ';
    if (atWordStart && folded.slice(start, end).includes(' ')) {
      for (let k = from; k < from + joined.length; k += 1) markRange(positions[k]!, positions[k]! + 1);
    }
  }
}

/** Turns marks on folded characters back into runs of the original text. */
function toSegments(text: string, origin: number[], marked: Uint8Array): Segment[] {
  const original = new Uint8Array(text.length);
  for (let i = 0; i < marked.length; i += 1) {
    if (!marked[i]) continue;
    // A folded character covers its source character and any accents folded away after it.
    const end = i + 1 < origin.length ? Math.max(origin[i + 1]!, origin[i]! + 1) : text.length;
    original.fill(1, origin[i], end);
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || original[i] !== original[start]) {
      segments.push({ text: text.slice(start, i), mark: original[start] === 1 });
      start = i;
    }
  }
  return segments;
}

/**
 * The alias worth showing with a result, so that the result makes sense: one
 * the query starts ("k8s" → Kubernetes, "Surf" → Serf) unless the name starts
 * with the query too, or else any alias that matched when the name did not.
 */
export function aliasToShow(record: Pick<SearchRecord, 'name' | 'aliases'>, query: string): string | undefined {
  const aliases = record.aliases ?? [];
  const typed = compact(query);
  const starts = (text: string): boolean => typed !== '' && compact(text).startsWith(typed);
  if (starts(record.name)) return undefined;
  const matches = (text: string): boolean => highlight(text, query).some((segment) => segment.mark);
  return aliases.find(starts) ?? (matches(record.name) ? undefined : aliases.find(matches));
}
