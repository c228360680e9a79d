import { describe, expect, it } from 'vitest';
import { sourceHost, supportsText } from '../../src/lib/tool/sources.ts';

describe('sources on a tool page', () => {
  it('says what a source supports in words', () => {
    expect(supportsText(['license'])).toBe('licence');
    expect(supportsText(['status', 'statusSince'])).toBe('status and status date');
    expect(supportsText(['status', 'statusSince', 'body', 'status'])).toBe('status, status date and description');
  });

  it('names the host a link leads to', () => {
    expect(sourceHost('https://www.github.com/o/r/blob/abc/LICENSE')).toBe('github.com');
    expect(sourceHost('https://landscape.cncf.io/?item=x')).toBe('landscape.cncf.io');
  });
});
