import { defineConfig } from 'vitest/config';

// The add-on's Apps Script side, the core and the emulator run twice: in the machine's zone and in New York, so a
// Date that follows the Node process instead of appsscript.json's timeZone shows up as a failing test.
const zoneSensitive = ['test/apps-script/**/*.test.ts', 'test/core/**/*.test.ts', 'emulator/**/*.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'main', include: ['test/**/*.test.ts', 'test/**/*.test.tsx', 'emulator/**/*.test.ts'] },
      },
      { extends: true, test: { name: 'tz-new-york', include: zoneSensitive, env: { TZ: 'America/New_York' } } },
    ],
  },
});
