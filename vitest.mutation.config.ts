import { defineConfig } from 'vitest/config';

// Vitest for `npm run mutation` (stryker.config.json): only the tests of the pure layers, in one project and the
// machine's zone, with no build step and no JSON report, so each mutant runs only the few tests that cover it.
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/ui/**/*.test.ts'],
    // Generous: at nice 19 on a busy machine a property test can take minutes, and a timeout fails the dry run.
    testTimeout: 300_000,
    setupFiles: ['test/support/mutation-setup.ts'],
  },
});
