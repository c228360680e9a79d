/**
 * The compare page without JavaScript: CSS that shows the fact sheet of every
 * ticked tool, one rule per tool (CSS cannot match a box to its sheet by
 * value), active only when scripting is off. Built at build time.
 */
import { createHash } from 'node:crypto';
import { KEBAB_CASE } from '../schemas/ids.ts';

export function revealCss(ids: readonly string[]): string {
  const rules = ids.map((id) => {
    // Ids go into selectors unescaped, so anything but kebab-case is refused.
    if (!KEBAB_CASE.test(id)) throw new Error(`not a kebab-case tool id: ${id}`);
    return `tool-compare:has(#pick-${id}:checked) #sheet-${id}{display:block}`;
  });
  return `@media (scripting:none){${rules.join('')}tool-compare:has(.picker :checked) .sheets-empty{display:none}}`;
}

/** The Content-Security-Policy source ('sha256-…') that admits an inline <style> with exactly this text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
