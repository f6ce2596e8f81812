// Vitest global setup: rebuilds dist/ when a source is newer than the bundle, so running one test file by hand
// never tests stale code. `npm test` builds first, so there this is only a check.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleDistReason } from '../scripts/lib/dist-freshness.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function setup(): void {
  const reason = staleDistReason(ROOT);
  if (reason === null) return;
  console.log(`dist/ is stale (${reason}): rebuilding with npm run build`);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const built = spawnSync(tsx, [path.join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`dist/ is stale (${reason}) and the build failed: run \`npm run build\``);
}
