// `npm start`: builds the add-on, then serves the local playground: the real dist/Code.js running on the
// emulator with the sample workbook, in the browser at http://127.0.0.1:5178/ (PORT overrides).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPlayground } from './playground/server.ts';
import { emulatorFactory, PlaygroundSession } from './playground/session.ts';

const DEFAULT_PORT = 5178;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function portFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a number from 0 to 65535, not "${raw}".`);
    process.exit(1);
  }
  return port;
}

const port = portFromEnv(process.env.PORT);
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

const dist = path.join(root, 'dist');
const session = new PlaygroundSession({
  bundle: readFileSync(path.join(dist, 'Code.js'), 'utf8'),
  createEmulator: emulatorFactory(dist),
  lang: process.env.PLAYGROUND_LANG === 'en' ? 'en' : 'zh',
});
try {
  const running = await startPlayground(session, port);
  console.log(`\nCustomer Tiers playground: ${running.url}  (the built add-on on the emulator; Ctrl+C stops it)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
