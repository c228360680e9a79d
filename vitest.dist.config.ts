// Vitest for the checks that read the built site: `npm run build` first, then `npm run test:dist`.
// Kept apart from vitest.config.ts so `npm run test:unit` never needs a build.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    // The link crawl and the hostile-entry build take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
