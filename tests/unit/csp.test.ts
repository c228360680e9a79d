import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHash, parsePolicy } from '../../src/lib/site/csp.ts';

describe('inlineScriptHash', () => {
  it('is the base64 SHA-256 of the exact script text, as browsers compute it', () => {
    const text = "try{document.documentElement.dataset.theme='dark'}catch(e){}";
    expect(inlineScriptHash(text)).toBe(`sha256-${createHash('sha256').update(text).digest('base64')}`);
    expect(inlineScriptHash(`${text} `)).not.toBe(inlineScriptHash(text));
  });
});

describe('parsePolicy', () => {
  it('maps directives to their sources; the first occurrence wins, as in browsers', () => {
    const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-abc='; SCRIPT-SRC *;");
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(policy.size).toBe(2);
  });
});
