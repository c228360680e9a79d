/**
 * Loaded by every page before any interaction, so it is tiny: it shows the
 * <compare-toggle> buttons and fetches the rest (compare-tray.ts: the
 * selection, the tray and what a press does) only when it is needed: at once
 * when the reader has a stored selection, else on the first press.
 */
import { COMPARE_STORAGE_KEY } from '../../lib/compare-key.ts';

type Tray = typeof import('./compare-tray.ts');
let tray: Promise<Tray> | undefined;
const loadTray = (): Promise<Tray> => (tray ??= import('./compare-tray.ts'));

class CompareToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    button.onclick = () => void loadTray().then((module) => module.press(this));
    button.hidden = false;
    // Once the tray is loaded it keeps every toggle's pressed state; a toggle added or moved later asks it.
    void tray?.then((module) => module.sync(this));
  }
}

customElements.define('compare-toggle', CompareToggle);

function hasSelection(): boolean {
  try {
    return (localStorage.getItem(COMPARE_STORAGE_KEY) ?? '[]') !== '[]';
  } catch {
    return false;
  }
}

if (hasSelection()) void loadTray();
// Another tab or page selected something: this page needs the tray too (once loaded, it listens itself).
for (const type of ['storage', 'pageshow']) {
  addEventListener(type, () => {
    if (!tray && hasSelection()) void loadTray();
  });
}
