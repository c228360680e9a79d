/**
 * The search page's results: the full ordered list for the query in the
 * box, updated as you type, with the query kept in the address
 * (history.replaceState) and the page title, so every result set can be
 * linked. An empty query shows the A–Z letters instead. Keystrokes are
 * coalesced to one search per frame, and only the first results are drawn
 * (more on request), so typing stays smooth however large the catalog.
 */
import { search, type SearchHit, type SearchIndex } from '../../lib/search/engine.ts';
import { aliasToShow } from '../../lib/search/highlight.ts';
import { categoryUrl, toolUrl } from '../../lib/catalog/urls.ts';
import { loadSearch, searchUrlsOf } from './search-data.ts';
import { appendHighlighted, statusBadge } from '../../lib/browser/dom.ts';

/** Results drawn at once, and added by each press of "Show more". */
const BATCH = 50;

/** The module's one entry point: takes over <atlas-search-results> and its search box. */
export function enhance(host: HTMLElement): void {
  const input = host.querySelector<HTMLInputElement>('input[type="search"]');
  if (!input) return;
  const results = host.querySelector<HTMLElement>('[data-results]');
  const list = host.querySelector<HTMLOListElement>('#search-results');
  const summary = host.querySelector<HTMLElement>('#search-summary');
  const noResults = host.querySelector<HTMLElement>('[data-no-results]');
  const azIndex = host.querySelector<HTMLElement>('[data-az-index]');
  const showMore = host.querySelector<HTMLButtonElement>('[data-show-more]');
  const row = host.querySelector<HTMLTemplateElement>('template[data-result-template]')?.content.firstElementChild;
  const form = input.form;
  if (!results || !list || !summary || !noResults || !azIndex || !showMore || !(row instanceof HTMLLIElement)) return;
  // "Search · Container Atlas": the query goes in front of it.
  const baseTitle = document.title;
  let index: SearchIndex | undefined;
  let failed = false;
  let hits: SearchHit[] = [];
  let shownQuery = '';

  const drawMore = (): void => {
    const next = hits.slice(list.children.length, list.children.length + BATCH);
    list.append(...next.map((hit) => renderResult(row, hit, shownQuery, index?.categories ?? {})));
    const left = hits.length - list.children.length;
    showMore.hidden = left <= 0;
    showMore.textContent = `Show ${Math.min(left, BATCH)} more of ${left}`;
  };
  showMore.addEventListener('click', drawMore);

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
      showMore.hidden = true;
      noResults.hidden = true;
      return;
    }
    results.hidden = false;
    azIndex.hidden = true;
    if (!index) {
      summary.textContent = 'Loading search…';
      return;
    }
    const found = search(index, query, { limit: Infinity });
    const total = found.total;
    hits = found.hits;
    shownQuery = query;
    summary.textContent =
      total === 0 ? `No tools match “${trimmed}”.` : `${total} ${total === 1 ? 'tool matches' : 'tools match'} “${trimmed}”.`;
    noResults.hidden = total > 0;
    list.replaceChildren();
    drawMore();
  };

  // However fast the keys come, the list is searched and drawn once per frame.
  let frame = 0;
  input.addEventListener('input', () => {
    if (frame === 0)
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
  });
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

function renderResult(
  row: HTMLLIElement,
  { record }: SearchHit,
  query: string,
  categories: Readonly<Record<string, string>>,
): HTMLLIElement {
  const item = row.cloneNode(true) as HTMLLIElement;
  item.dataset['toolId'] = record.id;
  const part = <T extends Element>(name: string): T => item.querySelector<T>(`.result-${name}`) ?? (item as unknown as T);

  const name = part<HTMLAnchorElement>('name');
  name.href = toolUrl(record.id);
  appendHighlighted(name, record.name, query);
  part('head').append(statusBadge(record.status));

  const category = part<HTMLAnchorElement>('category');
  category.href = categoryUrl(record.category);
  category.textContent = categories[record.category] ?? record.category;
  const alias = aliasToShow(record, query);
  if (alias) appendHighlighted(part('alias'), alias, query);
  // Empty until the summaries file has arrived (or when it cannot be loaded): then there is no summary line.
  if (record.summary === '') part('summary').remove();
  else appendHighlighted(part('summary'), record.summary, query);
  return item;
}
