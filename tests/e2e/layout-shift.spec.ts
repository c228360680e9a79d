// No layout shift from late content: what scripts add after the first paint (the theme toggle,
// compare buttons, the filter form) must not move what the reader already sees.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { typePages } from '../support/pages.ts';

const pages = typePages();

/** Layout shifts recorded from the start of the page, each with the elements that moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.defineProperty(window, '__layoutShifts', { value: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{
        value: number;
        hadRecentInput: boolean;
        sources?: Array<{ node?: Node | null }>;
      }>) {
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((source) => {
          const node = source.node;
          return node instanceof Element
            ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].join('.')}`
            : String(node?.nodeName);
        });
        shifts.push(`${entry.value.toFixed(4)} ${moved.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const { label, url } of pages) {
  test(`the ${label} page does not shift while it loads at 375 or 1280 px`, async ({ page }) => {
    await recordShifts(page);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      // Let one more frame render, so a shift caused by the last script is observed.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const shifts = await page.evaluate(() => (window as unknown as { __layoutShifts: string[] }).__layoutShifts);
      // Late content must not move the page. Sub-pixel rounding on a loaded machine can register as a
      // shift of a few thousandths; anything reaching 0.01 (a tenth of the "good" CLS threshold) fails.
      const total = shifts.reduce((sum, shift) => sum + Number.parseFloat(shift), 0);
      expect(total, `${width} px:\n${shifts.join('\n')}`).toBeLessThan(0.01);
    }
  });
}
