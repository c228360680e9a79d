import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Tests of the command-line tools run them as processes (tests never import from scripts/); on a busy
    // 2-core machine a spawn can take seconds, so the default 5 s would fail them at random, not for cause.
    testTimeout: 20_000,
  },
});
