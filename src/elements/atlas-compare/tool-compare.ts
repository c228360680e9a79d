/**
 * <tool-compare>: /compare/ with JavaScript. The table code (compare-table.ts)
 * is fetched only when the address names tools; the bare page is the check
 * list, which needs no script.
 */
class ToolCompare extends HTMLElement {
  connectedCallback(): void {
    if (!new URLSearchParams(location.search).has('tools')) return;
    void import('./compare-table.ts')
      .then(({ build }) => build(this))
      .finally(() => delete document.documentElement.dataset['comparePending']);
  }
}

customElements.define('tool-compare', ToolCompare);
