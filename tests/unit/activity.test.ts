import { describe, expect, it } from 'vitest';
import { daysBetween, latestActivity, parseRepositoryUrl, sameRepository, serializeActivity } from '../../src/lib/tool/activity-facts.ts';
import { activityFileSchema, activitySchema } from '../../src/schemas/activity.ts';

describe('parseRepositoryUrl', () => {
  it.each([
    ['https://github.com/etcd-io/etcd', { host: 'github.com', slug: 'etcd-io/etcd' }],
    ['https://www.github.com/etcd-io/etcd.git', { host: 'github.com', slug: 'etcd-io/etcd' }],
    ['https://github.com/etcd-io/etcd/tree/main/server', { host: 'github.com', slug: 'etcd-io/etcd' }],
    ['https://github.com/etcd-io', { host: 'github.com' }],
    ['https://gitlab.com/gitlab-org/gitlab', { host: 'gitlab.com' }],
    ['https://codeberg.org/forgejo/forgejo', { host: 'codeberg.org' }],
  ])('%s', (url, expected) => expect(parseRepositoryUrl(url)).toEqual(expected));

  it('returns undefined for text that is no URL', () => expect(parseRepositoryUrl('etcd')).toBeUndefined());
  it('compares owner/name without case', () => expect(sameRepository('Etcd-IO/etcd', 'etcd-io/etcd')).toBe(true));
});

describe('serializeActivity', () => {
  it('sorts ids and fields, drops undefined and writes one field per line', () => {
    const text = serializeActivity({
      zeta: { source: 'snapshot', repository: 'a/z', fetchedAt: '2026-01-01' },
      alpha: {
        source: 'github-api',
        repository: 'a/a',
        fetchedAt: '2026-01-01',
        stars: 3,
        latestRelease: { tag: 'v1', kind: 'release', date: '2026-01-01T00:00:00Z' },
      },
    });
    expect(text).toBe(
      '{\n  "alpha": {\n    "fetchedAt": "2026-01-01",\n    "latestRelease": {\n      "date": "2026-01-01T00:00:00Z",\n      "kind": "release",\n      "tag": "v1"\n    },\n    "repository": "a/a",\n    "source": "github-api",\n    "stars": 3\n  },\n  "zeta": {\n    "fetchedAt": "2026-01-01",\n    "repository": "a/z",\n    "source": "snapshot"\n  }\n}\n',
    );
  });
});

describe('the activity schema', () => {
  it('accepts a minimal snapshot record and refuses zero-filled guesses of the wrong type', () => {
    expect(activitySchema.safeParse({ repository: 'a/b', source: 'snapshot', fetchedAt: '2026-01-01' }).success).toBe(true);
    expect(activitySchema.safeParse({ repository: 'a/b', source: 'snapshot', fetchedAt: '2026-01-01', stars: -1 }).success).toBe(false);
    expect(activitySchema.safeParse({ repository: 'a/b', source: 'rss', fetchedAt: '2026-01-01' }).success).toBe(false);
    expect(activitySchema.safeParse({ repository: 'no-slash', source: 'snapshot', fetchedAt: '2026-01-01' }).success).toBe(false);
    expect(
      activitySchema.safeParse({ repository: 'a/b', source: 'snapshot', fetchedAt: '2026-01-01', lastCommit: '2026-01-01T00:00:00+02:00' })
        .success,
    ).toBe(false);
    expect(activityFileSchema.safeParse({ Bad_Id: { repository: 'a/b', source: 'snapshot', fetchedAt: '2026-01-01' } }).success).toBe(
      false,
    );
  });
});

describe('dates', () => {
  it('counts days', () => expect(daysBetween('2024-06-01', '2026-06-01T12:00:00Z')).toBe(730));
  it('takes the later of last commit and latest release', () => {
    expect(
      latestActivity({
        repository: 'a/b',
        source: 'snapshot',
        fetchedAt: '2026-01-01',
        lastCommit: '2024-01-01T00:00:00Z',
        latestRelease: { tag: 'v1', date: '2025-01-01T00:00:00Z', kind: 'tag' },
      }),
    ).toBe('2025-01-01T00:00:00Z');
    expect(latestActivity(undefined)).toBeUndefined();
  });
});
