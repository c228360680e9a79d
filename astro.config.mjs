// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './site.config.mjs';
import { safeHtml } from './src/lib/site/safe-html.ts';
import { readRedirects, toAstroRedirects } from './src/lib/catalog/redirects.ts';
import { cspFirst } from './src/lib/site/csp-first.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  output: 'static',
  // cspFirst: the policy's <meta> must precede everything it governs (Astro writes it after the page's head).
  integrations: [mdx(), sitemap(), cspFirst()],
  // A second build (the base-path browser tests) goes to its own folder so it never clobbers dist/.
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory' },
  // One stylesheet for the whole site: the only render-blocking request on any page, cached after the first.
  vite: { build: { cssCodeSplit: false } },
  devToolbar: { enabled: false },
  // Renamed or merged entries (content/redirects.yml) become meta-refresh pages at their old paths.
  redirects: toAstroRedirects(readRedirects(new URL('./', import.meta.url)), siteConfig.basePath),
  markdown: {
    // Shiki colours code with style attributes, which the CSP below refuses.
    syntaxHighlight: false,
    // Raw HTML and script URLs in entry bodies are shown as text / dropped, even if the validator was skipped.
    processor: satteri({ hastPlugins: [safeHtml] }),
  },
  security: {
    // Astro adds script-src and style-src with the hash of every inline script and style;
    // everything else may only come from the site itself.
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-src 'none'"],
    },
  },
});
