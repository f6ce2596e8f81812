// Browser tests drive Debian's Chromium through playwright-core (no browser download: this machine reaches
// only the npm and Debian registries). Finds it, or installs the `chromium` package when running as root.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium(): string | undefined {
  return CHROMIUM_CANDIDATES.find(candidate => candidate !== '' && existsSync(candidate));
}

function install(): void {
  if (process.getuid?.() !== 0) {
    console.error('Chromium is missing. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChromium()) install();
  const found = findChromium();
  if (!found) {
    console.error('Chromium could not be installed.');
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
