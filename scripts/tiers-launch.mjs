// `npm run tiers`: runs the command line from its prebuilt bundle (dist/cli/tiers.mjs), so no TypeScript is compiled
// at start. Plain JavaScript on purpose: it must start without tsx. Builds the bundle first when it is missing or
// older than its sources (a fresh clone after `npm install`, or an edit since the last build).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'cli', 'tiers.mjs');
/** What the bundle is built from: the CLI's own files and the engine. */
const sources = [
  path.join(root, 'scripts', 'tiers.ts'),
  path.join(root, 'scripts', 'cli'),
  path.join(root, 'src', 'core'),
];

/** The newest modification time under `file` (a file or a folder, walked recursively); 0 when it does not exist. */
function newest(file) {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(file)) latest = Math.max(latest, newest(path.join(file, name)));
  return latest;
}

const built = newest(bundle);
if (built === 0 || sources.some(source => newest(source) > built)) {
  // The build's own output goes to stderr: stdout carries the CSV.
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'build.ts'), '--cli'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (run.status !== 0) {
    process.stderr.write('Could not build the command line (npm run build shows why)\n');
    process.exit(1);
  }
}
await import(pathToFileURL(bundle).href);
