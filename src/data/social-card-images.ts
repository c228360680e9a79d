/**
 * Renders social cards to PNG at build time (satori lays the card out as SVG,
 * resvg paints it) and keeps each PNG in a cache keyed by a hash of its
 * inputs, so an unchanged entry is not rendered again. Fonts come from the
 * @fontsource/inter package: no request leaves the build.
 *
 * OG_IMAGES=off turns cards off: no PNG is written and pages carry no og:image.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sha256 } from '../lib/site/fingerprint.ts';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, socialCardKey, socialCardTree, type SocialCard } from '../lib/tool/social-card.ts';

/** Whether this build makes social cards (OG_IMAGES=off skips them, for a faster build). */
export function socialCardsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.OG_IMAGES ?? 'on').trim().toLowerCase();
  return !['off', '0', 'false', 'no'].includes(value);
}

/** Where rendered cards are kept between builds; OG_CACHE_DIR moves it (the benchmark uses a fresh one). */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.OG_CACHE_DIR || join(process.cwd(), 'node_modules', '.cache', 'atlas-og');
}

const require = createRequire(join(process.cwd(), 'package.json'));
/**
 * satori needs TTF, OTF or WOFF (not WOFF2). latin-ext covers names such as "Łukasz"; it gets a family
 * name of its own, since satori uses one font per family and weight and falls back family by family.
 */
const FONT_FILES = [
  { file: '@fontsource/inter/files/inter-latin-400-normal.woff', name: 'Inter', weight: 400 },
  { file: '@fontsource/inter/files/inter-latin-700-normal.woff', name: 'Inter', weight: 700 },
  { file: '@fontsource/inter/files/inter-latin-ext-400-normal.woff', name: 'Inter Ext', weight: 400 },
  { file: '@fontsource/inter/files/inter-latin-ext-700-normal.woff', name: 'Inter Ext', weight: 700 },
] as const;

interface Renderer {
  fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }>;
  /** Changes whenever the fonts or the libraries change, so the cache never serves a stale picture. */
  version: string;
}

let renderer: Renderer | undefined;

function loadRenderer(): Renderer {
  if (renderer) return renderer;
  const fonts = FONT_FILES.map(({ file, name, weight }) => {
    let data: Buffer;
    try {
      data = readFileSync(require.resolve(file));
    } catch (error) {
      throw new Error(
        `Social cards need the font ${file} (npm package @fontsource/inter): ${(error as Error).message}. Run npm ci, or build with OG_IMAGES=off.`,
        { cause: error },
      );
    }
    return { name, data, weight, style: 'normal' as const };
  });
  const versions = ['satori', '@resvg/resvg-js'].map((name) => {
    try {
      return (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'unknown';
    }
  });
  renderer = { fonts, version: sha256([...fonts.map((font) => font.data), versions.join(' ')]).slice(0, 16) };
  return renderer;
}

/** Renders one card without the cache. */
export async function renderSocialCard(card: SocialCard): Promise<Uint8Array> {
  const { fonts } = loadRenderer();
  const svg = await satori(socialCardTree(card), { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}

export interface CachedRender {
  png: Uint8Array;
  cached: boolean;
}

/** The card's PNG: from the cache when its inputs are unchanged, else rendered and stored. */
export async function socialCardPng(card: SocialCard, dir: string = cacheDir()): Promise<CachedRender> {
  const file = join(dir, `${socialCardKey(card, loadRenderer().version)}.png`);
  try {
    return { png: readFileSync(file), cached: true };
  } catch {
    // Not cached yet: render below.
  }
  const png = await renderSocialCard(card);
  try {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build stopped half-way never leaves a truncated PNG in the cache.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  } catch {
    // A read-only cache only costs time.
  }
  return { png, cached: false };
}
