// The ?tools= list of /compare/ and the stored selection of the compare tray.
import { describe, expect, it } from 'vitest';
import { MAX_COMPARE, addToSelection, parseSelection, removeFromSelection, type Selected } from '../../src/lib/compare/compare.ts';
import { droppedNotice, parseCompareQuery, toolParams, unknownNotice } from '../../src/lib/compare/compare-query.ts';
import { compareUrl } from '../../src/lib/catalog/urls.ts';

const catalog = new Set(['kubernetes', 'nomad', 'docker-swarm', 'etcd', 'consul', 'flannel']);
const exists = (id: string): boolean => catalog.has(id);
const parse = (search: string) => parseCompareQuery(search, exists);

describe('toolParams', () => {
  it('reads a comma list, repeated parameters and mixtures of both', () => {
    expect(toolParams('?tools=kubernetes,nomad')).toEqual(['kubernetes', 'nomad']);
    expect(toolParams('tools=kubernetes&tools=nomad')).toEqual(['kubernetes', 'nomad']);
    expect(toolParams('?tools=kubernetes,nomad&q=x&tools=etcd')).toEqual(['kubernetes', 'nomad', 'etcd']);
    expect(toolParams(new URLSearchParams([['tools', 'etcd']]))).toEqual(['etcd']);
  });

  it('skips empty pieces and surrounding space', () => {
    expect(toolParams('?tools=,kubernetes,,%20nomad%20,&tools=')).toEqual(['kubernetes', 'nomad']);
    expect(toolParams('?tool=kubernetes')).toEqual([]);
    expect(toolParams('')).toEqual([]);
  });

  it('stops reading after 50 values, however long the URL', () => {
    const search = `?tools=${Array.from({ length: 10_000 }, (_, index) => `x${index}`).join(',')}`;
    expect(toolParams(search)).toHaveLength(50);
  });
});

describe('parseCompareQuery', () => {
  it('keeps known ids in the order asked', () => {
    expect(parse('?tools=nomad,kubernetes')).toEqual({ ids: ['nomad', 'kubernetes'], unknown: [], moreUnknown: 0, dropped: [] });
  });

  it('removes duplicates, also across case and parameter forms', () => {
    expect(parse('?tools=kubernetes,nomad,Kubernetes&tools=nomad').ids).toEqual(['kubernetes', 'nomad']);
  });

  it('shows at most four tools and names the ones left out', () => {
    const result = parse('?tools=kubernetes,nomad,etcd,consul,flannel,docker-swarm');
    expect(result.ids).toEqual(['kubernetes', 'nomad', 'etcd', 'consul']);
    expect(result.ids).toHaveLength(MAX_COMPARE);
    expect(result.dropped).toEqual(['flannel', 'docker-swarm']);
  });

  it('does not count unknown ids or duplicates against the limit', () => {
    const result = parse('?tools=nope,kubernetes,kubernetes,nomad,zzz,etcd,consul');
    expect(result.ids).toEqual(['kubernetes', 'nomad', 'etcd', 'consul']);
    expect(result.dropped).toEqual([]);
    expect(result.unknown).toEqual(['nope', 'zzz']);
  });

  it('reports unknown ids as typed, once each', () => {
    expect(parse('?tools=kubernetes,nope,nope').unknown).toEqual(['nope']);
    expect(parse('?tools=Nope').unknown).toEqual(['Nope']);
  });

  it('treats hostile input as unknown text without looking it up', () => {
    const looked: string[] = [];
    const result = parseCompareQuery(
      `?tools=${encodeURIComponent('<img src=x onerror=alert(1)>')},${encodeURIComponent('../../etc/passwd')},__proto__,constructor,kubernetes`,
      (id) => {
        looked.push(id);
        return catalog.has(id);
      },
    );
    expect(result.ids).toEqual(['kubernetes']);
    expect(result.unknown).toEqual(['<img src=x onerror=alert(1)>', '../../etc/passwd', '__proto__', 'constructor']);
    // Only well-formed ids reach the catalog lookup.
    expect(looked).toEqual(['constructor', 'kubernetes']);
  });

  it('shortens very long values and counts unknown ones beyond five', () => {
    const long = 'a'.repeat(500);
    const result = parse(`?tools=${long},b1,b2,b3,b4,b5,b6,kubernetes`);
    expect(result.unknown[0]).toBe(`${'a'.repeat(39)}…`);
    expect(result.unknown).toHaveLength(5);
    expect(result.moreUnknown).toBe(2);
    expect(result.ids).toEqual(['kubernetes']);
  });

  it('does not cut astral characters in half when shortening', () => {
    const [value] = parse(`?tools=${encodeURIComponent('🐳'.repeat(60))}`).unknown;
    expect(value).toBe(`${'🐳'.repeat(39)}…`);
  });

  it('returns nothing for an empty or missing list', () => {
    expect(parse('')).toEqual({ ids: [], unknown: [], moreUnknown: 0, dropped: [] });
  });
});

