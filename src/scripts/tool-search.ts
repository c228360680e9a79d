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

/** Fields where `/` is typing, not a shortcut. */
function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit'].includes(target.type);
}

class ToolSearch extends HTMLElement implements ToolSearchHost {
  input!: HTMLInputElement;
  returnFocus: HTMLElement | null = null;
  #loading: Promise<void> | undefined;

  connectedCallback(): void {
    const input = this.querySelector('input');
    if (!input) return;
    this.input = input;
    const activate = (): void => void this.activate();
    input.addEventListener('focus', activate, { once: true });
    input.addEventListener('input', activate, { once: true });
    this.addEventListener('pointerenter', activate, { once: true });
    document.addEventListener('keydown', this.#onShortcut);
    // The reader may have clicked into the box before this script ran.
    if (document.activeElement === input) activate();
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onShortcut);
  }

  #onShortcut = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !k) return;
    if (isTypingIn(event.target) || isTypingIn(document.activeElement)) return;
    event.preventDefault();
    // A page may name a better target for the shortcut, such as the search page's own box.
    const target = document.querySelector<HTMLInputElement>('input[data-search-shortcut-target]') ?? this.input;
    const active = document.activeElement;
    this.returnFocus = active instanceof HTMLElement ? active : null;
    target.focus();
    target.select();
    if (target === this.input) void this.activate();
  };

  /** Loads the combobox once; later calls return the same promise. */
  activate(): Promise<void> {
    this.#loading ??= import('./search/combobox.ts').then(({ enhance }) => enhance(this, this.dataset['indexUrl'] ?? ''));
    return this.#loading;
  }
}

if (!customElements.get('tool-search')) customElements.define('tool-search', ToolSearch);
