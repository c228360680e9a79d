/**
 * The header search box as an ARIA 1.2 combobox with a listbox popup
 * (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): results appear as
 * you type, ↑/↓ move through them, Enter opens the selected tool (or, with
 * none selected, submits to the results page), Esc closes the list and hands
 * focus back to where `/` or Ctrl/⌘+K took it from. Loaded by <atlas-search>
 * (SearchBox.astro) on the first sign of intent, together with fuse.js.
 */
import { search, type SearchHit, type SearchIndex } from '../../lib/search/engine.ts';
import { aliasToShow } from '../../lib/search/highlight.ts';
import { homeUrl, searchUrl, toolUrl } from '../../lib/catalog/urls.ts';
import { loadSearch, searchUrlsOf, type SearchUrls } from './search-data.ts';
import { appendHighlighted, element, statusBadge } from '../../lib/browser/dom.ts';

/** What the combobox needs from its host element, <atlas-search>. */
export interface SearchHost extends HTMLElement {
  input: HTMLInputElement;
  /**
   * Where Esc sends focus back to: the element that had focus before `/` or
   * Ctrl/⌘+K (the body when nothing had); null when the box was entered
   * normally, where Esc only closes the list.
   */
  returnFocus: HTMLElement | null;
}

/** Few enough to fit under the header on a phone; the results page has the rest. */
const LIMIT = 8;
/** Announce the result count once typing pauses, not on every keystroke. */
const ANNOUNCE_DELAY_MS = 500;

export function enhance(host: SearchHost): void {
  const popup = host.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = host.querySelector<HTMLUListElement>('[role="listbox"]');
  const message = host.querySelector<HTMLElement>('[data-search-message]');
  const more = host.querySelector<HTMLAnchorElement>('[data-search-more]');
  const status = host.querySelector<HTMLElement>('[data-search-status]');
  const option = host.querySelector<HTMLTemplateElement>('template[data-option-template]')?.content.firstElementChild;
  if (!popup || !listbox || !message || !more || !status || !(option instanceof HTMLElement)) return;
  new Combobox(host, searchUrlsOf(host), { popup, listbox, message, more, status, option });
}

interface Parts {
  popup: HTMLElement;
  listbox: HTMLUListElement;
  message: HTMLElement;
  more: HTMLAnchorElement;
  status: HTMLElement;
  /** The option to clone for each result. */
  option: HTMLElement;
}

class Combobox {
  readonly #host: SearchHost;
  readonly #input: HTMLInputElement;
  readonly #parts: Parts;
  #index: SearchIndex | undefined;
  /** Whether #index has the summaries too. */
  #complete = false;
  /** Whether the last attempt to load the search data, or the summaries, failed. */
  #failed = false;
  #summariesFailed = false;
  #options: HTMLElement[] = [];
  #active = -1;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: SearchHost, urls: SearchUrls, parts: Parts) {
    this.#host = host;
    this.#input = host.input;
    this.#parts = parts;

    const input = this.#input;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', parts.listbox.id);

