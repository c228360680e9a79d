/**
 * The search engine: an index the browser builds from the search data, and
 * the query pipeline that runs on every keystroke.
 *
 * fuse.js is the fuzzy scorer, but it never scans the catalog. Three cheap
 * passes decide what it looks at:
 * 1. the whole query against the normalised names and aliases, with and
 *    without their spaces (exact and prefix matches, which always rank first);
 * 2. for each query word, the words of the catalog it could mean: the same
 *    word, words it starts, words containing it, and words one or two typos
 *    away (found through shared bigrams, confirmed by an edit distance);
 * 3. the short field texts holding those words (a name, an alias, a tag or a
 *    single summary word), typically a few dozen to a few hundred.
 * fuse.js scores the query word against those texts only; each score reaches
 * the tools that carry the text, with a penalty for the field it sits in.
 */
import { isLive } from '../status.ts';
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { bigrams, maxTypos, minSharedBigrams, typoDistance } from './fuzzy.ts';
import { normalise, queryTerms, STOP_WORDS, words as wordsOf } from './normalise.ts';
import type { SearchData, SearchRecord } from './projection.ts';

const NAME = 0;
const ALIAS = 1;
const TAG = 2;
const SUMMARY = 3;
/** Bits of a posting: the field, and whether the text is a name or alias with its spaces taken out. */
const FIELD = 3;
const JOINED = 4;
/** An alias that is a repository path (`owner/name`): it finds the tool, but never ahead of a name. */
const REPOSITORY_PATH = 8;
/** "owner/name", as a repository is named on its host. */
const isRepositoryPath = (alias: string): boolean => /^[\w.-]+\/[\w.-]+$/.test(alias);
/** Postings pack a record with the flags above: record * POSTING_STRIDE + flags + field. */
const POSTING_STRIDE = 16;
const POSTING_SHIFT = 4;

/** Added to fuse.js's score by field: the issue orders them name, aliases, tags, summary. */
const FIELD_PENALTY: readonly number[] = [0, 0.04, 0.12, 0.2];
/** Added by how a catalog word relates to the query word; fuse.js already charges for typos themselves. */
const WORD_PENALTY = {
  exact: 0,
  /** Plus up to prefixSpan for the part of the word not typed yet, so "kube" prefers "kube" to "kubernetes". */
  prefix: 0.02,
  prefixSpan: 0.06,
  infix: 0.1,
  typo: 0.02,
  typoPrefix: 0.06,
} as const;
/** Query words beyond this many are ignored. */
const MAX_TERMS = 12;
/** Scores closer than this count as the same match quality, and live tools go first within it. */
const QUALITY_STEP = 0.05;

/** fuse.js charges 1/distance per character a match sits from the start of a text; exact matches are charged alike. */
const FUSE_DISTANCE = 100;

/**
 * fuse.js options for scoring one query word against short texts. The
 * threshold is fuse.js's default: the candidate filter has already decided
 * what is close enough, fuse.js only orders it. The field-length norm is off
 * because every text is short and the field penalties do that job.
 */
const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  shouldSort: false,
  ignoreFieldNorm: true,
  threshold: 0.6,
  distance: FUSE_DISTANCE,
};

export interface SearchIndex {
  readonly records: readonly SearchRecord[];
  readonly categories: Readonly<Record<string, string>>;
  /** 1 when the record's tool is active or maintained. */
  readonly live: Uint8Array;
  /** Every distinct normalised field text: names, aliases, tags and single summary words. */
  readonly strings: readonly string[];
  /** For each string, where it occurs: record × 8 + 4 if it is a name or alias with its spaces taken out + field. */
  readonly postings: ReadonlyArray<readonly number[]>;
  /** Every distinct word of those strings. */
  readonly words: readonly string[];
  /** For each word, the strings containing it. */
  readonly wordStrings: ReadonlyArray<readonly number[]>;
  /** First one, two and three letters → ids of the words starting with them, for prefix lookups without sorting. */
  readonly prefixes: ReadonlyMap<string, readonly number[]>;
  /** Bigram → ids of the words containing it. */
  readonly grams: ReadonlyMap<string, readonly number[]>;
  /** 1 for the words that occur in a name or alias. */
  readonly nameWords: Uint8Array;
  /** Working memory reused by every query, so typing does not churn the garbage collector. */
  readonly scratch: Scratch;
}

