// The status colours drawn into badges and social cards are the light scheme's --status-* tokens.
import { STATUSES, STATUS_COLORS } from '../../src/lib/status.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const lightToken = (name: string): string | undefined =>
  new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),`, 'i').exec(css)?.[1]?.toLowerCase();

describe('STATUS_COLORS', () => {
  it.each(STATUSES)('%s matches the light tokens of global.css', (status) => {
    expect(STATUS_COLORS[status]).toEqual({ fg: lightToken(`status-${status}-fg`), bg: lightToken(`status-${status}-bg`) });
  });
});
