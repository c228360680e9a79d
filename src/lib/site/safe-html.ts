/**
 * Keeps entry bodies inert in the built site even when the validator was
 * skipped: a Sätteri hast plugin that shows raw HTML as text, strips
 * links whose URL could run script, and keeps only pictures from the site
 * itself (any other is replaced by its alt text). The validator
 * (scripts/lib/validate/body.ts) tells contributors about both; this is the
 * build's own line of defence, because Sätteri copies raw HTML through.
 * It also marks links to other sites rel="noopener noreferrer", like the
 * links the components write.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** Schemes a body link may use; anything else with a scheme is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * True for relative URLs and http(s)/mailto ones. Browsers ignore ASCII
 * whitespace and control characters inside a scheme ("java\tscript:"), so
 * they are removed before the scheme is read.
 */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/**
 * True for a picture the site serves itself: one leading slash, then no
 * second slash or backslash (browsers read `//host` and `/\\host` as
 * another host). A picture from anywhere else is a request the reader never
 * agreed to, so the build drops it even if the validator was skipped.
 */
export function isSiteImage(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^\/(?![/\\])/.test(compact);
}

export const safeHtml = {
  name: 'atlas-safe-html',
  raw(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const key = node.tagName === 'a' ? 'href' : 'src';
      const url = node.properties[key];
      if (url === undefined || url === null) return;
      if (key === 'src' && !isSiteImage(String(url))) {
        const alt = node.properties['alt'];
        ctx.replaceNode(node, { type: 'text', value: typeof alt === 'string' ? alt : '' });
        return;
      }
      if (isSafeUrl(String(url))) {
        if (key === 'href' && /^(?:https?:)?\/\//i.test(String(url).trim())) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
        return;
      }
      // Keep what the reader would have seen, minus the dangerous URL.
      const alt = node.properties['alt'];
      ctx.replaceNode(node, node.tagName === 'a' ? [...node.children] : { type: 'text', value: typeof alt === 'string' ? alt : '' });
    },
  },
} satisfies HastPlugin;