interface Scratch {
  /** Marks which entries of the *Seen arrays belong to the current query word. */
  stamp: number;
  sharedGrams: Uint8Array;
  stringScore: Float64Array;
  stringSeen: Int32Array;
  /** Position of the record in the current word's result lists. */
  recordScore: Int32Array;
  recordSeen: Int32Array;
  /** Sum of scores so far, and how many query words matched, per record. */
  total: Float64Array;
  matched: Uint8Array;
}

export interface SearchHit {
  record: SearchRecord;
  /** 0: the query is a name or alias; 1: it starts one; 2: its words match anywhere. */
  tier: 0 | 1 | 2;
  /** Lower is better; 0 for tiers 0 and 1. */
  score: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** How many tools matched, before the limit. */
  total: number;
}

export interface SearchOptions {
  /** At most this many hits (default 10); Infinity for all. */
  limit?: number;
}

/**
 * Builds the index in small steps; each `yield` is a point where the caller
 * may hand the main thread back to the browser (see buildIndexInSlices).
 */
export function* indexBuilder(data: SearchData): Generator<void, SearchIndex, void> {
  const records = data.tools;
  const live = new Uint8Array(records.length);
  const strings: string[] = [];
  const postings: number[][] = [];
  const stringIds = new Map<string, number>();
  const words: string[] = [];
  const wordStrings: number[][] = [];
  const wordIds = new Map<string, number>();
  const nameWordIds = new Set<number>();

  const wordId = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = words.length;
      words.push(word);
      wordStrings.push([]);
      wordIds.set(word, id);
    }
    return id;
  };
  const addString = (text: string, record: number, field: number, flags = 0): void => {
    if (text === '') return;
    let id = stringIds.get(text);
    if (id === undefined) {
      id = strings.length;
      strings.push(text);
      postings.push([]);
      stringIds.set(text, id);
      if (!text.includes(' ')) wordStrings[wordId(text)]!.push(id);
      else for (const word of new Set(text.split(' '))) wordStrings[wordId(word)]!.push(id);
    }
    postings[id]!.push(record * POSTING_STRIDE + flags + field);
    if (field <= ALIAS) for (const word of text.split(' ')) nameWordIds.add(wordIds.get(word)!);
  };
  /** A name or alias is also kept without its spaces, so "argocd" finds "Argo CD". */
  const addName = (text: string, record: number, field: number, flags = 0): void => {
    addString(text, record, field, flags);
    const joined = text.replaceAll(' ', '');
    if (joined !== text) addString(joined, record, field, flags | JOINED);
  };

  for (let record = 0; record < records.length; record += 1) {
    const tool = records[record]!;
    live[record] = isLive(tool.status) ? 1 : 0;
    addName(normalise(tool.name), record, NAME);
    for (const alias of tool.aliases ?? []) addName(normalise(alias), record, ALIAS, isRepositoryPath(alias) ? REPOSITORY_PATH : 0);
    for (const tag of tool.tags ?? []) addString(normalise(tag), record, TAG);
    for (const word of wordsOf(tool.summary)) if (!STOP_WORDS.has(word)) addString(word, record, SUMMARY);
    if (record % 32 === 31) yield;
  }

  const nameWords = new Uint8Array(words.length);
  for (const id of nameWordIds) nameWords[id] = 1;
  const grams = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, id: number): void => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (let id = 0; id < words.length; id += 1) {
    const word = words[id]!;
    for (const gram of bigrams(word)) add(grams, gram, id);
    for (let length = 1; length <= Math.min(3, word.length); length += 1) add(prefixes, word.slice(0, length), id);
    if (id % 1024 === 1023) yield;
  }

  return {
    records,
    categories: data.categories,
    live,
    strings,
    postings,
    words,
    wordStrings,
    prefixes,
    grams,
    nameWords,
    scratch: {
      stamp: 0,
      sharedGrams: new Uint8Array(words.length),
      stringScore: new Float64Array(strings.length),
      stringSeen: new Int32Array(strings.length),
      recordScore: new Int32Array(records.length),
      recordSeen: new Int32Array(records.length),
      total: new Float64Array(records.length),
      matched: new Uint8Array(records.length),
    },
  };
}

