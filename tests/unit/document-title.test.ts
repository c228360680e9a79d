import { describe, expect, it } from 'vitest';
import { pageNote } from '../../src/lib/filter/pagination.ts';
import { documentTitle, TITLE_LIMIT } from '../../src/lib/site/document-title.ts';

describe('documentTitle', () => {
  it('adds the site name when both fit in the limit', () => {
    expect(documentTitle('Prometheus', 'Container Atlas')).toBe('Prometheus · Container Atlas');
    expect(documentTitle('Container Atlas', 'Container Atlas')).toBe('Container Atlas');
  });

  it('drops the site name from a long title, and cuts a title longer than the limit at a word', () => {
    const compare = 'Compare Monitoring and management tools (page 1 of 2)';
    expect(documentTitle(compare, 'Container Atlas')).toBe(compare);
    const long = 'Chaos engineering, load and conformance testing with a great many more words (page 12 of 13)';
    const cut = documentTitle(long, 'Container Atlas');
    expect(cut).toBe('Chaos engineering, load and conformance testing with a great many…');
    expect(cut.length).toBeLessThanOrEqual(TITLE_LIMIT);
    expect(documentTitle('x'.repeat(90), 'Container Atlas')).toBe(`${'x'.repeat(69)}…`);
  });
});

describe('pageNote', () => {
  it('names the page of a list split over several, and nothing for a list on one page', () => {
    expect(pageNote({ number: 1, count: 2 })).toBe(' (page 1 of 2)');
    expect(pageNote({ number: 1, count: 1 })).toBe('');
    expect(pageNote({ number: 1, count: 3 }, { fromSecond: true })).toBe('');
    expect(pageNote({ number: 2, count: 3 }, { fromSecond: true })).toBe(' (page 2 of 3)');
  });
});
