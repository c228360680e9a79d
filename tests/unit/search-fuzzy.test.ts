import { describe, expect, it } from 'vitest';
import { bigrams, maxTypos, minSharedBigrams, typoDistance } from '../../src/lib/search/fuzzy.ts';
import { prng } from '../support/synthetic-catalog.ts';

describe('bigrams', () => {
  it('pads the word so its first and last letters count', () => {
    expect(bigrams('etcd')).toEqual([' e', 'et', 'tc', 'cd', 'd ']);
  });

  it('lists each bigram once', () => {
    expect(bigrams('aaaa')).toEqual([' a', 'aa', 'a ']);
  });
});

describe('maxTypos', () => {
  it('allows none below four letters, one up to seven, two from eight', () => {
    expect([1, 3, 4, 7, 8, 12].map(maxTypos)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('typoDistance', () => {
  it.each([
    ['kubernets', 'kubernetes', 1],
    ['promethus', 'prometheus', 1],
    ['etdc', 'etcd', 1],
    ['kubrnetes', 'kubernetes', 1],
    ['kubrnets', 'kubernetes', 2],
    ['flannel', 'flannel', 0],
  ])('%s → %s: %i typo(s)', (term, word, typos) => {
    expect(typoDistance(term, word, 2).full).toBe(typos);
  });

  it('caps the distance at max + 1', () => {
    expect(typoDistance('consul', 'kubernetes', 2)).toEqual({ full: 3, prefix: 3 });
  });

  it('measures against the closest start of a longer word', () => {
    expect(typoDistance('kubrn', 'kubernetes', 1).prefix).toBe(1);
    expect(typoDistance('prom', 'prometheus', 1)).toEqual({ full: 2, prefix: 0 });
  });
});

describe('minSharedBigrams', () => {
  // The candidate filter is only safe if no word within the typo allowance falls below the bound.
  it('never rejects a word within the typo allowance, of 3,000 random ones', () => {
    const random = prng(7);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const pick = (): string => letters[Math.floor(random() * letters.length)]!;
    for (let round = 0; round < 3000; round += 1) {
      let word = '';
      const length = 4 + Math.floor(random() * 9);
      while (word.length < length) word += pick();
      let term = word;
      const typos = maxTypos(length);
      for (let edit = 0; edit < typos; edit += 1) {
        const at = Math.floor(random() * term.length);
        const kind = Math.floor(random() * 4);
        if (kind === 0) term = term.slice(0, at) + term.slice(at + 1);
        else if (kind === 1) term = term.slice(0, at) + pick() + term.slice(at);
        else if (kind === 2) term = term.slice(0, at) + pick() + term.slice(at + 1);
        else if (at < term.length - 1) term = term.slice(0, at) + term[at + 1] + term[at] + term.slice(at + 2);
      }
      const allowed = maxTypos(term.length);
      if (typoDistance(term, word, allowed).full > allowed) continue;
      const termGrams = bigrams(term);
      const wordGrams = new Set(bigrams(word));
      const shared = termGrams.filter((gram) => wordGrams.has(gram)).length;
      expect(shared, `${term} → ${word}`).toBeGreaterThanOrEqual(minSharedBigrams(termGrams.length, allowed));
      // …and the same for the start of a longer word, with the one typo allowed there.
      const longer = `${word}${pick()}${pick()}`;
      if (term.length >= 5 && typoDistance(term, longer.slice(0, term.length + 1), 1).prefix <= 1) {
        const longerGrams = new Set(bigrams(longer));
        const sharedLonger = termGrams.filter((gram) => longerGrams.has(gram)).length;
        expect(sharedLonger, `${term} → ${longer}`).toBeGreaterThanOrEqual(minSharedBigrams(termGrams.length, 1, true));
      }
    }
  });
});

/** The textbook full-table edit distance with swaps of neighbours, to check the banded one against. */
function reference(term: string, word: string): { full: number; prefix: number } {
  const d = Array.from({ length: term.length + 1 }, (_, i) =>
    Array.from({ length: word.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= term.length; i += 1) {
    for (let j = 1; j <= word.length; j += 1) {
      const cost = term[i - 1] === word[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return { full: d[term.length]![word.length]!, prefix: Math.min(...d[term.length]!) };
}

describe('typoDistance against the full table', () => {
  it('agrees on 5,000 random pairs, up to the cap', () => {
    const random = prng(11);
    const word = (): string => Array.from({ length: Math.floor(random() * 12) }, () => 'abcde'[Math.floor(random() * 5)]).join('');
    for (let round = 0; round < 5000; round += 1) {
      const term = word();
      const other = word();
      const max = Math.floor(random() * 3);
      const expected = reference(term, other);
      const cap = (value: number): number => Math.min(value, max + 1);
      expect(typoDistance(term, other, max), `${term} / ${other} / ${max}`).toEqual({
        full: cap(expected.full),
        prefix: cap(expected.prefix),
      });
    }
  });
});
