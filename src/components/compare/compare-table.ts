/**
 * The comparison table of /compare/, loaded by <atlas-compare> (ToolCompare.astro) when the address
 * names tools. It fetches each named tool's /api/tools/<id>.json (nothing else of the catalog), then
 * clones the component's templates into a side-by-side table. Unknown ids, tools over the limit and
 * failed downloads are reported as text; nothing from the URL or the data is parsed as HTML.
 */
import { SITE_NAME } from '../../lib/site/site-name.ts';
import { droppedNotice, parseCompareQuery, toolParams, unknownNotice } from '../../lib/compare/compare-query.ts';
import { COMPARE_FIELDS, compareCell, isComparedTool, type CompareCell, type ComparedTool } from '../../lib/compare/compare-fields.ts';
import { MAX_ID_LENGTH } from '../../lib/compare/compare.ts';
import { KEBAB_CASE } from '../../schemas/ids.ts';
import { compareUrl, toolUrl } from '../../lib/catalog/urls.ts';
import { statusBadge } from '../../lib/browser/dom.ts';
import { loadSearch, searchUrlsOf } from '../search/search-data.ts';
import { search } from '../../lib/search/engine.ts';

type Fetched = { id: string; data: ComparedTool } | { id: string; missing: true } | { id: string; failed: true };

async function fetchTool(base: string, id: string): Promise<Fetched> {
  try {
    const response = await fetch(`${base}${encodeURIComponent(id)}.json`);
    if (response.status === 404) return { id, missing: true };
    if (!response.ok) return { id, failed: true };
    const data: unknown = await response.json();
    return isComparedTool(data) && data.tool.id === id ? { id, data } : { id, failed: true };
  } catch {
    return { id, failed: true };
  }
}

