// Every class a built stylesheet styles must be carried by a built page or set by client code: a rule
// whose class was renamed matches nothing, and its element falls back to the browser's defaults (as
// the Compare button once did, styled as `.atlas-compare-toggle` while it carried `compare-toggle`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { classSelectorsIn, classesInHtml, classesSetBySource, inlineStylesOf, unmatchedClasses } from '../support/css-classes.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

assertBuilt();

/** Classes styled for states no page of today's catalog shows; each says why it stays. */
const ALLOWED = new Set([
  // /new/ explains the catalog's opening only while every entry shares one `added` date.
  'launch',
]);

const stylesheets = readdirSync(join(distDir, '_astro'))
  .filter((file) => file.endsWith('.css'))
  .map((file) => readFileSync(join(distDir, '_astro', file), 'utf8'));
const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');
const html = pages.map((page) => readDist(page.file));

// Client code is read from its source: minified bundles rename the DOM helper the check looks for.
const clientSources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src/components', 'src/lib/browser'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => /\.(ts|astro)$/.test(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('stylesheet classes', () => {
  it('reads the built stylesheets and pages', () => {
    expect(stylesheets.length).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(300);
  });

  it('styles no class that no page carries and no script sets', () => {
    const styled = [...stylesheets, ...html.flatMap(inlineStylesOf)].flatMap((css) => [...classSelectorsIn(css)]);
    const used = new Set(html.flatMap((page) => [...classesInHtml(page)]));
    expect(unmatchedClasses(styled, used, classesSetBySource(clientSources), ALLOWED)).toEqual([]);
  });
});
