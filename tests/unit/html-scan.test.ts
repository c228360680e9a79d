import { describe, expect, it } from 'vitest';
import { isExternalUrl, scanHtml } from '../support/html-scan.ts';

describe('scanHtml', () => {
  const page = scanHtml(`<!DOCTYPE html><html><head>
    <meta http-equiv="content-security-policy" content="default-src 'self'">
    <meta name="referrer" content="no-referrer"><link rel="canonical" href="https://x.org/a/">
    <script>if (a < b) go()</script><style>p{color:red}</style></head>
    <body><h1 id="top" style="color:red" onclick="x()">T</h1>
    <a href="https://example.org/" rel="noopener noreferrer">Ex <b>ample</b></a><a href="/local/">L</a>
    <img src="https://cdn.example/i.png" loading="lazy"><script type="module" src="/s.js"></script></body></html>`);

  it('reads the policy, metadata and anchors', () => {
    expect(page.csp).toBe("default-src 'self'");
    expect(page.meta.get('referrer')).toBe('no-referrer');
    expect(page.canonical).toBe('https://x.org/a/');
    expect(page.anchors).toEqual([
      { href: 'https://example.org/', rel: ['noopener', 'noreferrer'], text: 'Ex ample' },
      { href: '/local/', rel: [], text: 'L' },
    ]);
    expect(page.ids.has('top')).toBe(true);
  });

  it('keeps inline script text exactly as written, for hashing', () => {
    expect(page.scripts[0]).toMatchObject({ inline: 'if (a < b) go()', module: false, inHead: true });
    expect(page.scripts[1]).toMatchObject({ src: '/s.js', module: true, inHead: false });
    expect(page.inlineStyles).toEqual(['p{color:red}']);
  });

  it('counts style attributes and inline event handlers', () => {
    expect(page.styleAttributes).toBe(1);
    expect(page.eventHandlers).toBe(1);
  });
});

describe('isExternalUrl', () => {
  it.each([
    ['https://example.org/', true],
    ['//cdn.example/x.js', true],
    ['HTTP://EXAMPLE.ORG', true],
    ['/tools/etcd/', false],
    ['../x/', false],
    ['#main', false],
    ['mailto:a@b.c', false],
  ])('%s → %s', (href, external) => {
    expect(isExternalUrl(href)).toBe(external);
  });
});
