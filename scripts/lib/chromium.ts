// Headless Debian Chromium for browser tests and benchmarks, driven by playwright-core (it never downloads a
// browser of its own: this machine reaches only the npm and Debian registries).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { findChromium } from '../ensure-chromium.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Flags for a quiet, offline, sandbox-free headless Chromium (containers and CI, running as root). */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts Chromium, or says how to install it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error('Chromium not found: run `npx tsx scripts/ensure-chromium.ts` or set CHROMIUM_PATH.');
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * Where a test writes a screenshot: docs/ (the README's pictures) with UPDATE_SCREENSHOTS=1, else .test-results/,
 * so an ordinary test run leaves the working tree clean.
 */
export function screenshotPath(file: string): string {
  const dir = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs') : path.join(ROOT, '.test-results');
  mkdirSync(dir, { recursive: true });
  return path.join(dir, file);
}
