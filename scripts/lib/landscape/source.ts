/**
 * Where the landscape comes from: LANDSCAPE_URL when it is set (an https URL
 * or a local file path), else cncf/landscape's raw landscape.yml. Reading it
 * is bounded in time and size, and every failure is one LandscapeSourceError
 * line, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_LANDSCAPE_URL } from '../../../src/lib/cncf/read-landscape.ts';
import { fetchBounded, NetworkError } from '../net/bounded-fetch.ts';

export class LandscapeSourceError extends Error {
  override name = 'LandscapeSourceError';
}

/** The landscape file is about 1 MiB; 20 MiB leaves room to grow and still stops a runaway answer. */
export const LANDSCAPE_MAX_BYTES = 20 * 1024 * 1024;
export const LANDSCAPE_TIMEOUT_MS = 60_000;

export type LandscapeSource = { kind: 'url'; url: string } | { kind: 'file'; path: string };

/** Plain http is for the tests' local server only: anything the data comes from on the network must be https. */
const LOCAL_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//i;

export function landscapeSource(value: string | undefined, cwd: string): LandscapeSource {
  const text = value?.trim() ?? '';
  if (text === '') return { kind: 'url', url: DEFAULT_LANDSCAPE_URL };
  if (/^https:\/\//i.test(text) || LOCAL_HTTP.test(text)) return { kind: 'url', url: text };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[a-z]:[\\/]/i.test(text)) {
    throw new LandscapeSourceError(`LANDSCAPE_URL must be an https:// URL or a local file path, not ${JSON.stringify(text.slice(0, 200))}`);
  }
  return { kind: 'file', path: resolve(cwd, text) };
}

/** How the source is named in messages: the URL, or the path as given. */
export function sourceLabel(source: LandscapeSource): string {
  return source.kind === 'url' ? source.url : source.path;
}

export async function readLandscapeText(source: LandscapeSource): Promise<string> {
  if (source.kind === 'file') {
    try {
      return readFileSync(source.path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
      throw new LandscapeSourceError(`cannot read ${source.path}: ${why}`);
    }
  }
  try {
    const answer = await fetchBounded(source.url, {
      timeoutMs: LANDSCAPE_TIMEOUT_MS,
      maxBytes: LANDSCAPE_MAX_BYTES,
      headers: { accept: 'text/plain, application/yaml, */*', 'user-agent': 'container-atlas-landscape' },
    });
    if (answer.status !== 200) throw new LandscapeSourceError(`${source.url} answered HTTP ${answer.status}`);
    return answer.text;
  } catch (error) {
    if (error instanceof NetworkError) throw new LandscapeSourceError(`cannot fetch ${source.url}: ${error.message}`);
    throw error;
  }
}
