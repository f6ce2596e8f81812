// Service calls of Recompute and onEdit on the emulator (a constant, whatever the table size), and the time of one
// =TIER call over 10,000 rows. Runs the built dist/Code.js, as Apps Script would. Checks results before measuring.
import { readFileSync } from 'node:fs';
import { Emulator } from '../../emulator/index.ts';
import { SAMPLE_HEADERS, sampleCustomers } from '../../src/core/sample.ts';
import { check, median, printMetric } from '../lib/bench.ts';

const bundle = readFileSync('dist/Code.js', 'utf8');
const now = new Date('2026-11-26T02:00:00Z');
/** The add-on's Tier column: right after the sample's input columns. */
const TIER_COLUMN = SAMPLE_HEADERS.en.length;
function gradedWorkbook(n: number): { emu: Emulator; table: unknown[][] } {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => now });
  const table = sampleCustomers('en', now, n);
  emu.addSheet('Customers', table, { maxRows: n + 10 });
  emu.loadBundle(bundle);
  emu.runOnOpen('LIMITED');
  return { emu, table };
}

/** Reads and writes of the document itself (cells, rules, properties): the round trips that cost real time. */
const DOCUMENT_IO =
  /^(?:Range\.(?:get|set)(?:Values|DisplayValues|Formulas|Backgrounds|Notes)|Sheet\.(?:getDataRange|getConditionalFormatRules|setConditionalFormatRules|insert\w+)|Properties\.(?:get|set)Propert\w*|SpreadsheetApp\.flush)$/u;

function documentIo(byMethod: Record<string, number>): number {
  return Object.entries(byMethod)
    .filter(([method]) => DOCUMENT_IO.test(method))
    .reduce((sum, [, count]) => sum + count, 0);
}

for (const n of [100, 10_000]) {
  const { emu } = gradedWorkbook(n);
  emu.calls.reset();
  const started = performance.now();
  emu.runMenuItem('recomputeTiers');
  const ms = performance.now() - started;
  const values = emu.snapshot('Customers').values;
  check(
    values.slice(1).every(row => row[TIER_COLUMN] !== ''),
    `every one of ${n} rows has a tier`,
  );
  printMetric('sheets.recompute_calls', n, emu.calls.total({ kind: 'menu' }), 'calls');
  printMetric('sheets.recompute_io_calls', n, documentIo(emu.calls.byMethod({ kind: 'menu' })), 'calls');
  printMetric('sheets.recompute_ms', n, Math.round(ms), 'ms');
  if (n === 10_000) {
    emu.calls.reset();
    emu.userEdit('Customers', 'C5', [[2_500_000]]);
    check(emu.snapshot('Customers').values[4]?.[TIER_COLUMN] === 'A', 'the edited row is regraded');
    printMetric('sheets.edit_calls', n, emu.calls.total({ kind: 'simpleTrigger' }), 'calls');
    printMetric('sheets.edit_io_calls', n, documentIo(emu.calls.byMethod({ kind: 'simpleTrigger' })), 'calls');
  }
}

// Cells one edit reads and writes (issue 16: the same at any size under settings that grade each row on its own,
// the presets' fixed bands and cut-offs). From the emulator's cost meter of the onEdit execution.
for (const n of [10_000, 100_000]) {
  const { emu } = gradedWorkbook(n);
  emu.runMenuItem('recomputeTiers');
  const start = emu.executions.length;
  emu.userEdit('Customers', 'C5', [[2_500_000]]);
  check(emu.snapshot('Customers').values[4]?.[TIER_COLUMN] === 'A', 'the edited row is regraded');
  const cost = emu.executions.slice(start).find(x => x.kind === 'simpleTrigger')?.cost;
  check(cost !== undefined, 'the edit ran as onEdit');
  printMetric('sheets.edit_cells', n, (cost?.cellsRead ?? 0) + (cost?.cellsWritten ?? 0), 'cells', {
    read: cost?.cellsRead,
    written: cost?.cellsWritten,
  });
}

const { emu, table } = gradedWorkbook(10_000);
const input = table.map(row => row.slice(0, TIER_COLUMN));
const first = emu.runCustomFunction('TIER', [input, 1]);
check(Array.isArray(first) && first.length === 10_000, '=TIER returns one row per customer');
const samples: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  emu.runCustomFunction('TIER', [input, 1]);
  samples.push(performance.now() - started);
}
printMetric('functions.tier_ms', 10_000, Math.round(median(samples)), 'ms');
