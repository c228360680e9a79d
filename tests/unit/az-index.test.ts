import { describe, expect, it } from 'vitest';
import { groupByInitial } from '../../src/lib/search/az-index.ts';
import { loadTools } from '../support/real-catalog.ts';

const tool = (name: string) => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name });

describe('groupByInitial', () => {
  it('groups by first letter, digits first, ignoring case, accents and punctuation', () => {
    const groups = groupByInitial([
      tool('etcd'),
      tool('Élan'),
      tool('k3s'),
      tool('3scale'),
      tool('Kubernetes'),
      tool('Ωmega'),
      tool('-dash'),
    ]);
    expect(groups.map((group) => [group.label, group.id, group.tools.map((entry) => entry.name)])).toEqual([
      ['0–9', '0-9', ['3scale']],
      ['D', 'd', ['-dash']],
      ['E', 'e', ['Élan', 'etcd']],
      ['K', 'k', ['k3s', 'Kubernetes']],
      ['#', 'other', ['Ωmega']],
    ]);
  });

  it('puts every tool of the real catalog in exactly one group', () => {
    const tools = loadTools();
    const grouped = groupByInitial(tools).flatMap((group) => group.tools.map((entry) => entry.id));
    expect(grouped.sort()).toEqual(tools.map((entry) => entry.id).sort());
  });
});
