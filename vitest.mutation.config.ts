import { defineConfig } from 'vitest/config';

// Vitest for `npm run mutation` (stryker.config.json): only the tests of the pure layers, in one project and the
// machine's zone, with no build step and no JSON report, so each mutant runs only the few tests that cover it.
export default defineConfig({
  test: {
    // test/sql: the SQL generator of src/core checked against DuckDB (no build step); without it no test reaches src/core/sql.
    include: ['test/core/**/*.test.ts', 'test/ui/**/*.test.ts', 'test/sql/**/*.test.ts'],
    // Generous: at nice 19 on a busy machine a property test can take minutes, and a timeout fails the dry run.
    testTimeout: 300_000,
    setupFiles: ['test/support/mutation-setup.ts'],
    // Stryker runs each mutant's covering test files one after another in one worker; without isolation a file does
    // not re-import the core modules the previous one loaded (about a third less time per file here). The pure
    // layers keep no module state that a test changes, and the switch between mutants is a runtime flag, not a
    // re-import (static mutants, which need one, are ignored by default).
    isolate: false,
  },
});
