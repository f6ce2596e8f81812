// Quota per customer × benefit × period: allotted, used, remaining, over quota; and the running
// "remaining after this entry" of every log row, taken in date order (same day: sheet order).

import { customerKey } from '../customers.ts';
import { type DateToDay, type Day, dayNumber } from '../days.ts';
import { allotted, roundAmount } from './allowance.ts';
import { type EntryIssue, entryContext, readEntry } from './entries.ts';
import { type PeriodSpan, periodOf } from './periods.ts';
import type { TierTimeline } from './timeline.ts';
import type { LedgerBenefit, LedgerSettings } from './types.ts';

/** The verdict on one log row. `remaining` is null for perks (included or not; nothing to count down). */
export type RowStatus =
  | { readonly kind: 'blank' }
  | { readonly kind: 'invalid'; readonly issue: EntryIssue; readonly input: string }
  | {
      readonly kind: 'ok' | 'over_quota';
      readonly customer: string;
      readonly benefit: LedgerBenefit;
      readonly period: PeriodSpan;
      /** The entry's dayNumber. */
      readonly day: number;
      readonly amount: number;
      /** Prorated allotment as of this entry's day. */
      readonly allotted: number;
      /** Used in the period up to and including this entry. */
      readonly used: number;
      readonly remaining: number | null;
    };

/** Totals of one customer × benefit × period. */
export type Quota = {
  readonly allotted: number;
  readonly used: number;
  /** allotted − used; null for perks. */
  readonly remaining: number | null;
  readonly overQuota: boolean;
};

export type LedgerInput = {
  readonly settings: LedgerSettings;
  readonly timeline: TierTimeline;
  /** Log rows [date, customer, benefit, amount / times, note, …]; cells after the fourth are ignored. */
  readonly rows: readonly (readonly unknown[])[];
  /** Customer names of the customer table; null accepts any name. */
  readonly customers: readonly unknown[] | null;
  readonly today: Day;
  readonly toDay: DateToDay;
};

/** Every row's status plus the used total per `usageKey(customer, benefit id, period key)`. */
export type LedgerEvaluation = {
  readonly rows: readonly RowStatus[];
  readonly used: ReadonlyMap<string, number>;
};

/** The key of a customer × benefit × period in `LedgerEvaluation.used`. */
export function usageKey(customer: string, benefitId: string, periodKey: string): string {
  return keyOf(customerKey(customer), benefitId, periodKey);
}

// The same key from an already-normalised customer key (the hot path of evaluateLog).
function keyOf(customer: string, benefitId: string, periodKey: string): string {
  return `${customer}\u0000${benefitId}\u0000${periodKey}`;
}

/**
 * Validates every row and computes its running remaining quota. Invalid and blank rows count for nothing.
 * A new period starts from zero used; rows are never reordered or changed, only judged.
 */
export function evaluateLog(input: LedgerInput): LedgerEvaluation {
  const context = entryContext({
    today: input.today,
    toDay: input.toDay,
    customers: input.customers,
    benefits: input.settings.benefits,
  });
  const statuses: RowStatus[] = new Array(input.rows.length);
  const valid: { index: number; day: number }[] = [];
  const entries = input.rows.map((row, index) => {
    const read = readEntry(row, context);
    if (read.ok) valid.push({ index, day: read.entry.dayNumber });
    else statuses[index] = read.issue === 'blank' ? { kind: 'blank' } : { kind: 'invalid', ...read };
    return read.ok ? read.entry : null;
  });
  valid.sort((a, b) => a.day - b.day || a.index - b.index);
  const used = new Map<string, number>();
  const periods = new Map<number, PeriodSpan>(); // by day: many rows share a day
  for (const { index } of valid) {
    const entry = entries[index];
    if (!entry) continue;
    const period = periods.get(entry.dayNumber) ?? periodOf(entry.day, input.settings.period);
    periods.set(entry.dayNumber, period);
    const key = keyOf(entry.customer, entry.benefit.id, period.key);
    const usedNow = roundAmount(entry.benefit.kind, (used.get(key) ?? 0) + entry.amount);
    used.set(key, usedNow);
    const allot = allotted(entry.benefit, input.timeline, entry.customer, period, entry.dayNumber);
    const perk = entry.benefit.kind === 'perk';
    const remaining = perk ? null : roundAmount(entry.benefit.kind, allot - usedNow);
    const over = perk ? allot < 1 && entry.amount > 0 : remaining !== null && remaining < 0;
    statuses[index] = {
      kind: over ? 'over_quota' : 'ok',
      customer: entry.customer,
      benefit: entry.benefit,
      period,
      day: entry.dayNumber,
      amount: entry.amount,
      allotted: allot,
      used: usedNow,
      remaining,
    };
  }
  return { rows: statuses, used };
}

/** The quota of one customer and benefit in the period containing `asOf`, counting uses on or before `asOf`. */
export function quotaOn(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline'>,
  customer: unknown,
  benefit: LedgerBenefit,
  asOf: Day,
): Quota {
  const period = periodOf(asOf, input.settings.period);
  const asOfNumber = dayNumber(asOf);
  const key = customerKey(customer);
  let used = 0;
  for (const row of evaluation.rows) {
    if (row.kind !== 'ok' && row.kind !== 'over_quota') continue;
    if (
      row.customer === key &&
      row.benefit.id === benefit.id &&
      row.period.key === period.key &&
      row.day <= asOfNumber
    ) {
      used += row.amount;
    }
  }
  return quotaFrom(
    benefit,
    allotted(benefit, input.timeline, key, period, asOfNumber),
    roundAmount(benefit.kind, used),
  );
}

/** Quota of each customer × benefit for the period containing `today` (the "Quota overview"). */
export function quotaOverview(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline' | 'today'>,
  customers: readonly unknown[],
): { readonly period: PeriodSpan; readonly rows: readonly { customer: string; quotas: readonly Quota[] }[] } {
  const period = periodOf(input.today, input.settings.period);
  const today = dayNumber(input.today);
  const rows = [];
  for (const name of customers) {
    const key = customerKey(name);
    if (key === '') continue;
    const quotas = input.settings.benefits.map(b =>
      quotaFrom(
        b,
        allotted(b, input.timeline, key, period, today),
        evaluation.used.get(keyOf(key, b.id, period.key)) ?? 0,
      ),
    );
    rows.push({ customer: String(name), quotas });
  }
  return { period, rows };
}

function quotaFrom(benefit: LedgerBenefit, allot: number, used: number): Quota {
  if (benefit.kind === 'perk') return { allotted: allot, used, remaining: null, overQuota: allot < 1 && used > 0 };
  const remaining = roundAmount(benefit.kind, allot - used);
  return { allotted: allot, used, remaining, overQuota: remaining < 0 };
}
