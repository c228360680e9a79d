/**
 * The compare selection at work, fetched by CompareTray.astro's script once
 * it is needed: the selection itself (kept in localStorage, so it survives
 * navigation and is shared by tabs), what an <atlas-compare-toggle> press does,
 * and <atlas-compare-tray>'s work, the bar at the bottom of the page that lists the selection
 * with remove buttons, "Compare (n)", "Clear" and "Hide".
 */
import {
  COMPARE_STORAGE_KEY,
  MAX_COMPARE,
  addToSelection,
  parseSelection,
  removeFromSelection,
  type Selected,
} from '../../lib/compare/compare.ts';
import { compareUrl } from '../../lib/catalog/urls.ts';

/** What a change says: `text` is announced; a `limit` message also stays visible in the tray. */
interface Change {
  text: string;
  limit?: boolean;
}

const COLLAPSED_KEY = 'atlas:compare-tray-collapsed';

function load(): Selected[] {
  try {
    return parseSelection(localStorage.getItem(COMPARE_STORAGE_KEY));
  } catch {
    return [];
  }
}

// When storage is disabled the selection still works, for this page only.
let selection = load();
let render: ((change: Change) => void) | undefined;
const isSelected = (id: string | undefined): boolean => selection.some((entry) => entry.id === id);

/** Sets a toggle's pressed state from the selection. */
function sync(toggle: HTMLElement): void {
  toggle.querySelector('button')?.setAttribute('aria-pressed', String(isSelected(toggle.dataset['compareId'])));
}

/** Replaces the selection, saves it unless it came from storage, and updates every toggle and the tray. */
function update(next: Selected[], change: Change, save = true): void {
  selection = next;
  if (save) {
    try {
      localStorage.setItem(COMPARE_STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage can be disabled or full: the selection then lasts for this page only.
    }
  }
  document.querySelectorAll<HTMLElement>('atlas-compare-toggle').forEach(sync);
  render?.(change);
}

/** A press on a toggle: add its tool, or remove it, or explain the limit. */
function press(toggle: HTMLElement): void {
  const { compareId: id, compareName: name } = toggle.dataset;
  if (!id || !name) return;
  if (isSelected(id)) return update(removeFromSelection(selection, id), { text: `${name} removed from the comparison.` });
  const { selection: next, result } = addToSelection(selection, { id, name });
  update(
    next,
    result === 'full'
      ? { text: `You can compare up to ${MAX_COMPARE} tools. Remove one to add ${name}.`, limit: true }
      : { text: `${name} added to the comparison (${next.length} of ${MAX_COMPARE}).` },
  );
}

addEventListener('storage', (event) => {
  if (event.key === COMPARE_STORAGE_KEY || event.key === null) update(load(), { text: '' }, false);
});
// A page restored from the back/forward cache kept its old selection; another page may have changed it.
addEventListener('pageshow', (event) => {
  if (event.persisted) update(load(), { text: '' }, false);
});

/** Takes over the tray element (CompareTray.astro): lists the selection and wires its buttons. */
function attachTray(tray: HTMLElement): void {
  const [panel, list, item, count, go, status, message, collapse, clear] = [
    '.compare-tray',
    '.items',
    'template',
    '.count',
    '.go',
    '.status',
    '.message',
    '.collapse',
    '.clear',
  ].map((selector) => tray.querySelector(selector));
  if (!(
    panel instanceof HTMLElement &&
    list &&
    item instanceof HTMLTemplateElement &&
    count &&
    go instanceof HTMLAnchorElement &&
    status &&
    message &&
    collapse &&
    clear
  ))
    return;

  render = ({ text, limit = false }: Change): void => {
    // The live region sits outside the panel, so it is heard even as the panel appears or goes.
    status.textContent = text;
    message.textContent = limit ? text : '';
    panel.hidden = selection.length === 0;
    count.textContent = `${selection.length} of ${MAX_COMPARE}`;
    go.href = compareUrl(selection.map((entry) => entry.id));
    go.textContent = `Compare (${selection.length})`;
    list.replaceChildren(
      ...selection.map((entry, index) => {
        const li = item.content.firstElementChild!.cloneNode(true) as HTMLElement;
        const remove = li.querySelector('button')!;
        li.querySelector('.name')!.textContent = entry.name;
        remove.setAttribute('aria-label', `Remove ${entry.name}`);
        remove.onclick = () => {
          update(removeFromSelection(selection, entry.id), { text: `${entry.name} removed from the comparison.` });
          // The pressed button is gone: keep the keyboard in the tray, or in the page once the tray closes.
          const buttons = list.querySelectorAll('button');
          (buttons[Math.min(index, buttons.length - 1)] ?? (panel.hidden ? document.getElementById('main') : go))?.focus({
            preventScroll: true,
          });
        };
        return li;
      }),
    );
  };

  const setCollapsed = (collapsed: boolean): void => {
    panel.classList.toggle('collapsed', collapsed);
    collapse.setAttribute('aria-expanded', String(!collapsed));
    collapse.textContent = collapsed ? 'Show' : 'Hide';
    try {
      sessionStorage.setItem(COLLAPSED_KEY, collapsed ? '1' : '');
    } catch {
      // Without storage the tray simply opens expanded on the next page.
    }
  };
  collapse.addEventListener('click', () => setCollapsed(!panel.classList.contains('collapsed')));
  clear.addEventListener('click', () => {
    update([], { text: 'Comparison cleared.' });
    document.getElementById('main')?.focus({ preventScroll: true });
  });
  try {
    setCollapsed(sessionStorage.getItem(COLLAPSED_KEY) === '1');
  } catch {
    // Storage can be disabled: keep the tray expanded.
  }
  render({ text: '' });
}

let started = false;

/**
 * The module's one entry point, for the tray and for each toggle: the first call takes over the page's
 * tray and syncs every toggle; a toggle is synced again, and pressed when a click started the call.
 */
export function enhance(root: HTMLElement, startedBy?: Event): void {
  if (!started) {
    started = true;
    const tray = document.querySelector<HTMLElement>('atlas-compare-tray');
    if (tray) attachTray(tray);
    document.querySelectorAll<HTMLElement>('atlas-compare-toggle').forEach(sync);
  }
  if (root.localName !== 'atlas-compare-toggle') return;
  sync(root);
  if (startedBy?.type === 'click') press(root);
}
