/**
 * Reads what matters for the quality gates out of a built HTML page: the
 * resources it loads, its inline scripts and styles, its links and its
 * head metadata. Used by the page budgets and the dist/ checks.
 */
import { Parser } from 'htmlparser2';

export interface ScannedScript {
  src?: string;
  /** The text of an inline script. */
  inline?: string;
  module: boolean;
  async: boolean;
  defer: boolean;
  inHead: boolean;
}

export interface ScannedLink {
  href: string;
  rel: string[];
  text: string;
}

export interface ScannedPage {
  scripts: ScannedScript[];
  /** Stylesheet links, with whether they sit in <head> and apply to the screen. */
  stylesheets: Array<{ href: string; inHead: boolean; blocking: boolean }>;
  /** Other <link> elements that make the browser fetch: icons, preloads. */
  fetchedLinks: Array<{ href: string; rel: string[] }>;
  inlineStyles: string[];
  images: Array<{ src: string; lazy: boolean }>;
  anchors: ScannedLink[];
  /** Every element's id, for anchor checks. */
  ids: Set<string>;
  meta: Map<string, string>;
  csp?: string;
  canonical?: string;
  /** How many elements carry a style="" attribute (which a hash-based CSP refuses). */
  styleAttributes: number;
  /** Inline event handler attributes (onclick=…), which the CSP refuses too. */
  eventHandlers: number;
}

const FETCHING_LINK_RELS = new Set(['icon', 'shortcut', 'apple-touch-icon', 'modulepreload', 'preload', 'manifest']);

export function scanHtml(html: string): ScannedPage {
  const page: ScannedPage = {
    scripts: [],
    stylesheets: [],
    fetchedLinks: [],
    inlineStyles: [],
    images: [],
    anchors: [],
    ids: new Set(),
    meta: new Map(),
    styleAttributes: 0,
    eventHandlers: 0,
  };
  let inHead = false;
  let script: ScannedScript | undefined;
  let style: string | undefined;
  let anchor: ScannedLink | undefined;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs['id']) page.ids.add(attrs['id']);
        if (attrs['name'] && name === 'a') page.ids.add(attrs['name']);
        if ('style' in attrs) page.styleAttributes += 1;
        page.eventHandlers += Object.keys(attrs).filter((key) => /^on[a-z]+$/.test(key)).length;
        const rel = (attrs['rel'] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
        switch (name) {
          case 'head':
            inHead = true;
            break;
          case 'body':
            inHead = false;
            break;
          case 'script':
            script = {
              ...(attrs['src'] !== undefined ? { src: attrs['src'] } : {}),
              module: attrs['type'] === 'module',
              async: 'async' in attrs,
              defer: 'defer' in attrs,
              inHead,
            };
            if (script.src === undefined) script.inline = '';
            break;
          case 'style':
            style = '';
            break;
          case 'link':
            if (!attrs['href']) break;
            if (rel.includes('stylesheet')) {
              const media = (attrs['media'] ?? 'all').trim().toLowerCase();
              page.stylesheets.push({ href: attrs['href'], inHead, blocking: media === 'all' || media === 'screen' || media === '' });
            } else if (rel.includes('canonical')) {
              page.canonical = attrs['href'];
            } else if (rel.some((value) => FETCHING_LINK_RELS.has(value))) {
              page.fetchedLinks.push({ href: attrs['href'], rel });
            }
            break;
          case 'meta': {
            const key = attrs['name'] ?? attrs['property'] ?? attrs['http-equiv'];
            if (key !== undefined && attrs['content'] !== undefined) {
              page.meta.set(key.toLowerCase(), attrs['content']);
              if (key.toLowerCase() === 'content-security-policy') page.csp = attrs['content'];
            }
            break;
          }
          case 'img':
            if (attrs['src']) page.images.push({ src: attrs['src'], lazy: attrs['loading'] === 'lazy' });
            break;
          case 'a':
            if (attrs['href'] !== undefined) {
              anchor = { href: attrs['href'], rel, text: '' };
              page.anchors.push(anchor);
            }
            break;
        }
      },
      ontext(text) {
        if (script?.inline !== undefined) script.inline += text;
        else if (style !== undefined) style += text;
        if (anchor) anchor.text += text;
      },
      onclosetag(name) {
        if (name === 'head') inHead = false;
        if (name === 'script' && script) {
          page.scripts.push(script);
          script = undefined;
        }
        if (name === 'style' && style !== undefined) {
          page.inlineStyles.push(style);
          style = undefined;
        }
        if (name === 'a') anchor = undefined;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return page;
}

/** True for URLs that leave the site: another scheme-qualified or protocol-relative origin. */
export function isExternalUrl(href: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(href.trim());
}
