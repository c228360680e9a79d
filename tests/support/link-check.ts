/**
 * Checks every internal link and #anchor of a build with linkinator. Every
 * built page is a starting point, so pages nothing links to (404.html, the
 * redirect pages) are checked too. The build is served under its base path
 * (a symlink in a temporary folder), so a build for /atlas/ is checked the
 * way it will be served.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';

export interface BrokenLink {
  url: string;
  from: string;
  status: number | undefined;
  detail: string;
}

export interface LinkReport {
  /** Internal links and resources requested. */
  checked: number;
  broken: BrokenLink[];
}

const LOCAL = /^https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?=\/)/;

/** `files` are the built pages relative to distDir ("index.html", "tools/etcd/index.html"). */
export async function checkLinks(distDir: string, basePath: string, files: readonly string[]): Promise<LinkReport> {
  const root = mkdtempSync(join(tmpdir(), 'atlas-links-'));
  try {
    const served = join(root, basePath);
    mkdirSync(dirname(served.replace(/\/$/, '')), { recursive: true });
    if (basePath === '/') rmSync(root, { recursive: true });
    symlinkSync(distDir, basePath === '/' ? root : served.replace(/\/$/, ''), 'dir');
    const local = (url: string | undefined): string => (url ?? '').replace(LOCAL, '').replace(/^(?!\/)/, '/');
    const result = await new LinkChecker().check({
      serverRoot: root,
      path: files.map((file) => `${basePath}${file}`.replace(/^\//, '')),
      checkFragments: true,
      // Links to other sites are not fetched: the tests run offline, and those pages are not ours to fix.
      linksToSkip: (link) => Promise.resolve(!LOCAL.test(link)),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => ({
        url: local(link.url),
        from: local(link.parent),
        status: link.status,
        detail: link.status
          ? `HTTP ${link.status}`
          : (link.failureDetails ?? []).map((failure) => (failure instanceof Error ? failure.message : JSON.stringify(failure))).join('; '),
      }));
    return { checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length, broken };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
