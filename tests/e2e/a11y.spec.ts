// Accessibility gates: axe-core finds no violation on any page type, in light and dark, on a phone and a
// desktop screen, nor on a tool page of each status in light and dark; a skip link leads to the content;
// every focusable element shows where the focus is.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { gatePages, typePages } from '../support/pages.ts';

const pages = gatePages();
const schemes = ['light', 'dark'] as const;
const widths = [375, 1280] as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n'),
  );
}

test.describe('axe', () => {
  // axe walks the whole DOM four times per page; long pages (/new/, the A–Z lists, a category) take
  // tens of seconds on a busy 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  // One load per page; the scheme and the width change in place, so each of the four views is checked
  // without paying for four page loads. A page of each type gets all four views, a tool page of each
  // status (same layout, own colours) both schemes.
  for (const { label, url, kind } of pages) {
    test(`${label} (${url}) has no violations in light and dark${kind === 'type' ? ' at 375 and 1280 px' : ''}`, async ({ page }) => {
      await page.setViewportSize({ width: widths[1], height: 900 });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      const found: string[] = [];
      for (const width of kind === 'type' ? widths : [widths[1]]) {
        await page.setViewportSize({ width, height: 900 });
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          found.push(...(await violations(page)).map((violation) => `${colorScheme}, ${width} px: ${violation}`));
        }
      }
      expect(found).toEqual([]);
    });
  }

  test('the theme chosen with the toggle, against the system scheme, has no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto(pages.find((candidate) => candidate.label === 'tool')?.url ?? './');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, not back in the header.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  for (const { label, url } of typePages()) {
    test(`every focus stop on the ${label} page shows a visible focus indicator`, async ({ page }) => {
      await page.goto(url);
      const seen = new Set<string>();
      for (let stop = 0; stop < 80; stop += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement;
          if (!element || element === document.body) return undefined;
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          const path = [...(element.parentElement?.children ?? [])].indexOf(element) + ':' + element.outerHTML.slice(0, 120);
          return {
            path,
            outline: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
            shadow: style.boxShadow !== 'none',
            visible: box.width > 0 && box.height > 0,
          };
        });
        if (!focus || seen.has(focus.path)) break;
        seen.add(focus.path);
        expect(focus.visible, `focused element is on screen: ${focus.path}`).toBe(true);
        expect(focus.outline || focus.shadow, `focus indicator on ${focus.path}`).toBe(true);
      }
      expect(seen.size, 'the page has focus stops').toBeGreaterThan(3);
    });
  }
});

test('the theme toggle names the theme it applies, and keeps its size', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.locator('atlas-theme-toggle button');
  await expect(toggle).toHaveAccessibleName('Theme: system');
  const width = (await toggle.boundingBox())?.width;
  for (const theme of ['light', 'dark', 'system']) {
    await toggle.click();
    await expect(toggle).toHaveAccessibleName(`Theme: ${theme}`);
    expect((await toggle.boundingBox())?.width).toBe(width);
  }
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});
