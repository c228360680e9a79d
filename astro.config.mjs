// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteConfig } from './site.config.mjs';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
