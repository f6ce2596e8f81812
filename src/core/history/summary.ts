// The numbers of the Summary sheet: customers, revenue and profit per tier with shares, benefit budget per tier
// (allowance × customers) and use so far, rows with problems, and the Pareto series. Pure.
import type { Settings } from '../settings.ts';

/** One customer row as the summary needs it (final tier after stability controls). */
export type SummaryRow = {
  readonly customer: string;
  readonly tier: number | null;
  readonly revenue: number | null;
  readonly profit: number | null;
  /** True for rows with a cell problem, insufficient data, or a flagged override. */
  readonly problem: boolean;
};

export type TierSummary = {
  readonly name: string;
  readonly customers: number;
  readonly customerShare: number;
  readonly revenue: number;
  readonly revenueShare: number;
  readonly profit: number;
  readonly profitShare: number;
  /** Per benefit (settings order): allowance of this tier × customers in it. Perks count customers entitled. */
  readonly budget: readonly number[];
  /** Per benefit: used so far this period by customers of this tier; null when no usage is known. */
  readonly used: readonly (number | null)[];
};

export type Summary = {
  readonly tiers: readonly TierSummary[];
  readonly untiered: number;
  readonly problems: number;
  readonly total: { readonly customers: number; readonly revenue: number; readonly profit: number };
  /** Customers by revenue, highest first (ties by name), with the cumulative share of total revenue (0..1). */
  readonly pareto: readonly { readonly customer: string; readonly revenue: number; readonly cumulative: number }[];
};

/**
 * Summarises final tiers. `used[b][t]`, if given, is what customers of tier t used of benefit b this period.
 * Shares are 0..1 (0 when the total is 0). Negative revenue (credit notes) counts in sums, not in the Pareto.
 */
export function summarise(
  rows: readonly SummaryRow[],
  settings: Pick<Settings, 'tiers' | 'benefits'>,
  used: readonly (readonly number[])[] | null = null,
): Summary {
  const n = settings.tiers.length;
  const customers = new Array<number>(n).fill(0);
  const revenue = new Array<number>(n).fill(0);
  const profit = new Array<number>(n).fill(0);
  let untiered = 0;
  let problems = 0;
  for (const row of rows) {
    if (row.problem) problems += 1;
    if (row.tier === null || row.tier < 0 || row.tier >= n) {
      untiered += 1;
      continue;
    }
    customers[row.tier] = (customers[row.tier] ?? 0) + 1;
    revenue[row.tier] = (revenue[row.tier] ?? 0) + (row.revenue ?? 0);
    profit[row.tier] = (profit[row.tier] ?? 0) + (row.profit ?? 0);
  }
  const total = { customers: sum(customers), revenue: sum(revenue), profit: sum(profit) };
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const tiers = settings.tiers.map((tier, t): TierSummary => {
    const count = customers[t] ?? 0;
    return {
      name: tier.name,
      customers: count,
      customerShare: share(count, total.customers),
      revenue: revenue[t] ?? 0,
      revenueShare: share(revenue[t] ?? 0, total.revenue),
      profit: profit[t] ?? 0,
      profitShare: share(profit[t] ?? 0, total.profit),
      budget: settings.benefits.map(b => (b.allowance[t] ?? 0) * count),
      used: settings.benefits.map((_, b) => used?.[b]?.[t] ?? null),
    };
  });
  return { tiers, untiered, problems, total, pareto: pareto(rows) };
}

function pareto(rows: readonly SummaryRow[]): Summary['pareto'] {
  const positive = rows
    .filter((r): r is SummaryRow & { revenue: number } => r.revenue !== null && r.revenue > 0 && r.customer !== '')
    .map(r => ({ customer: r.customer, revenue: r.revenue }))
    .sort((a, b) => b.revenue - a.revenue || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0));
  const total = positive.reduce((acc, r) => acc + r.revenue, 0);
  let running = 0;
  return positive.map(r => {
    running += r.revenue;
    return { customer: r.customer, revenue: r.revenue, cumulative: total === 0 ? 0 : running / total };
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + v, 0);
}
