/**
 * Finds words glued to an inline element in rendered text ("the<a>timeline</a>"): a line break
 * between text and a link in a template can vanish from the output, and the reader sees one word.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';

const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'time', 'u']);
/** Where text is not prose: code blocks keep their spacing on purpose, and scripts, styles and pictures are not read. */
const SKIPPED = new Set(['pre', 'script', 'style', 'svg', 'template', 'textarea', 'head']);
const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

const isElement = (node: ChildNode): node is Element => isTag(node);

/** The text a reader sees in a node, as one string. */
const textOf = (node: ChildNode): string => DomUtils.textContent(node);

/** Each place where an inline element touches a word on either side, as "before⟨element⟩after" context. */
export function gluedWords(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly ChildNode[]): void => {
    nodes.forEach((node, index) => {
      if (!isElement(node)) return;
      if (SKIPPED.has(node.name)) return;
      if (INLINE.has(node.name)) {
        const inner = textOf(node);
        // Only running text counts: an element beside another element is laid out by CSS, not glued.
        const previous = nodes[index - 1];
        const next = nodes[index + 1];
        const before = previous && isText(previous) ? previous.data : '';
        const after = next && isText(next) ? next.data : '';
        if (inner !== '' && WORD_END.test(before) && WORD_START.test(inner)) found.push(`${before.slice(-20)}⟨${inner.slice(0, 20)}⟩`);
        if (inner !== '' && WORD_END.test(inner) && WORD_START.test(after)) found.push(`⟨${inner.slice(-20)}⟩${after.slice(0, 20)}`);
      }
      visit(node.children);
    });
  };
  visit(parseDocument(html).children);
  return found;
}
