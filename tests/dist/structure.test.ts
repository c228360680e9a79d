// Every built page has one h1 and the landmarks a screen-reader user jumps between: one banner, one
// main and one contentinfo. Read from dist/ for every page, since a browser visit per page would take
// minutes; the browser checks one page per type for what only it sees (tests/e2e/pages.spec.ts).
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';

assertBuilt();
const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');

/** Elements that end a <header> or <footer>'s claim to be the page's banner or contentinfo. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const isTopLevel = (element: Element): boolean => {
  for (let parent = element.parent; parent && 'name' in parent; parent = parent.parent) {
    if (SECTIONING.has((parent).name)) return false;
  }
  return true;
};

function landmarks(html: string): { h1: number; banner: number; main: number; contentinfo: number } {
  const document = parseDocument(html);
  const all = (name: string): Element[] => DomUtils.findAll((element) => element.name === name, document.children);
  const role = (value: string): Element[] => DomUtils.findAll((element) => element.attribs['role'] === value, document.children);
  return {
    h1: all('h1').length,
    banner: all('header').filter(isTopLevel).length + role('banner').length,
    main: all('main').length + role('main').length,
    contentinfo: all('footer').filter(isTopLevel).length + role('contentinfo').length,
  };
}

describe('page structure', () => {
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it.each(pages.map((page) => [page.file] as const))('%s has one h1, banner, main and contentinfo', (file) => {
    expect(landmarks(readDist(file))).toEqual({ h1: 1, banner: 1, main: 1, contentinfo: 1 });
  });
});
