import { describe, expect, it } from 'vitest';
import { buildIndex, buildIndexInSlices, search } from '../../src/lib/search/engine.ts';
import type { SearchData, SearchRecord } from '../../src/lib/search/projection.ts';
import { benchQueries, syntheticCatalog } from '../support/synthetic-catalog.ts';

function tool(id: string, name: string, extra: Partial<SearchRecord> = {}): SearchRecord {
  return { id, name, summary: `${name} is a tool.`, category: 'more', status: 'active', ...extra };
}

const data: SearchData = {
  categories: { more: 'More', orchestration: 'Orchestration' },
  tools: [
    tool('aardvark', 'Aardvark', { summary: 'Mentions etcd, etcd and etcd again in its summary.', tags: ['key-value-store'] }),
    tool('dead-scheduler', 'Dead Scheduler', { status: 'archived', tags: ['scheduler'] }),
    tool('docker-compose', 'Docker Compose', { aliases: ['compse', 'Fig'], tags: ['docker'] }),
    tool('docker-machine', 'Docker Machine', { status: 'archived', tags: ['docker'] }),
    tool('etcd', 'etcd', { tags: ['key-value-store'], summary: 'Distributed key-value store that replicates configuration with Raft.' }),
    tool('etcd-browser', 'etcd browser', { status: 'defunct' }),
    tool('kubernetes', 'Kubernetes', {
      aliases: ['k8s', 'kube'],
      tags: ['scheduler'],
      summary: 'Container orchestrator that schedules workloads across a cluster.',
    }),
    tool('live-scheduler', 'Live Scheduler', { tags: ['scheduler'] }),
    tool('serf', 'Serf', { aliases: ['Surf'], tags: ['gossip'], status: 'maintained' }),
  ],
};
const index = buildIndex(data);
const ids = (query: string, limit = 10): string[] => search(index, query, { limit }).hits.map((hit) => hit.record.id);

describe('search', () => {
  it.each(['', '   ', '\n\t', '!!!', '—'])('finds nothing, without error, for %j', (query) => {
    expect(search(index, query)).toEqual({ hits: [], total: 0 });
  });

  it('puts an exact name first, even above tools that mention it more often', () => {
    expect(ids('etcd')[0]).toBe('etcd');
    expect(ids('etcd')).toContain('aardvark');
  });

  it('puts a name the query starts before other matches', () => {
    expect(ids('etc')).toEqual(['etcd', 'etcd-browser', 'aardvark']);
  });

  it('finds tools by alias, whole or started', () => {
    expect(ids('k8s')[0]).toBe('kubernetes');
    expect(ids('surf')[0]).toBe('serf');
    expect(ids('compse')[0]).toBe('docker-compose');
    expect(ids('fig')[0]).toBe('docker-compose');
  });

  it('tolerates typos', () => {
    expect(ids('kubernets')[0]).toBe('kubernetes');
    expect(ids('kubrnetes')[0]).toBe('kubernetes');
    expect(ids('etdc')[0]).toBe('etcd');
  });

  it('ignores case, accents and punctuation', () => {
    for (const query of ['KUBERNETES', 'Kübernetes', 'kubernetes!', ' kubernetes ']) expect(ids(query)[0], query).toBe('kubernetes');
  });

  it('needs every word of a multi-word query, in any order', () => {
    expect(ids('compose docker')).toEqual(['docker-compose']);
    expect(ids('docker machine')).toEqual(['docker-machine']);
    expect(ids('docker etcd')).toEqual([]);
  });

  it('treats a one-letter last word as the start of a word', () => {
    expect(ids('docker c')).toEqual(['docker-compose']);
    expect(ids('docker m')).toEqual(['docker-machine']);
  });

  it('ranks archived and defunct tools below live ones of the same match quality', () => {
    expect(ids('scheduler')).toEqual(['live-scheduler', 'dead-scheduler', 'kubernetes']);
    expect(ids('docker')).toEqual(['docker-compose', 'docker-machine']);
  });

  it('still puts an archived tool first when it matches better', () => {
    expect(ids('dead scheduler')[0]).toBe('dead-scheduler');
    expect(ids('docker machine')[0]).toBe('docker-machine');
  });

  it('limits the hits but counts every match', () => {
    const result = search(index, 'e', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(2);
    const withTool = data.tools.filter((entry) => entry.summary.includes(' tool.')).length;
    expect(search(index, 'tool', { limit: Infinity }).hits).toHaveLength(withTool);
    expect(search(index, 'tool', { limit: 3 }).total).toBe(withTool);
  });

  it('survives hostile and odd input', () => {
    for (const query of ['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '😀', 'a'.repeat(1000), 'k'.repeat(40), '\u0000']) {
      expect(() => search(index, query), query).not.toThrow();
    }
    expect(ids('<img src=x onerror=alert(1)>')).toEqual([]);
  });
});

describe('buildIndexInSlices', () => {
  it('builds the same index, handing the thread back between slices', async () => {
    const large = syntheticCatalog(500);
    let pauses = 0;
    const slices: number[] = [];
    const sliced = await buildIndexInSlices(large, {
      sliceMs: 0,
      pause: () => {
        pauses += 1;
        return Promise.resolve();
      },
      onSlice: (ms) => slices.push(ms),
    });
    expect(pauses).toBeGreaterThan(0);
    expect(slices.length).toBe(pauses + 1);
    const whole = buildIndex(large);
    for (const { text } of benchQueries(large, 1, 5)) expect(search(sliced, text), text).toEqual(search(whole, text));
  });
});