/** A clone of the component's template `name`: its parts keep the component's scoped styles. */
function clone<T extends Element>(root: HTMLElement, name: string): T {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-${name}]`);
  const node = template?.content.firstElementChild?.cloneNode(true);
  if (!(node instanceof Element)) throw new Error(`the compare page lacks its ${name} template`);
  return node as T;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function showNotices(root: HTMLElement, messages: readonly string[]): void {
  root.querySelector('[data-notices]')?.replaceChildren(
    ...messages.filter(Boolean).map((message) => {
      const notice = clone<HTMLElement>(root, 'notice');
      notice.textContent = message;
      return notice;
    }),
  );
}

/** The ids the address asks for, as the tools' JSON files are named: well-formed, lower case, each once. */
function candidateIds(search: string): string[] {
  const ids = toolParams(search).map((value) => value.toLowerCase());
  return [...new Set(ids)].filter((id) => id.length <= MAX_ID_LENGTH && KEBAB_CASE.test(id));
}

/**
 * The module's one entry point: takes over <atlas-compare>'s "Add a tool" box, answers the submit that
 * loaded it, and fills the notices and the table of the tools in the address.
 */
export async function enhance(root: HTMLElement, startedBy?: Event): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('[data-add-tool]');
  const input = form?.querySelector('input');
  if (form && input) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void addTool(root, input.value);
    });
    if (startedBy?.type === 'submit') await addTool(root, input.value);
  }
  if (new URLSearchParams(location.search).has('tools')) await build(root);
}

/** Fills <atlas-compare>: notices and the table of the tools in the address. */
async function build(root: HTMLElement): Promise<void> {
  const base = root.dataset['apiBase'] ?? '';
  const fetched = await Promise.all(candidateIds(location.search).map((id) => fetchTool(base, id)));
  const found = new Map(fetched.flatMap((item) => ('data' in item ? [[item.id, item.data] as const] : [])));
  const failed = fetched.filter((item) => 'failed' in item).map((item) => item.id);
  const request = parseCompareQuery(location.search, (id) => found.has(id) || failed.includes(id));
  const chosen = request.ids.flatMap((id) => found.get(id) ?? []);

  showNotices(root, [
    unknownNotice(request),
    droppedNotice(request.dropped.flatMap((id) => found.get(id)?.tool.name ?? [])),
    failed.length > 0 ? `The facts of ${listNames(failed)} could not be loaded; try again later.` : '',
    chosen.length === 1 ? 'Add at least one more tool to compare it with.' : '',
  ]);
  if (chosen.length === 0) return;

  // One canonical, shareable form of the address.
  const canonical = compareUrl(request.ids);
  if (location.pathname + location.search !== canonical) history.replaceState(history.state, '', canonical + location.hash);
  const names = chosen.map((item) => item.tool.name);
  document.title = `${names.join(' vs ')} · Compare · ${SITE_NAME}`;
  root.querySelector('[data-output]')?.replaceChildren(sideBySide(root, chosen, names));
}

function sideBySide(root: HTMLElement, chosen: readonly ComparedTool[], names: readonly string[]): HTMLElement {
  const view = clone<HTMLElement>(root, 'table');
  const title = chosen.length === 1 ? (names[0] ?? '') : `${listNames(names)} side by side`;
  const heading = view.querySelector('.compare-title');
  const caption = view.querySelector('caption');
  const table = view.querySelector('table');
  if (heading) heading.textContent = title;
  if (caption) caption.textContent = title;
  table?.classList.add(`cols-${chosen.length}`);

  const headRow = view.querySelector('thead tr');
  const ids = chosen.map((item) => item.tool.id);
  chosen.forEach(({ tool }, index) => {
    const cell = clone<HTMLTableCellElement>(root, 'column-head');
    const name = cell.querySelector<HTMLAnchorElement>('.name');
    if (name) {
      name.href = toolUrl(tool.id);
      name.textContent = tool.name;
    }
    const remove = cell.querySelector<HTMLAnchorElement>('.remove');
    if (remove) remove.href = compareUrl(ids.filter((_, other) => other !== index));
    const removeName = remove?.querySelector('.visually-hidden');
    if (removeName) removeName.textContent = ` ${tool.name} from the comparison`;
    headRow?.append(cell);
  });

  for (const { key } of COMPARE_FIELDS) {
    const row = view.querySelector(`tr[data-field="${key}"]`);
    for (const item of chosen) {
      const cell = clone<HTMLTableCellElement>(root, 'cell');
      cell.append(...renderCell(root, compareCell(item, key)));
      row?.append(cell);
    }
  }
  return view;
}

function renderCell(root: HTMLElement, cell: CompareCell): Node[] {
  switch (cell.kind) {
    case 'none': {
      const none = clone<HTMLElement>(root, 'none');
      none.textContent = cell.label;
      return [none];
    }
    case 'text':
      return [document.createTextNode(cell.text)];
    case 'status': {
      const nodes: Node[] = [statusBadge(cell.status)];
      if (cell.note) {
        const note = clone<HTMLElement>(root, 'note');
        note.textContent = cell.since ? `${cell.note} (since ${cell.since})` : cell.note;
        nodes.push(note);
      }
      return nodes;
    }
    case 'links': {
      const list = clone<HTMLUListElement>(root, 'values');
      const item = list.firstElementChild;
      list.replaceChildren(
        ...cell.links.map((link) => {
          const copy = item?.cloneNode(true) as HTMLLIElement;
          const anchor = copy.querySelector('a');
          if (anchor) {
            anchor.href = link.href;
            anchor.textContent = link.text;
          }
          return copy;
        }),
      );
      return [list];
    }
  }
}

/** The "Add a tool" box: finds the best match for the name typed and opens the comparison with it added. */
async function addTool(root: HTMLElement, query: string): Promise<void> {
  if (query.trim() === '') return;
  try {
    const index = await loadSearch(searchUrlsOf(root)).core;
    const best = search(index, query, { limit: 1 }).hits[0];
    if (!best) {
      showNotices(root, [`No tool matches “${query.trim()}”.`]);
      return;
    }
    const current = [...new Set(toolParams(location.search).map((value) => value.toLowerCase()))];
    location.assign(compareUrl([...current.filter((id) => id !== best.record.id), best.record.id]));
  } catch {
    showNotices(root, ['Search could not be loaded; use the Compare buttons on tool pages instead.']);
  }
}
