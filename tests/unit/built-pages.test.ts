import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { distReader, listBuiltPages, pageTypeOf, representativePages } from '../support/built-pages.ts';

describe('pageTypeOf', () => {
  it.each([
    ['', 'home'],
    ['404.html', '404'],
    ['tools/etcd/', 'tool'],
    ['categories/paas/', 'category'],
    ['categories/more/2/', 'category-page'],
    ['categories/more/12/', 'category-page'],
    ['categories/networking/cni-plugins/', 'subcategory'],
    ['categories/more/runtimes/2/', 'subcategory-page'],
    ['categories/more/1/', 'other'],
    ['tags/', 'tags'],
    ['tags/kubernetes/', 'tag'],
    ['tags/kubernetes/3/', 'tag-page'],
    ['search/', 'search'],
    ['search/k/', 'az-index'],
    ['search/s/2/', 'az-index'],
    ['compare/', 'compare'],
    ['compare/paas/', 'compare-category'],
    ['compare/more/2/', 'compare-category'],
    ['new/', 'new'],
    ['about/', 'about'],
    ['map/', 'map'],
    ['timeline/', 'timeline'],
    ['stats/', 'stats'],
    ['tools/', 'other'],
    ['tools/a/b/', 'other'],
  ])('%j is a %s page', (path, type) => {
    expect(pageTypeOf(path)).toBe(type);
  });
});

describe('listBuiltPages and representativePages', () => {
  const dist = mkdtempSync(join(tmpdir(), 'atlas-pages-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const write = (file: string, text: string): void => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), text);
  };
  write('index.html', '<h1>home</h1>');
  write('404.html', '<h1>404</h1>');
  write('tools/a/index.html', '<p>short</p>');
  write('tools/b/index.html', '<p>a much longer tool page</p>');
  write('tools/old/index.html', '<!doctype html><title>Redirecting</title><meta http-equiv="refresh" content="0;url=/tools/b/">');
  write('odd/index.html', '<p>odd</p>');
  write('_astro/x.js', 'x');

  it('lists every HTML page with its path and type, redirects recognised by content', () => {
    expect(listBuiltPages(dist).map((page) => `${page.path}=${page.type}`)).toEqual([
      '=home',
      '404.html=404',
      'odd/=other',
      'tools/a/=tool',
      'tools/b/=tool',
      'tools/old/=redirect',
    ]);
  });

  it('picks the largest page of each type, and every page of no known type', () => {
    expect(representativePages(dist).map((page) => page.path)).toEqual(['', 'tools/b/', '404.html', 'odd/']);
  });

  it('reads files by URL path under the base path', () => {
    const read = distReader(dist, '/atlas/');
    expect(Buffer.from(read('/atlas/_astro/x.js')!).toString()).toBe('x');
    expect(Buffer.from(read('/atlas/tools/a/')!).toString()).toBe('<p>short</p>');
    expect(read('/atlas/tools/')).toBeUndefined();
    expect(read('/_astro/x.js')).toBeUndefined();
  });
});
