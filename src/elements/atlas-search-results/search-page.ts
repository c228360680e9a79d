/**
 * <search-page>: the search page's behaviour. With ?q= in the address it
 * loads the search at once (this page is a search); with no query it waits
 * for intent like the header box. The rendering lives in
 * search/results-page.ts, loaded on demand with fuse.js.
 */
class SearchPage extends HTMLElement {
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) return;
    const query = new URLSearchParams(window.location.search).get('q') ?? '';
    input.value = query;
    const start = (): void => {
      this.#loading ??= import('./results-page.ts')
        .then(({ attach }) => attach(this, input))
        .catch(() => {
          // Without the search code the A–Z list is the page: show it.
          delete document.documentElement.dataset['searchPending'];
        });
    };
    if (query.trim() !== '' || document.activeElement === input) {
      start();
    } else {
      input.addEventListener('focus', start, { once: true });
      input.addEventListener('input', start, { once: true });
      this.addEventListener('pointerenter', start, { once: true });
    }
  }
}

if (!customElements.get('search-page')) customElements.define('search-page', SearchPage);
