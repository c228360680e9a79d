/**
 * End to end: an entry written to attack the site (raw HTML, script and data
 * URLs in its body, markup in its name, summary and URL) is rejected by the
 * validator, and even when it is built anyway, none of it reaches the built
 * HTML as markup. The site is built from a copy of the project whose catalog
 * is only that entry, so dist/ is left alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBuiltPages } from '../support/built-pages.ts';
import { inlineScriptHash, parsePolicy } from '../../src/lib/site/csp.ts';
import { scanHtml } from '../support/html-scan.ts';
import { parseProblems, runScript } from '../support/cli.ts';

const projectRoot = new URL('../../', import.meta.url).pathname;
const fixture = join(projectRoot, 'tests/fixtures/hostile/hostile-entry.md');
const entryFile = 'content/tools/hostile-entry.md';

/**
 * A copy of the project with the hostile entry as its only tool. Its node_modules links to each of the
 * project's packages but not to Astro's and Vite's caches, so its build never writes the project's
 * content cache (a build of the project beside it would read this catalog).
 */
function makeProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  for (const name of ['src', 'public', 'astro.config.mjs', 'site.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  }
  // Everything in content/ except the real tools and the redirects that point at them.
  for (const name of readdirSync(join(projectRoot, 'content'))) {
    if (name !== 'tools' && name !== 'redirects.yml') cpSync(join(projectRoot, 'content', name), join(root, 'content', name), { recursive: true });
  }
  mkdirSync(join(root, 'content/tools'), { recursive: true });
  cpSync(fixture, join(root, entryFile));
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (name !== '.astro' && name !== '.vite') symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}

interface Found {
  element: string;
  attribute: string;
  value: string;
}

/** Every element and attribute in a page that could run script or load a foreign document. */
function dangerousMarkup(html: string): Found[] {
  const found: Found[] = [];
  new Parser({
    onopentag(element, attributes) {
      if (['iframe', 'object', 'embed', 'frame'].includes(element)) found.push({ element, attribute: '', value: '' });
      if (element === 'img' && !(attributes['src'] ?? '').startsWith('/')) found.push({ element, attribute: 'src', value: attributes['src'] ?? '' });
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) found.push({ element, attribute, value });
        if (['href', 'src', 'action', 'formaction'].includes(attribute) && /^\s*(?:javascript|data|vbscript):/i.test(value)) {
          found.push({ element, attribute, value });
        }
      }
    },
  }).end(html);
  return found;
}

describe('a hostile entry', () => {
  let root = '';
  let build: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    root = makeProject();
    const env = { ...process.env };
    delete env['OUT_DIR'];
    build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, env, encoding: 'utf8' });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is rejected by the validator at each line of raw HTML or script URL', () => {
    const problems = parseProblems(runScript('validate.ts', [entryFile], { cwd: root }).stdout).filter((problem) => problem.file === entryFile);
    const body = problems.filter((problem) => problem.field === 'body');
    expect(body.filter((problem) => /raw HTML/.test(problem.text)).map((problem) => problem.line)).toEqual([17, 19]);
    expect(body.filter((problem) => /javascript:/.test(problem.text)).map((problem) => problem.line)).toEqual([21, 22, 24]);
  });

  it('builds, when the validator is skipped, without any of its markup in the HTML', () => {
    expect(build.status, `${String(build.stdout)}\n${String(build.stderr)}`).toBe(0);
    const dist = join(root, 'dist');
    const pages = listBuiltPages(dist);
    expect(pages.map((page) => page.path)).toContain('tools/hostile-entry/');
    for (const page of pages) {
      const html = readFileSync(join(dist, page.file), 'utf8');
      expect(dangerousMarkup(html), page.file).toEqual([]);
      const scan = scanHtml(html);
      const scriptSources = parsePolicy(scan.csp ?? '').get('script-src') ?? [];
      for (const script of scan.scripts) {
        // Only the site's own scripts: bundled files, or inline code the policy names by hash.
        if (script.inline === undefined) expect(script.src, page.file).toMatch(/^\/(?:[\w-]+\/)*_astro\//);
        else expect(scriptSources, `${page.file}: ${script.inline.slice(0, 80)}`).toContain(`'${inlineScriptHash(script.inline)}'`);
        expect(script.inline ?? '', page.file).not.toMatch(/hostile|alert\(/);
      }
    }
  });

  it('shows its text, escaped, on its page', () => {
    const html = readFileSync(join(root, 'dist/tools/hostile-entry/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>Hostile &lt;img src=x onerror=alert\(1\)&gt;<\/h1>/);
    expect(html).toContain('&lt;script&gt;alert(&#39;summary&#39;)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;window.hostile');
    expect(html).toContain('&lt;iframe src=');
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt; &amp; Co');
    // The links lost their URLs but kept their words.
    expect(html).toMatch(/A script link, a reference link, an inline image/);
  });
});
