// The Summary sheet's cells, laid out to read at a glance: the tier table with the Pareto series beside it, then each
// benefit's budget and use this period, benefit spend against profit, the customers it flags, and the problem rows.
// Pure: the adapter writes `values` and `paretoValues` with one setValues each and formats the blocks named here.
import { rhythmText } from '../ledger/overview-sheet.ts';
import type { Lang } from '../locale.ts';
import type { Settings } from '../settings.ts';
import { SUMMARY_WORDS as S } from '../wording/summary.ts';
import { type Block, type Cell, rectangular } from './report.ts';
import type { SpendReport } from './spend.ts';
import type { Summary } from './summary.ts';

/** A customer row the Summary lists under "Customers with problems". */
export type ProblemLine = { readonly customer: string; readonly text: string };

/** The Summary sheet's blocks, their formats and where the charts read from. */
export type SummaryLayout = {
  /** The main block at A1. */
  readonly values: Cell[][];
  /** The tier table (header row + one row per tier), for the customers-per-tier chart: columns Tier, Customers. */
  readonly tierChart: Block;
  /** The spend table (header + one row per tier): columns Tier, Benefit spend, Profit; null without a benefit log. */
  readonly spendChart: Block | null;
  /** Cells that hold shares (0..1), shown as percentages. */
  readonly percentBlocks: readonly Block[];
  /** The problem texts: wrapped in their column instead of widening it. Null when there are none. */
  readonly wrapped: Block | null;
  /** Pixel width of each column from A, over the main block, the gap and the Pareto block. */
  readonly columnWidths: readonly number[];
  /** The Pareto block beside the tier table: header + customers, columns Customer, Revenue, Cumulative share. */
  readonly pareto: Block;
  readonly paretoValues: Cell[][];
  /** The first column of the charts, right of the Pareto block. */
  readonly chartColumn: number;
};

export type SummaryParts = {
  readonly summary: Summary;
  /** Benefit spend this fiscal year; null when there is no benefit log. */
  readonly spend: SpendReport | null;
  readonly problems: readonly ProblemLine[];
};

const MAX_LISTED = 200;
const MIN_WIDTH = 64;
const MAX_WIDTH = 260;
/** The problem texts' column: wide enough to read a reason in two or three lines. */
const WRAPPED_WIDTH = 320;

/** Lays out the Summary (see the file comment); `today` titles it. */
export function summarySheetValues(
  parts: SummaryParts,
  settings: Pick<Settings, 'benefits' | 'currency'>,
  lang: Lang,
  today: string,
): SummaryLayout {
  const { summary, spend, problems } = parts;
  const rows: Cell[][] = [[S.summaryTitle(today)[lang]], []];
  const percentBlocks: Block[] = [];
  const tierChart = tierTable(rows, summary, lang, percentBlocks);
  rows.push([S.untiered[lang], summary.untiered], [S.problems[lang], summary.problems], [], [S.benefitsTitle[lang]]);
  benefitTable(rows, summary, settings, lang);
  rows.push([], [S.spendTitle[lang]]);
  const spendChart = spend === null ? null : spendTable(rows, spend, lang, percentBlocks);
  if (spend === null) rows.push([S.spendNoLog[lang]]);
  rows.push(
    [],
    [S.problemsTitle[lang]],
    S.problemHeaders.map(h => h[lang]),
  );
  const firstProblem = rows.length + 1;
  for (const p of problems.slice(0, MAX_LISTED)) rows.push([p.customer, p.text]);
  const wrapped = problems.length === 0 ? null : block(firstProblem, 2, Math.min(problems.length, MAX_LISTED), 1);
  if (problems.length > MAX_LISTED) rows.push([S.problemsMore(problems.length - MAX_LISTED)[lang]]);
  const values = rectangular(rows);
  const width = values[0]?.length ?? 1;
  const paretoValues: Cell[][] = [
    S.paretoHeaders.map(h => h[lang]),
    ...summary.pareto.map(p => [p.customer, p.revenue, p.cumulative]),
  ];
  const pareto = block(tierChart.row, width + 2, paretoValues.length, 3);
  if (paretoValues.length > 1) percentBlocks.push(block(pareto.row + 1, pareto.column + 2, paretoValues.length - 1, 1));
  const columnWidths = [
    ...widths(values, firstProblem - 1, problems.length === 0 ? 0 : Math.min(problems.length, MAX_LISTED)),
    MIN_WIDTH / 2,
    ...widths(paretoValues, 0, 0),
  ];
  return {
    values,
    tierChart,
    spendChart,
    percentBlocks,
    wrapped,
    columnWidths,
    pareto,
    paretoValues,
    chartColumn: pareto.column + pareto.numColumns + 1,
  };
}

