// The pages the browser gates visit: one per page type found in the build (so new page types are
// covered as soon as they are built), with a query where the page needs one to show its content,
// plus one tool page per status, since each status has its own badge and banner colours (those get
// the colour gate, axe in light and dark; everything else about a tool page is the same for all).
import { STATUSES } from '../../src/lib/status.ts';
import { representativePages } from './built-pages.ts';
import { loadTools } from './real-catalog.ts';
import { distDir } from './dist.ts';

export interface GatePage {
  /** What the page is, for test titles: "tool", "search with results". */
  label: string;
  /** URL relative to the site's base URL. */
  url: string;
  /** `type`: the first page of its page type, which every gate visits; `status`: a tool page for its status colours. */
  kind: 'type' | 'status';
}

export function gatePages(): GatePage[] {
  const tools = loadTools();
  const sample = [...tools].sort((a, b) => a.id.localeCompare(b.id));
  const pages: GatePage[] = representativePages(distDir).map((page) => {
    if (page.type === 'search') return { label: 'search with results', url: `${page.path}?q=${encodeURIComponent('kube')}`, kind: 'type' };
    if (page.type === 'compare') {
      const ids = sample.slice(0, 3).map((tool) => tool.id);
      return { label: 'compare with tools', url: `${page.path}?tools=${ids.join(',')}`, kind: 'type' };
    }
    return { label: page.type === 'other' ? page.path : page.type, url: page.path || './', kind: 'type' };
  });
  for (const status of STATUSES) {
    const tool = sample.find((candidate) => candidate.status === status);
    if (tool) pages.push({ label: `${status} tool`, url: `tools/${tool.id}/`, kind: 'status' });
  }
  return pages;
}

/** The first page of every page type: what the gates other than colours visit. */
export function typePages(): GatePage[] {
  return gatePages().filter((page) => page.kind === 'type');
}
