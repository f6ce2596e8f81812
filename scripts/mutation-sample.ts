// `npm run mutation:sample [-- --lines 150 --seed 1]`: an estimate of src/core's mutation score in under an hour,
// where the whole run takes CPU-hours. Draws code lines at random (seeded, so a re-run draws the same lines),
// weighting every file by its code lines, and runs Stryker on those lines only (its `file:line-line` ranges).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { lines: { type: 'string', default: '150' }, seed: { type: 'string', default: '1' } },
});
const wanted = Number(values.lines);
let state = Number(values.seed) >>> 0 || 1;
// xorshift32: a small seeded generator, so the sample is the same on every machine.
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

// Lines that hold code a mutant can change: not blank, comment, import/export-from or type-only lines.
const candidates = files('src/core').flatMap(path =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((text, i) => ({ path, line: i + 1, text: text.trim() }))
    .filter(
      ({ text }) =>
        text !== '' &&
        !/^(\/\/|\/\*|\*|import |export (type |\* |\{)|type |readonly |\}\)?;?$)/u.test(text) &&
        /[=(<>!?&|+\-*/'"`]/u.test(text),
    ),
);
const chosen = new Map<string, number[]>();
for (let k = 0; k < Math.min(wanted, candidates.length); k++) {
  const pick = candidates.splice(Math.floor(random() * candidates.length), 1)[0];
  if (pick) chosen.set(pick.path, [...(chosen.get(pick.path) ?? []), pick.line]);
}
const ranges = [...chosen].flatMap(([path, lines]) => lines.map(line => `${path}:${line}-${line}`));
console.log(`mutation:sample: ${ranges.length} lines in ${chosen.size} files of src/core (seed ${values.seed})`);
const run = spawnSync(
  'npx',
  ['stryker', 'run', '--mutate', ranges.join(','), '--incrementalFile', 'reports/stryker-sample-incremental.json'],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
