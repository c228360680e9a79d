/**
 * <tool-search>: the search box in the header of every page. This file is
 * loaded on every page, so it stays tiny: it only waits for the first sign
 * that the reader wants to search (focus, hover, `/` or Ctrl/⌘+K) and then
 * imports the combobox, which brings fuse.js and fetches the search data.
 * Without JavaScript the box is a plain form that submits to /search/.
 */

/** What the combobox needs from its host; the combobox module reads it when it loads. */
export interface ToolSearchHost extends HTMLElement {
  input: HTMLInputElement;
  /**
   * Where Esc sends focus back to: the element that had focus before `/` or
   * Ctrl/⌘+K (the body when nothing had); null when the box was entered
   * normally, where Esc only closes the list.
   */
  returnFocus: HTMLElement | null;
}

/** Fields where `/` is typing, not a shortcut (one selector: this file is on every page, so every byte counts). */
const TYPING_FIELDS =
  'textarea,select,input:not([type=button],[type=checkbox],[type=color],[type=file],[type=image],[type=radio],[type=range],[type=reset],[type=submit])';
const isTypingIn = (node: unknown): boolean => node instanceof HTMLElement && (node.isContentEditable || node.matches(TYPING_FIELDS));

class ToolSearch extends HTMLElement implements ToolSearchHost {
  input!: HTMLInputElement;
  returnFocus: HTMLElement | null = null;
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    this.input = input;
    const activate = (): void => void this.activate();
    for (const type of ['focusin', 'input', 'pointerenter']) this.addEventListener(type, activate, { once: true });
    // The reader may have clicked into the box before this script ran.
    if (this.contains(document.activeElement)) activate();
    // The header is never removed from the page, so neither is this listener.
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || event.isComposing || event.altKey) return;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
      if ((!slash && !k) || isTypingIn(event.target) || isTypingIn(document.activeElement)) return;
      event.preventDefault();
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
      // A page may name a better target for the shortcut, such as the search page's own box.
      const target = document.querySelector<HTMLInputElement>('[data-search-shortcut-target]') ?? input;
      target.focus();
      target.select();
    });
  }

  /** Loads the combobox once; later calls return the same promise. */
  activate(): Promise<void> {
    this.#loading ??= import('./combobox.ts').then(({ enhance }) => enhance(this));
    return this.#loading;
  }
}

if (!customElements.get('tool-search')) customElements.define('tool-search', ToolSearch);
