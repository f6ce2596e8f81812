// Shared builders for the history core tests: engine results, history records and settings with a grace period.
import { customerKey } from '../../../src/core/customers.ts';
import type { Baseline, ComputedTier, HistoryRecord, SnapshotFacts } from '../../../src/core/history/index.ts';
import { defaultSettings } from '../../../src/core/presets.ts';
import type { Settings } from '../../../src/core/settings.ts';

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type TierName = (typeof TIERS)[number];

/** Factory preset with the given grace period. */
export function settingsWith(graceSnapshots = 0): Settings {
  return { ...defaultSettings('factory', 'en'), graceSnapshots };
}

/** An engine result for `customer` in tier `tier` (null = not tiered). */
export function computed(customer: string, tier: TierName | null, extra: Partial<ComputedTier> = {}): ComputedTier {
  const index = tier === null ? null : TIERS.indexOf(tier);
  return {
    customer,
    tier: index,
    score: index === null ? null : 90 - index * 20,
    why: { zh: `得分 ${tier}`, en: `Score for ${tier}` },
    points: { revenue: 40, profit: 10, overdue_days: 20 },
    gate: null,
    ...extra,
  };
}

/** A history record; facts default to a plain computed snapshot of the same tier. */
export function record(date: string, customer: string, tier: string, facts: Partial<SnapshotFacts> | null = {}) {
  const base: SnapshotFacts = { computed: tier, points: { revenue: 40 }, gate: null, grace: 0, override: false };
  const out: HistoryRecord = {
    date,
    customer,
    tier,
    score: 50,
    why: `why ${tier}`,
    facts: facts === null ? null : { ...base, ...facts },
  };
  return out;
}

/** A Date → 'yyyy-MM-dd' formatter in UTC, standing in for the document time zone. */
export const utcKey = (d: Date): string => d.toISOString().slice(0, 10);

/**
 * The grace baselines as the one-row-per-day history gave them (the reference the interval history must match):
 * each customer's latest record dated strictly before `today`, the later row of a day winning.
 */
export function dailyBaselines(history: readonly HistoryRecord[], today: string): Map<string, Baseline> {
  const latest = new Map<string, HistoryRecord>();
  for (const r of history) {
    if (r.date >= today) continue;
    const key = customerKey(r.customer);
    const seen = latest.get(key);
    if (seen === undefined || r.date >= seen.date) latest.set(key, r);
  }
  const out = new Map<string, Baseline>();
  for (const [key, r] of latest)
    out.set(key, { tier: r.tier, grace: r.facts?.grace ?? 0, override: r.facts?.override ?? false });
  return out;
}
