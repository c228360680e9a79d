// The built-site checks for stylesheet classes and glued words, on small pages of known content.
import { describe, expect, it } from 'vitest';
import { classSelectorsIn, classesInHtml, classesSetBySource, unmatchedClasses } from '../support/css-classes.ts';
import { gluedWords } from '../support/glued-words.ts';

describe('stylesheet classes', () => {
  it('reads class selectors inside pseudo-classes and media queries, not keyframe steps', () => {
    const css = '.a:not(.b),:is(.c) .d[data-x]{color:red}@media (min-width:1px){.e{color:red}}@keyframes k{from{opacity:0}}';
    expect([...classSelectorsIn(css)].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reads the classes of every element, templates included', () => {
    const html = '<p class="x  y"></p><template><li class="row"></li></template>';
    expect([...classesInHtml(html)].sort()).toEqual(['row', 'x', 'y']);
  });

  it('finds the classes client code sets, and the prefixes of names it makes', () => {
    const source =
      "el.classList.add('open'); el.classList.toggle(\"collapsed\", x); li.className = 'item wide'; element('span', 'badge s-active'); table.classList.add(`cols-${n}`);";
    const set = classesSetBySource(source);
    expect([...set.names].sort()).toEqual(['badge', 'collapsed', 'item', 'open', 's-active', 'wide']);
    expect([...set.prefixes]).toEqual(['cols-']);
  });

  it("fails on the Compare button whose rule named another class than the button's", () => {
    const css = classSelectorsIn('.atlas-compare-toggle{display:inline-flex}.compare-toggle[hidden]{display:none}');
    const used = classesInHtml('<atlas-compare-toggle><button class="compare-toggle">Compare</button></atlas-compare-toggle>');
    const set = classesSetBySource("document.querySelectorAll('atlas-compare-toggle')");
    expect(unmatchedClasses(css, used, set, new Set())).toEqual(['atlas-compare-toggle']);
  });

  it('accepts names made at run time from a known prefix, and allowed names', () => {
    const set = { names: new Set<string>(), prefixes: new Set(['cols-']) };
    expect(unmatchedClasses(['cols-3', 'launch', 'gone'], new Set(), set, new Set(['launch']))).toEqual(['gone']);
  });
});

describe('glued words', () => {
  it('finds a word run into a link on either side', () => {
    expect(gluedWords('<p>the<a href="/t">timeline</a> and <a href="/s">stats</a>now</p>')).toEqual(['the⟨timeline⟩', '⟨stats⟩now']);
  });

  it('accepts spaces, punctuation, code blocks and elements beside elements', () => {
    const html =
      '<p>the <a>map</a>, <em>one</em>’s <span class="visually-hidden"> Kubernetes</span></p><pre>a<b>b</b></pre><p><a>x</a><a>y</a></p>';
    expect(gluedWords(html)).toEqual([]);
  });
});
