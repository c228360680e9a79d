/**
 * <tool-compare>: /compare/ with JavaScript. The table code (compare-table.ts)
 * is fetched only when the address names tools; the bare page is the check
 * list, which needs no script.
 */
class ToolCompare extends HTMLElement {
  connectedCallback(): void {
    if (new URLSearchParams(location.search).has('tools')) void import('./compare-table.ts').then(({ build }) => build(this));
  }
}

customElements.define('tool-compare', ToolCompare);
