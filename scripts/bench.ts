// `npm run bench`: runs every benchmark in scripts/bench/ in turn. Each prints one JSON object per line:
// {"metric": …, "n": …, "value": …, "unit": …}. Numbers only; no pass/fail thresholds here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const dir = path.join('scripts', 'bench');
const files = readdirSync(dir)
  .filter(name => name.endsWith('.ts'))
  .sort();
let failed = 0;
for (const file of files) {
  const run = spawnSync('npx', ['tsx', '--expose-gc', path.join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`bench: ${file} failed`);
  }
}
process.exit(failed === 0 ? 0 : 1);