describe('notices', () => {
  it('names one unknown id the way the page shows it', () => {
    expect(unknownNotice({ unknown: ['nope'], moreUnknown: 0 })).toBe('No tool with the id “nope”.');
  });

  it('lists several and counts the rest', () => {
    expect(unknownNotice({ unknown: ['a', 'b'], moreUnknown: 0 })).toBe('No tools with the ids “a” or “b”.');
    expect(unknownNotice({ unknown: ['a', 'b'], moreUnknown: 3 })).toBe('No tools with the ids “a”, “b” and 3 more.');
    expect(unknownNotice({ unknown: [], moreUnknown: 0 })).toBe('');
  });

  it('explains the limit with the names left out', () => {
    expect(droppedNotice(['Flannel'])).toBe('Only 4 tools fit side by side, so Flannel was left out.');
    expect(droppedNotice(['Flannel', 'Consul'])).toBe('Only 4 tools fit side by side, so Flannel, Consul were left out.');
    expect(droppedNotice([])).toBe('');
  });
});

describe('the stored selection', () => {
  const k8s: Selected = { id: 'kubernetes', name: 'Kubernetes' };
  const nomad: Selected = { id: 'nomad', name: 'Nomad' };

  it('round-trips through JSON', () => {
    expect(parseSelection(JSON.stringify([k8s, nomad]))).toEqual([k8s, nomad]);
  });

  it('reads broken or foreign storage as empty', () => {
    for (const raw of [null, undefined, '', 'not json', '{"id":"kubernetes"}', '42', 'null']) expect(parseSelection(raw)).toEqual([]);
  });

  it('drops malformed entries and duplicates, and keeps at most four', () => {
    const raw = JSON.stringify([
      k8s,
      { id: 'Bad Id', name: 'x' },
      { id: 'etcd' },
      { id: 'etcd', name: '  ' },
      null,
      'consul',
      { id: 'kubernetes', name: 'Again' },
      nomad,
      { id: 'etcd', name: 'etcd' },
      { id: 'consul', name: 'Consul' },
      { id: 'flannel', name: 'Flannel' },
    ]);
    expect(parseSelection(raw).map((entry) => entry.id)).toEqual(['kubernetes', 'nomad', 'etcd', 'consul']);
  });

  it('adds to the end, refuses duplicates and a fifth tool, and never mutates', () => {
    const start: Selected[] = [k8s];
    const added = addToSelection(start, nomad);
    expect(added).toEqual({ selection: [k8s, nomad], result: 'added' });
    expect(start).toEqual([k8s]);
    expect(addToSelection(added.selection, { id: 'nomad', name: 'Nomad' }).result).toBe('present');
    const full = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
    expect(addToSelection(full, k8s)).toEqual({ selection: full, result: 'full' });
  });

  it('removes by id', () => {
    expect(removeFromSelection([k8s, nomad], 'kubernetes')).toEqual([nomad]);
    expect(removeFromSelection([k8s], 'etcd')).toEqual([k8s]);
  });
});

describe('compareUrl', () => {
  it('joins ids into one comma list under the base path', () => {
    expect(compareUrl(['kubernetes', 'nomad'])).toBe('/compare/?tools=kubernetes,nomad');
    expect(compareUrl()).toBe('/compare/');
  });

  it('round-trips through parseCompareQuery', () => {
    const url = new URL(compareUrl(['kubernetes', 'etcd']), 'https://example.org');
    expect(parse(url.search).ids).toEqual(['kubernetes', 'etcd']);
  });
});