/** Builds the whole index at once (tests, the benchmark, small catalogs). */
export function buildIndex(data: SearchData): SearchIndex {
  const steps = indexBuilder(data);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work before the main thread is handed back, in milliseconds. */
  sliceMs?: number;
  /** Hands the main thread back; resolves when work may continue. */
  pause?: () => Promise<void>;
  /** Called with the duration of every slice (the benchmark records the longest). */
  onSlice?: (ms: number) => void;
}

/**
 * Builds the index in slices of a few milliseconds, so that loading a large
 * catalog never blocks input for long (no task over 50 ms).
 */
export async function buildIndexInSlices(data: SearchData, options: SliceOptions = {}): Promise<SearchIndex> {
  const { sliceMs = 8, pause = yieldToMain, onSlice } = options;
  const steps = indexBuilder(data);
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    const elapsed = performance.now() - start;
    if (step.done) {
      onSlice?.(elapsed);
      return step.value;
    }
    if (elapsed >= sliceMs) {
      onSlice?.(elapsed);
      await pause();
      start = performance.now();
    }
  }
}

/** scheduler.yield() where the browser has it (it keeps our place in the queue), a macrotask otherwise. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

interface Candidate {
  record: number;
  tier: 0 | 1 | 2;
  /** Tiers 0–1: name before alias, whole word before part of a word. */
  rank: number;
  /** Tiers 0–1: length of the name or alias, shorter first. */
  length: number;
  /** Tier 2: mean over the query words of their best score in this tool. */
  score: number;
}

/** Searches the index; an empty or punctuation-only query finds nothing. */
export function search(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 10;
  const whole = normalise(query);
  if (whole === '') return { hits: [], total: 0 };

  const found = new Map<number, Candidate>();
  matchWholeQuery(index, whole, found);

  // Nobody types a dozen words into a search box; the cap keeps pathological input cheap.
  const terms = queryTerms(query).slice(0, MAX_TERMS);
  // One-letter words are too short to score; the whole-query pass covers "k", and in
  // a longer query ("docker c") they only need to start some word of the tool.
  const scoredTerms = terms.filter((term) => term.length > 1);
  const letters = terms.filter((term) => term.length === 1);
  if (scoredTerms.length > 0) {
    const { records, scores } = matchTerms(index, scoredTerms);
    for (let i = 0; i < records.length; i += 1) {
      const record = records[i]!;
      if (found.has(record)) continue;
      if (letters.length > 0 && !letters.every((letter) => wordStarts(index.records[record]!, letter))) continue;
      found.set(record, { record, tier: 2, rank: 0, length: 0, score: scores[i]! });
    }
  }

  // Within a tier and match quality, live tools first; then, between equally good matches, the
  // more prominent tool, so "kuber" lists Kubernetes before Kubero. For word matches an equal
  // score first prefers the shorter name ("grafna": Grafana before Grafana Mimir), where the
  // matched word is more of the name.
  const prominence = (candidate: Candidate): number => index.records[candidate.record]!.prominence ?? 0;
  const nameLength = (candidate: Candidate): number => index.records[candidate.record]!.name.length;
  const compare = (a: Candidate, b: Candidate): number =>
    a.tier - b.tier ||
    (a.tier < 2 ? a.rank - b.rank : qualityStep(a.score) - qualityStep(b.score)) ||
    index.live[b.record]! - index.live[a.record]! ||
    (a.tier < 2
      ? prominence(b) - prominence(a) || a.length - b.length
      : a.score - b.score || nameLength(a) - nameLength(b) || prominence(b) - prominence(a)) ||
    a.record - b.record;
  const best = selectBest([...found.values()], limit, compare);
  return {
    hits: best.map((candidate) => ({ record: index.records[candidate.record]!, tier: candidate.tier, score: candidate.score })),
    total: found.size,
  };
}

/** Whether some word of the tool starts with this letter (only for one-letter query words, so rarely run). */
function wordStarts(record: SearchRecord, letter: string): boolean {
  const text = normalise([record.name, ...(record.aliases ?? []), ...(record.tags ?? []), record.summary].join(' '));
  return text.startsWith(letter) || text.includes(` ${letter}`);
}

function qualityStep(score: number): number {
  return Math.floor(score / QUALITY_STEP + 1e-9);
}

