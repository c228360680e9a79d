/**
 * The work of <atlas-filter> (ToolFilter.astro), loaded on first use. It fetches the whole list's data
 * once, then filters and sorts every tool of the list from the form's selects, keeps the choice (and
 * the page of results) in the URL, shows each option's count and draws only the current page of
 * matches, as cards cloned from the component's template. If the data cannot be loaded, the static
 * page stays as it is and the controls say so.
 */
import { CNCF_FACET_LABELS } from '../../lib/cncf/facts.ts';
import {
  compareTools,
  DEFAULT_STATE,
  facetCounts,
  FACETS,
  matches,
  parseFilterState,
  serializeFilterState,
  type FilterState,
  type KnownOptions,
} from '../../lib/filter/filter.ts';
import { parseListFile, type ListRecord } from '../../lib/filter/list-data.ts';
import { toolUrl } from '../../lib/catalog/urls.ts';
import { formatCount } from '../../lib/tool/activity-facts.ts';
import { formatDay } from '../../lib/site/dates.ts';
import { statusBadge } from '../../lib/browser/dom.ts';

interface Parts {
  form: HTMLFormElement;
  staticList: HTMLElement;
  results: HTMLElement;
  grid: HTMLElement;
  pager: HTMLElement;
  pageLabel: HTMLElement;
  count: HTMLElement;
  empty: HTMLElement;
  card: HTMLElement;
}

function findParts(root: HTMLElement): Parts | undefined {
  const parts = {
    form: root.querySelector<HTMLFormElement>('form[data-filter-form]'),
    staticList: root.querySelector<HTMLElement>('[data-filter-static]'),
    results: root.querySelector<HTMLElement>('[data-filter-results]'),
    grid: root.querySelector<HTMLElement>('[data-filter-results] [data-filter-list]'),
    pager: root.querySelector<HTMLElement>('[data-filter-pager]'),
    pageLabel: root.querySelector<HTMLElement>('[data-page-label]'),
    count: root.querySelector<HTMLElement>('[data-filter-count]'),
    empty: root.querySelector<HTMLElement>('[data-filter-empty]'),
    card: root.querySelector<HTMLTemplateElement>('template[data-card-template]')?.content.firstElementChild ?? null,
  };
  return Object.values(parts).every((part) => part instanceof HTMLElement) ? (parts as Parts) : undefined;
}

const isDefault = (state: FilterState): boolean =>
  FACETS.every((facet) => state[facet] === DEFAULT_STATE[facet]) && state.sort === DEFAULT_STATE.sort;

class FilterController {
  readonly #parts: Parts;
  readonly #tools: ListRecord[];
  readonly #pageSize: number;
  readonly #listPath: string;
  #state: FilterState = DEFAULT_STATE;
  #page = 1;
  #frame = 0;

