// Turns final tiers into the rows of one "Tier history" snapshot. At most one row per customer per day: a customer
// that already has a row dated today is skipped (a second snapshot the same day neither replaces nor adds for them,
// but adds customers that were not in the first), a name repeated in the table is recorded once (its first row),
// and rows without a tier (blank, insufficient data, invalid) are not recorded. Names match by `customerKey` (so
// "ACME  Ltd" and "Acme Ltd" are one customer); the row stores the table's spelling (`customerName`).
import { customerKey, customerName } from '../customers.ts';
import type { Lang } from '../locale.ts';
import type { Settings } from '../settings.ts';
import type { HistoryRecord } from './record.ts';
import type { ComputedTier, StableTier } from './stability.ts';

/** The rows to append and what was left out, by cause. */
export type SnapshotPlan = {
  readonly records: HistoryRecord[];
  /** Customers that already had a row dated today. */
  readonly already: number;
  /** Rows repeating a customer name seen earlier in the table. */
  readonly duplicates: number;
  /** Rows with a customer name but no tier. */
  readonly untiered: number;
};

/**
 * Plans today's snapshot from the engine results and their stability outcome (`stable[i]` belongs to
 * `computed[i]`). The Why text is stored in `lang`. Pure; the caller appends `records` in order.
 */
export function planSnapshot(
  computed: readonly Pick<ComputedTier, 'customer' | 'score'>[],
  stable: readonly StableTier[],
  history: readonly HistoryRecord[],
  settings: Pick<Settings, 'tiers'>,
  options: { readonly today: string; readonly lang: Lang },
): SnapshotPlan {
  const today = new Set<string>();
  for (const record of history) if (record.date === options.today) today.add(customerKey(record.customer));
  const seen = new Set<string>();
  const records: HistoryRecord[] = [];
  let already = 0;
  let duplicates = 0;
  let untiered = 0;
  computed.forEach((row, i) => {
    const customer = customerName(row.customer);
    const key = customerKey(customer);
    const final = stable[i];
    if (key === '' || final === undefined) return;
    const name = final.tier === null ? undefined : settings.tiers[final.tier]?.name;
    if (name === undefined) {
      untiered += 1;
      return;
    }
    if (seen.has(key)) {
      duplicates += 1;
      return;
    }
    seen.add(key);
    if (today.has(key)) {
      already += 1;
      return;
    }
    records.push({
      date: options.today,
      customer,
      tier: name,
      score: row.score,
      why: final.why[options.lang],
      facts: final.facts,
    });
  });
  return { records, already, duplicates, untiered };
}
