/**
 * One HTTP request that cannot hang, flood memory or wander: a deadline for
 * the whole exchange (connection, redirects and body), a cap on the body
 * *after* decompression (so a gzip bomb stops at the cap instead of filling
 * memory), and at most five redirects, followed by hand so each hop is
 * checked. Answers of any status are returned; only a failure to get a
 * complete answer throws, and always as a NetworkError with a one-line
 * message, so callers can print it as it is.
 */

export type NetworkErrorKind = 'timeout' | 'too-large' | 'connection' | 'http';

export class NetworkError extends Error {
  override name = 'NetworkError';
  readonly kind: NetworkErrorKind;

  constructor(kind: NetworkErrorKind, message: string, options?: { cause?: unknown }) {
    // One line whatever the cause said: these messages end up in terminal and CI output.
    super(message.replace(/\s+/g, ' ').trim(), options);
    this.kind = kind;
  }
}

export interface BoundedFetchOptions {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Most bytes of body accepted, counted after any content-encoding is undone. */
  maxBytes: number;
  headers?: Record<string, string>;
  method?: string;
  body?: string;
  /** Cancels the request from outside (a whole-run deadline, for one). */
  signal?: AbortSignal;
}

export interface BoundedResponse {
  status: number;
  headers: Headers;
  text: string;
}

export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** What the socket said, found in fetch's nested causes ("fetch failed" alone says nothing). */
function describeCause(error: unknown): string {
  const parts: string[] = [];
  let cause: unknown = error;
  for (let depth = 0; cause && depth < 5; depth += 1) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof message === 'string' && message !== '' && message !== 'fetch failed') parts.push(message);
    if (typeof code === 'string' && !parts.some((part) => part.includes(code))) parts.push(code);
    cause = (cause as { cause?: unknown }).cause;
  }
  return parts.length > 0 ? parts.join(': ') : 'the connection failed';
}

function hostOf(url: URL): string {
  return url.host;
}

/** Reads the body chunk by chunk and gives up as soon as it passes the cap. */
async function readCapped(response: Response, url: URL, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  // A declared length only bounds the encoded body; the decoded one is still counted below.
  if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new NetworkError('too-large', `the answer from ${hostOf(url)} is larger than the ${maxBytes}-byte limit`);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new NetworkError('too-large', `the answer from ${hostOf(url)} is larger than the ${maxBytes}-byte limit`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export async function fetchBounded(url: string, options: BoundedFetchOptions): Promise<BoundedResponse> {
  let current: URL;
  try {
    current = new URL(url);
  } catch {
    throw new NetworkError('http', `not a valid URL: ${JSON.stringify(url).slice(0, 200)}`);
  }
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  let method = (options.method ?? 'GET').toUpperCase();
  let body = options.body;
  const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate', ...options.headers };
  const origin = current.origin;

  const aborted = (cause: unknown): NetworkError => {
    if (deadline.aborted)
      return new NetworkError('timeout', `no complete answer from ${hostOf(current)} within ${options.timeoutMs} ms`, { cause });
    const reason: unknown = options.signal?.reason;
    if (reason instanceof NetworkError) return reason;
    if (reason instanceof DOMException && reason.name === 'TimeoutError') {
      return new NetworkError('timeout', `the request to ${hostOf(current)} ran out of time`, { cause });
    }
    return new NetworkError('connection', `the request to ${hostOf(current)} was cancelled`, { cause });
  };

  for (let hop = 0; ; hop += 1) {
    if (current.protocol !== 'https:' && current.protocol !== 'http:') {
      throw new NetworkError('http', `refusing to fetch a ${current.protocol} URL`);
    }
    let response: Response;
    try {
      response = await fetch(current, { method, headers, redirect: 'manual', signal, ...(body === undefined ? {} : { body }) });
    } catch (error) {
      if (signal.aborted) throw aborted(error);
      throw new NetworkError('connection', `could not reach ${hostOf(current)}: ${describeCause(error)}`, { cause: error });
    }

    if (REDIRECT_STATUSES.has(response.status)) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location) throw new NetworkError('http', `${hostOf(current)} answered ${response.status} without a location to go to`);
      if (hop >= MAX_REDIRECTS) throw new NetworkError('http', `more than ${MAX_REDIRECTS} redirects, the last from ${hostOf(current)}`);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new NetworkError('http', `${hostOf(current)} redirected to an invalid URL`);
      }
      // Credentials stay with the origin they were given for.
      if (next.origin !== origin) {
        for (const name of Object.keys(headers)) if (/^(authorization|cookie)$/i.test(name)) delete headers[name];
      }
      // As browsers do: 303, and 301/302 after a POST, become a GET without a body; 307 and 308 repeat the request.
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        if (method !== 'HEAD') method = 'GET';
        body = undefined;
        for (const name of Object.keys(headers)) if (/^content-(type|length)$/i.test(name)) delete headers[name];
      }
      current = next;
      continue;
    }

    try {
      const text = await readCapped(response, current, options.maxBytes);
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (error instanceof NetworkError) throw error;
      if (signal.aborted) throw aborted(error);
      throw new NetworkError('connection', `the answer from ${hostOf(current)} broke off: ${describeCause(error)}`, { cause: error });
    }
  }
}