  constructor(root: HTMLElement, parts: Parts, tools: ListRecord[], startedBy?: Event) {
    this.#parts = parts;
    this.#tools = tools;
    this.#pageSize = Math.max(1, Number(root.dataset['pageSize']) || 60);
    this.#listPath = root.dataset['listPath'] ?? location.pathname;
    // However fast the selects change, the list is worked out and drawn once per frame.
    const later = (): void => {
      if (this.#frame === 0) {
        this.#frame = requestAnimationFrame(() => {
          this.#frame = 0;
          this.#page = 1;
          this.#update(this.#readForm(), true);
        });
      }
    };
    parts.form.addEventListener('change', later);
    // A reset clears the selects first; read them after it.
    parts.form.addEventListener('reset', () => setTimeout(later));
    for (const button of parts.pager.querySelectorAll<HTMLButtonElement>('[data-page-step]')) {
      button.addEventListener('click', () => {
        this.#page += Number(button.dataset['pageStep']);
        this.#update(this.#state, true);
        parts.results.scrollIntoView({ block: 'start' });
      });
    }
    if (startedBy) {
      this.#update(this.#readForm(), true);
      return;
    }
    const params = new URLSearchParams(location.search);
    const page = Number(params.get('page'));
    this.#page = Number.isInteger(page) && page > 1 ? page : 1;
    const state = parseFilterState(params, this.#knownOptions());
    this.#writeForm(state);
    this.#update(state, false);
  }

  #select(name: string): HTMLSelectElement | null {
    return this.#parts.form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  }

  #knownOptions(): KnownOptions {
    const values = (name: string): string[] => [...(this.#select(name)?.options ?? [])].map((option) => option.value);
    return {
      subcategories: values('subcategory'),
      statuses: values('status'),
      languages: values('language'),
      tags: values('tag'),
      licenses: values('license'),
    };
  }

  #readForm(): FilterState {
    const params = new URLSearchParams();
    for (const name of [...FACETS, 'sort']) {
      const value = this.#select(name)?.value;
      if (value) params.set(name, value);
    }
    return parseFilterState(params, this.#knownOptions());
  }

  #writeForm(state: FilterState): void {
    for (const name of [...FACETS, 'sort'] as const) {
      const select = this.#select(name);
      if (select) select.value = state[name];
    }
  }

  #update(state: FilterState, pushUrl: boolean): void {
    this.#state = state;
    const { staticList, results, grid, pager, pageLabel, count, empty } = this.#parts;
    const shown = this.#tools.filter((tool) => matches(tool, state)).sort(compareTools(state.sort));
    const pages = Math.max(1, Math.ceil(shown.length / this.#pageSize));
    this.#page = Math.min(Math.max(1, this.#page), pages);

    // The default view is what the static pages show; any other is drawn here, a page at a time.
    const drawn = !isDefault(state) || this.#page > 1 || staticList.hidden;
    if (drawn) {
      const start = (this.#page - 1) * this.#pageSize;
      grid.replaceChildren(...shown.slice(start, start + this.#pageSize).map((tool) => this.#card(tool)));
      staticList.hidden = true;
      results.hidden = false;
      // A filtered view lives at the list's first URL, whatever static page it started on: so does its heading.
      const note = document.querySelector('[data-page-note]');
      if (note?.textContent) {
        document.title = document.title.replace(note.textContent, '');
        note.textContent = '';
      }
      pager.hidden = pages === 1;
      pageLabel.textContent = `Page ${this.#page} of ${pages}`;
      const [previous, next] = pager.querySelectorAll<HTMLButtonElement>('[data-page-step]');
      if (previous) previous.disabled = this.#page === 1;
      if (next) next.disabled = this.#page === pages;
    }

    for (const facet of FACETS) {
      const select = this.#select(facet);
      if (!select) continue;
      const counts = facetCounts(
        this.#tools,
        state,
        facet,
        [...select.options].map((option) => option.value),
      );
      for (const option of select.options) {
        const found = counts.get(option.value) ?? 0;
        option.textContent = `${option.dataset['label'] ?? option.value} (${found})`;
        option.disabled = found === 0 && option.value !== state[facet];
      }
    }

    const total = this.#tools.length;
    count.textContent = shown.length === total ? `${total} tools` : `${shown.length} of ${total} tools`;
    empty.hidden = shown.length > 0;
    results.hidden ||= shown.length === 0;

    if (pushUrl) {
      const query = serializeFilterState(state);
      const page = this.#page > 1 ? `${query ? '&' : '?'}page=${this.#page}` : '';
      history.replaceState(history.state, '', `${this.#listPath}${query}${page}${location.hash}`);
    }
  }

  #card(tool: ListRecord): HTMLElement {
    const item = this.#parts.card.cloneNode(true) as HTMLElement;
    item.dataset['toolId'] = tool.id;
    const part = (name: string): HTMLElement | null => item.querySelector<HTMLElement>(`[data-part="${name}"]`);
    const name = part('name');
    if (name instanceof HTMLAnchorElement) {
      name.href = toolUrl(tool.id);
      name.textContent = tool.name;
    }
    part('title')?.append(statusBadge(tool.status));
    const summary = part('summary');
    if (summary) summary.textContent = tool.summary;
    const license = part('license');
    if (license) license.textContent = tool.license;
    const cncf = part('cncf');
    if (cncf && tool.cncf !== undefined && tool.cncf !== 'not-cncf') {
      cncf.dataset['cncf'] = tool.cncf;
      cncf.textContent = CNCF_FACET_LABELS[tool.cncf];
    } else cncf?.remove();
    const languages = part('languages');
    if (languages) languages.textContent = tool.languages.join(', ');
    if (tool.languages.length === 0) part('languages-row')?.remove();
    // Activity shows only when known, never as 0 (as on the built cards).
    const stars = part('stars');
    if (stars && tool.stars !== undefined) stars.textContent = formatCount(tool.stars);
    else part('stars-row')?.remove();
    const activity = part('activity');
    if (activity && tool.lastActivity) activity.textContent = formatDay(tool.lastActivity);
    else part('activity-row')?.remove();
    const toggle = item.querySelector<HTMLElement>('atlas-compare-toggle');
    if (toggle) {
      toggle.dataset['compareId'] = tool.id;
      toggle.dataset['compareName'] = tool.name;
      const hiddenName = toggle.querySelector('.visually-hidden');
      if (hiddenName) hiddenName.textContent = ` ${tool.name}`;
    }
    return item;
  }
}

/** Takes over an <atlas-filter> element: loads the list's data, applies the URL's state and follows the form. */
export async function enhance(root: HTMLElement, startedBy?: Event): Promise<void> {
  const parts = findParts(root);
  if (!parts) return;
  let tools: ListRecord[] | undefined;
  try {
    const response = await fetch(root.dataset['listUrl'] ?? '');
    tools = response.ok ? parseListFile(await response.json())?.tools : undefined;
  } catch {
    tools = undefined;
  }
  if (!tools) {
    parts.count.textContent = 'Filters could not be loaded; the list below is complete for this page, A–Z.';
    parts.form.hidden = true;
    return;
  }
  new FilterController(root, parts, tools, startedBy);
}
