// Plans one snapshot on the interval history: only customers whose tier changed (their open row is closed the day
// before and a new open row starts today), whose grace count or override flag changed (their open row is
// rewritten), that went missing from or came back to the table, and new customers are written. Pure; reads the
// open rows only, so its work does not grow with the number of days recorded.
import { customerKey, customerName } from '../customers.ts';
import type { Lang } from '../locale.ts';
import type { Settings } from '../settings.ts';
import { tierIndexer } from '../tier-names.ts';
import { countMatrix, listChanges, type MigrationMatrix, type TierChange } from './changes.ts';
import { dayBefore, type HistoryInterval, stateOf } from './intervals.ts';
import type { HistoryRecord } from './record.ts';
import type { ComputedTier, StableTier } from './stability.ts';

/** What one snapshot changes in the open block and appends below it. */
export type IntervalPlan = {
  /** The open rows after the snapshot, slot by slot: existing slots keep their place, new customers follow. */
  readonly open: HistoryInterval[];
  /** 0-based slots of `open` whose cells changed (new slots included), ascending. */
  readonly dirty: number[];
  /** Rows this snapshot closed (their To set), for the closed part below the open block. */
  readonly closed: HistoryInterval[];
  /** Today's moves: the closed row and the row that replaced it. */
  readonly moves: { readonly before: HistoryInterval; readonly after: HistoryInterval }[];
  /** New rows: new customers and tier changes. */
  readonly added: number;
  /** Customers already in today's snapshot (a second snapshot the same day). */
  readonly already: number;
  /** Rows repeating a customer name seen earlier in the table. */
  readonly duplicates: number;
  /** Rows with a customer name but no tier. */
  readonly untiered: number;
};

/**
 * `computed[i]` and `stable[i]` are one table row; `open` the open rows in block order. `sameDay` says a snapshot
 * already ran today: customers with a row then count as already recorded, as before (one state per customer per
 * day), and nobody is marked missing.
 */
export function planIntervalSnapshot(
  computed: readonly Pick<ComputedTier, 'customer' | 'score'>[],
  stable: readonly StableTier[],
  open: readonly HistoryInterval[],
  settings: Pick<Settings, 'tiers'>,
  options: { readonly today: string; readonly lang: Lang; readonly sameDay: boolean },
): IntervalPlan {
  const { today } = options;
  const tierOf = tierIndexer(settings.tiers.map(tier => tier.name));
  const slots = new Map<string, number>();
  open.forEach((row, slot) => {
    slots.set(customerKey(row.customer), slot);
  });
  const next = [...open];
  const dirty = new Set<number>();
  const closed: HistoryInterval[] = [];
  const moves: IntervalPlan['moves'][number][] = [];
  const seen = new Set<string>();
  let added = 0;
  let already = 0;
  let duplicates = 0;
  let untiered = 0;
  computed.forEach((row, i) => {
    const customer = customerName(row.customer);
    const key = customerKey(customer);
    const final = stable[i];
    if (key === '' || final === undefined) return;
    const name = final.tier === null ? undefined : settings.tiers[final.tier]?.name;
    if (name === undefined || final.tier === null) {
      untiered += 1;
      return;
    }
    if (seen.has(key)) {
      duplicates += 1;
      return;
    }
    seen.add(key);
    const slot = slots.get(key);
    const current = slot === undefined ? undefined : open[slot];
    if (options.sameDay && current !== undefined && current.missing === null) {
      already += 1;
      return;
    }
    const fresh: HistoryInterval = {
      from: today,
      to: null,
      customer,
      tier: name,
      score: row.score,
      why: final.why[options.lang],
      facts: final.facts,
      published: false,
      asOf: today,
      before: current ? stateOf(current) : null,
      missing: null,
      absentBefore: current !== undefined && current.missing !== null && current.missing !== today,
    };
    if (slot === undefined || current === undefined) {
      dirty.add(next.length);
      next.push(fresh);
      added += 1;
      return;
    }
    const sameTier = current.tier === name || tierOf(current.tier) === final.tier;
    if (!sameTier) {
      const ended = { ...current, to: dayBefore(today) };
      closed.push(ended);
      moves.push({ before: ended, after: fresh });
      next[slot] = fresh;
      dirty.add(slot);
      added += 1;
      return;
    }
    const was = stateOf(current);
    if (was.grace !== final.facts.grace || was.override !== final.facts.override || current.missing !== null) {
      next[slot] = { ...fresh, from: current.from, tier: current.tier };
      dirty.add(slot);
    }
  });
  if (!options.sameDay) {
    open.forEach((row, slot) => {
      if (row.missing === null && !seen.has(customerKey(row.customer))) {
        next[slot] = { ...row, missing: today };
        dirty.add(slot);
      }
    });
  }
  return { open: next, dirty: [...dirty].sort((a, b) => a - b), closed, moves, added, already, duplicates, untiered };
}

/**
 * The migration matrix between the previous snapshot and today's, from the open rows after today's snapshot: a
 * row written today holds the state before it, a row marked missing today was there before. Null without a
 * previous snapshot.
 */
export function snapshotMatrix(
  open: readonly HistoryInterval[],
  dates: { readonly previous: string | null; readonly today: string },
  settings: Pick<Settings, 'tiers'>,
  revenue: ReadonlyMap<string, number>,
): MigrationMatrix | null {
  const { previous, today } = dates;
  if (previous === null) return null;
  const start = new Map<string, string>();
  const end = new Map<string, string>();
  for (const row of open) {
    const key = customerKey(row.customer);
    if (row.missing === null) end.set(key, row.tier);
    if (row.asOf === today) {
      if (row.before && !row.absentBefore) start.set(key, row.before.tier);
    } else if (row.missing === null || row.missing === today) start.set(key, row.tier);
  }
  return countMatrix(start, end, { from: previous, to: today }, settings, revenue);
}

/** A row as the Changes list reads it: dated by its first day. */
function intervalRecord(row: HistoryInterval): HistoryRecord {
  return { date: row.from, customer: row.customer, tier: row.tier, score: row.score, why: row.why, facts: row.facts };
}

/** Every move in the history (consecutive rows of a customer with different tiers), newest first. */
export function intervalChanges(
  rows: readonly HistoryInterval[],
  settings: Pick<Settings, 'tiers' | 'dimensions'>,
  options: { readonly limit?: number } = {},
): TierChange[] {
  return listChanges(rows.map(intervalRecord), settings, options);
}