// Tier, customers, revenue, profit and their shares, one row per tier and a total; returns the chart's block.
function tierTable(rows: Cell[][], summary: Summary, lang: Lang, percentBlocks: Block[]): Block {
  rows.push([
    S.tier[lang],
    S.customers[lang],
    S.revenue[lang],
    S.profit[lang],
    S.customerShare[lang],
    S.revenueShare[lang],
    S.profitShare[lang],
  ]);
  const header = rows.length;
  for (const t of summary.tiers) {
    rows.push([t.name, t.customers, t.revenue, t.profit, t.customerShare, t.revenueShare, t.profitShare]);
  }
  const { total } = summary;
  const whole = (part: number) => (part === 0 ? 0 : 1);
  rows.push([
    S.total[lang],
    total.customers,
    total.revenue,
    total.profit,
    whole(total.customers),
    whole(total.revenue),
    whole(total.profit),
  ]);
  percentBlocks.push(block(header + 1, 5, summary.tiers.length + 1, 3));
  return block(header, 1, summary.tiers.length + 1, 2);
}

// One row per benefit and tier that has the benefit (or used it): the allowance as people say it, the tier's budget
// this period (allowance × customers; perks count customers entitled), used, and left. Each row is in its own period,
// so nothing is added across periods.
function benefitTable(
  rows: Cell[][],
  summary: Summary,
  settings: Pick<Settings, 'benefits' | 'currency'>,
  lang: Lang,
): void {
  if (settings.benefits.length === 0) {
    rows.push([S.benefitsNone[lang]]);
    return;
  }
  rows.push(S.benefitHeaders.map(h => h[lang]));
  settings.benefits.forEach((benefit, b) => {
    summary.tiers.forEach((tier, t) => {
      const budget = tier.budget[b] ?? 0;
      const used = tier.used[b] ?? null;
      if ((benefit.allowance[t] ?? 0) <= 0 && (used ?? 0) === 0) return;
      const left = used === null || benefit.kind === 'perk' ? '' : budget - used;
      rows.push([
        benefit.label[lang],
        tier.name,
        rhythmText(benefit, t, settings.currency, lang),
        budget,
        used ?? '',
        left,
      ]);
    });
  });
}

// Spend, profit, revenue and their ratios per tier and in total, then the customers flagged; returns the chart's block.
function spendTable(rows: Cell[][], spend: SpendReport, lang: Lang, percentBlocks: Block[]): Block {
  rows.push(
    [S.spendNote[lang]],
    S.spendHeaders.map(h => h[lang]),
  );
  const header = rows.length;
  const ratio = (r: number | null): Cell => (r === null ? '' : r);
  for (const t of [...spend.tiers, { ...spend.total, name: S.total[lang] }]) {
    rows.push([t.name, t.spend, t.profit, t.revenue, ratio(t.spendPerProfit), ratio(t.spendPerRevenue)]);
  }
  percentBlocks.push(block(header + 1, 5, spend.tiers.length + 1, 2));
  rows.push([], [S.flaggedTitle(spend.alertPercent)[lang]]);
  if (spend.flagged.length === 0) rows.push([S.flaggedNone[lang]]);
  else {
    rows.push(S.flaggedHeaders.map(h => h[lang]));
    const first = rows.length + 1;
    const listed = spend.flagged.slice(0, MAX_LISTED);
    for (const c of listed) {
      rows.push([
        c.customer,
        spend.tiers[c.tier]?.name ?? '',
        c.spend,
        c.profit ?? '',
        c.ratio === null ? S.noProfit[lang] : c.ratio,
      ]);
    }
    percentBlocks.push(block(first, 5, listed.length, 1));
    if (spend.flagged.length > MAX_LISTED) rows.push([S.flaggedMore(spend.flagged.length - MAX_LISTED)[lang]]);
  }
  return block(header, 1, spend.tiers.length + 1, 3);
}

function block(row: number, column: number, numRows: number, numColumns: number): Block {
  return { row, column, numRows, numColumns };
}

/**
 * Column widths that fit their content: about 7 px per narrow character and 14 per wide (CJK) one, within bounds.
 * Rows with one cell (titles, notes) run across empty neighbours and set no width; the `skipCount` rows from
 * `skipFrom` (0-based) are the wrapped problem texts, whose second column keeps a fixed reading width.
 */
function widths(values: readonly (readonly Cell[])[], skipFrom: number, skipCount: number): number[] {
  const width = values[0]?.length ?? 0;
  const result = new Array<number>(width).fill(MIN_WIDTH);
  values.forEach((row, r) => {
    const filled = row.filter(c => c !== '').length;
    if (filled < 2) return;
    const wrappedRow = r >= skipFrom && r < skipFrom + skipCount;
    row.forEach((cell, c) => {
      if (wrappedRow && c === 1) return;
      result[c] = Math.max(result[c] ?? MIN_WIDTH, Math.min(MAX_WIDTH, textWidth(cell)));
    });
  });
  if (skipCount > 0) result[1] = Math.max(result[1] ?? MIN_WIDTH, WRAPPED_WIDTH);
  return result;
}

function textWidth(cell: Cell): number {
  const text = typeof cell === 'number' ? shownNumber(cell) : cell;
  let units = 0;
  for (const ch of text)
    units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return units * 7 + 16;
}

// About as long as Sheets shows it: grouped thousands, two decimals at most.
function shownNumber(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(2);
}
