// Where the built site is and how its URLs look, for the tests that read dist/ after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distReader } from './built-pages.ts';
import { siteConfig } from '../../site.config.mjs';

/** The build directory: OUT_DIR when the build was made elsewhere (the base-path build), else dist/. */
export const distDir = resolve(process.env['OUT_DIR'] ?? 'dist');
export const basePath: string = siteConfig.basePath;

/** Throws a clear message when the site was not built first. */
export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no index.html: run \`npm run build\` before these tests`);
  }
}

export function readDist(file: string): string {
  return readFileSync(join(distDir, file), 'utf8');
}

/** Reads a built file by the URL path the browser would request. */
export const readByUrlPath = distReader(distDir, basePath);
