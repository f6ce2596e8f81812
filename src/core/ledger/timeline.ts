// Which tier a customer had on a given day, from the "Tier history" sheet rows and the customer table's current Tier.
// Rule: the tier on a day is the latest known tier on or before it; days before a customer's first known tier take
// that first tier (the best knowledge there is). The current Tier counts as known on `today`.
import { customerKey } from '../customers.ts';
import { type DateToDay, dayNumber, readDay } from '../days.ts';
import { tierIndexer } from '../tier-names.ts';

/** One customer's tier changes, sorted by day; tier -1 means "no tier" (blank or a name not in the settings). */
type Changes = { readonly days: number[]; readonly tiers: number[] };

/** Tier by day for every customer of the table and the history. */
export type TierTimeline = {
  /** The tier index on a day (dayNumber), or null when the customer has no known tier. */
  readonly tierOn: (customer: string, day: number) => number | null;
  /**
   * Days per tier within [from, to] (dayNumbers, inclusive), as [tier index or null, days] pairs in date order.
   * Adjacent runs of the same tier are merged.
   */
  readonly daysByTier: (customer: string, from: number, to: number) => readonly (readonly [number | null, number])[];
};

export type TimelineInput = {
  /** Tier names, best first (settings.tiers). */
  readonly tiers: readonly { readonly name: string }[];
  /** [first day, customer, tier name] per history row (an interval's From, or an old daily row's date). Bad rows are skipped. */
  readonly history: readonly (readonly unknown[])[];
  /** [customer, current tier name] pairs from the customer table's output columns. */
  readonly current: readonly (readonly [unknown, unknown])[];
  /** The day the current tiers were observed (normally today). */
  readonly today: string;
  readonly toDay: DateToDay;
};

/** Builds the timeline once; lookups are binary searches over each customer's change points. */
export function buildTierTimeline(input: TimelineInput): TierTimeline {
  const indexOf = tierIndexer(input.tiers.map(t => t.name));
  const points = new Map<string, { day: number; tier: number; order: number }[]>();
  const add = (customer: unknown, day: number, tier: number) => {
    const key = customerKey(customer);
    if (key === '') return;
    const list = points.get(key) ?? [];
    list.push({ day, tier, order: list.length });
    points.set(key, list);
  };
  for (const row of input.history) {
    const day = readDay(row[0], input.toDay);
    if (day.ok) add(row[1], dayNumber(day.day), indexOf(row[2]));
  }
  const todayNumber = dayNumber(input.today);
  for (const [customer, tier] of input.current) {
    const list = points.get(customerKey(customer));
    const last = list?.reduce((a, b) => (b.day > a.day || (b.day === a.day && b.order > a.order) ? b : a));
    // The table's tier is newer knowledge than an older snapshot, never than a snapshot taken today or later.
    if (!last || last.day < todayNumber) add(customer, todayNumber, indexOf(tier));
  }
  const changes = new Map<string, Changes>();
  for (const [key, list] of points) {
    list.sort((a, b) => a.day - b.day || a.order - b.order); // same day: the row appended last wins
    const days: number[] = [];
    const tiers: number[] = [];
    for (const p of list) {
      if (days.length > 0 && days[days.length - 1] === p.day) tiers[tiers.length - 1] = p.tier;
      else if (tiers[tiers.length - 1] !== p.tier) {
        days.push(p.day);
        tiers.push(p.tier);
      }
    }
    changes.set(key, { days, tiers });
  }
  return {
    tierOn: (customer, day) => {
      const c = changes.get(customerKey(customer));
      if (!c) return null;
      return nullable(c.tiers[Math.max(0, lastAtOrBefore(c.days, day))]);
    },
    daysByTier: (customer, from, to) => {
      const c = changes.get(customerKey(customer));
      if (!c) return [[null, to - from + 1]];
      const runs: [number | null, number][] = [];
      let i = Math.max(0, lastAtOrBefore(c.days, from));
      let runStart = from;
      while (runStart <= to) {
        const next = c.days[i + 1];
        const runEnd = next === undefined || next > to ? to : next - 1;
        const tier = nullable(c.tiers[i]);
        const prev = runs[runs.length - 1];
        if (prev && prev[0] === tier) prev[1] += runEnd - runStart + 1;
        else runs.push([tier, runEnd - runStart + 1]);
        runStart = runEnd + 1;
        i += 1;
      }
      return runs;
    },
  };
}

function nullable(tier: number | undefined): number | null {
  return tier === undefined || tier < 0 ? null : tier;
}

// Index of the last element <= day, or -1.
function lastAtOrBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] ?? Number.POSITIVE_INFINITY) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
