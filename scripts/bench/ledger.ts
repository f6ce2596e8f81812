// Ledger benchmarks. ledger.edit_calls: service calls of the onEdit for one new entry on a 100- and a 10,000-row
// benefit log (target: the same constant), on the emulator with the built dist/Code.js. ledger.overview_ms: the pure
// quota computation behind "Quota overview" for 10,000 customers and 100,000 log rows (median of 5), plus the whole
// menu command on the emulator. Each result is checked before it is printed. JSON lines {"metric","n","value","unit"}.
import { readFileSync } from 'node:fs';
import { Emulator } from '../../emulator/index.ts';
import {
  buildTierTimeline,
  dayFromNumber,
  dayNumber,
  evaluateLog,
  quotaOverview,
  utcDateToDay,
} from '../../src/core/ledger/index.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { check, median, printMetric } from '../lib/bench.ts';

const bundle = readFileSync('dist/Code.js', 'utf8');
const now = new Date('2026-11-26T02:00:00Z');
const TODAY = '2026-11-26';
const TIERS = ['A', 'B', 'C', 'D'];
const BENEFITS = ['Free samples', 'Free product training', 'Free mould opening'];
// Deterministic generator (LCG), so every run benchmarks the same data.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function customers(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Customer ${String(i + 1).padStart(5, '0')}`);
}

/** The built add-on on a graded customer table and an n-row benefit log in the add-on's layout, set up as a user would. */
function workbookWithLog(n: number, names: readonly string[]): Emulator {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => now });
  emu.addSheet('Customers', [
    ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
    ...names.map((name, i) => [name, 1000 * (i + 1), TIERS[i % 4], 50, '']),
  ]);
  const header = ['Date', 'Customer', 'Benefit', 'Amount / times', 'Note', 'Remaining after this entry', 'Status'];
  emu.addSheet('Benefit log', [header, ...logRows(n, names, random(7))], { maxRows: n + 100 });
  emu.loadBundle(bundle);
  emu.runOnOpen('LIMITED');
  emu.runMenuItem('setUpBenefitLog');
  return emu;
}

function logRows(n: number, names: readonly string[], rnd: () => number): unknown[][] {
  const first = dayNumber('2026-01-01');
  const span = dayNumber(TODAY) - first;
  return Array.from({ length: n }, (_, i) => {
    const benefit = BENEFITS[i % 3] ?? '';
    const amount = benefit === 'Free samples' ? Math.round(rnd() * 300) : 1;
    return [
      dayFromNumber(first + Math.floor(rnd() * span)),
      names[Math.floor(rnd() * names.length)],
      benefit,
      amount,
      '',
    ];
  });
}

// ledger.edit_calls
for (const n of [100, 10_000]) {
  const names = customers(100);
  const emu = workbookWithLog(n, names);
  emu.calls.reset();
  const row = n + 2;
  emu.userEdit('Benefit log', `A${row}:E${row}`, [[TODAY, 'Customer 00001', 'Free mould opening', 1, 'bench']]);
  const values = emu.snapshot('Benefit log').values;
  check(values[row - 1]?.[6] === 'Included', `the new entry is judged (${String(values[row - 1]?.[6])})`);
  check(
    values.slice(1, row).every((r: readonly unknown[]) => r[6] !== ''),
    'every log row has a status',
  );
  printMetric('ledger.edit_calls', n, emu.calls.total({ kind: 'simpleTrigger' }), 'calls');
}

// ledger.edit_cells: cells one new entry reads and writes on a 10,000- and a 200,000-row log (issue 16: only the
// statuses that change are written; the log's columns are read once).
for (const n of [10_000, 200_000]) {
  const names = customers(1_000);
  const emu = workbookWithLog(n, names);
  const row = n + 2;
  const start = emu.executions.length;
  emu.userEdit('Benefit log', `A${row}:E${row}`, [[TODAY, 'Customer 00001', 'Free mould opening', 1, 'bench']]);
  const status = emu.sheetModel('Benefit log').getValue(row, 7);
  check(status === 'Included', `the new entry is judged (${String(status)})`);
  const cost = emu.executions.slice(start).find(x => x.kind === 'simpleTrigger')?.cost;
  check(cost !== undefined, 'the entry ran as onEdit');
  printMetric('ledger.edit_cells', n, (cost?.cellsRead ?? 0) + (cost?.cellsWritten ?? 0), 'cells', {
    read: cost?.cellsRead,
    written: cost?.cellsWritten,
  });
}

// ledger.overview_ms (pure computation)
{
  const n = 10_000;
  const rows = 100_000;
  const settings = defaultSettings('factory', 'en');
  const names = customers(n);
  const rnd = random(11);
  const history = names.flatMap((name, i) =>
    ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map(day => [
      day,
      name,
      TIERS[(i + Math.floor(rnd() * 2)) % 4],
      50,
      '',
    ]),
  );
  const log = logRows(rows, names, rnd);
  const run = () => {
    const timeline = buildTierTimeline({
      tiers: settings.tiers,
      history,
      current: names.map((name, i) => [name, TIERS[i % 4]] as const),
      today: TODAY,
      toDay: utcDateToDay,
    });
    const input = { settings, timeline, rows: log, customers: names, today: TODAY, toDay: utcDateToDay };
    const evaluation = evaluateLog(input);
    return { evaluation, overview: quotaOverview(evaluation, input, names) };
  };
  const { evaluation, overview } = run();
  check(overview.length === n, 'one overview row per customer');
  check(
    evaluation.rows.every(r => r.kind === 'ok' || r.kind === 'over_quota'),
    'every generated entry is valid',
  );
  const used = overview.reduce((sum, r) => sum + (r.quotas[0]?.used ?? 0), 0);
  const expected = log.filter(r => r[2] === 'Free samples').reduce((sum, r) => sum + Number(r[3]), 0);
  check(Math.abs(used - expected) < 1e-6, `samples used add up (${used} vs ${expected})`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    run();
    const spent = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  printMetric('ledger.overview_ms', n, Math.round(median(times)), 'ms');
  // CPU time of the same runs: steadier than wall time on a busy machine (GC threads count too).
  printMetric('ledger.overview_cpu_ms', n, Math.round(median(cpu)), 'ms');
  printMetric('ledger.overview_log_rows', n, rows, 'rows');
}

// ledger.overview_command_ms: the menu command end to end on the emulator (reads, compute, one write).
{
  const n = 10_000;
  const rows = 100_000;
  const names = customers(n);
  const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => now });
  emu.addSheet(
    'Customers',
    [
      ['Customer', 'Revenue', 'Tier', 'Score', 'Why'],
      ...names.map((name, i) => [name, 1000 * (i + 1), TIERS[i % 4], 50, '']),
    ],
    { raw: true },
  );
  const header = ['Date', 'Customer', 'Benefit', 'Amount / times', 'Note', 'Remaining after this entry', 'Status'];
  emu.addSheet('Benefit log', [header, ...logRows(rows, names, random(13))], { maxRows: rows + 10, raw: true });
  emu.loadBundle(bundle);
  emu.runOnOpen('LIMITED');
  emu.calls.reset();
  const started = performance.now();
  emu.runMenuItem('refreshQuotaOverview');
  const ms = performance.now() - started;
  const overview = emu.snapshot('Quota overview').values.filter((r: readonly unknown[]) => r[0] !== '');
  check(overview.length === n + 2, `the overview lists every customer (${overview.length - 2})`);
  printMetric('ledger.overview_command_ms', n, Math.round(ms), 'ms');
  printMetric('ledger.overview_command_calls', n, emu.calls.total({ kind: 'menu' }), 'calls');
}
