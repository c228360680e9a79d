import { describe, expect, it } from 'vitest';
import { compact, foldWithMap, normalise, queryTerms, words } from '../../src/lib/search/normalise.ts';

describe('normalise', () => {
  it.each([
    ['Kubernetes', 'kubernetes'],
    ['KÜBERNETES', 'kubernetes'],
    ['Prométhéus', 'prometheus'],
    ['kube-router', 'kube router'],
    ['  Docker   Compose  ', 'docker compose'],
    ['CRI-O', 'cri o'],
    ['cAdvisor', 'cadvisor'],
    ['k8s', 'k8s'],
    ['hashicorp/serf', 'hashicorp serf'],
    ['Ｋｕｂｅ', 'kube'],
    ['<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['!!!', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it('folds decomposed accents like precomposed ones', () => {
    expect(normalise('Pro\u0301metheus')).toBe(normalise('Prómetheus'));
  });
});

describe('compact and words', () => {
  it('takes the spaces out', () => {
    expect(compact('Argo CD')).toBe('argocd');
    expect(compact('kube-state-metrics')).toBe('kubestatemetrics');
  });

  it('lists distinct words in order', () => {
    expect(words('Docker, docker and Compose')).toEqual(['docker', 'and', 'compose']);
    expect(words('  ')).toEqual([]);
  });
});

describe('foldWithMap', () => {
  it('keeps one folded character per source character, separators included', () => {
    const { folded, origin } = foldWithMap('Kube-OVN');
    expect(folded).toBe('kube ovn');
    expect(origin).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('maps folded characters back across dropped accents and astral characters', () => {
    const text = 'e\u0301t😀cd';
    const { folded, origin } = foldWithMap(text);
    expect(folded).toBe('et cd');
    expect(origin.map((index) => text.codePointAt(index))).toEqual([0x65, 0x74, 0x1f600, 0x63, 0x64]);
  });

  it('agrees with normalise on where words are', () => {
    for (const text of ['Docker Swarm mode', 'Prométhéus Alertmanager', 'kube-state-metrics', 'e\u0301tcd']) {
      expect(foldWithMap(text).folded.split(/ +/).filter(Boolean).join(' ')).toBe(normalise(text));
    }
  });
});

describe('queryTerms', () => {
  it('drops stop words when something else is left', () => {
    expect(queryTerms('tools for the logging of containers')).toEqual(['tools', 'logging', 'containers']);
  });

  it('keeps them when nothing else is left', () => {
    expect(queryTerms('The')).toEqual(['the']);
  });

  it('has no terms for blank or punctuation-only queries', () => {
    expect(queryTerms('   ')).toEqual([]);
    expect(queryTerms('<>')).toEqual([]);
  });
});
