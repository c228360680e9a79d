/**
 * <atlas-copy>'s work, loaded on the first press: copies the text of the element its `for` attribute
 * names. Without JavaScript the text stays selectable in its code block, which is all a reader needs.
 */

async function copy(root: HTMLElement): Promise<void> {
  const status = root.querySelector('[role="status"]');
  const source = document.getElementById(root.getAttribute('for') ?? '');
  let message = 'Copied';
  try {
    await navigator.clipboard.writeText(source?.textContent ?? '');
  } catch {
    // Clipboard refused (permissions, insecure context): select the text so Ctrl/⌘+C works.
    if (source) getSelection()?.selectAllChildren(source);
    message = 'Selected: press Ctrl+C to copy';
  }
  if (!status) return;
  status.textContent = message;
  setTimeout(() => {
    status.textContent = '';
  }, 3000);
}

/** The module's one entry point: takes over the button, and copies for the press that loaded it. */
export async function enhance(root: HTMLElement, startedBy?: Event): Promise<void> {
  root.querySelector('button')?.addEventListener('click', () => void copy(root));
  if (startedBy?.type === 'click') await copy(root);
}
