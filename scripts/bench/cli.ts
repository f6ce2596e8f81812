// Benchmark of the command line (`node dist/cli/tiers.mjs`, what `npm run tiers` runs) against the pandas script an
// analyst would write (../shared/peers/grade_pandas.py) on the peers' generated customers (make_customers.py): wall
// time and peak RSS, pair by pair in one run, as ratios CLI ÷ pandas (median). Checks first that both give every
// customer the same tier and score.
// Needs the built bundle (`npm run bench` builds first) and Python 3; installs pandas into .venv-bench/ when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { check, median, printMetric } from '../lib/bench.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const peers = path.resolve(root, '..', 'shared', 'peers');
const bundle = path.join(root, 'dist', 'cli', 'tiers.mjs');
const venv = path.join(root, '.venv-bench');
/** Rows and timed pairs: 100,000 is the goal's size; 1,000,000 (one pair: about a minute) shows how both grow. */
const SIZES: readonly { n: number; pairs: number }[] = [
  { n: 100_000, pairs: 5 },
  { n: 1_000_000, pairs: 1 },
];
// Runs a command and reports its wall time and the peak RSS of the process (ru_maxrss of the waited child), both
// measured the same way for the CLI and for pandas. Linux gives ru_maxrss in KiB, macOS in bytes.
const MEASURE = [
  'import resource, subprocess, sys, time',
  't = time.perf_counter()',
  'code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode',
  'wall = time.perf_counter() - t',
  'rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss',
  "print(code, wall, rss * (1 if sys.platform == 'darwin' else 1024))",
].join('\n');

type Run = { readonly wallMs: number; readonly peakBytes: number };

function skip(why: string): void {
  console.error(`bench cli: ${why}; skipping cli.ratio_to_pandas and cli.peak_ratio_to_pandas`);
}

function run(command: string, args: readonly string[], options: { cwd?: string } = {}) {
  return spawnSync(command, [...args], { encoding: 'utf8', cwd: options.cwd ?? root, maxBuffer: 1 << 26 });
}

/** A Python with pandas: .venv-bench/ (created with venv and pip when needed), else Debian's python3-pandas. */
function pythonWithPandas(): string | null {
  const python = path.join(venv, 'bin', 'python');
  const hasPandas = (exe: string) => run(exe, ['-c', 'import pandas']).status === 0;
  if (existsSync(python) && hasPandas(python)) return python;
  console.error('bench cli: installing pandas into .venv-bench/ (python3 -m venv, pip)');
  const made = run('python3', ['-m', 'venv', venv]);
  if (made.status === 0 && run(python, ['-m', 'pip', 'install', '--quiet', 'pandas']).status === 0) {
    if (hasPandas(python)) return python;
  }
  // No PyPI: Debian packages pandas as python3-pandas for the system Python.
  if (hasPandas('/usr/bin/python3')) return '/usr/bin/python3';
  if (process.getuid?.() === 0) {
    console.error('bench cli: pip could not install pandas; trying apt-get install python3-pandas');
    run('apt-get', ['install', '-y', '-q', 'python3-pandas']);
    if (hasPandas('/usr/bin/python3')) return '/usr/bin/python3';
  }
  return null;
}

function measure(python: string, command: readonly string[]): Run {
  const r = run(python, ['-c', MEASURE, ...command]);
  const [code, wall, rss] = r.stdout.trim().split(' ').map(Number);
  check(r.status === 0 && code === 0, `${command.join(' ')} ran (${r.stderr.trim()})`);
  return { wallMs: (wall ?? Number.NaN) * 1000, peakBytes: rss ?? Number.NaN };
}

/** Tier and score per customer from a CSV with Customer, Tier and Score columns. */
function grades(file: string): Map<string, string> {
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  const [customer, tier, score] = ['Customer', 'Tier', 'Score'].map(name => header.indexOf(name));
  const out = new Map<string, string>();
  for (const row of rows.slice(1)) out.set(row[customer ?? 0] ?? '', `${row[tier ?? 0]} ${Number(row[score ?? 0])}`);
  return out;
}

function benchSize(python: string, n: number, pairs: number, dir: string): void {
  check(run(python, [path.join(peers, 'make_customers.py'), String(n)], { cwd: dir }).status === 0, 'data made');
  const input = path.join(dir, `cust${n}.csv`);
  const cliOut = path.join(dir, 'cli.csv');
  const pandasOut = path.join(dir, 'pandas.csv');
  const cli = [process.execPath, bundle, input, '--preset', 'factory', '--lang', 'en', '--out', cliOut];
  const pandas = [python, path.join(peers, 'grade_pandas.py'), input, pandasOut];

  const time: number[] = [];
  const peak: number[] = [];
  const cliMs: number[] = [];
  const pandasMs: number[] = [];
  const cliPeak: number[] = [];
  const pandasPeak: number[] = [];
  for (let pair = 0; pair < pairs; pair++) {
    // Alternate who goes first, so neither always runs right after the other warmed the caches.
    let ours: Run;
    let theirs: Run;
    if (pair % 2 === 0) {
      ours = measure(python, cli);
      theirs = measure(python, pandas);
    } else {
      theirs = measure(python, pandas);
      ours = measure(python, cli);
    }
    if (pair === 0) {
      // Correctness before any number is printed: the same tier and score for every customer.
      const ourGrades = grades(cliOut);
      const theirGrades = grades(pandasOut);
      check(ourGrades.size === n && theirGrades.size === n, `${n} customers graded by both`);
      for (const [name, grade] of ourGrades) {
        check(theirGrades.get(name) === grade, `${name}: CLI ${grade}, pandas ${theirGrades.get(name)}`);
      }
    }
    time.push(ours.wallMs / theirs.wallMs);
    peak.push(ours.peakBytes / theirs.peakBytes);
    cliMs.push(ours.wallMs);
    pandasMs.push(theirs.wallMs);
    cliPeak.push(ours.peakBytes);
    pandasPeak.push(theirs.peakBytes);
  }
  printMetric('cli.wall_ms', n, Math.round(median(cliMs)), 'ms');
  printMetric('cli.pandas_wall_ms', n, Math.round(median(pandasMs)), 'ms');
  printMetric('cli.peak_mb', n, Math.round(median(cliPeak) / 2 ** 20), 'MB');
  printMetric('cli.pandas_peak_mb', n, Math.round(median(pandasPeak) / 2 ** 20), 'MB');
  printMetric('cli.ratio_to_pandas', n, Math.round(median(time) * 100) / 100, 'ratio');
  printMetric('cli.peak_ratio_to_pandas', n, Math.round(median(peak) * 100) / 100, 'ratio');
}

function main(): void {
  if (!existsSync(path.join(peers, 'grade_pandas.py')) || !existsSync(path.join(peers, 'make_customers.py'))) {
    skip(`the peers folder ${path.relative(root, peers)} is not there`);
    return;
  }
  check(existsSync(bundle), `${path.relative(root, bundle)} is built (npm run build)`);
  const python = pythonWithPandas();
  if (!python) {
    skip('pandas could not be installed (pip failed; as root, apt-get install python3-pandas is the fallback)');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
  try {
    for (const { n, pairs } of SIZES) benchSize(python, n, pairs, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
