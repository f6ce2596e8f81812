// Benefit cost and return (issue 15 part 5): what each customer's benefits cost the company this fiscal year (money
// benefits their amount, a training or a mould its unit cost), per tier against profit and revenue, and the customers
// whose spend passes a share of their profit. Pure: the Summary lays it out.
import { customerKey } from '../customers.ts';
import type { Day } from '../days.ts';
import { type LedgerEvaluation, usedThisFiscalYear } from '../ledger/quota.ts';
import type { Benefit, Settings } from '../settings.ts';
import { DEFAULT_SPEND_ALERT_PERCENT } from '../settings-schema.ts';
import type { SummaryRow } from './summary.ts';

/** One customer's benefit spend this fiscal year. `ratio` is spend ÷ profit; null when profit is not above 0. */
export type CustomerSpend = {
  readonly customer: string;
  readonly tier: number;
  readonly spend: number;
  readonly profit: number | null;
  readonly ratio: number | null;
};

/** A tier's benefit spend against what its customers earn. Ratios are null when the divisor is not above 0. */
export type TierSpend = {
  readonly name: string;
  readonly spend: number;
  readonly profit: number;
  readonly revenue: number;
  readonly spendPerProfit: number | null;
  readonly spendPerRevenue: number | null;
};

export type SpendReport = {
  readonly tiers: readonly TierSpend[];
  readonly total: TierSpend;
  /** Customers whose spend passes the alert share of profit (or who cost money and earn none), worst first. */
  readonly flagged: readonly CustomerSpend[];
  /** The alert threshold used, in percent of profit. */
  readonly alertPercent: number;
};

/** What one unit of a benefit costs: money benefits are counted in money already; the rest cost `unitCost` (or 0). */
export function costOfOne(benefit: Pick<Benefit, 'kind' | 'unitCost'>): number {
  return benefit.kind === 'money' ? 1 : (benefit.unitCost ?? 0);
}

/**
 * Benefit spend this fiscal year of every tiered customer (a customer listed twice counts once, under its first tiered
 * row, as the Summary's use per tier does),
 * summed per tier with its profit and revenue, and the customers flagged against `spendAlertPercent`.
 */
export function benefitSpend(
  rows: readonly SummaryRow[],
  evaluation: LedgerEvaluation,
  settings: Pick<Settings, 'tiers' | 'benefits' | 'fiscalYearStartMonth' | 'spendAlertPercent'>,
  today: Day,
): SpendReport {
  const alertPercent = settings.spendAlertPercent ?? DEFAULT_SPEND_ALERT_PERCENT;
  const sums = settings.tiers.map(() => ({ spend: 0, profit: 0, revenue: 0 }));
  const flagged: CustomerSpend[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = customerKey(row.customer);
    const sum = row.tier === null ? undefined : sums[row.tier];
    if (row.tier === null || sum === undefined || key === '' || seen.has(key)) continue;
    seen.add(key);
    const spend = settings.benefits.reduce(
      (acc, b) => acc + usedThisFiscalYear(evaluation, settings, row.customer, b, today) * costOfOne(b),
      0,
    );
    sum.spend += spend;
    sum.profit += row.profit ?? 0;
    sum.revenue += row.revenue ?? 0;
    const profit = row.profit;
    const ratio = profit !== null && profit > 0 ? spend / profit : null;
    if (spend > 0 && (ratio === null || ratio * 100 > alertPercent)) {
      flagged.push({ customer: row.customer, tier: row.tier, spend, profit, ratio });
    }
  }
  const tiers = settings.tiers.map((tier, t) => tierSpend(tier.name, sums[t] ?? { spend: 0, profit: 0, revenue: 0 }));
  const whole = sums.reduce(
    (acc, s) => ({ spend: acc.spend + s.spend, profit: acc.profit + s.profit, revenue: acc.revenue + s.revenue }),
    { spend: 0, profit: 0, revenue: 0 },
  );
  return { tiers, total: tierSpend('', whole), flagged: flagged.sort(worstFirst), alertPercent };
}

function tierSpend(name: string, sum: { spend: number; profit: number; revenue: number }): TierSpend {
  const per = (divisor: number) => (divisor > 0 ? sum.spend / divisor : null);
  return { name, ...sum, spendPerProfit: per(sum.profit), spendPerRevenue: per(sum.revenue) };
}

// No profit to set against comes first (most spend first), then the highest spend ÷ profit; ties by name.
function worstFirst(a: CustomerSpend, b: CustomerSpend): number {
  const rank = (c: CustomerSpend) => (c.ratio === null ? Number.POSITIVE_INFINITY : c.ratio);
  const byRatio = rank(b) - rank(a);
  if (byRatio !== 0 && !Number.isNaN(byRatio)) return byRatio;
  if (b.spend !== a.spend) return b.spend - a.spend;
  return a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0;
}
