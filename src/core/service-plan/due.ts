// The service plan's items: for each customer and each benefit of its tier, what is still open in the benefit's
// current period (trainings not yet given, sample budget left, perks available), ordered for the sales team. Pure:
// the ledger's evaluation and the customer list in, items out. Period maths is the ledger's (quotaOverview).
import { customerKey } from '../customers.ts';
import { dayNumber } from '../days.ts';
import { allowanceFor } from '../ledger/allowance.ts';
import { formatAmount } from '../ledger/messages.ts';
import type { PeriodSpan } from '../ledger/periods.ts';
import { type LedgerEvaluation, type LedgerInput, quotaOverview } from '../ledger/quota.ts';
import type { LedgerBenefit } from '../ledger/types.ts';
import type { Lang } from '../locale.ts';
import { SERVICE_PLAN_WORDS as W } from '../wording/service-plan.ts';

/** One customer of the table: its name cell, salesperson cell and 1-based sheet row. */
export type PlanCustomer = { readonly name: unknown; readonly salesperson: unknown; readonly row: number };

/** One open benefit of one customer in the period that holds today. */
export type PlanItem = {
  readonly customer: string;
  /** Trimmed salesperson name; '' when the table has none for this customer. */
  readonly salesperson: string;
  /** Tier index today (0 = best). */
  readonly tier: number;
  readonly benefit: LedgerBenefit;
  /** Position of the benefit in the settings (a stable last tie-break). */
  readonly benefitIndex: number;
  readonly allotted: number;
  readonly used: number;
  /** What is left to deliver; null for a perk. */
  readonly remaining: number | null;
  readonly period: PeriodSpan;
  /** Days from today to the period's last day, both counted (1 on the last day). */
  readonly daysLeft: number;
  /** The customer's row on the customer table. */
  readonly row: number;
};

/**
 * Open items on `input.today`, sorted (see `comparePlanItems`). A customer whose name is blank, repeats an earlier
 * row or has no tier today gives none; a benefit its tier does not include gives none; a count or a budget fully
 * used gives none; a perk its tier includes is always open.
 */
export function servicePlanItems(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline' | 'today'>,
  customers: readonly PlanCustomer[],
): PlanItem[] {
  const seen = new Set<string>();
  const kept = customers.filter(c => {
    const key = customerKey(c.name);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const today = dayNumber(input.today);
  const quotas = quotaOverview(
    evaluation,
    input,
    kept.map(c => c.name),
  );
  const items: PlanItem[] = [];
  kept.forEach((c, k) => {
    const tier = input.timeline.tierOn(customerKey(c.name), today);
    const row = quotas[k];
    if (tier === null || !row) return;
    const salesperson = c.salesperson == null ? '' : String(c.salesperson).trim();
    input.settings.benefits.forEach((benefit, i) => {
      const q = row.quotas[i];
      if (!q || allowanceFor(benefit, tier) <= 0) return;
      const open = benefit.kind === 'perk' ? q.allotted >= 1 : q.remaining !== null && q.remaining > 0;
      if (!open) return;
      items.push({
        customer: row.customer,
        salesperson,
        tier,
        benefit,
        benefitIndex: i,
        allotted: q.allotted,
        used: q.used,
        remaining: q.remaining,
        period: q.period,
        daysLeft: q.period.endNumber - today + 1,
        row: c.row,
      });
    });
  });
  return items.sort(comparePlanItems);
}

/** Plain code-unit order: the same on Apps Script and Node, whatever the runtime's collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By salesperson (named ones first, by name; then customers without one), tier (best first), days left, customer. */
export function comparePlanItems(
  a: Pick<PlanItem, 'salesperson' | 'tier' | 'daysLeft' | 'customer' | 'benefitIndex'>,
  b: Pick<PlanItem, 'salesperson' | 'tier' | 'daysLeft' | 'customer' | 'benefitIndex'>,
): number {
  return (
    Number(a.salesperson === '') - Number(b.salesperson === '') ||
    compareText(a.salesperson, b.salesperson) ||
    a.tier - b.tier ||
    a.daysLeft - b.daysLeft ||
    compareText(a.customer, b.customer) ||
    a.benefitIndex - b.benefitIndex
  );
}

/** One salesperson's line of the counts block. */
export type PlanCount = {
  readonly salesperson: string;
  /** Customers with at least one open item. */
  readonly customers: number;
  readonly items: number;
  /** The fewest days left among their items. */
  readonly soonest: number;
};

/** Counts per salesperson, in the items' order (items must be sorted: one salesperson's items are together). */
export function planCounts(items: readonly Pick<PlanItem, 'salesperson' | 'customer' | 'daysLeft'>[]): PlanCount[] {
  const counts: { salesperson: string; customers: Set<string>; items: number; soonest: number }[] = [];
  for (const item of items) {
    let last = counts[counts.length - 1];
    if (last?.salesperson !== item.salesperson) {
      last = { salesperson: item.salesperson, customers: new Set(), items: 0, soonest: item.daysLeft };
      counts.push(last);
    }
    last.customers.add(item.customer);
    last.items += 1;
    last.soonest = Math.min(last.soonest, item.daysLeft);
  }
  return counts.map(c => ({
    salesperson: c.salesperson,
    customers: c.customers.size,
    items: c.items,
    soonest: c.soonest,
  }));
}

/** What is open, in words: '1 time to deliver (1 this period, 0 used)', '¥1,200 left (…)', 'Available'. */
export function openText(item: PlanItem, currency: string, lang: Lang): string {
  const { kind } = item.benefit;
  const amount = (value: number) => formatAmount(kind === 'perk' ? 'times' : kind, value, currency, lang);
  if (kind === 'perk') return item.used > 0 ? W.perkUsed(amount(item.used))[lang] : W.perk[lang];
  const words = kind === 'money' ? W.money : W.times;
  return words(amount(item.remaining ?? 0), amount(item.allotted), amount(item.used))[lang];
}

/** =SERVICE_DUE's lines for one customer's items: 'Free samples: ¥1,200 left (…), 31 days left'. */
export function dueLines(items: readonly PlanItem[], currency: string, lang: Lang): string[] {
  return items.map(i => W.dueLine(i.benefit.label[lang], openText(i, currency, lang), i.daysLeft)[lang]);
}
