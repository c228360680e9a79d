/**
 * The comparison table of /compare/, fetched by <tool-compare> when the
 * address asks for tools. Reads ?tools= (a comma list or repeated
 * parameters), finds the fact sheets the page carries, and lays the chosen
 * ones out side by side. Unknown ids and tools over the limit are reported as
 * text; nothing from the URL is parsed as HTML.
 */
import { droppedNotice, parseCompareQuery, unknownNotice } from '../../lib/compare-query.ts';
import { compareUrl } from '../../lib/urls.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Fills the <tool-compare> element: notices, the check list's ticks and the table. */
export function build(root: HTMLElement): void {
  const sheets = new Map<string, HTMLElement>();
  for (const sheet of root.querySelectorAll<HTMLElement>('[data-sheet]')) sheets.set(sheet.dataset['sheet'] ?? '', sheet);
  const request = parseCompareQuery(location.search, (id) => sheets.has(id));
  const chosen = request.ids.flatMap((id) => sheets.get(id) ?? []);
  const nameOf = (sheet: HTMLElement): string => sheet.dataset['name'] ?? '';

  const messages = [
    unknownNotice(request),
    droppedNotice(request.dropped.flatMap((id) => sheets.get(id) ?? []).map(nameOf)),
    chosen.length === 1 ? 'Tick at least one more tool below to compare it with.' : '',
  ];
  root.querySelector('.notices')?.replaceChildren(...messages.filter(Boolean).map((text) => element('p', 'notice', text)));

  for (const box of root.querySelectorAll<HTMLInputElement>('.picker input[name="tools"]')) box.checked = request.ids.includes(box.value);

  const picker = root.querySelector<HTMLDetailsElement>('.picker');
  const output = root.querySelector('.output');
  if (!output || chosen.length === 0) return;
  if (picker) picker.open = false;

  // One canonical, shareable form of the address: the form submits tools=a&tools=b.
  const canonical = compareUrl(request.ids);
  if (location.pathname + location.search !== canonical) history.replaceState(history.state, '', canonical + location.hash);

  const names = chosen.map(nameOf);
  document.title = `${names.join(' vs ')} · Compare · Container Atlas`;
  output.replaceChildren(sideBySide(chosen, request.ids, names));
}

function sideBySide(chosen: HTMLElement[], ids: string[], names: string[]): HTMLElement {
  const table = element('table', `cols-${chosen.length}`);
  const title = chosen.length === 1 ? names[0] : `${listNames(names)} side by side`;
  // The visible title stays outside the scrolling box, so a narrow screen never cuts it off.
  const heading = element('h2', 'compare-title', title);
  heading.id = 'compare-title';
  table.append(element('caption', 'visually-hidden', title));

  const head = element('tr');
  head.append(element('td', 'corner'));
  chosen.forEach((sheet, index) => {
    const cell = element('th');
    cell.scope = 'col';
    const link = sheet.querySelector('.sheet-name a')?.cloneNode(true);
    if (link instanceof HTMLAnchorElement) {
      link.classList.add('name');
      cell.append(link);
    }
    const remove = element('a', 'remove', 'Remove');
    remove.href = compareUrl(ids.filter((_, other) => other !== index));
    remove.append(element('span', 'visually-hidden', ` ${names[index]} from the comparison`));
    cell.append(remove);
    head.append(cell);
  });

  // One row per field of the first sheet; every sheet has the same fields, each a <dd data-field> after its <dt>.
  const body = element('tbody');
  for (const field of chosen[0]?.querySelectorAll<HTMLElement>('dd[data-field]') ?? []) {
    const key = field.dataset['field'] ?? '';
    const row = element('tr');
    const label = element('th', undefined, field.previousElementSibling?.textContent ?? key);
    label.scope = 'row';
    row.append(label);
    for (const sheet of chosen) {
      const cell = element('td');
      const value = sheet.querySelector(`dd[data-field="${key}"]`);
      if (value) cell.append(...[...value.childNodes].map((node) => node.cloneNode(true)));
      row.append(cell);
    }
    body.append(row);
  }

  table.append(element('thead'), body);
  table.tHead?.append(head);

  // A labelled, focusable region, so keyboard users can scroll the table sideways on narrow screens.
  const scroller = element('div', 'table-scroll');
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-labelledby', heading.id);
  scroller.tabIndex = 0;
  scroller.append(table);
  const wrapper = element('div');
  wrapper.append(heading, element('p', 'scroll-hint', 'Scroll the table sideways to see every tool.'), scroller);
  return wrapper;
}
