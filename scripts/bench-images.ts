// `npm run bench:images`: milliseconds per social card, cold (rendered with satori + resvg into an empty
// cache) and warm (served from the cache, as in a rebuild where nothing changed), over the real catalog.
// The build time with and without cards is the build benchmark's to report: build once as usual and once
// with OG_IMAGES=off.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { catalogCards } from './lib/bench/image-cards.ts';
import { socialCardPng } from '../src/data/social-card-images.ts';

const cards = catalogCards(process.cwd());
const dir = mkdtempSync(join(tmpdir(), 'atlas-og-bench-'));

async function pass(): Promise<{ ms: number; cached: number; bytes: number }> {
  let cached = 0;
  let bytes = 0;
  const start = performance.now();
  for (const card of cards) {
    const result = await socialCardPng(card, dir);
    if (result.cached) cached += 1;
    bytes += result.png.length;
  }
  return { ms: performance.now() - start, cached, bytes };
}

try {
  // Fonts and libraries load on first use; time that apart so the per-image figures are steady-state.
  const warmUpStart = performance.now();
  await socialCardPng(
    { slug: 'warm-up', kicker: 'Tool', title: 'Warm-up', summary: 'Loads the fonts and the renderer once.' },
    join(dir, 'warm-up'),
  );
  const setup = performance.now() - warmUpStart;
  const cold = await pass();
  const warm = await pass();
  const perImage = (ms: number): string => (ms / cards.length).toFixed(2);
  console.log(
    `social cards: ${cards.length} (home, categories and tools), ${(cold.bytes / cards.length / 1024).toFixed(1)} KB per PNG on average`,
  );
  console.log(`setup (fonts, first render): ${setup.toFixed(0)} ms`);
  console.log(
    `cold (rendered):  ${perImage(cold.ms)} ms per image, ${(cold.ms / 1000).toFixed(2)} s in all, ${cold.cached} from the cache`,
  );
  console.log(
    `warm (cached):    ${perImage(warm.ms)} ms per image, ${(warm.ms / 1000).toFixed(2)} s in all, ${warm.cached} from the cache`,
  );
  if (warm.cached !== cards.length) {
    console.error(`expected every card from the cache on the second pass, got ${warm.cached} of ${cards.length}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
