// Static security checks over every built page: a strict CSP that covers every inline script and
// style, a referrer policy, no third-party resources, and rel="noopener noreferrer" on external links.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { parsePolicy } from '../../src/lib/site/csp.ts';
import { isExternalUrl, scanHtml } from '../support/html-scan.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

assertBuilt();
const pages = listBuiltPages(distDir)
  .filter((page) => page.type !== 'redirect')
  .map((page) => ({ ...page, scan: scanHtml(readDist(page.file)) }));
const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s has a strict policy that allows exactly its own inline code', (_file, page) => {
    expect(page.scan.csp, 'CSP meta element').toBeDefined();
    const policy = parsePolicy(page.scan.csp ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const directive of ['script-src', 'style-src']) {
      const sources = policy.get(directive) ?? [];
      expect(sources, directive).toContain("'self'");
      expect(sources, directive).not.toContain("'unsafe-inline'");
      expect(sources, directive).not.toContain("'unsafe-eval'");
      expect(sources.filter((source) => !source.startsWith("'sha") && source !== "'self'"), `${directive} allows only the site and hashes`).toEqual([]);
    }
    for (const script of page.scan.scripts) {
      if (script.inline !== undefined) expect(policy.get('script-src'), `inline script ${script.inline.slice(0, 60)}…`).toContain(sha256(script.inline));
    }
    for (const style of page.scan.inlineStyles) expect(policy.get('style-src'), `inline style ${style.slice(0, 60)}…`).toContain(sha256(style));
    // A hash-based policy refuses style="" and onclick="" attributes: the page must not depend on any.
    expect(page.scan.styleAttributes, 'style attributes').toBe(0);
    expect(page.scan.eventHandlers, 'inline event handlers').toBe(0);
  });
});

describe('requests and links to other sites', () => {
  it.each(pages.map((page) => [page.file, page] as const))('%s loads nothing from another origin and shields its external links', (_file, page) => {
    const resources = [
      ...page.scan.scripts.flatMap((script) => (script.src === undefined ? [] : [script.src])),
      ...page.scan.stylesheets.map((sheet) => sheet.href),
      ...page.scan.fetchedLinks.map((link) => link.href),
      ...page.scan.images.map((image) => image.src),
    ];
    expect(resources.filter(isExternalUrl), 'third-party resources').toEqual([]);
    const unshielded = page.scan.anchors
      .filter((anchor) => isExternalUrl(anchor.href))
      .filter((anchor) => !anchor.rel.includes('noopener') || !anchor.rel.includes('noreferrer'))
      .map((anchor) => anchor.href);
    expect(unshielded, 'external links without rel="noopener noreferrer"').toEqual([]);
    expect(page.scan.anchors.filter((anchor) => /^\s*(?:javascript|data|vbscript):/i.test(anchor.href)).map((anchor) => anchor.href)).toEqual([]);
    expect(page.scan.meta.get('referrer')).toBe('no-referrer');
  });
});