/** Pass 1: the query is a name or alias, or the start of one (with or without its spaces). */
function matchWholeQuery(index: SearchIndex, whole: string, found: Map<number, Candidate>): void {
  const joined = whole.replaceAll(' ', '');
  for (const probe of joined === whole ? [whole] : [whole, joined]) {
    // A name or alias starting with the query starts with a word that starts with its first word.
    const first = probe.split(' ', 1)[0]!;
    for (const wordId of wordsStartingWith(index, first)) {
      for (const id of index.wordStrings[wordId]!) {
        const text = index.strings[id]!;
        if (!text.startsWith(probe)) continue;
        const exact = text.length === probe.length;
        const wordEnd = exact || text.charCodeAt(probe.length) === 32;
        for (const posting of index.postings[id]!) {
          const field = posting & FIELD;
          if (field > ALIAS) continue;
          // Name before alias, and both before a repository path; the written form before the run-together
          // one; a whole word before part of one.
          const rank = (posting & REPOSITORY_PATH ? 8 : field * 4) + (posting & JOINED ? 2 : 0) + (wordEnd ? 0 : 1);
          const candidate: Candidate = { record: posting >> POSTING_SHIFT, tier: exact ? 0 : 1, rank, length: text.length, score: 0 };
          const previous = found.get(candidate.record);
          if (!previous || (candidate.tier - previous.tier || candidate.rank - previous.rank || candidate.length - previous.length) < 0) {
            found.set(candidate.record, candidate);
          }
        }
      }
    }
  }
}

/** Ids of the words that start with `prefix`. */
function* wordsStartingWith(index: SearchIndex, prefix: string): Generator<number> {
  const list = index.prefixes.get(prefix.slice(0, 3)) ?? [];
  if (prefix.length <= 3) {
    yield* list;
    return;
  }
  for (const id of list) if (index.words[id]!.startsWith(prefix)) yield id;
}

/**
 * Pass 2: every query word must match somewhere in the tool; the tool's score
 * is the mean of each word's best score in it.
 */
function matchTerms(index: SearchIndex, terms: readonly string[]): { records: number[]; scores: number[] } {
  const { total, matched } = index.scratch;
  let records: number[] = [];
  for (let t = 0; t < terms.length; t += 1) {
    const term = scoreTerm(index, terms[t]!);
    if (t === 0) {
      records = term.records;
      for (let i = 0; i < records.length; i += 1) {
        total[records[i]!] = term.scores[i]!;
        matched[records[i]!] = 1;
      }
    } else {
      for (let i = 0; i < term.records.length; i += 1) {
        const record = term.records[i]!;
        if (matched[record] === t) {
          total[record] = total[record]! + term.scores[i]!;
          matched[record] = t + 1;
        }
      }
    }
  }
  const kept: number[] = [];
  const scores: number[] = [];
  for (const record of records) {
    if (matched[record] === terms.length) {
      kept.push(record);
      scores.push(total[record]! / terms.length);
    }
    matched[record] = 0;
  }
  return { records: kept, scores };
}

/** How well one query word matches each tool it matches at all. */
function scoreTerm(index: SearchIndex, term: string): { records: number[]; scores: number[] } {
  const { stringScore, stringSeen, recordScore, recordSeen } = index.scratch;
  const stamp = nextStamp(index);
  const strings: number[] = [];
  const offer = (id: number, score: number): void => {
    if (stringSeen[id] !== stamp) {
      stringSeen[id] = stamp;
      stringScore[id] = score;
      strings.push(id);
    } else if (score < stringScore[id]!) {
      stringScore[id] = score;
    }
  };

  // Words the query word is, or starts: no typo to weigh, so no need for fuse.js. The score
  // is what fuse.js would give (location / distance), as the word may sit later in a name.
  let known = false;
  for (const wordId of wordsStartingWith(index, term)) {
    const word = index.words[wordId]!;
    if (word.length === term.length) known = true;
    const penalty =
      word.length === term.length ? WORD_PENALTY.exact : WORD_PENALTY.prefix + WORD_PENALTY.prefixSpan * (1 - term.length / word.length);
    for (const id of index.wordStrings[wordId]!) {
      const text = index.strings[id]!;
      offer(id, penalty + (text.length === word.length ? 0 : wordPosition(text, word) / FUSE_DISTANCE));
    }
  }

  // Words that contain the query word or are a typo or two away: fuse.js scores those texts.
  // A query word the catalog knows was most likely typed as meant; then only names and
  // aliases are searched for near misses (a typo that happens to spell another word).
  const fuzzy = fuzzyWords(index, term, known);
  if (fuzzy.size > 0) {
    const ids: number[] = [];
    const penalties: number[] = [];
    for (const [wordId, penalty] of fuzzy) {
      for (const id of index.wordStrings[wordId]!) {
        ids.push(id);
        penalties.push(penalty);
      }
    }
    const fuse = new Fuse(
      ids.map((id) => index.strings[id]!),
      FUSE_OPTIONS,
    );
    for (const { refIndex, score = 1 } of fuse.search(term)) offer(ids[refIndex]!, score + penalties[refIndex]!);
  }

  // Each text's score reaches the tools that carry it, plus the penalty of the field it is in.
  const records: number[] = [];
  const scores: number[] = [];
  for (const id of strings) {
    for (const posting of index.postings[id]!) {
      const record = posting >> POSTING_SHIFT;
      const score = stringScore[id]! + FIELD_PENALTY[posting & FIELD]!;
      if (recordSeen[record] !== stamp) {
        recordSeen[record] = stamp;
        recordScore[record] = records.length;
        records.push(record);
        scores.push(score);
      } else if (score < scores[recordScore[record]!]!) {
        scores[recordScore[record]!] = score;
      }
    }
  }
  return { records, scores };
}

