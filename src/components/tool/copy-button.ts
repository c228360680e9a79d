/**
 * <atlas-copy>: shows its button once scripts run and copies the text of the
 * element its `for` attribute names. Without JavaScript the text stays
 * selectable in its code block, which is all a reader needs.
 */
class AtlasCopy extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!button) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const source = document.getElementById(this.getAttribute('for') ?? '');
      const text = source?.textContent ?? '';
      let message = 'Copied';
      try {
        await navigator.clipboard.writeText(text);
      } catch {
        // Clipboard refused (permissions, insecure context): select the text so Ctrl/⌘+C works.
        if (source) getSelection()?.selectAllChildren(source);
        message = 'Selected: press Ctrl+C to copy';
      }
      if (status) status.textContent = message;
      setTimeout(() => {
        if (status) status.textContent = '';
      }, 3000);
    });
  }
}

if (!customElements.get('atlas-copy')) customElements.define('atlas-copy', AtlasCopy);
