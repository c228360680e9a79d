// fetchBounded against servers on 127.0.0.1. This is the one unit test that imports from scripts/: the
// module is a library with no command of its own (refresh and the landscape reader call it), and what it
// must guarantee (deadline, byte cap after decompression, redirect limit) is only observable from a caller.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchBounded, NetworkError } from '../../scripts/lib/net/bounded-fetch.ts';

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function failure(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NetworkError) return error;
    throw error;
  }
  throw new Error('expected a NetworkError');
}

const limits = { timeoutMs: 2000, maxBytes: 1000 };

describe('fetchBounded', () => {
  it('returns the status, headers and text of any answer', async () => {
    const base = await serve((request, response) => {
      response.writeHead(404, { 'x-seen': request.method ?? '' });
      response.end('nothing here');
    });
    const answer = await fetchBounded(`${base}/x`, limits);
    expect(answer).toMatchObject({ status: 404, text: 'nothing here' });
    expect(answer.headers.get('x-seen')).toBe('GET');
  });

  it('sends the method, headers and body it is given', async () => {
    const base = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => response.end(`${request.method} ${String(request.headers['x-token'])} ${body}`));
    });
    const answer = await fetchBounded(base, { ...limits, method: 'POST', body: '{"a":1}', headers: { 'x-token': 't' } });
    expect(answer.text).toBe('POST t {"a":1}');
  });

  it('decompresses gzip', async () => {
    const base = await serve((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip' });
      response.end(gzipSync('{"ok":true}'));
    });
    expect((await fetchBounded(base, limits)).text).toBe('{"ok":true}');
  });

  it('stops a gzip bomb at the cap, counting decompressed bytes', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
    expect(bomb.byteLength).toBeLessThan(100_000);
    const base = await serve((_request, response) => {
      response.writeHead(200, { 'content-encoding': 'gzip', 'content-length': bomb.byteLength });
      response.end(bomb);
    });
    const error = await failure(fetchBounded(base, { timeoutMs: 5000, maxBytes: 1_000_000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('the answer from ' + new URL(base).host + ' is larger than the 1000000-byte limit');
  });

  it('refuses a body longer than the cap, declared or not', async () => {
    const declared = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': 5000 });
      response.end('x'.repeat(5000));
    });
    expect((await failure(fetchBounded(declared, limits))).kind).toBe('too-large');
    const chunked = await serve((_request, response) => {
      response.write('x'.repeat(800));
      response.end('x'.repeat(800));
    });
    expect((await failure(fetchBounded(chunked, limits))).kind).toBe('too-large');
  });

  it('gives up on a server that stalls, at the deadline', async () => {
    const base = await serve((_request, response) => {
      response.writeHead(200);
      response.write('{"partial":');
    });
    const started = performance.now();
    const error = await failure(fetchBounded(base, { timeoutMs: 300, maxBytes: 1000 }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`no complete answer from ${new URL(base).host} within 300 ms`);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports a connection reset and a refused connection as connection failures', async () => {
    const reset = await serve((request) => request.socket.destroy());
    const error = await failure(fetchBounded(reset, limits));
    expect(error.kind).toBe('connection');
    expect(error.message).not.toContain('\n');
    const cut = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': 100 });
      response.write('{"a":');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    expect((await failure(fetchBounded(cut, limits))).kind).toBe('connection');
    const closed = await serve(() => undefined);
    const port = new URL(closed).port;
    await new Promise<void>((resolve) => servers.pop()!.close(() => resolve()));
    expect((await failure(fetchBounded(`http://127.0.0.1:${port}/`, limits))).kind).toBe('connection');
  });

  it('follows up to five redirects, dropping credentials across origins', async () => {
    const other = await serve((request, response) => response.end(`auth=${request.headers.authorization ?? 'none'}`));
    const base = await serve((request, response) => {
      const hop = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('hop') ?? 0);
      if (request.url?.startsWith('/away')) {
        response.writeHead(302, { location: `${other}/landed` });
        response.end();
      } else if (hop < 5) {
        response.writeHead(301, { location: `/?hop=${hop + 1}` });
        response.end();
      } else response.end(`hop ${hop} auth=${request.headers.authorization}`);
    });
    expect((await fetchBounded(base, { ...limits, headers: { authorization: 'token t' } })).text).toBe('hop 5 auth=token t');
    expect((await fetchBounded(`${base}/away`, { ...limits, headers: { authorization: 'token t' } })).text).toBe('auth=none');
  });

  it('refuses a sixth redirect', async () => {
    const base = await serve((_request, response) => {
      response.writeHead(302, { location: '/again' });
      response.end();
    });
    const error = await failure(fetchBounded(base, limits));
    expect(error.kind).toBe('http');
    expect(error.message).toBe(`more than 5 redirects, the last from ${new URL(base).host}`);
  });

  it('refuses URLs that are not http(s) and ends when the caller aborts', async () => {
    expect((await failure(fetchBounded('file:///etc/passwd', limits))).message).toBe('refusing to fetch a file: URL');
    expect((await failure(fetchBounded('not a url', limits))).kind).toBe('http');
    const base = await serve(() => undefined);
    const error = await failure(fetchBounded(base, { ...limits, signal: AbortSignal.timeout(100) }));
    expect(error.kind).toBe('timeout');
  });
});