/** Where a word starts in a normalised text (0 when the text is that word). */
function wordPosition(text: string, word: string): number {
  if (text.startsWith(`${word} `)) return 0;
  const at = text.indexOf(` ${word} `);
  return at >= 0 ? at + 1 : text.length - word.length;
}

/**
 * Words of the catalog (or only of its names and aliases) that contain the
 * query word, or are within its typo allowance of it (or, for five letters or
 * more, of their first letters), with the penalty for that kind of match. Bigrams narrow the vocabulary to
 * words that can be close; the edit distance then decides.
 */
function fuzzyWords(index: SearchIndex, term: string, namesOnly: boolean): Map<number, number> {
  const result = new Map<number, number>();
  const typos = maxTypos(term.length);
  // Nobody mistypes a 33-letter word into the box; fuse.js splits such patterns anyway.
  if (typos === 0 || term.length > 32) return result;
  const prefixTypos = term.length >= 5 ? 1 : 0;
  const counts = index.scratch.sharedGrams;
  const grams = bigrams(term);
  const touched: number[] = [];
  for (const gram of grams) {
    for (const id of index.grams.get(gram) ?? []) {
      if (counts[id] === 0) touched.push(id);
      counts[id] = counts[id]! + 1;
    }
  }
  const wholeNeeds = minSharedBigrams(grams.length, typos);
  const prefixNeeds = minSharedBigrams(grams.length, prefixTypos, true);
  // A word containing the query word has all its bigrams but the two padded ones.
  const infixNeeds = Math.max(1, grams.length - 2);
  for (const id of touched) {
    const count = counts[id]!;
    counts[id] = 0;
    if (namesOnly && index.nameWords[id] === 0) continue;
    const word = index.words[id]!;
    if (word.length <= term.length + typos && word.length >= term.length - typos && count >= wholeNeeds) {
      if (word.startsWith(term)) continue; // found as a prefix already
      if (typoDistance(term, word, typos).full <= typos) {
        result.set(id, WORD_PENALTY.typo);
        continue;
      }
    }
    if (word.length > term.length) {
      if (count >= infixNeeds && !word.startsWith(term) && word.includes(term)) {
        result.set(id, WORD_PENALTY.infix);
      } else if (prefixTypos > 0 && count >= prefixNeeds && !word.startsWith(term)) {
        if (typoDistance(term, word, prefixTypos).prefix <= prefixTypos) result.set(id, WORD_PENALTY.typoPrefix);
      }
    }
  }
  return result;
}

function nextStamp(index: SearchIndex): number {
  index.scratch.stamp = (index.scratch.stamp % 0x7fffffff) + 1;
  return index.scratch.stamp;
}

/** The `limit` best items in order, without sorting everything when the limit is small. */
function selectBest<T>(items: T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (items.length <= limit * 4) return items.sort(compare).slice(0, limit);
  const best: T[] = [];
  for (const item of items) {
    if (best.length === limit && compare(item, best[limit - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(best[middle]!, item) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
