/**
 * DOM building shared by the dropdown and the results page. Entry text and
 * query text only ever become text nodes (or the text of a <mark>), never
 * HTML, so a query like <img src=x onerror=…> is shown, not run.
 */
import { highlight } from '../search/highlight.ts';
import type { SearchRecord } from '../search/projection.ts';

/** An element with an optional class and text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `text` with the characters that match `query` wrapped in <mark>; returns whether any did. */
export function appendHighlighted(parent: Node, text: string, query: string): boolean {
  let marked = false;
  for (const segment of highlight(text, query)) {
    if (segment.mark) {
      parent.appendChild(element('mark', undefined, segment.text));
      marked = true;
    } else {
      parent.appendChild(document.createTextNode(segment.text));
    }
  }
  return marked;
}

/**
 * A status badge cloned from the <template data-status-badges> that the
 * header renders with StatusBadge, so it looks exactly like the badges of
 * server-rendered pages.
 */
export function statusBadge(status: SearchRecord['status']): Element {
  const template = document.querySelector<HTMLTemplateElement>('template[data-status-badges]');
  const badge = template?.content.querySelector(`[data-status="${CSS.escape(status)}"]`);
  if (badge) return badge.cloneNode(true) as Element;
  return element('span', `status-badge s-${status}`, status);
}
