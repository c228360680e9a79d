// No broken internal link or #anchor anywhere in the build (linkinator over dist/).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { assertBuilt, basePath, distDir } from '../support/dist.ts';
import { checkLinks, type BrokenLink } from '../support/link-check.ts';

const describeBroken = (broken: BrokenLink[]): string =>
  broken.map((link) => `${link.url} (linked from ${link.from}): ${link.detail}`).join('\n');

describe('the built site', () => {
  it('has no broken internal link or anchor on any page', async () => {
    assertBuilt();
    const pages = listBuiltPages(distDir);
    const report = await checkLinks(distDir, basePath, pages.map((page) => page.file));
    expect(report.broken, describeBroken(report.broken)).toEqual([]);
    // Every page was fetched, plus the pages and files they link to.
    expect(report.checked).toBeGreaterThan(pages.length);
  });
});

describe('the link check itself', () => {
  const site = mkdtempSync(join(tmpdir(), 'atlas-broken-site-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('reports a missing page and a missing anchor, and accepts a real one', async () => {
    mkdirSync(join(site, 'page'));
    writeFileSync(
      join(site, 'index.html'),
      '<!DOCTYPE html><title>t</title><a href="/missing/">a</a> <a href="/page/#nowhere">b</a> <a href="/page/#here">c</a>',
    );
    writeFileSync(join(site, 'page', 'index.html'), '<!DOCTYPE html><title>t</title><h1 id="here">Here</h1>');
    const report = await checkLinks(site, '/', ['index.html']);
    expect(report.broken.map((link) => link.url).sort()).toEqual(['/missing/', '/page/#nowhere']);
  });
});
