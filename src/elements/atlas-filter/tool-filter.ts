// <tool-filter>: the lists are complete and A–Z as built, so the filter logic
// loads only when it has work to do: a filter in the URL, or the first change
// of a select. That keeps it out of the JavaScript every list page loads.

const FILTER_KEYS = ['status', 'license', 'language', 'tag', 'sort'];

class ToolFilter extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-filter-form]');
    if (!form) return;
    let started = false;
    const start = async (event?: Event): Promise<void> => {
      if (started) return;
      started = true;
      const { enhance } = await import('./filter-engine.ts');
      enhance(this, event);
    };
    const params = new URLSearchParams(location.search);
    if (FILTER_KEYS.some((key) => params.has(key))) void start();
    else {
      form.addEventListener('change', start, { once: true });
      form.addEventListener('reset', start, { once: true });
    }
  }
}

customElements.define('tool-filter', ToolFilter);
