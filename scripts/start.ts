// `npm start`: builds the add-on. (The local playground replaces this once it exists.)
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
console.log('\nBuilt into dist/ (Code.js, appsscript.json). Deploy it with `npm run deploy` (see README).');
