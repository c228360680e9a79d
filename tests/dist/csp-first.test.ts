// The Content-Security-Policy <meta> governs only what follows it, so on every built page (every page
// type there is) it must be the first element of <head>: before the charset, the title and the inline
// theme script. src/lib/site/csp-first.ts puts it there after the build; this keeps it there.
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

assertBuilt();
const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');
const byType = new Map<string, string>();
for (const page of pages) if (!byType.has(page.type)) byType.set(page.type, page.file);

/** The markup right after the opening <head> tag, comments skipped. */
const afterHead = (html: string): string => {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  return head ? html.slice(head.index + head[0].length).replace(/^(?:\s|<!--[\s\S]*?-->)*/, '') : '';
};

describe('the CSP <meta> comes first in <head>', () => {
  it('covers many page types', () => {
    expect(byType.size).toBeGreaterThanOrEqual(10);
  });

  it.each(pages.map((page) => [page.file, page.type] as const))('%s (%s)', (file) => {
    const html = readDist(file);
    expect(afterHead(html)).toMatch(/^<meta\s+http-equiv="content-security-policy"\s+content="[^"]+">/i);
    expect(html.match(/http-equiv="content-security-policy"/gi)).toHaveLength(1);
  });
});
