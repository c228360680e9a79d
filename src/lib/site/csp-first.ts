/**
 * An Astro integration: after the build, every HTML page gets its CSP
 * `<meta>` as the first element of `<head>` (see moveCspFirst). It runs on
 * the written files because Astro decides where its head content goes.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveCspFirst } from './csp.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function cspFirst(): AstroIntegration {
  return {
    name: 'atlas-csp-first',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let moved = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const fixed = moveCspFirst(html);
          if (fixed !== html) {
            writeFileSync(file, fixed);
            moved += 1;
          }
        }
        logger.info(`CSP meta moved first in <head> on ${moved} pages`);
      },
    },
  };
}
