// Benchmark of the tiering engine: 100,000 customers × 6 dimensions with percentile normalisation, against the
// time to just sort those 6 columns (Float64Array), and what every customer's Why adds (engine.explained_ratio:
// classify plus every reason ÷ classify alone). Prints JSON lines {"metric","n","value","unit"}.
// Checks correctness before timing, as scripts/bench does for every fixture.
import assert from 'node:assert/strict';
import { classify, type Table } from '../../src/core/classify.ts';
import { formatReason } from '../../src/core/reason.ts';
import { median } from '../lib/bench.ts';
import { benchSettings, benchTable } from './fixtures/engine-table.ts';

const N = 100_000;
const DIMS = 6;
const RUNS = 7;
const TODAY = new Date(2026, 2, 5);

function sortColumns(table: Table): number {
  let checksum = 0;
  for (let d = 1; d <= DIMS; d++) {
    const column = new Float64Array(table.rows.length);
    for (let i = 0; i < table.rows.length; i++) column[i] = Number(table.rows[i]?.[d]);
    column.sort();
    checksum += column[0] ?? 0;
  }
  return checksum;
}

function emit(metric: string, value: number, unit: string): void {
  console.log(JSON.stringify({ metric, n: N, value: Math.round(value * 100) / 100, unit }));
}

const table = benchTable(N);
const settings = benchSettings();

// Correctness first: every row tiered, counts add up, scores within 0..100.
const check = classify(table, settings, { today: TODAY });
assert.equal(check.results.length, N);
assert.equal(
  check.counts.tiers.reduce((a, b) => a + b, 0),
  N,
);
assert.ok(check.results.every(r => r.status === 'tiered' && r.score !== null && r.score >= 0 && r.score <= 100));

sortColumns(table); // warm up the baseline as the correctness run warmed up classify

const classifyMs: number[] = [];
const sortMs: number[] = [];
let heapMb = 0;
for (let run = 0; run < RUNS; run++) {
  const t0 = performance.now();
  sortColumns(table);
  sortMs.push(performance.now() - t0);
  const before = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const result = classify(table, settings, { today: TODAY });
  classifyMs.push(performance.now() - t1);
  heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - before) / 1024 / 1024);
  assert.equal(result.results.length, N);
}
// What writing the Why column costs on top: every result's gap and reason text in the sheet's language, as
// Recompute and the CLI write it (formatReason); and both languages at once, as the `reason` getter gives them.
const explainedMs: number[] = [];
const bothMs: number[] = [];
for (let run = 0; run < 5; run++) {
  let t = performance.now();
  const result = classify(table, settings, { today: TODAY });
  let chars = 0;
  for (const r of result.results) chars += formatReason(r, 'en').length;
  explainedMs.push(performance.now() - t);
  assert.ok(chars > N * 20);
  t = performance.now();
  const again = classify(table, settings, { today: TODAY });
  chars = 0;
  for (const r of again.results) chars += r.reason.en.length + r.reason.zh.length;
  bothMs.push(performance.now() - t);
  assert.ok(chars > N * 40);
}
const classifyMedian = median(classifyMs);
const sortMedian = median(sortMs);
emit('engine.classify_ms', classifyMedian, 'ms');
emit('engine.sort_baseline_ms', sortMedian, 'ms');
emit('engine.ratio_to_sort', classifyMedian / sortMedian, 'ratio');
emit('engine.heap_mb', heapMb, 'MB');
emit('engine.classify_explained_ms', median(explainedMs), 'ms');
emit('engine.explained_ratio', median(explainedMs) / classifyMedian, 'ratio');
emit('engine.explained_both_languages_ratio', median(bothMs) / classifyMedian, 'ratio');
