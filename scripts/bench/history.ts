// Service calls of "Save snapshot" on the emulator for 100 and 10,000 customers (a constant, whatever the table
// size), and its time. Runs the built dist/Code.js. Checks the snapshot's rows before measuring.
import { readFileSync } from 'node:fs';
import { Emulator } from '../../emulator/index.ts';
import { SAMPLE_HEADERS, sampleCustomers } from '../../src/core/sample.ts';
import { check, printMetric } from '../lib/bench.ts';

const bundle = readFileSync('dist/Code.js', 'utf8');
const now = new Date('2026-11-26T02:00:00Z');
for (const n of [100, 10_000]) {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => now });
  emu.addSheet('Customers', sampleCustomers('en', now, n), { maxRows: n + 10 });
  emu.loadBundle(bundle);
  emu.runOnOpen('LIMITED');
  emu.runMenuItem('recomputeTiers');
  const tiered = emu
    .snapshot('Customers')
    .values.slice(1)
    .filter(row => ['A', 'B', 'C', 'D'].includes(String(row[SAMPLE_HEADERS.en.length]))).length;
  emu.calls.reset();
  const started = performance.now();
  emu.runMenuItem('saveSnapshot');
  const ms = performance.now() - started;
  const rows = emu.snapshot('Tier history').values.filter(row => row[0] !== '').length - 1;
  check(rows === tiered, `the snapshot has one row per tiered customer (${rows} of ${tiered})`);
  printMetric('history.snapshot_calls', n, emu.calls.total({ kind: 'menu' }), 'calls');
  printMetric('history.snapshot_ms', n, Math.round(ms), 'ms');
  emu.calls.reset();
  emu.runMenuItem('showSummary');
  check(emu.sheetModel('Summary').charts.length === 2, 'the summary has its two charts');
  printMetric('history.summary_calls', n, emu.calls.total({ kind: 'menu' }), 'calls');
}
