// Size of the interval "Tier history" after a year, and what a snapshot reads as the history grows.
// - history.cells_after_year (n = 10,000 and 50,000): simulated with the core (planIntervalSnapshot, the code the
//   add-on runs) over 365 daily snapshots with 2 % of customers changing tier per month; cells = the sheet's grid as
//   the add-on sizes it (rows × INTERVAL_WIDTH columns, the hidden data column included). 365 emulated snapshots at 50,000 would take too long here.
// - history.snapshot_cells_read (n = 1,000): on the emulator with the built dist/Code.js, the cells one "Save
//   snapshot" reads (all sheets, the customer table included) after 30 and after 365 daily snapshots.
import { readFileSync } from 'node:fs';
import { Emulator } from '../../emulator/index.ts';
import { dayFromNumber, dayNumber } from '../../src/core/days.ts';
import { planIntervalSnapshot } from '../../src/core/history/interval-snapshot.ts';
import { type HistoryInterval, INTERVAL_WIDTH } from '../../src/core/history/intervals.ts';
import type { StableTier } from '../../src/core/history/stability.ts';
import { defaultSettings } from '../../src/core/presets.ts';
import { sampleCustomers } from '../../src/core/sample.ts';
import { check, printMetric } from '../lib/bench.ts';

const SHEETS_CELL_LIMIT = 10_000_000;
const settings = defaultSettings('factory', 'en');

/** Cells of the history grid after `days` daily snapshots of `n` customers, `monthlyShare` of them moving a month. */
function cellsAfter(n: number, days: number, monthlyShare: number): { cells: number; rows: number } {
  let seed = 20261130;
  const random = () => {
    // mulberry32: an even spread, so 2 % a month is what the run gets
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const tiers = Array.from({ length: n }, (_, i) => i % 4);
  const customers = tiers.map((_, i) => ({ customer: `Customer ${i}`, score: 50 }));
  let open: HistoryInterval[] = [];
  let closed = 0;
  const start = dayNumber('2026-01-01');
  for (let d = 0; d < days; d += 1) {
    for (let i = 0; i < n; i += 1) if (random() < monthlyShare / 30) tiers[i] = ((tiers[i] ?? 0) + 1) % 4;
    const stable = tiers.map((tier): StableTier => stableTier(tier));
    const today = dayFromNumber(start + d);
    const plan = planIntervalSnapshot(customers, stable, open, settings, { today, lang: 'en', sameDay: false });
    open = plan.open;
    closed += plan.closed.length;
  }
  // Header, open block, closed rows, and the spare row the writer keeps.
  const rows = 1 + open.length + closed + 1;
  return { cells: rows * INTERVAL_WIDTH, rows: open.length + closed };
}

function stableTier(tier: number): StableTier {
  const name = settings.tiers[tier]?.name ?? null;
  return {
    tier,
    computedTier: tier,
    source: 'computed',
    grace: null,
    override: 'none',
    why: { zh: '', en: `Score → ${name}` },
    problem: null,
    facts: { computed: name, points: { revenue: 40, profit: 10 }, gate: null, grace: 0, override: false },
  };
}

for (const n of [10_000, 50_000]) {
  const { cells, rows } = cellsAfter(n, 365, 0.02);
  // 2 % a month for 12 months: about n × 1.24 rows (one open row each, plus one closed row per move).
  check(rows > n * 1.2 && rows < n * 1.28, `about n × 1.24 rows after a year (${rows} for ${n})`);
  printMetric('history.cells_after_year', n, cells, 'cells', {
    limit: SHEETS_CELL_LIMIT,
    goal: SHEETS_CELL_LIMIT * 0.05,
    daily_layout: n * 365 * 5,
  });
}

const bundle = readFileSync('dist/Code.js', 'utf8');
const n = 1_000;
const clock = { now: new Date('2026-01-01T02:00:00Z') };
const emu = new Emulator({ locale: 'en_US', firstSheet: null, now: () => clock.now });
const table = sampleCustomers('en', clock.now, n);
emu.addSheet('Customers', table, { maxRows: n + 10 });
emu.loadBundle(bundle);
emu.runOnOpen('LIMITED');
emu.runMenuItem('recomputeTiers');
const sheet = emu.gas.SpreadsheetApp.getActive().getSheetByName('Customers');
const reads = new Map<number, number>();
const start = dayNumber('2026-01-01');
for (let day = 1; day <= 365; day += 1) {
  clock.now = new Date(`${dayFromNumber(start + day)}T02:00:00Z`);
  // About 2 % of customers a month change tier: one a day, by an overdue balance past the "D after 180 days" gate.
  const row = 2 + ((day * 7) % n);
  sheet?.getRange(row, 5).setValue(day % 2 === 0 ? 0 : 200);
  emu.runMenuItem('saveSnapshot');
  if (day === 30 || day === 365) reads.set(day, emu.executions.at(-1)?.cost?.cellsRead ?? Number.NaN);
}
const historyRows = emu.snapshot('Tier history').values.filter(r => r[0] !== '').length - 1;
check(
  historyRows > n && historyRows < n + 400,
  `the history holds about one row per customer per change (${historyRows})`,
);
for (const [day, cells] of reads) printMetric('history.snapshot_cells_read', n, cells, 'cells', { days: day });
