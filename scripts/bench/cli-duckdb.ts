// Benchmark of the command line's two engines on one typed CSV of 1,000,000 customers: the default TypeScript
// engine (`cli.engine_ms`) and `--engine duckdb`, which runs the generated SQL in DuckDB (`cli.duckdb_ms`). Wall time
// of `node dist/cli/tiers.mjs … --out`, one run each. Checks first that both give every customer the same tier and
// score. BENCH_DUCKDB_N=… picks another size (while developing).
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { check, printMetric } from '../lib/bench.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = path.join(root, 'dist', 'cli', 'tiers.mjs');
const N = Number(process.env.BENCH_DUCKDB_N ?? 1_000_000);

/** The peers' customers (make_customers.py's columns and spread), seeded, written in TypeScript: no Python needed. */
async function writeCustomers(file: string, n: number): Promise<void> {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const overdue = [0, 0, 0, 5, 12, 20, 35, 70, 95, 200];
  const out = createWriteStream(file);
  out.write('Customer,Revenue,Profit,Overdue days\n');
  let chunk = '';
  for (let i = 0; i < n; i++) {
    // Log-normal revenue (Box–Muller), profit 2–30 % of it.
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const revenue = Math.floor(Math.exp(11.5 + 1.3 * normal));
    const profit = Math.floor(revenue * (0.02 + 0.28 * random()));
    chunk += `Customer ${i},${revenue},${profit},${overdue[Math.floor(random() * overdue.length)]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>(resolve => out.once('drain', () => resolve()));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise<void>(resolve => out.end(() => resolve()));
}

function timed(args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, [bundle, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - start;
  check(r.status === 0, `tiers ${args.join(' ')} ran (${r.stderr.trim()})`);
  return ms;
}

/** Tier and score per customer (numbers compared as numbers: DuckDB writes 97.0 where the default engine writes 97). */
function grades(file: string): Map<string, string> {
  const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
  const out = new Map<string, string>();
  for (const row of rows.slice(1)) out.set(row[0] ?? '', `${row[4]} ${row[5] === '' ? '' : Number(row[5])}`);
  return out;
}

async function main(): Promise<void> {
  check(existsSync(bundle), `${path.relative(root, bundle)} is built (npm run build)`);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-duckdb-'));
  try {
    const input = path.join(dir, 'customers.csv');
    await writeCustomers(input, N);
    const common = ['--preset', 'factory', '--lang', 'en', '--today', '2026-11-30'];
    const engineOut = path.join(dir, 'engine.csv');
    const duckOut = path.join(dir, 'duckdb.csv');
    const engineMs = timed([input, ...common, '--out', engineOut]);
    const duckMs = timed([input, ...common, '--engine', 'duckdb', '--out', duckOut]);
    const ours = grades(engineOut);
    const theirs = grades(duckOut);
    check(ours.size === N && theirs.size === N, `${N} customers graded by both engines`);
    for (const [name, grade] of ours)
      check(theirs.get(name) === grade, `${name}: engine ${grade}, DuckDB ${theirs.get(name)}`);
    printMetric('cli.engine_ms', N, Math.round(engineMs), 'ms');
    printMetric('cli.duckdb_ms', N, Math.round(duckMs), 'ms');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
