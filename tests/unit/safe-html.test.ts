import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, safeHtml } from '../../src/lib/site/safe-html.ts';

// The same Markdown pipeline the build uses (astro.config.mjs), with and without the plugin.
const render = async (markdown: string, plugins = [safeHtml]): Promise<string> =>
  (await (await createSatteriMarkdownProcessor({ hastPlugins: plugins, syntaxHighlight: false })).render(markdown)).code;

describe('safeHtml', () => {
  it('is needed: without it, raw HTML and script links reach the output', async () => {
    const html = await render('<script>alert(1)</script>\n\n[x](javascript:alert(1))\n', []);
    expect(html).toContain('<script>');
    expect(html).toContain('href="javascript:');
  });

  it('shows raw HTML, block and inline, as text', async () => {
    const html = await render('<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> <b>b</b>\n');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('drops script and data URLs but keeps the link text', async () => {
    const html = await render(
      '[click **me**](javascript:alert(1)) [ref][r] ![pic](data:image/svg+xml,x) <javascript:alert(3)>\n\n[r]: JaVaScRiPt:alert(2)\n',
    );
    expect(html).not.toMatch(/javascript:alert\(1\)|javascript:alert\(2\)|data:image|href="javascript/i);
    expect(html).toContain('click <strong>me</strong>');
    expect(html).toContain('ref');
    expect(html).toContain('pic');
  });

  it('keeps pictures from the site itself and drops every other, leaving the alt text', async () => {
    const html = await render(
      '![logo](/atlas-logo.svg) ![a](https://tracker.example.net/p.png) ![b](//tracker.example.net/p.png) ![c](/\\tracker.example.net/p.png) ![d][r] ![e](./x.png)\n\n[r]: http://tracker.example.net/p.png\n',
    );
    expect(html).toContain('<img src="/atlas-logo.svg" alt="logo">');
    // The backslash form arrives percent-encoded (/%5Ctracker…), a path on the site, not a host.
    const sources = [...html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1]);
    expect(sources).toEqual(['/atlas-logo.svg', '/%5Ctracker.example.net/p.png']);
    expect(html).not.toMatch(/src="(?:https?:)?\/\/|src="\.\//);
    for (const alt of ['a', 'b', 'd', 'e']) expect(html).toContain(` ${alt}`);
  });

  it('keeps ordinary links and marks external ones noopener noreferrer', async () => {
    const html = await render('[site](https://example.org/) [page](../etcd/) [mail](mailto:a@example.org)\n');
    expect(html).toContain('<a href="https://example.org/" rel="noopener noreferrer">site</a>');
    expect(html).toContain('<a href="../etcd/">page</a>');
    expect(html).toContain('<a href="mailto:a@example.org">mail</a>');
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://example.org/', true],
    ['/tools/etcd/', true],
    ['#section', true],
    ['mailto:a@example.org', true],
    ['javascript:alert(1)', false],
    [' java\tscript:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['DATA:text/html,x', false],
    ['vbscript:x', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});
