// Allowance per tier and the proration rule for a tier change inside a period.
//
// PRORATION RULE. A benefit's allotment for a period is earned day by day at the rate of the tier the customer
// holds on each day: allotted = Σ over the period's days of allowance(tier on that day) ÷ days in the period.
// Days not yet reached are counted at the tier held on the day of use, so a use is always judged by the tier the
// customer had when the benefit was used, while the days already spent in another tier keep their own rate.
// With no tier change in the period this is exactly the tier's full allowance, available from the first day.
// Example: yearly samples A 3000 / B 1000; a B customer moves up to A on 1 July (day 182 of 365): a use in
// August sees 1000 × 181/365 + 3000 × 184/365 = 2008.22. A downgrade works the same way in reverse and never
// claws back what was used: the entry that exceeds the smaller allotment is marked Over quota, nothing is changed.
// Rounding: money to 2 decimals; times to the nearest whole number (halves up); a perk is not prorated, it is
// included when the tier on the day of use includes it. Days with no known tier (blank or unknown tier name)
// earn nothing.
import type { PeriodSpan } from './periods.ts';
import type { TierTimeline } from './timeline.ts';
import type { LedgerBenefit } from './types.ts';

/** The allowance of a benefit for a tier index (0 = best); 0 for no tier or a tier the benefit does not list. */
export function allowanceFor(benefit: LedgerBenefit, tier: number | null): number {
  if (tier === null) return 0;
  const amount = benefit.allowance[tier] ?? 0;
  return benefit.kind === 'perk' ? (amount >= 1 ? 1 : 0) : amount;
}

/**
 * The prorated allotment of one benefit for one customer and period, as known on day `asOf` (a dayNumber,
 * clamped into the period). Perks give 1 (included) or 0 (not included) by the tier on `asOf`.
 */
export function allotted(
  benefit: LedgerBenefit,
  timeline: TierTimeline,
  customer: string,
  period: PeriodSpan,
  asOf: number,
): number {
  const day = Math.min(Math.max(asOf, period.startNumber), period.endNumber);
  const tierThen = timeline.tierOn(customer, day);
  if (benefit.kind === 'perk') return allowanceFor(benefit, tierThen);
  let sum = 0;
  for (const [tier, days] of timeline.daysByTier(customer, period.startNumber, day)) {
    sum += allowanceFor(benefit, tier) * days;
  }
  sum += allowanceFor(benefit, tierThen) * (period.endNumber - day);
  const exact = sum / (period.endNumber - period.startNumber + 1);
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
