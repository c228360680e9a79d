/**
 * Registers a custom element once. Every element of the site goes through
 * here, so each carries the one `atlas-` prefix and a second copy of a
 * component's script (a test harness, a cached old bundle) never throws.
 */
export function defineElement(name: `atlas-${string}`, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
