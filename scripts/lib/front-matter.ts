/**
 * Splits an entry file into its YAML front matter and Markdown body, keeping
 * line numbers so that problems can be reported where they are.
 */

export interface FrontMatterSplit {
  ok: true;
  /** The YAML between the two `---` fences. */
  yaml: string;
  /** 1-based line of the first YAML line. */
  yamlStartLine: number;
  body: string;
  /** 1-based line of the first body line. */
  bodyStartLine: number;
}

export interface FrontMatterError {
  ok: false;
  line: number;
  message: string;
  hint: string;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit | FrontMatterError {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      ok: false,
      line: 1,
      message: 'the file does not start with front matter',
      hint: 'start the file with a line `---`, the fields, then another `---`',
    };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return {
      ok: false,
      line: 1,
      message: 'the front matter is never closed',
      hint: 'add a line `---` after the last field',
    };
  }
  return {
    ok: true,
    yaml: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyStartLine: end + 2,
  };
}
