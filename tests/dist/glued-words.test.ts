// No word runs into a link or an inline element in any built page ("the<a>timeline</a>"): a line
// break between text and a tag in a template can vanish from the output.
import { describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { assertBuilt, distDir, readDist } from '../support/dist.ts';
import { gluedWords } from '../support/glued-words.ts';

assertBuilt();
const pages = listBuiltPages(distDir).filter((page) => page.type !== 'redirect');

describe('words and inline elements', () => {
  it('covers the whole site', () => {
    expect(pages.length).toBeGreaterThan(300);
  });

  it('no page glues a word to a link or inline element', () => {
    const glued = pages.flatMap((page) => gluedWords(readDist(page.file)).map((place) => `${page.file}: ${place}`));
    expect(glued).toEqual([]);
  });
});
