/**
 * The search page's results: the full ordered list for the query in the
 * box, updated as you type, with the query kept in the address
 * (history.replaceState) and the page title, so every result set can be
 * linked. An empty query shows the A–Z index instead.
 */
import { search, type SearchHit, type SearchIndex } from '../../lib/search/engine.ts';
import { aliasToShow } from '../../lib/search/highlight.ts';
import { categoryUrl, toolUrl } from '../../lib/urls.ts';
import { loadSearch, searchUrlsOf } from '../shared/search-data.ts';
import { appendHighlighted, element, statusBadge } from '../shared/dom.ts';

export function attach(host: HTMLElement, input: HTMLInputElement): void {
  const results = host.querySelector<HTMLElement>('[data-results]');
  const list = host.querySelector<HTMLOListElement>('#search-results');
  const summary = host.querySelector<HTMLElement>('#search-summary');
  const noResults = host.querySelector<HTMLElement>('[data-no-results]');
  const azIndex = host.querySelector<HTMLElement>('[data-az-index]');
  const form = input.form;
  if (!results || !list || !summary || !noResults || !azIndex) return;
  // "Search · Container Atlas": the query goes in front of it.
  const baseTitle = document.title;
  let index: SearchIndex | undefined;
  let failed = false;

  const update = (): void => {
    const query = input.value;
    const trimmed = query.trim();
    const url = new URL(window.location.href);
    if (trimmed === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
    document.title = trimmed === '' ? baseTitle : `${trimmed} – ${baseTitle}`;

    if (trimmed === '' || failed) {
      results.hidden = trimmed === '';
      azIndex.hidden = false;
      if (failed) summary.textContent = 'Search could not be loaded; here is the full list of tools instead.';
      list.replaceChildren();
      noResults.hidden = true;
      return;
    }
    results.hidden = false;
    azIndex.hidden = true;
    if (!index) {
      summary.textContent = 'Loading search…';
      return;
    }
    const { hits, total } = search(index, query, { limit: Infinity });
    summary.textContent = total === 0 ? `No tools match “${trimmed}”.` : `${total} ${total === 1 ? 'tool matches' : 'tools match'} “${trimmed}”.`;
    noResults.hidden = total > 0;
    list.replaceChildren(...hits.map((hit) => renderResult(hit, query, index?.categories ?? {})));
  };

  input.addEventListener('input', update);
  // The list already follows the box; Enter need not reload the page.
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  // The page hid the A–Z list and the footer until the first results are in (search.astro).
  const settle = (): void => {
    delete document.documentElement.dataset['searchPending'];
  };
  // Every result shows its summary, so this page waits for the full index (both files are
  // requested at once); should the summaries fail, it lists results without them.
  const { core, full } = loadSearch(searchUrlsOf(host), { eager: true });
  full
    .catch(() => core)
    .then(
      (loaded) => {
        index = loaded;
        update();
        settle();
      },
      () => {
        failed = true;
        update();
        settle();
      },
    );
  update();
}

function renderResult({ record }: SearchHit, query: string, categories: Readonly<Record<string, string>>): HTMLLIElement {
  const item = element('li', 'result');
  item.dataset['toolId'] = record.id;

  const head = element('div', 'result-head');
  const name = element('a', 'result-name');
  name.href = toolUrl(record.id);
  appendHighlighted(name, record.name, query);
  head.append(name, statusBadge(record.status));

  const meta = element('p', 'result-meta');
  const category = element('a', undefined, categories[record.category] ?? record.category);
  category.href = categoryUrl(record.category);
  meta.append(category);
  const alias = aliasToShow(record, query);
  if (alias) {
    meta.append(' · also known as ');
    appendHighlighted(meta, alias, query);
  }

  item.append(head, meta);
  if (record.summary !== '') {
    const text = element('p', 'result-summary');
    appendHighlighted(text, record.summary, query);
    item.append(text);
  }
  return item;
}
