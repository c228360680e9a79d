// Status badges: well-formed SVG with the status text, escaped, no script and no external reference.
import { STATUSES } from '../../src/lib/status.ts';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeMarkdown, badgeSize, statusBadgeSvg } from '../../src/lib/tool/badge.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((index) => {
    const channel = Number.parseInt(hex.slice(index, index + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('status badges', () => {
  it.each(STATUSES)('the %s badge is a valid SVG naming the status, with nothing external', (status) => {
    const svg = statusBadgeSvg(status);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`>${status}</text>`);
    expect(svg).toContain(`aria-label="Container Atlas: ${status}"`);
    expect(svg).toContain(BADGE_COLORS[status]);
    expect(svg).not.toMatch(/<script|\son\w+=|href=|xlink:|url\((?!#)|@import/i);
    // resvg refuses a malformed SVG; a rendered badge has the size the page reserves for it.
    const image = new Resvg(svg).render();
    expect([image.width, image.height]).toEqual([Math.ceil(badgeSize(status).width), badgeSize(status).height]);
  });

  it('white text on every badge colour passes 4.5:1', () => {
    for (const color of Object.values(BADGE_COLORS)) expect(1.05 / (luminance(color) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('an unknown status is refused with a message', () => {
    expect(() => statusBadgeSvg('gone' as never)).toThrow(/no badge colour for status "gone"/);
  });

  it('the Markdown snippet links the badge to the tool page', () => {
    expect(badgeMarkdown('https://e.org/badges/etcd.svg', 'https://e.org/tools/etcd/', 'active')).toBe(
      '[![Container Atlas: active](https://e.org/badges/etcd.svg)](https://e.org/tools/etcd/)',
    );
  });
});
