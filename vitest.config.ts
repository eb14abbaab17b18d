import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    // The property tests run thousands of generated inputs each.
    testTimeout: 300_000,
    hookTimeout: 30_000,
  },
});
