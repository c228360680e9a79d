import { describe, expect, it } from 'vitest';
import { parseRedirects, toAstroRedirects } from '../../src/lib/catalog/redirects.ts';

const ids = new Set(['docker-swarm', 'weave-net']);

describe('parseRedirects', () => {
  it('reads old tool paths and their new ids', () => {
    expect(parseRedirects('tools/swarm/: docker-swarm\n/tools/weave/: weave-net\n', ids)).toEqual([
      { from: 'tools/swarm/', to: 'docker-swarm' },
      { from: 'tools/weave/', to: 'weave-net' },
    ]);
  });

  it('accepts an empty file', () => {
    expect(parseRedirects('# nothing yet\n', ids)).toEqual([]);
  });

  it('names every bad line: unknown target, a path that is not a tool path, an existing tool page', () => {
    const text = 'tools/swarm/: docker-swam\nabout/: weave-net\ntools/weave-net/: docker-swarm\n';
    expect(() => parseRedirects(text, ids)).toThrow(
      /"tools\/swarm\/" points to "docker-swam".*"about\/" must be an old tool path.*"tools\/weave-net\/" is the page of an existing tool/,
    );
  });
});

describe('toAstroRedirects', () => {
  it('keys routes without the base and puts the base into the destination', () => {
    expect(toAstroRedirects([{ from: 'tools/swarm/', to: 'docker-swarm' }], '/atlas/')).toEqual({
      '/tools/swarm/': '/atlas/tools/docker-swarm/',
    });
    expect(toAstroRedirects([{ from: 'tools/swarm/', to: 'docker-swarm' }], '/')).toEqual({ '/tools/swarm/': '/tools/docker-swarm/' });
  });
});
