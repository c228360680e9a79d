// The no-JavaScript compare page: one reveal rule per tool, and the CSP hash of that exact text.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { revealCss, styleHash } from '../../src/lib/compare-reveal.ts';

describe('revealCss', () => {
  it('shows a sheet only when its own box is ticked, and only without scripting', () => {
    const css = revealCss(['kubernetes', 'nomad']);
    expect(css.startsWith('@media (scripting:none){')).toBe(true);
    expect(css).toContain('tool-compare:has(#pick-kubernetes:checked) #sheet-kubernetes{display:block}');
    expect(css).toContain('tool-compare:has(#pick-nomad:checked) #sheet-nomad{display:block}');
    expect(css.match(/display:block/g)).toHaveLength(2);
  });

  it('refuses ids that would break out of the selector', () => {
    expect(() => revealCss(['ok', 'x}body{display:none'])).toThrow(/kebab-case/);
  });
});

describe('styleHash', () => {
  it('is the base64 SHA-256 of the exact text', () => {
    expect(styleHash('a{}')).toBe(`sha256-${createHash('sha256').update('a{}').digest('base64')}`);
    expect(styleHash('a{}')).not.toBe(styleHash('a{} '));
  });
});
