// Old tool URLs from content/redirects.yml are built as redirect pages that land on the new entry.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/lib/catalog/redirects.ts';
import { assertBuilt, basePath, distDir, readDist } from '../support/dist.ts';
import { siteConfig } from '../../site.config.mjs';

assertBuilt();
const redirects = readRedirects(new URL('../../', import.meta.url));

describe('redirects', () => {
  it('content/redirects.yml has entries', () => {
    expect(redirects.length).toBeGreaterThan(0);
  });

  it.each(redirects.map((redirect) => [redirect.from, redirect] as const))('%s redirects to its tool under the base path', (_from, redirect) => {
    const html = readDist(`${redirect.from}index.html`);
    const target = `${basePath}tools/${redirect.to}/`;
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${new URL(target, siteConfig.siteUrl).href}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(existsSync(join(distDir, `tools/${redirect.to}/index.html`)), `${target} is built`).toBe(true);
  });
});
