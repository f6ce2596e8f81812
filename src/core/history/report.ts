// The cell blocks of the "Tier changes" and "Summary" sheets, built in memory so the sheets side writes each with
// one setValues. Pure: rectangular arrays of plain text and numbers (the writer keeps text literal).
import type { Lang } from '../locale.ts';
import type { Settings } from '../settings.ts';
import { MATRIX_LABELS, HISTORY_WORDS as W } from '../wording/history.ts';
import { SUMMARY_WORDS as S } from '../wording/summary.ts';
import type { MigrationMatrix, TierChange } from './changes.ts';
import type { Summary } from './summary.ts';

export type Cell = string | number;

/** Where a block sits in its sheet (1-based, as Sheet.getRange takes it). */
export type Block = {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
};

/**
 * The Tier changes sheet: the migration matrix (customers, then revenue) for the last two snapshots, then the
 * Changes list newest first (today's `changes`, then the `older` rows as the sheet listed them). One rectangular
 * block starting at A1.
 */
export function changesSheetValues(
  matrix: MigrationMatrix | null,
  changes: readonly TierChange[],
  older: readonly (readonly Cell[])[],
  lang: Lang,
): Cell[][] {
  const rows: Cell[][] = [];
  if (matrix === null) rows.push([W.matrixNone[lang]]);
  else {
    rows.push([W.matrixTitle(matrix.from, matrix.to)[lang]]);
    const label = (name: string | null, bucket: 'new' | 'gone') => (name === null ? MATRIX_LABELS[bucket][lang] : name);
    for (const [title, values] of [
      [W.matrixCustomers, matrix.counts],
      [W.matrixRevenue, matrix.revenue],
    ] as const) {
      rows.push([`${title[lang]} · ${W.matrixCorner[lang]}`, ...matrix.after.map(name => label(name, 'gone'))]);
      matrix.before.forEach((name, i) => {
        rows.push([label(name, 'new'), ...(values[i] ?? [])]);
      });
      rows.push([]);
    }
  }
  rows.push([], [W.changesTitle[lang]]);
  if (changes.length === 0 && older.length === 0) rows.push([W.changesNone[lang]]);
  else {
    rows.push(W.changesHeaders.map(h => h[lang]));
    for (const c of changes) {
      rows.push([
        c.date,
        c.previousDate,
        c.customer,
        c.from,
        c.to,
        W[c.direction][lang],
        c.scoreBefore ?? '',
        c.scoreAfter ?? '',
        c.reason[lang],
      ]);
    }
    for (const row of older) rows.push([...row]);
  }
  return rectangular(rows);
}

/** A customer row the Summary lists under "Customers with problems". */
export type ProblemLine = { readonly customer: string; readonly text: string };

/** The Summary sheet's blocks and where the charts read from. */
export type SummaryLayout = {
  /** The main block at A1: title, tier table, totals, problems. */
  readonly values: Cell[][];
  /** The tier table (header row + one row per tier), for the customers-per-tier chart: columns Tier, Customers. */
  readonly tierChart: Block;
  /** Percent columns of the tier table (header excluded), formatted as percentages. */
  readonly shareColumns: Block;
  /** The Pareto block: header + customers, columns Customer, Revenue, Cumulative share. */
  readonly pareto: Block;
  readonly paretoValues: Cell[][];
};

const MAX_PROBLEMS = 200;

/**
 * Lays out the Summary: tier table (customers, revenue, profit, their shares, budget and use per benefit), totals,
 * rows with problems (first 200 listed), and the Pareto series to the right of the main block.
 */
export function summarySheetValues(
  summary: Summary,
  settings: Pick<Settings, 'benefits'>,
  problems: readonly ProblemLine[],
  lang: Lang,
  today: string,
): SummaryLayout {
  const header = [
    S.tier[lang],
    S.customers[lang],
    S.revenue[lang],
    S.profit[lang],
    S.customerShare[lang],
    S.revenueShare[lang],
    S.profitShare[lang],
    ...settings.benefits.flatMap(b => [S.budget(b.label)[lang], S.used(b.label)[lang]]),
  ];
  const rows: Cell[][] = [[S.summaryTitle(today)[lang]], [], header];
  const tableTop = rows.length;
  for (const t of summary.tiers) {
    rows.push([
      t.name,
      t.customers,
      t.revenue,
      t.profit,
      t.customerShare,
      t.revenueShare,
      t.profitShare,
      ...t.budget.flatMap((budget, b) => [budget, t.used[b] ?? '']),
    ]);
  }
  const sumOf = (values: readonly (number | null)[]) =>
    values.some(v => v === null) ? '' : values.reduce<number>((a, v) => a + (v ?? 0), 0);
  rows.push([
    S.total[lang],
    summary.total.customers,
    summary.total.revenue,
    summary.total.profit,
    summary.total.customers === 0 ? 0 : 1,
    summary.total.revenue === 0 ? 0 : 1,
    summary.total.profit === 0 ? 0 : 1,
    ...settings.benefits.flatMap((_, b) => [
      sumOf(summary.tiers.map(t => t.budget[b] ?? 0)),
      sumOf(summary.tiers.map(t => t.used[b] ?? null)),
    ]),
  ]);
  rows.push([S.untiered[lang], summary.untiered], [S.problems[lang], summary.problems], [], [S.problemsTitle[lang]]);
  rows.push(S.problemHeaders.map(h => h[lang]));
  for (const p of problems.slice(0, MAX_PROBLEMS)) rows.push([p.customer, p.text]);
  if (problems.length > MAX_PROBLEMS) rows.push([S.problemsMore(problems.length - MAX_PROBLEMS)[lang]]);
  const values = rectangular(rows);
  const width = values[0]?.length ?? 1;
  const paretoValues: Cell[][] = [
    S.paretoHeaders.map(h => h[lang]),
    ...summary.pareto.map(p => [p.customer, p.revenue, p.cumulative]),
  ];
  return {
    values,
    tierChart: { row: tableTop, column: 1, numRows: summary.tiers.length + 1, numColumns: 2 },
    shareColumns: { row: tableTop + 1, column: 5, numRows: summary.tiers.length + 1, numColumns: 3 },
    pareto: { row: 1, column: width + 2, numRows: paretoValues.length, numColumns: 3 },
    paretoValues,
  };
}

/** Pads rows with '' to the widest row (setValues needs a rectangle). */
function rectangular(rows: readonly Cell[][]): Cell[][] {
  const width = Math.max(1, ...rows.map(r => r.length));
  return rows.map(r => (r.length === width ? r : [...r, ...new Array<Cell>(width - r.length).fill('')]));
}
