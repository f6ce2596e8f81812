// Estimated seconds on Apps Script (typical figures, emulator/README.md "Cost model") of each command at 10,000,
// 50,000 and 100,000 customers, next to the limit it must stay under: 30 s for simple triggers (onEdit) and custom
// functions, 360 s for menu commands and the daily trigger. Runs the built dist/Code.js on the emulator; each run's
// result is checked before its estimate is printed. One workbook per size, reused by every command.
import { readFileSync } from 'node:fs';
import { Emulator, type ExecutionRecord } from '../../emulator/index.ts';
import { SAMPLE_HEADERS, sampleCustomers } from '../../src/core/sample.ts';
import { check, printMetric } from '../lib/bench.ts';

const bundle = readFileSync('dist/Code.js', 'utf8');
const now = new Date('2026-11-26T02:00:00Z');
const TRIGGER_LIMIT_S = 30;
const COMMAND_LIMIT_S = 360;
const LOG = 'Benefit log';
// The add-on's own layout (seven columns), so Set up benefit log adopts the sheet rather than making 'Benefit log (2)'.
const LOG_HEADER = ['Date', 'Customer', 'Benefit', 'Amount / times', 'Note', 'Remaining after this entry', 'Status'];
const BENEFITS = ['Free samples', 'Free product training', 'Free mould opening'];
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map(Number);

/** The one execution `run` started of this kind (its estimate is what gets printed). */
function lastRun(emu: Emulator, kind: ExecutionRecord['kind'], run: () => unknown): ExecutionRecord {
  const start = emu.executions.length;
  run();
  const record = emu.executions.slice(start).find(x => x.kind === kind);
  check(
    record !== undefined && record.status === 'completed',
    `a completed ${kind} execution (${record?.error?.message})`,
  );
  if (!record?.cost) throw new Error('bench: no cost recorded');
  return record;
}

function report(metric: string, n: number, record: ExecutionRecord, limit: number): void {
  printMetric(`${metric}.est_apps_script_s`, n, record.cost?.seconds.typical ?? Number.NaN, 's', {
    limit_s: limit,
    low_s: record.cost?.seconds.low,
    high_s: record.cost?.seconds.high,
    addon_ms: record.cost?.addonMs,
  });
}

/** One log entry per customer over the year so far, for the customers in turn. */
function logRows(names: readonly string[]): unknown[][] {
  return names.map((name, i) => [
    `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    name,
    BENEFITS[i % 3],
    i % 3 === 0 ? 10 : 1,
    '',
  ]);
}

for (const n of SIZES) {
  const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => now });
  const table = sampleCustomers('en', now, n);
  emu.addSheet('Customers', table, { maxRows: n + 10 });
  emu.loadBundle(bundle);
  emu.runOnOpen('LIMITED');
  const tierColumn = SAMPLE_HEADERS.en.length;
  const tierOf = (row: number) => emu.sheetModel('Customers').getValue(row, tierColumn + 1);

  const recompute = lastRun(emu, 'menu', () => emu.runMenuItem('recomputeTiers'));
  const values = emu.sheetModel('Customers').values;
  check(
    values.slice(1, n + 1).every(row => row[tierColumn] !== ''),
    `every one of ${n} rows has a tier`,
  );
  report('recompute', n, recompute, COMMAND_LIMIT_S);

  const edit = lastRun(emu, 'simpleTrigger', () => emu.userEdit('Customers', 'C5', [[2_500_000]]));
  check(tierOf(5) === 'A', `the edited row is regraded (${String(tierOf(5))})`);
  report('edit', n, edit, TRIGGER_LIMIT_S);

  const names = values.slice(1, n + 1).map(row => String(row[0]));
  emu.addSheet(LOG, [LOG_HEADER, ...logRows(names)], { maxRows: n + 10 });
  emu.runMenuItem('setUpBenefitLog');
  const entryRow = n + 2;
  const entry = lastRun(emu, 'simpleTrigger', () =>
    emu.userEdit(LOG, `A${entryRow}:E${entryRow}`, [['2026-11-26', names[0], 'Free mould opening', 1, 'bench']]),
  );
  const status = emu.sheetModel(LOG).getValue(entryRow, 7);
  check(typeof status === 'string' && status !== '', `the new entry is judged (${String(status)})`);
  report('ledger_entry', n, entry, TRIGGER_LIMIT_S);

  const overview = lastRun(emu, 'menu', () => emu.runMenuItem('refreshQuotaOverview'));
  const listed = emu.sheetModel('Quota overview').lastRow();
  check(listed >= n + 1, `the overview lists every customer (${listed} rows)`);
  report('overview', n, overview, COMMAND_LIMIT_S);

  const snapshot = lastRun(emu, 'menu', () => emu.runMenuItem('saveSnapshot'));
  const history = emu.sheetModel('Tier history').lastRow() - 1;
  check(history >= n - n / 10, `the snapshot has a row per graded customer (${history})`);
  report('snapshot', n, snapshot, COMMAND_LIMIT_S);

  emu.runMenuItem('toggleAutomaticUpdates');
  const daily = lastRun(emu, 'timeTrigger', () => emu.fireTimeTriggers());
  const logged = emu.sheetModel('Add-on log').values.at(-1)?.join(' ') ?? '';
  check(!/fail|error/iu.test(logged), `the daily run logged success (${logged})`);
  report('daily', n, daily, COMMAND_LIMIT_S);

  // The daily run in parts (a zero time budget: each step in its own execution, continued by a one-off trigger), as
  // it runs when one execution would pass its budget: the longest part must stay under the limit.
  emu.gas.PropertiesService.getDocumentProperties().setProperty('customerTiers.chunkBudgetMs', '0');
  const parts: ExecutionRecord[] = [];
  for (let part = 0; part < 8; part++) {
    parts.push(lastRun(emu, 'timeTrigger', () => emu.fireTimeTriggers()));
    emu.rt.advance(61_000);
    if (emu.triggers.some(t => t.handler === 'runDailyUpdate')) break;
  }
  const last = emu.sheetModel('Add-on log').values.at(-1)?.join(' ') ?? '';
  check(/OK/u.test(last) && parts.length >= 3, `the run in parts ended (${parts.length} parts: ${last})`);
  const longest = parts.reduce((a, b) => ((b.cost?.seconds.typical ?? 0) > (a.cost?.seconds.typical ?? 0) ? b : a));
  report('daily_longest_part', n, longest, COMMAND_LIMIT_S);
  emu.gas.PropertiesService.getDocumentProperties().deleteProperty('customerTiers.chunkBudgetMs');

  const input = table.map(row => row.slice(0, tierColumn));
  let result: unknown = null;
  const fn = lastRun(emu, 'customFunction', () => {
    result = emu.runCustomFunction('TIER', [input, 1]);
  });
  check(Array.isArray(result) && result.length === n, '=TIER returns one row per customer');
  report('tier_function', n, fn, TRIGGER_LIMIT_S);
}
