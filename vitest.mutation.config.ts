import { defineConfig } from 'vitest/config';

// Vitest for `npm run mutation` (stryker.config.json): only the tests of the pure layers, in one project and the
// machine's zone, with no build step and no JSON report, so each mutant runs only the few tests that cover it.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/ui/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['test/support/mutation-setup.ts'],
  },
});
