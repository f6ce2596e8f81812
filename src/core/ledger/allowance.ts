// Allowance per tier and the proration rule for a tier change inside a period.
//
// PRORATION RULE. Each tier's allowance renews on that tier's own period (`periods[tier]`: month, quarter, half-year
// or year, counted from the fiscal year's first month). A use is judged in its WINDOW: the period, of the length of
// the tier held on the day of use, that contains that day. Within the window the allotment is earned day by day:
// each day earns allowance(tier on that day) ÷ days in that tier's own period containing the day. Days not yet
// reached are counted at the tier held on the day of use, so a use is always judged by the tier the customer had when
// the benefit was used, while the days already spent in another tier keep their own rate.
// With no tier change in the window this is exactly the tier's full allowance, available from the window's first day;
// with one period for every tier it is the single-period rule of settings version 1, unchanged.
// Example: yearly samples A 3000 / B 1000; a B customer moves up to A on 1 July (day 182 of 365): a use in
// August sees 1000 × 181/365 + 3000 × 184/365 = 2008.22. Example with rhythms: trainings A 1 a quarter, C 1 a year;
// a C customer moves up to A on 1 May: a use on 20 May is judged in Q2 (A's window), which earned 1 × 30/365 in
// April (at C's yearly rate) and 1 × 61/91 in May and June: 0.75, one training.
// A downgrade works the same way in reverse and never claws back what was used: the entry that exceeds the smaller
// allotment is marked Over quota, nothing is changed.
// Rounding: money to 2 decimals; times to the nearest whole number (halves up); a perk is not prorated, it is
// included when the tier on the day of use includes it. Days with no known tier (blank or unknown tier name)
// earn nothing.
import { type PeriodFinder, type PeriodSpan, periodLengthFor } from './periods.ts';
import type { TierTimeline } from './timeline.ts';
import type { LedgerBenefit } from './types.ts';

/** The allowance of a benefit for a tier index (0 = best); 0 for no tier or a tier the benefit does not list. */
export function allowanceFor(benefit: LedgerBenefit, tier: number | null): number {
  if (tier === null) return 0;
  const amount = benefit.allowance[tier] ?? 0;
  return benefit.kind === 'perk' ? (amount >= 1 ? 1 : 0) : amount;
}

/**
 * The prorated allotment of one benefit for one customer in `window` (the period the use is judged in), as known on
 * day `asOf` (a dayNumber, clamped into the window). Perks give 1 (included) or 0 (not included) by the tier on `asOf`.
 */
export function allotted(
  benefit: LedgerBenefit,
  timeline: TierTimeline,
  customer: string,
  window: PeriodSpan,
  asOf: number,
  find: PeriodFinder,
): number {
  const day = Math.min(Math.max(asOf, window.startNumber), window.endNumber);
  const tierThen = timeline.tierOn(customer, day);
  if (benefit.kind === 'perk') return allowanceFor(benefit, tierThen);
  // Σ allowance × days per period of each tier's own length, divided by that period's days at the end: with one
  // length for every tier there is one bucket, and the sum is exactly version 1's Σ allowance × days ÷ period days.
  const buckets: { key: string; sum: number; days: number }[] = [];
  const earn = (tier: number | null, from: number, to: number) => {
    if (tier === null) return;
    const amount = allowanceFor(benefit, tier);
    const length = periodLengthFor(benefit, tier);
    for (let start = from; start <= to; ) {
      const period = find(start, length);
      const end = Math.min(to, period.endNumber);
      const key = length + period.key;
      const bucket = buckets.find(b => b.key === key);
      if (bucket) bucket.sum += amount * (end - start + 1);
      else buckets.push({ key, sum: amount * (end - start + 1), days: period.endNumber - period.startNumber + 1 });
      start = end + 1;
    }
  };
  let from = window.startNumber;
  for (const [tier, days] of timeline.daysByTier(customer, window.startNumber, day)) {
    earn(tier, from, from + days - 1);
    from += days;
  }
  earn(tierThen, day + 1, window.endNumber);
  let exact = 0;
  for (const b of buckets) exact += b.sum / b.days;
  return roundAmount(benefit.kind, exact);
}

/**
 * Money to cents, times to whole numbers, halves away from zero. The 1e-7 nudge absorbs float noise
 * (1.005 × 100 = 100.49999999999999) without moving any real amount, which has at most cents.
 */
export function roundAmount(kind: LedgerBenefit['kind'], value: number): number {
  const scale = kind === 'money' ? 100 : 1;
  const x = value * scale;
  return Math.round(x + (x >= 0 ? 1e-7 : -1e-7)) / scale;
}