    input.addEventListener('input', () => this.#update());
    input.addEventListener('focus', () => this.#update());
    input.addEventListener('keydown', (event) => this.#onKeydown(event));
    host.addEventListener('focusout', (event) => {
      if (event.relatedTarget instanceof Node && host.contains(event.relatedTarget)) return;
      this.#close();
      host.returnFocus = null;
    });
    // Keep focus in the box while an option is clicked.
    parts.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    parts.listbox.addEventListener('click', (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
      if (option?.dataset['href']) window.location.assign(option.dataset['href']);
    });

    const load = (): void => {
      const { core, full } = loadSearch(urls);
      core.then(
        (index) => {
          if (this.#complete) return;
          this.#index = index;
          this.#failed = false;
          if (document.activeElement === input) this.#update();
        },
        () => {
          this.#failed = true;
          if (document.activeElement === input) this.#update();
        },
      );
      // The summaries add matches and a line to every option; the selection survives the redraw.
      full.then(
        (index) => {
          this.#index = index;
          this.#complete = true;
          if (document.activeElement === input && this.#isOpen) this.#update({ keepSelection: true });
        },
        () => {
          // Results by name, alias and tag still work; the options just have no summary line.
          this.#summariesFailed = true;
        },
      );
    };
    load();
    // After a failed load (of either file), the next keystroke tries again.
    input.addEventListener('input', () => {
      if (!this.#failed && !this.#summariesFailed) return;
      this.#failed = false;
      this.#summariesFailed = false;
      load();
    });
    if (document.activeElement === input) this.#update();
  }

  #update({ keepSelection = false } = {}): void {
    const query = this.#input.value;
    if (query.trim() === '') {
      this.#close();
      this.#announce('');
      return;
    }
    if (!this.#index) {
      this.#showMessage(this.#failed ? 'Search could not be loaded. Press Enter to search on the results page.' : 'Loading search…');
      return;
    }
    const { hits, total } = search(this.#index, query, { limit: LIMIT });
    const selected = keepSelection ? this.#options[this.#active]?.dataset['toolId'] : undefined;
    this.#render(hits, total, query);
    if (selected) this.#setActive(this.#options.findIndex((option) => option.dataset['toolId'] === selected));
    this.#announce(total === 0 ? `No results for ${query.trim()}` : total === 1 ? '1 result' : `${total} results`);
  }

  #render(hits: SearchHit[], total: number, query: string): void {
    const { listbox, message, more } = this.#parts;
    const categories = this.#index?.categories ?? {};
    this.#options = hits.map(({ record }, position) => {
      const option = this.#parts.option.cloneNode(true) as HTMLElement;
      option.id = `${listbox.id}-${position}`;
      option.dataset['href'] = toolUrl(record.id);
      option.dataset['toolId'] = record.id;
      const part = (name: string): Element => option.querySelector(`.option-${name}`) ?? option;
      appendHighlighted(part('name'), record.name, query);
      // When an alias is what matched ("k8s"), show it, so the result makes sense.
      const alias = aliasToShow(record, query);
      if (alias) appendHighlighted(part('alias'), alias, query);
      part('head').append(statusBadge(record.status));
      part('category').textContent = categories[record.category] ?? '';
      // Empty until the summaries file has arrived.
      appendHighlighted(part('text'), record.summary, query);
      return option;
    });
    listbox.replaceChildren(...this.#options);
    listbox.hidden = hits.length === 0;
    this.#setActive(-1);

    if (total === 0) {
      message.replaceChildren(
        `No tools match “${query.trim()}”. `,
        Object.assign(element('a', undefined, 'Browse the categories'), { href: `${homeUrl()}#categories` }),
      );
      message.hidden = false;
      more.hidden = true;
    } else {
      message.hidden = true;
      more.href = searchUrl(query.trim());
      more.textContent = total > hits.length ? `See all ${total} results` : 'Open the results page';
      more.hidden = false;
    }
    this.#open();
  }

  #showMessage(text: string): void {
    const { listbox, message, more } = this.#parts;
    this.#options = [];
    listbox.replaceChildren();
    listbox.hidden = true;
    message.textContent = text;
    message.hidden = false;
    more.hidden = true;
    this.#setActive(-1);
    this.#open();
  }

  #open(): void {
    this.#parts.popup.hidden = false;
    this.#input.setAttribute('aria-expanded', 'true');
  }

  #close(): void {
    this.#parts.popup.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#setActive(-1);
  }

  get #isOpen(): boolean {
    return !this.#parts.popup.hidden;
  }

  #setActive(position: number): void {
    this.#active = position;
    this.#options.forEach((option, index) => option.setAttribute('aria-selected', String(index === position)));
    const option = this.#options[position];
    if (option) {
      this.#input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!this.#isOpen) this.#update();
        const total = this.#options.length;
        if (total === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // Wraps around: past the last option comes the first, and above the first the last.
        this.#setActive(this.#active < 0 && step < 0 ? total - 1 : (this.#active + step + total) % total);
        break;
      }
      case 'Enter': {
        const option = this.#options[this.#active];
        if (this.#isOpen && option?.dataset['href']) {
          event.preventDefault();
          window.location.assign(option.dataset['href']);
        }
        // Otherwise the form submits to the results page, as it does without JavaScript.
        break;
      }
      case 'Escape': {
        const back = this.#host.returnFocus;
        if (!this.#isOpen && !back) return; // the browser clears the box, as usual
        event.preventDefault();
        this.#close();
        if (back) {
          this.#host.returnFocus = null;
          if (back === document.body || !back.isConnected) this.#input.blur();
          else back.focus();
        }
        break;
      }
      default:
    }
  }

  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#parts.status.textContent = text;
    }, ANNOUNCE_DELAY_MS);
  }
}
