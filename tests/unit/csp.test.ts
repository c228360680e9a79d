import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHash, moveCspFirst, parsePolicy } from '../../src/lib/site/csp.ts';

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

describe('moveCspFirst', () => {
  const meta = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
  it('puts the policy first in <head>, keeping everything else in order', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title><script>x()</script>${meta}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    expect(moveCspFirst(html)).toBe(
      `<!DOCTYPE html><html lang="en"><head>${meta}<meta charset="utf-8"><title>T</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
    );
  });

  it('leaves a page that is already right, or has no policy or head, as it is', () => {
    const first = `<html><head>${meta}<title>T</title></head></html>`;
    expect(moveCspFirst(first)).toBe(first);
    expect(moveCspFirst('<html><head><title>T</title></head></html>')).toBe('<html><head><title>T</title></head></html>');
    expect(moveCspFirst(`<p>${meta}</p>`)).toBe(`<p>${meta}</p>`);
  });
});
