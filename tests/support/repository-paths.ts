/** Finds the repository paths a comment or a document names, for the stale-path check. */

/** The folders at the top of the repository whose paths are worth checking. */
const TOP_FOLDERS = ['src', 'scripts', 'tests', 'content', 'docs', 'public', '.github', '.ci'];

const PATH = new RegExp(
  `(?<![\\w./-])(?:${TOP_FOLDERS.map((folder) => folder.replace('.', '\\.')).join('|')})/[\\w.[\\]@/-]*[\\w\\]/]`,
  'g',
);

/** Paths the docs use as examples of what a contributor creates; they do not exist on purpose. */
const EXAMPLES = new Set(['content/tools/tool-name.md', 'content/tools/example.md']);

/**
 * The paths in a text, without those that are patterns or placeholders (`<id>`, `*`, `…`, `{a,b}`)
 * and without a trailing full stop.
 */
export function repositoryPathsIn(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(PATH)) {
    const next = text[match.index + match[0].length] ?? '';
    if (['<', '*', '…', '{', '$'].includes(next)) continue;
    let path = match[0].replace(/\/$/, '');
    // A Markdown link's closing bracket is not part of the path: `[docs/deploy.md](docs/deploy.md)`.
    if (path.endsWith(']') && !path.includes('[')) path = path.slice(0, -1);
    if (!EXAMPLES.has(path)) found.push(path);
  }
  return found;
}

/** The comments of a source file: `//` and `/* … *\/` in scripts and styles, `<!-- … -->` in Astro markup. */
export function commentsOf(text: string, file: string): string[] {
  const comments: string[] = [];
  // A `//` comment must follow white space or start a line, so URLs (https://…) are not comments.
  const pattern = file.endsWith('.css') ? /\/\*([\s\S]*?)\*\//g : /(?:^|[\s;{}(),])\/\/([^\n]*)|\/\*([\s\S]*?)\*\/|<!--([\s\S]*?)-->/g;
  for (const match of text.matchAll(pattern)) {
    const body = match[1] ?? match[2] ?? match[3];
    if (body !== undefined) comments.push(body);
  }
  return comments;
}
