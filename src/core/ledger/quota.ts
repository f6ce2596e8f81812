// Quota per customer × benefit × period: allotted, used, remaining, over quota; and the running
// "remaining after this entry" of every log row, taken in date order (same day: sheet order). Each use is counted in
// its own window: the period of its benefit for the tier held that day (see allowance.ts, PRORATION RULE).

import { customerKey } from '../customers.ts';
import { type DateToDay, type Day, dayNumber } from '../days.ts';
import { allotted, roundAmount } from './allowance.ts';
import { type EntryIssue, entryContext, readEntry } from './entries.ts';
import { type PeriodFinder, type PeriodSpan, periodFinder, periodLengthFor } from './periods.ts';
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
      /** The window this entry is judged in: its benefit's period for the tier held on its day. */
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
  /** The period counted: the benefit's period for the customer's tier on the day asked about. */
  readonly period: PeriodSpan;
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

/** Valid uses of one customer × benefit in date order (same day: sheet order), for totals over any window. */
type Uses = { readonly days: number[]; readonly amounts: number[] };

/** Every row's status plus each customer × benefit's valid uses (see `usedIn`). */
export type LedgerEvaluation = {
  readonly rows: readonly RowStatus[];
  readonly uses: ReadonlyMap<string, Uses>;
};

// The key of a customer (already normalised) × benefit in `LedgerEvaluation.uses`.
function keyOf(customer: string, benefitId: string): string {
  return `${customer}\u0000${benefitId}`;
}

// Used from `start` (a dayNumber) on, summed in date order with each step rounded as the running total is.
function usedFrom(uses: Uses | undefined, kind: LedgerBenefit['kind'], start: number): number {
  if (!uses) return 0;
  let lo = 0;
  let hi = uses.days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((uses.days[mid] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  let used = 0;
  for (let i = lo; i < uses.amounts.length; i++) used = roundAmount(kind, used + (uses.amounts[i] ?? 0));
  return used;
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
  const find = periodFinder(input.settings.fiscalYearStartMonth);
  const uses = new Map<string, Uses>();
  // Per customer × benefit: the running total of the last entry's window, by the window's first day. A window that
  // starts on the same day holds the same uses so far, whatever its length.
  const running = new Map<string, { start: number; used: number }>();
  for (const { index } of valid) {
    const entry = entries[index];
    if (!entry) continue;
    const { benefit, customer, dayNumber: day } = entry;
    const period = windowOf(benefit, input.timeline, customer, day, find);
    const key = keyOf(customer, benefit.id);
    const list = uses.get(key) ?? { days: [], amounts: [] };
    uses.set(key, list);
    list.days.push(day);
    list.amounts.push(entry.amount);
    const last = running.get(key);
    const usedNow =
      last?.start === period.startNumber
        ? roundAmount(benefit.kind, last.used + entry.amount)
        : usedFrom(list, benefit.kind, period.startNumber);
    running.set(key, { start: period.startNumber, used: usedNow });
    const allot = allotted(benefit, input.timeline, customer, period, day, find);
    const perk = benefit.kind === 'perk';
    const remaining = perk ? null : roundAmount(benefit.kind, allot - usedNow);
    const over = perk ? allot < 1 && entry.amount > 0 : remaining !== null && remaining < 0;
    statuses[index] = {
      kind: over ? 'over_quota' : 'ok',
      customer,
      benefit,
      period,
      day,
      amount: entry.amount,
      allotted: allot,
      used: usedNow,
      remaining,
    };
  }
  return { rows: statuses, uses };
}

// The window a use on `day` is judged in: its benefit's period for the tier held that day.
function windowOf(
  benefit: LedgerBenefit,
  timeline: TierTimeline,
  customer: string,
  day: number,
  find: PeriodFinder,
): PeriodSpan {
  return find(day, periodLengthFor(benefit, timeline.tierOn(customer, day)));
}

/**
 * The quota of one customer and benefit on `asOf`, counting uses on or before `asOf` in the window of that day: the
 * benefit's period for the tier held then.
 */
export function quotaOn(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline'>,
  customer: unknown,
  benefit: LedgerBenefit,
  asOf: Day,
): Quota {
  const find = periodFinder(input.settings.fiscalYearStartMonth);
  const asOfNumber = dayNumber(asOf);
  const key = customerKey(customer);
  const period = windowOf(benefit, input.timeline, key, asOfNumber, find);
  let used = 0;
  for (const row of evaluation.rows) {
    if (row.kind !== 'ok' && row.kind !== 'over_quota') continue;
    if (
      row.customer === key &&
      row.benefit.id === benefit.id &&
      row.day >= period.startNumber &&
      row.day <= asOfNumber
    ) {
      used += row.amount;
    }
  }
  return quotaFrom(
    benefit,
    period,
    allotted(benefit, input.timeline, key, period, asOfNumber, find),
    roundAmount(benefit.kind, used),
  );
}

/**
 * Quota of each customer × benefit on `today` (the "Quota overview"), each in its own window: the benefit's period
 * for the customer's tier today.
 */
export function quotaOverview(
  evaluation: LedgerEvaluation,
  input: Pick<LedgerInput, 'settings' | 'timeline' | 'today'>,
  customers: readonly unknown[],
): readonly { customer: string; quotas: readonly Quota[] }[] {
  const find = periodFinder(input.settings.fiscalYearStartMonth);
  const today = dayNumber(input.today);
  const rows = [];
  for (const name of customers) {
    const key = customerKey(name);
    if (key === '') continue;
    const quotas = input.settings.benefits.map(b => {
      const period = windowOf(b, input.timeline, key, today, find);
      const used = usedFrom(evaluation.uses.get(keyOf(key, b.id)), b.kind, period.startNumber);
      return quotaFrom(b, period, allotted(b, input.timeline, key, period, today, find), used);
    });
    rows.push({ customer: String(name), quotas });
  }
  return rows;
}

/**
 * What a customer used of a benefit so far in the period containing `today` for a given tier (the Summary's
 * "used this period"); uses after `today` are not valid entries, so none are counted.
 */
export function usedThisPeriod(
  evaluation: LedgerEvaluation,
  settings: Pick<LedgerSettings, 'fiscalYearStartMonth'>,
  customer: unknown,
  benefit: LedgerBenefit,
  tier: number,
  today: Day,
): number {
  const period = periodFinder(settings.fiscalYearStartMonth)(dayNumber(today), periodLengthFor(benefit, tier));
  return usedFrom(evaluation.uses.get(keyOf(customerKey(customer), benefit.id)), benefit.kind, period.startNumber);
}

/**
 * What a customer used of a benefit from the first day of the fiscal year containing `today` (the Summary's benefit
 * spend, set against a year's profit whatever each benefit's own period is).
 */
export function usedThisFiscalYear(
  evaluation: LedgerEvaluation,
  settings: Pick<LedgerSettings, 'fiscalYearStartMonth'>,
  customer: unknown,
  benefit: LedgerBenefit,
  today: Day,
): number {
  const year = periodFinder(settings.fiscalYearStartMonth)(dayNumber(today), 'year');
  return usedFrom(evaluation.uses.get(keyOf(customerKey(customer), benefit.id)), benefit.kind, year.startNumber);
}

function quotaFrom(benefit: LedgerBenefit, period: PeriodSpan, allot: number, used: number): Quota {
  if (benefit.kind === 'perk') {
    return { period, allotted: allot, used, remaining: null, overQuota: allot < 1 && used > 0 };
  }
  const remaining = roundAmount(benefit.kind, allot - used);
  return { period, allotted: allot, used, remaining, overQuota: remaining < 0 };
}
