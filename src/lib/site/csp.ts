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
