// The work of <atlas-filter>: filters and sorts the tool lists inside it from
// the form's selects, keeps the choice in the URL query and shows each
// option's count. Loaded on first use by ToolFilter.astro.
import {
  compareTools,
  facetCounts,
  FACETS,
  matches,
  parseFilterState,
  serializeFilterState,
  type FilterableTool,
  type FilterState,
  type KnownOptions,
} from '../../lib/filter.ts';
import type { LicenseFamily } from '../../lib/license.ts';
import type { Status } from '../../schemas/ids.ts';

interface Item extends FilterableTool {
  element: HTMLElement;
}

const split = (value: string | undefined): string[] => (value ? value.split('|') : []);

function readItem(element: HTMLElement): Item {
  const data = element.dataset;
  const firstRelease = Number(data['firstRelease']);
  // An absent attribute is unknown, never 0 stars.
  const stars = data['stars'] === undefined || data['stars'] === '' ? Number.NaN : Number(data['stars']);
  return {
    element,
    id: data['id'] ?? '',
    name: data['name'] ?? '',
    status: (data['status'] ?? 'active') as Status,
    licenseFamily: (data['license'] ?? 'unknown') as LicenseFamily,
    languages: split(data['languages']),
    tags: split(data['tags']),
    added: data['added'] ?? '',
    firstRelease: Number.isFinite(firstRelease) && firstRelease > 0 ? firstRelease : undefined,
    stars: Number.isInteger(stars) && stars >= 0 ? stars : undefined,
    lastActivity: data['activity'] || undefined,
  };
}

class FilterController {
  #form: HTMLFormElement | null = null;
  #items: Item[] = [];
  /** One entry per tool, for counting: a tool may be listed in several groups. */
  #unique: Item[] = [];

  #root: HTMLElement;

  /** `startedBy` is the reader's first change or reset, which the form already shows; without one the URL sets the state. */
  constructor(root: HTMLElement, startedBy?: Event) {
    this.#root = root;
    this.#form = root.querySelector('form[data-filter-form]');
    if (!this.#form) return;
    this.#items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')].map(readItem);
    this.#unique = [...new Map(this.#items.map((item) => [item.id, item])).values()];
    this.#form.addEventListener('change', () => this.#update(this.#readForm(), true));
    // A reset clears the selects first; read them after it.
    this.#form.addEventListener('reset', () => setTimeout(() => this.#update(this.#readForm(), true)));
    if (startedBy) {
      this.#update(this.#readForm(), true);
      return;
    }
    const state = parseFilterState(new URLSearchParams(location.search), this.#knownOptions());
    this.#writeForm(state);
    this.#update(state, false);
  }

  #select(name: string): HTMLSelectElement | null {
    return this.#form?.querySelector<HTMLSelectElement>(`select[name="${name}"]`) ?? null;
  }

  #optionValues(name: string): string[] {
    return [...(this.#select(name)?.options ?? [])].map((option) => option.value);
  }

  #knownOptions(): KnownOptions {
    return {
      statuses: this.#optionValues('status'),
      languages: this.#optionValues('language'),
      tags: this.#optionValues('tag'),
      licenses: this.#optionValues('license'),
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
    const order = compareTools(state.sort);
    for (const list of this.#root.querySelectorAll<HTMLElement>('[data-filter-list]')) {
      const items = this.#items.filter((item) => item.element.parentElement === list).sort(order);
      let visible = 0;
      for (const item of items) {
        const shown = matches(item, state);
        item.element.hidden = !shown;
        if (shown) visible++;
        list.append(item.element);
      }
      const group = list.closest<HTMLElement>('[data-filter-group]');
      if (group) group.hidden = visible === 0;
    }

    for (const facet of FACETS) {
      const select = this.#select(facet);
      if (!select) continue;
      const counts = facetCounts(this.#unique, state, facet, [...select.options].map((option) => option.value));
      for (const option of select.options) {
        const count = counts.get(option.value) ?? 0;
        option.textContent = `${option.dataset['label'] ?? option.value} (${count})`;
        option.disabled = count === 0 && option.value !== state[facet];
      }
    }

    const shown = this.#unique.filter((item) => matches(item, state)).length;
    const total = this.#unique.length;
    const count = this.#root.querySelector('[data-filter-count]');
    if (count) count.textContent = shown === total ? `${total} tools` : `${shown} of ${total} tools`;
    const empty = this.#root.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) empty.hidden = shown > 0;

    if (pushUrl) history.replaceState(history.state, '', `${location.pathname}${serializeFilterState(state)}${location.hash}`);
  }
}

/** Takes over a <atlas-filter> element: applies the URL's state and follows the form from now on. */
export function enhance(root: HTMLElement, startedBy?: Event): void {
  new FilterController(root, startedBy);
}
