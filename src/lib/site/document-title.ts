/**
 * The text of a page's <title>: its own title followed by the site's name, as long as the two fit
 * in the 70 characters that search results show (and that html-validate's long-title rule allows);
 * a longer title goes alone, cut at a word with an ellipsis if even that is too long.
 */
export const TITLE_LIMIT = 70;

export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  if (full.length <= TITLE_LIMIT) return full;
  if (title.length <= TITLE_LIMIT) return title;
  const cut = title.slice(0, TITLE_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_LIMIT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}
