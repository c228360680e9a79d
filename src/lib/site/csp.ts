/** Content-Security-Policy helpers: hashes of inline scripts, and reading a page's policy. */
import { sha256 } from './fingerprint.ts';

/** The CSP source expression ('sha256-…', without quotes) that allows an inline script with exactly this text. */
export function inlineScriptHash(source: string): `sha256-${string}` {
  return `sha256-${sha256(source, 'base64')}`;
}

/** Splits a policy into directive name → source list ("script-src" → ["'self'", "'sha256-…'"]). */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const CSP_META = /<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;
const HEAD_OPEN = /<head(?:\s[^>]*)?>/i;

/**
 * Moves the policy's `<meta>` to the very start of `<head>`. A policy
 * given in a meta element governs only what comes after it, and Astro
 * writes it after the page's own head content (the inline theme script,
 * the title); first, it covers the whole document. Pages without a policy
 * or a head come back unchanged.
 */
export function moveCspFirst(html: string): string {
  const meta = CSP_META.exec(html);
  const head = HEAD_OPEN.exec(html);
  if (!meta || !head || meta.index < head.index) return html;
  const headEnd = head.index + head[0].length;
  if (meta.index === headEnd) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  return without.slice(0, headEnd) + meta[0] + without.slice(headEnd);
}
